"""Phrase patterns run only on the lines holding one of their required literals: prove that
:meth:`BlockContext.find` then finds exactly what running the pattern on every block finds."""

from __future__ import annotations

import re
from pathlib import Path

import regex
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from newsclean import lexicon
from newsclean.context import BlockContext
from newsclean.document import Block
from newsclean.prefilter import (
    Literal,
    alternatives,
    branch_index,
    literal_words,
    required_literals,
    split_branches,
)
from newsclean.search import MAX_SEARCHED_WORDS, BlockSearch, first_match, multiline, search_block

ROOT = Path(__file__).resolve().parent.parent


def _searched_patterns() -> list[tuple[regex.Pattern[str], bool]]:
    """Every pattern the rules search blocks with (and whether anchored), found by watching
    :meth:`BlockSearch.find` while pages are analysed: the seed, whose page has every kind
    of furniture, and the article bodies of the fixtures with a page frame around them. A
    pattern a new rule searches with is covered without a list to keep."""
    import newsclean

    frame = ("Home\nNews\nSport\nShare this article\nBy Jane Doe\nAdvertisement\n{}\n"
             "Related stories\nComments\nLeave a reply\nPrivacy Policy | Terms of Use\n"
             "© 2024 The Paper. All rights reserved.")
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += [frame.format(p.read_text(encoding="utf-8"))
              for p in sorted((ROOT / "tests" / "fixtures" / "bodies").glob("*.txt"))]
    seen: dict[tuple[str, int, bool], tuple[regex.Pattern[str], bool]] = {}
    real = BlockSearch.find

    def watch(self, pattern, max_words, *, anchored=False):  # type: ignore[no-untyped-def]
        seen.setdefault((pattern.pattern, pattern.flags, anchored), (pattern, anchored))
        return real(self, pattern, max_words, anchored=anchored)

    BlockSearch.find = watch  # type: ignore[method-assign]
    try:
        for text in texts:
            newsclean.analyze(text)
    finally:
        BlockSearch.find = real  # type: ignore[method-assign]
    return [seen[key] for key in sorted(seen)]


#: The phrase patterns rules search blocks with, and whether they are anchored.
PATTERNS = _searched_patterns()


def test_the_searched_patterns_are_found() -> None:
    names = {p.pattern for p, _ in PATTERNS}
    for pattern in (lexicon.CAPTION_RE, lexicon.FOOTER_RE, lexicon.NEWSLETTER_RE,
                    lexicon.DONATION_RE, lexicon.COMMENTS_RE, lexicon.RELATED_RE,
                    lexicon.INTERFACE_RE, lexicon.ADVERT_LINE_RE, lexicon.BYLINE_RE):
        assert pattern.pattern in names


def _words_of(pattern: regex.Pattern[str]) -> list[str]:
    literals = required_literals(pattern) or frozenset()
    return sorted(literals)


# The texts the lexicon documents each pattern with ('Matches "Most Popular", ...; not ...').
_DOCUMENTED = sorted(
    set(regex.findall(r'"([^"\n]+)"', "\n".join(
        line for path in sorted(Path(lexicon.__file__).parent.glob("*.py"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.lstrip().startswith("#")
    )))
)


def _as_re(pattern: regex.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` for the standard ``re`` (whose strings hypothesis can generate), with
    property classes narrowed to ASCII: every string it matches, the original matches."""
    source = pattern.pattern
    for prop, chars in ((r"\p{Lu}", "A-Z"), (r"\p{Sc}", "$€£"), (r"\p{Han}", "一-龥"),
                        (r"\p{Hangul}", "가-힣")):
        # (inside a class the characters alone: "[[A-Z]\d]" would be a nested set)
        source = source.replace("[" + prop, "[" + chars).replace(prop, f"[{chars}]")
    return re.compile(source, re.IGNORECASE)


# Strings matching each pattern in full, made from the pattern itself.
MATCHING = st.one_of(*(st.from_regex(_as_re(p), fullmatch=True) for p, _ in PATTERNS))
# Pieces of lines: strings matching a pattern, the documented examples, the patterns' own
# literals in several cases, words that fold to them or change length when folded, filler.
_VOCAB = sorted({w for p, _ in PATTERNS for w in _words_of(p)})
PIECES = st.one_of(
    MATCHING,
    MATCHING,
    st.sampled_from(_DOCUMENTED),
    st.sampled_from(_DOCUMENTED).map(str.upper),
    st.sampled_from(_VOCAB),
    st.sampled_from(_VOCAB).map(str.upper),
    st.sampled_from(_VOCAB).map(str.title),
    st.sampled_from(
        ["Photo", "(AP Photo/Jane Doe)", "Getty Images", "©", "ß", "STRASSE", "İ", "ſ", "K",
         "Sign up for our newsletter", "Privacy Policy", " ", " ", " ", ":", "|", "/", "12",
         "the", "news", "and", "—", "\u200b", "Most Popular", "Related", "Next", "x",
         "* * *"]
    ),
)
LINES = st.lists(st.lists(PIECES, max_size=6).map("".join), min_size=1, max_size=12)


def reference(ctx: BlockContext, pattern: regex.Pattern[str], max_words: int, anchored: bool):
    """The pattern run on every block of at most ``max_words`` words, one by one."""
    scanner = multiline(pattern, anchored)
    found = []
    for i, block in enumerate(ctx.blocks):
        if ctx.features[i].n_words <= max_words:
            m = scanner.search(block.text)
            if m is not None:
                found.append((i, m.span(), m.group()))
    return found


def _blocks(lines: list[str]) -> list[Block]:
    blocks, pos = [], 0
    for i, line in enumerate(lines):
        blocks.append(Block(i, pos, pos + len(line), line, line))
        pos += len(line) + 1
    return blocks


# Strings generated from large patterns are slow to make: that is the price, not a fault.
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=LINES, which=st.integers(0, len(PATTERNS) - 1), max_words=st.sampled_from([4, 30]))
@example(lines=["STRASSE Photo: x", "Straße (AP Photo/Jane Doe)"], which=0, max_words=30)
@example(lines=["İmage 1 of 3", "Getty Images"], which=0, max_words=30)
def test_find_with_prefilter_equals_scanning_every_block(lines, which, max_words):
    pattern, anchored = PATTERNS[which]
    ctx = BlockContext(_blocks(lines))
    got = [(i, (m.start() - off, m.end() - off), m.group())
           for i, m, off in ctx.find(pattern, max_words, anchored=anchored)]
    assert got == reference(ctx, pattern, max_words, anchored)


def test_every_phrase_pattern_has_a_prefilter():
    # A pattern the literal reader cannot use would be scanned in full: slower, not wrong.
    for pattern, _ in PATTERNS:
        assert required_literals(pattern), pattern.pattern[:60]


def test_literals_are_needed_by_every_branch():
    pattern = regex.compile(r"\bfoo bar\b|baz(?:qux)?|(?:x|y)z+", regex.IGNORECASE)
    # (?:x|y)z+ needs x or y, and z: z alone is the cheaper of the two.
    assert required_literals(pattern) == frozenset({"foo bar", "baz", "z"})


def test_word_edges_are_seen_through_groups_and_lookbehinds():
    # An optional count that ends in spaces, a lookbehind that ends in one, a group whose
    # every branch ends (or starts, after the word) with a mark: each leaves a word edge.
    def words(source: str) -> tuple[Literal, ...] | None:
        return literal_words(regex.compile(source, regex.IGNORECASE))

    assert words(r"^\W*(?:(?:\d+|no)\s+)?comments?") == (Literal("comment", "comment"),)
    assert words(r"(?:^\W*|(?<=\w[.!?] ))photos?") == (Literal("photo", "photo"),)
    assert words(r"\bcomment(?:\s+\d+)?$") == (Literal("comment", "comment", True),)
    assert words(r"\bcomment(?:[.:]|\s)") == (Literal("comment", "comment", True),)
    # A branch that may end (or start) with a letter, or a lookahead, leaves none.
    assert words(r"(?:re|\s)comments") == (Literal("comments"),)
    assert words(r"\bcomment(?:s|\s)") == (Literal("comment", "comment"),)
    assert words(r"(?= )comments") == (Literal("comments"),)


def test_optional_parts_need_nothing():
    assert required_literals(regex.compile(r"(?:news)?\d+")) is None
    assert required_literals(regex.compile(r"(?:news)*x?")) is None


def test_length_changing_characters_lie_where_the_context_looks():
    import sys

    from newsclean.search import _length_changing_re

    odd = _length_changing_re()
    for c in range(sys.maxunicode + 1):
        if not 0xD800 <= c < 0xE000 and len(chr(c).casefold()) != 1:
            assert odd.match(chr(c)), hex(c)


def test_a_word_folds_alone_as_it_folds_in_its_text():
    # The vocabulary folds each word alone, the search folds whole block texts: casefold()
    # reads no neighbours (lower() does, for a final sigma), so a word folds alike in both.
    import sys

    chars = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000]
    assert "".join(chars).casefold() == "".join(map(str.casefold, chars))
    search = BlockContext(_blocks(["ΟΔΟΣ Straße", "Photo"])).search
    assert search._vocabulary == ["photo", "strasse", "οδοσ"]
    assert search._has_word_starting("stra") and not search._has_word_starting("οδος")


def test_a_line_whose_folding_changes_length_is_searched_and_no_other_line_falls_back():
    lines = ["Die Straße war voll.", "Photo: Jane Doe", "The vote passed today."]
    ctx = BlockContext(_blocks(lines))
    folded = ctx.search._folded
    assert len(folded) == len(ctx.search._short_text(80)[0])
    assert ctx.search._folded_texts[1] == {0}
    found = [i for i, _, _ in ctx.find(lexicon.CAPTION_RE, 80)]
    assert found == [i for i, _, _ in reference(ctx, lexicon.CAPTION_RE, 80, False)] == [1]


def test_branches_split_at_top_level_bars_only():
    assert split_branches(r"a|(?:b|c)|[|]|\||d") == ["a", "(?:b|c)", "[|]", r"\|", "d"]
    assert split_branches(r"[]|]x|y") == ["[]|]x", "y"]
    assert split_branches(r"[^]|]x|y") == ["[^]|]x", "y"]
    # VERSION1 nests sets: the "]" closing the inner set does not close the outer one.
    assert split_branches(r"[[a|b]--[b]]|z", nested_sets=True) == ["[[a|b]--[b]]", "z"]
    assert split_branches(r"a)|(b") == ["a)|(b"]  # not a whole pattern: one piece


def test_a_group_between_assertions_gives_its_alternatives():
    pattern = regex.compile(r"\b(?:donate|chip in)\b", regex.IGNORECASE)
    index = branch_index(pattern)
    assert index is not None
    assert index.sources == (r"\b(?:donate)\b", r"\b(?:chip in)\b")
    # A group after a part that can match in more ways than one is not taken apart.
    assert branch_index(regex.compile(r"^\W*(?:news|sport)")) is None


def test_a_branch_from_a_lines_start_to_its_end_gives_its_alternatives_for_one_line():
    # Any match of such a branch in a text of one line is all of it, so the alternatives
    # find the same first match (the hypothesis tests check the lexicon's patterns).
    index = branch_index(regex.compile(r"^\W*(?:news|sport)\W*$|©", regex.IGNORECASE))
    assert index is not None and index.one_line
    assert index.sources == (r"^\W*(?:news)\W*$", r"^\W*(?:sport)\W*$", "©")
    # In a text of several lines an alternative may run on to the next line's end, and
    # match first where the pattern would match a shorter way: there the pattern runs whole.
    pattern = regex.compile(r"^\W*(?:-x\s+y|x|zzz)\W*$", regex.IGNORECASE)
    text = "-x\ny"
    index = branch_index(pattern)
    assert index is not None and index.one_line
    apart = first_match([regex.compile(s, pattern.flags) for s in index.sources[:2]], text)
    assert apart is not None and apart.span() == (0, 4)
    ctx = BlockContext([Block(0, 0, 4, text, text), Block(1, 5, 6, "x", "x")])
    got = [(i, (m.start() - off, m.end() - off), m.group()) for i, m, off in ctx.find(pattern, 30)]
    assert got == reference(ctx, pattern, 30, False) == [(0, (0, 2), "-x"), (1, (0, 1), "x")]


def test_no_branch_index_where_the_alternatives_cannot_be_read_alone():
    assert branch_index(regex.compile(r"(?i)news|sport")) is None  # a flag for the rest
    assert branch_index(regex.compile(r"(a)x|\1y")) is None  # a reference across them
    assert branch_index(regex.compile(r"news|\d+")) is None  # one needs no literal


@given(text=st.lists(PIECES, max_size=8).map("".join), which=st.integers(0, len(PATTERNS) - 1))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example(text="(Photo: AP)", which=0)  # two alternatives match at the start: the first wins
@example(text=" (no image copyright\nimage copyright", which=0)  # "^" at a line start
def test_the_alternatives_a_text_holds_literals_of_find_the_first_match(text, which):
    pattern, _ = PATTERNS[which]
    index = branch_index(pattern)
    if index is None:
        return
    folded = text.casefold()
    mask = 0
    for literal, bits in index.masks.items():
        if literal in folded:
            mask |= bits
    if len(folded) != len(text) or (index.one_line and "\n" in text):
        mask = index.everything  # as BlockContext.find does on such lines
    # As BlockContext.find searches a block: "^" and "$" at each line's ends.
    m, expected = first_match(alternatives(pattern, mask), text), search_block(pattern, text, False)
    assert (m and (m.span(), m.group())) == (expected and (expected.span(), expected.group()))


def test_a_long_block_of_marks_alone_is_not_searched() -> None:
    """A block without a word is searched alone, by every pattern; past MAX_WORDLESS_CHARS
    it is marks that no pattern names (a megabyte of quotes took seconds per pattern)."""
    from newsclean.search import MAX_WORDLESS_CHARS

    texts = ["©", '"' * 10, '"' * (MAX_WORDLESS_CHARS + 1), "It rained."]
    blocks, at = [], 0
    for i, text in enumerate(texts):
        blocks.append(Block(i, at, at + len(text), text, text))
        at += len(text) + 1
    search = BlockContext(blocks).search
    assert [i for i, _, _ in search.find(regex.compile(r'^"+$|^©$'), 5)] == [0, 1]


def test_a_literal_of_an_east_asian_script_is_looked_for_only_where_the_text_has_one() -> None:
    # The search skips such literals on a text without their character, and
    # finds the same blocks as a search of every literal would.
    pattern = regex.compile(r"^\W*(?:相关新闻|related)\W*$", regex.IGNORECASE)
    for lines in (["The vote passed.", "Related", "Storm hits"],
                  ["投票通过了。", "相关新闻", "暴风雨袭击海岸"]):
        blocks = [Block(i, 0, len(t), t, t) for i, t in enumerate(lines)]
        ctx = BlockContext(blocks)
        assert [i for i, _, _ in ctx.search.find(pattern, 10)] == [1]
        assert ctx.search._characters == {c for c in "".join(lines) if not c.isascii()}


def test_a_block_longer_than_the_last_word_limit_is_searched_only_when_asked_for():
    # Blocks of more words than any limit are left out of the word index (no rule asks for
    # them); a search that does ask for them runs the pattern on every block.
    lines = ["Photo: Jane Doe", "Photo: " + " ".join(["word"] * 90)]
    ctx = BlockContext(_blocks(lines))
    assert "photo" in ctx.search._word_blocks and "word" not in ctx.search._word_blocks
    limits = (MAX_SEARCHED_WORDS, 120)
    found = {n: [(i, m.group()) for i, m, _ in ctx.find(lexicon.CAPTION_RE, n)] for n in limits}
    assert found == {n: [(i, g) for i, _, g in reference(ctx, lexicon.CAPTION_RE, n, False)]
                     for n in limits}
    assert [len(found[n]) for n in limits] == [1, 2]


def test_the_texts_of_a_word_limit_are_made_once():
    lines = ["Photo: Jane Doe", "The vote passed on Monday night after a long debate."]
    search = BlockContext(_blocks(lines)).search
    assert search._short_lines(8) is search._short_lines(8)
    assert search._short_lines(8)[0] == [0] and search._short_lines(30)[0] == [0, 1]
    assert search._folded is search._folded
    assert search._folded == "photo: jane doe\nthe vote passed on monday night after a long debate."


def test_one_folded_text_serves_every_limit_and_the_blocks_found_are_held_to_it():
    lines = ["Photo: Jane Doe", "Photo: " + " ".join(["word"] * 20), "Photo credit"]
    ctx = BlockContext(_blocks(lines))
    for limit in (4, 8, 30, MAX_SEARCHED_WORDS):
        found = [i for i, _, _ in ctx.find(lexicon.CAPTION_RE, limit)]
        assert found == [i for i, _, _ in reference(ctx, lexicon.CAPTION_RE, limit, False)]
    assert [i for i, _, _ in ctx.find(lexicon.CAPTION_RE, 8)] == [0]
