"""Normalisation rules skip text that cannot hold a finding, or find it with str methods:
prove they find exactly what their patterns find on the whole text."""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from unittest.mock import patch

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsclean import context as context_module
from newsclean.context import TextContext
from newsclean.repair import (
    DROP_CAP_LETTERS_RE,
    DROP_CAP_START_RE,
    SPACE_BEFORE_MARK_RE,
    _candidate_blocks,
)
from newsclean.rules import unicode as unicode_rules
from newsclean.rules.punctuation import looks_like_code
from newsclean.rules.unicode import (
    INVISIBLE_RE,
    invisible_character,
    minimal_change,
    unicode_normalization,
)
from newsclean.rules.whitespace import (
    SPACE_RUN_RE,
    TRAILING_RE,
    space_run,
    trailing_whitespace,
)
from newsclean.segment import segment
from newsclean.spans import SpanMap

PIECES = st.sampled_from(
    [*"ab .\n\n\t", "  ", "\u00a0", "\u3000", "\x1c", "\x85", "\u2028", "\u200b", "\u00ad",
     "\ufeff", "\u2060", "ไทย", "東京", "\r"]
)
TEXTS = st.one_of(st.lists(PIECES, max_size=40).map("".join), st.text(max_size=60))

# The definition of code-like text that looks_like_code tells one alternative at a time:
# braces, statement ends, arrows, comparisons, calls or tags, or a keyword at a line start.
# Matches "x = f(a) ;", "if (a == b) {"; not "He said: yes; no."
CODE_RE = regex.compile(
    r"[{}]|==|=>|->|!=|:=|\w\(\)|</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>|;\s*$"
    r"|^[^\S\n]*(?:def|class|import|return|var|let|const|function)\b",
    regex.MULTILINE,
)


def _run(rule, text: str) -> list[tuple[int, int, str]]:
    return list(rule(text, TextContext.for_text(text)))


# Each rule with its pattern and the text the pattern's matches become.
PATTERN_RULES = [
    (trailing_whitespace, TRAILING_RE, ""),
    (space_run, SPACE_RUN_RE, " "),
]


@pytest.mark.parametrize(("rule", "pattern", "new"), PATTERN_RULES,
                         ids=[rule.__name__ for rule, _, _ in PATTERN_RULES])
@settings(max_examples=400, deadline=None)
@given(text=TEXTS)
@example(text="end  \nnext \t\n\u00a0")
@example(text="   ")
@example(text="two  spaces\tand\t\ttabs")
@example(text="re\u00adform ไทย\u200bไทย a\u200bb")
def test_rule_is_what_its_pattern_finds(rule, pattern, new: str, text: str) -> None:
    assert _run(rule, text) == [(m.start(), m.end(), new) for m in pattern.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(text=TEXTS)
@example(text="re\u00adform ไทย\u200bไทย a\u200bb")
@example(text="a\n\u200b \nb\r\n\u00ad\r\nc")
def test_invisible_characters_are_what_their_pattern_finds(text: str) -> None:
    """Each removal is a match of the pattern, with its line (spaces and a line end) where
    the match is all of a line between two lines of text."""
    edits = _run(invisible_character, text)
    matches = list(INVISIBLE_RE.finditer(text))
    assert len(edits) == len(matches)
    for (start, end, new), m in zip(edits, matches, strict=True):
        assert new == "" and start <= m.start() and m.end() <= end
        assert not (text[start : m.start()] + text[m.end() : end]).strip(" \t\r\n")


WORDY = st.lists(
    st.sampled_from(["Kirby", "kirby", "KIRBY", "Kirbys", "東", "京", " ", ",", "İ", "ΟΔΟΣ",
                     "οδος", "_", "2", "é", "\u0301"]),
    max_size=12,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(WORDY, st.lists(st.sampled_from(["kirby", "kirbys", "οδος", "i̇", "é", "東", "_2"]),
                       min_size=1, max_size=6), st.sampled_from([0, 2, 16]))
def test_has_word_is_a_lower_cased_word_of_the_document(
    text: str, words: list[str], searches: int
) -> None:
    # The first words asked are searched for, the rest looked up in the set of all words:
    # both give the same answers.
    from newsclean.features import word_tokens

    ctx = TextContext.for_text(text)
    with patch.object(context_module, "WORD_SEARCHES", searches):
        for word in words:
            expected = word in {w.lower() for w in word_tokens(text)}
            assert ctx.has_word(word) == expected


def _full_rounds(text: str) -> tuple[str, list[tuple[str, int, int, str]]]:
    """Normalisation as whole rounds of every rule, until a round changes nothing."""
    from newsclean.apply import apply_text_rule
    from newsclean.normalize import MAX_ROUNDS
    from newsclean.options import Options
    from newsclean.registry import rules_in_stage
    from newsclean.spans import SpanMap

    smap, edits = SpanMap.identity(text), []
    rules = rules_in_stage("normalize")
    for _ in range(MAX_ROUNDS):
        changed = False
        for rule in rules:
            smap, found = apply_text_rule(rule, smap, TextContext(smap.text, Options()))
            edits.extend(found)
            changed = changed or bool(found)
        if not changed:
            break
    return smap.text, [(e.code, e.start, e.end, e.new) for e in edits]


CHAINS = st.lists(
    st.sampled_from(["Ã", "©", "\x1b", "\u200b", "&amp;", "amp;", "&", "ﬁ", "e\u0301", " ",
                     "  ", "\n", "\n\n\n", "\r\n", "a", "â€", "™", "\t", "\x00"]),
    max_size=30,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(CHAINS)
@example("cafÃ\x1b© &amp;amp; x\u200b  \n\n\n\n")
def test_normalize_stops_where_whole_rounds_stop(text: str) -> None:
    from newsclean.normalize import normalize
    from newsclean.options import Options

    smap, edits = normalize(text, Options())
    assert (smap.text, [(e.code, e.start, e.end, e.new) for e in edits]) == _full_rounds(text)


DROP_CAP_PIECES = st.sampled_from(
    [*"ab .\n\n\t", "  ", "W hile", "“T he", "I am", "A b", "«E s", "\u00a0", "Ü ber", "x Y z"]
)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.lists(DROP_CAP_PIECES, max_size=30).map("".join), st.text(max_size=60)))
@example("W hile\n  “T he rain\nI am here")
def test_repair_candidates_of_plain_text_are_found_by_a_test_at_each_start(text: str) -> None:
    # Blocks of plain text start with their first character: the letters of a drop cap at a
    # block's start or one character in find the blocks the whole pattern finds there, and
    # so does one scan of the text for those letters.
    _, spans = segment(SpanMap.identity(text))
    fast = _candidate_blocks(text, spans, at_line_starts=True)
    assert fast == _candidate_blocks(text, spans)
    starts = [start for start, _ in spans]
    scanned = {span for m in SPACE_BEFORE_MARK_RE.finditer(text)
               for span in spans if span[0] <= m.start() < span[1]}
    for letters in DROP_CAP_LETTERS_RE.finditer(text):
        at = letters.start()
        i = bisect_left(starts, at - 1)  # a block starting there or one before
        if i < len(starts) and starts[i] <= at and DROP_CAP_START_RE.match(
            text, starts[i], spans[i][1]
        ):
            scanned.add(spans[i])
    assert {spans[i] for i in fast} == scanned


CODE_PIECES = st.sampled_from(
    [*"ab .;:(){}<>=!-/\n\t ", "f()", "<b>", "</p>", "<a href=x>", "def ", "class", "return",
     "  import x", "==", "->", ":=", "He said: yes; no.", "x ;", "varied"]
)


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.lists(CODE_PIECES, max_size=20).map("".join), st.text(max_size=40)))
@example("text\n  return x")
@example("a;\nb")
def test_looks_like_code_is_what_code_re_finds(text: str) -> None:
    assert looks_like_code(text) == (CODE_RE.search(text) is not None)


NFC_PIECES = st.sampled_from(
    [*"ab .\n\n", "cafe\u0301", "e\u0301", "\u0301", "é", "Å", "A\u030a", "한", "\u1100\u1161",
     "plain ascii line", "\u212b", "\r"]
)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.lists(NFC_PIECES, max_size=40).map("".join), st.text(max_size=60)),
       st.sampled_from([1, 4, 1 << 16]))
@example("ok\ncafe\u0301\nascii\n\u212b", 4)
def test_unicode_normalization_composes_each_line_that_needs_it(text: str, chunk: int) -> None:
    # Reference: every line that is not NFC, composed on its own, whatever the chunk size.
    expected, pos = [], 0
    for line in text.split("\n"):
        if not unicodedata.is_normalized("NFC", line):
            expected.append(minimal_change(pos, line, unicodedata.normalize("NFC", line)))
        pos += len(line) + 1
    with patch.object(unicode_rules, "NORMALIZATION_CHUNK", chunk):
        assert _run(unicode_normalization, text) == expected
