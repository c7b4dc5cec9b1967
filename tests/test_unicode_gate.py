"""U101 searches ftfy's badness test only on lines where a mojibake mark stands next to a
non-ASCII character: prove that it finds exactly what a search of the whole text finds."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

try:  # Python 3.11 and newer
    from re import _constants as _c
    from re import _parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

import ftfy
import ftfy.badness
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsclean.context import TextContext
from newsclean.rules.unicode import (
    BADNESS_WIDTH,
    MOJIBAKE_MARKS,
    SUSPECT_RE,
    _first_badness,
    _fix_without_spaces,
    holds_suspect,
    minimal_change,
    mojibake,
)


def whole_text_search(text: str) -> Iterator[tuple[int, int, str]]:
    """The reference: search the whole text, fix the line of each match; every other line
    is tried alone and without the spaces later rules take out."""
    pos = 0
    flagged: set[int] = set()  # the lines (their starts) a match stands on
    found: list[tuple[int, int, str]] = []
    while pos <= len(text):
        m = ftfy.badness.BADNESS_RE.search(text, pos)
        if m is None:
            break
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.start())
        end = len(text) if end < 0 else end
        line = text[start:end]
        flagged.add(start)
        fixed = ftfy.fix_encoding(line)
        if fixed != line:
            found.append(minimal_change(start, line, fixed))
        elif (core := line.strip()) and (change := _fix_without_spaces(line, core)):
            found.append((start + change[0], start + change[1], change[2]))
        pos = end + 1
    start = 0
    for line in text.split("\n"):
        if start not in flagged and (core := line.strip()) and (
            change := _fix_without_spaces(line, core, flagged=False)
        ):
            found.append((start + change[0], start + change[1], change[2]))
        start += len(line) + 1
    yield from sorted(found)


PIECES = st.sampled_from(
    [*"abcXYZ .,?!\n\n", "Ã©", "â€™", "Â", "Ð¿", "\x85", "€", "é", "’", "“", "ÃƒÂ", "\u00a0",
     "Ã", "Ð", "œ", "Œ", "ГўВЂВ", "Ø", "×", "°", "Ã ", "вЂ", "Ђ", "«", "»", "Привет", "Р°",
     "ΒΓ", "β€", "ā€", "√±", "│", "¤", "ί", "東京"]
)


@settings(max_examples=500)
@given(st.lists(PIECES, max_size=40).map("".join))
@example("Yb\nÂ€’XZÃ©\n\xa0c€ÂY")
@example("x\nÃ y")
@example("\xa0Ð¿")  # mojibake after a no-break space: repaired without the line end space
@example("Price: Â  ”")  # flagged once the spaces before the quote are gone
@example("x\nÂ d")  # flagged alone (at the start of a string), not after the line break
@example("\nÃ a\nÃ ")  # a match that starts on a line and ends on the next flags the first
def test_line_gate_finds_what_the_whole_text_search_finds(text: str) -> None:
    found = sorted(mojibake(text, TextContext.for_text(text)))
    assert found == list(whole_text_search(text))


def _only_non_ascii(op: object, av: object) -> set[int] | None:
    """The code points a node of a parsed pattern matches, if it matches one character of a
    fixed set (a literal or a class of literals and ranges), else None."""
    if op is _c.LITERAL:
        return {av}  # type: ignore[arg-type]
    if op is _c.IN:
        points: set[int] = set()
        for kind, value in av:  # type: ignore[attr-defined]
            if kind is _c.LITERAL:
                points.add(value)
            elif kind is _c.RANGE:
                points.update(range(value[0], value[1] + 1))
            else:
                return None
        return points
    return None


def _marks() -> set[int]:
    """The code points of MOJIBAKE_MARKS (ranges spelled out)."""
    [(op, av)] = list(_parser.parse(f"[{MOJIBAKE_MARKS}]"))
    points = _only_non_ascii(op, av)
    assert points is not None
    return points


def test_every_badness_branch_holds_a_suspect() -> None:
    # Each alternative of ftfy's badness pattern needs one character of SUSPECT_RE's single
    # set, or two non-ASCII characters in a row one of which is a mark: so a line without a
    # SUSPECT_RE match has no badness match. Checked on the pattern of the installed ftfy.
    marks = _marks()
    singles = {ord(c) for c in "ŒœÃÂ"} | set(range(0x80, 0xA0))
    assert singles <= marks
    assert all(SUSPECT_RE.fullmatch(chr(c)) for c in singles)
    assert all(SUSPECT_RE.search(chr(c) + "é") and SUSPECT_RE.search("é" + chr(c)) for c in marks)
    tree = _parser.parse(ftfy.badness.BADNESS_RE.pattern, ftfy.badness.BADNESS_RE.flags)
    [(op, av)] = list(tree)
    assert op is _c.BRANCH
    for branch in av[1]:
        sets = [_only_non_ascii(o, a) for o, a in branch]
        single = any(s is not None and s <= singles for s in sets)
        pair = any(
            a is not None and b is not None and min(a) >= 0x80 and min(b) >= 0x80
            and (a <= marks or b <= marks)
            for a, b in pairwise(sets)
        )
        assert single or pair, branch


def test_running_text_of_other_scripts_is_not_suspect() -> None:
    # The point of the marks: Cyrillic, Greek, Arabic and CJK letters are not searched.
    for text in ("Привет, мир — это тест", "Καλημέρα κόσμε", "مرحبا بالعالم", "東京の天気は晴れ"):
        assert SUSPECT_RE.search(text) is None


# Texts for the suspect tests: pieces of mojibake and marks joined, or any text.
SUSPECT_TEXTS = st.one_of(st.lists(PIECES, max_size=40).map("".join), st.text(max_size=40))

# SUSPECT_RE as it reads plainly: a mark before or after a non-ASCII character, or one of
# the set.
_PLAIN_SUSPECT_RE = re.compile(
    f"[{MOJIBAKE_MARKS}](?=[^\\x00-\\x7f])|(?<=[^\\x00-\\x7f])[{MOJIBAKE_MARKS}]|[\\x80-\\x9fŒœÃÂ]"
)


@given(SUSPECT_TEXTS)
@settings(max_examples=400, deadline=None)
@example("aÃb")
@example("“Ã”")
@example("Œ")
@example("«Привет»")
@example("вЂ")
def test_suspect_pattern_finds_what_its_plain_form_finds(text: str) -> None:
    assert [m.span() for m in SUSPECT_RE.finditer(text)] == [
        m.span() for m in _PLAIN_SUSPECT_RE.finditer(text)
    ]


@given(SUSPECT_TEXTS)
@settings(max_examples=400, deadline=None)
@example("aÃb")
@example("Ã")
@example("é•é")
@example("•")
def test_the_non_ascii_runs_hold_a_suspect_when_the_text_does(text: str) -> None:
    assert holds_suspect(text) == (SUSPECT_RE.search(text) is not None)


def test_badness_matches_are_no_wider_than_u101_assumes() -> None:
    # U101 searches the badness pattern in windows that reach BADNESS_WIDTH around a suspect.
    tree = _parser.parse(ftfy.badness.BADNESS_RE.pattern, ftfy.badness.BADNESS_RE.flags)
    assert tree.getwidth()[1] <= BADNESS_WIDTH


@given(st.lists(PIECES, max_size=40).map("".join), st.integers(0, 40), st.integers(0, 80))
@settings(max_examples=500, deadline=None)
@example("x\nÃ y", 2, 6)
@example("Ã a", 0, 3)
@example("ГўВЂВ.a ГўВЂВ.b", 1, 14)
def test_windows_around_suspects_find_the_first_badness_match(
    text: str, low: int, high: int
) -> None:
    m = ftfy.badness.BADNESS_RE.search(text, low, high)
    assert _first_badness(text, low, high) == (-1 if m is None else m.start())


def test_the_only_start_anchored_badness_pattern_is_the_one_u101_knows() -> None:
    """U101 tries a line alone only when it starts like ftfy's one pattern anchored at the
    start of a string; a new anchored pattern in ftfy would need U101 to know it."""
    from newsclean.rules.unicode import START_OF_STRING_BADNESS

    anchored = re.findall(r"(?m)^\s*\^(.+?)\s*$", ftfy.badness.BADNESS_RE.pattern)
    assert anchored == ["[ÃÂ][ ]"]
    assert all(ftfy.badness.BADNESS_RE.match(start) for start in START_OF_STRING_BADNESS)
    assert "$" not in ftfy.badness.BADNESS_RE.pattern and "\\Z" not in ftfy.badness.BADNESS_RE.pattern
