"""The word index's lookup (:meth:`BlockSearch.holding`), the search of blocks without a
word, and the rules that read only the blocks the index finds: they find what a test of
every block finds."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.context import BlockContext
from newsclean.document import Block
from newsclean.lexicon import SHARE_STRONG_WORDS, TOOL_STRONG_WORDS
from newsclean.rules.boilerplate import _SHARE_KEYS, _TOOL_KEYS, article_tools, share_prompt
from newsclean.search import MAX_SEARCHED_WORDS


def _context(lines: list[str]) -> BlockContext:
    return BlockContext([Block(i, 0, 0, text, text) for i, text in enumerate(lines)])


def test_a_characters_lower_case_folds_as_the_character_does() -> None:
    # What lets a rule that lowers a block's words look them up case-folded (_SHARE_KEYS).
    odd = [c for c in map(chr, range(sys.maxunicode + 1)) if c.lower().casefold() != c.casefold()]
    assert odd == []


def test_no_character_without_a_word_character_has_one_in_its_case_folding() -> None:
    # What lets a block without a word character be searched only for the literals without
    # one (BlockSearch._wordless_holding).
    word = regex.compile(r"\w").search
    folded = (c for c in map(chr, range(sys.maxunicode + 1)) if c.casefold() != c)
    assert [c for c in folded if word(c) is None and word(c.casefold())] == []


def test_a_block_without_a_word_is_searched_only_for_literals_without_one() -> None:
    search = _context(["—", "© 2024 Daily Planet", "©", "* * *", "Share"]).search
    pattern = regex.compile(r"^\W*(?:share|©)\W*$", regex.IGNORECASE)
    assert search._wordless_holding(pattern) == [2]
    assert [i for i, _, _ in search.find(pattern, 5)] == [2, 4]
    # A pattern without literals runs on every such block.
    assert search._wordless_holding(regex.compile(r"^\W+$")) == [0, 2, 3]


#: Words the index must find in any case and spelling: a share word of each script, its
#: capitals (``ΚΟΙΝΟΠΟΊΗΣΗ``, a final sigma), letters whose folding is not one letter
#: (``ß``, ``İ``), the Kelvin sign (folds to ``k``), digits and other words.
WORDS = st.sampled_from([
    "Share", "SHARE", "share", "Tweet", "Email", "on", "ΚΟΙΝΟΠΟΊΗΣΗ", "κοινοποίηση", "ΟΔΟΣ",
    "Поделиться", "udostępnij", "Straße", "STRASSE", "İstanbul", "\u212aelvin", "412", "2.1K",
    "rain", "The", "Facebook", "like", "Print", "PRINTER", "friendly", "Bookmark", "Digg",
])
LINES = st.lists(st.lists(WORDS, max_size=6).map(" ".join), max_size=8)


@settings(max_examples=200, deadline=None)
@given(lines=LINES, asked=st.frozensets(WORDS, max_size=4))
def test_the_blocks_holding_a_word_are_those_a_test_of_every_block_finds(
    lines: list[str], asked: frozenset[str]
) -> None:
    ctx = _context(lines)
    keys = frozenset(map(str.casefold, asked))
    expected = [
        i for i, f in enumerate(ctx.features)
        if 0 < f.n_words <= MAX_SEARCHED_WORDS and keys.intersection(map(str.casefold, f.words))
    ]
    assert ctx.blocks_holding(keys) == expected


def test_a_block_longer_than_the_last_word_limit_is_not_held() -> None:
    long = " ".join(["share"] * (MAX_SEARCHED_WORDS + 1))
    assert _context(["Share", long]).blocks_holding(frozenset({"share"})) == [0]


def test_every_strong_bar_word_lowered_is_found_case_folded() -> None:
    assert all(word.casefold() in _SHARE_KEYS for word in SHARE_STRONG_WORDS)
    assert all(word.casefold() in _TOOL_KEYS for word in TOOL_STRONG_WORDS)


@settings(max_examples=200, deadline=None)
@given(
    lines=st.lists(st.lists(WORDS, min_size=1, max_size=5).map(" ".join), max_size=8),
    rule=st.sampled_from([share_prompt, article_tools]),
)
def test_the_bar_rules_find_what_they_find_reading_every_block(
    lines: list[str], rule: Callable[[BlockContext], Iterator[tuple[int, str]]]
) -> None:
    body = "The storm arrived at dawn, and the rain fell all day long in the town."
    page = [body, *lines, body]

    def verdicts(ctx: BlockContext) -> list[tuple[int, str]]:
        return list(rule(ctx))

    # Every block read: as if each held a share word and a digit (a line without a digit
    # is no counter in any case).
    every = _context(page)
    every.blocks_holding = lambda words: list(range(len(page)))  # type: ignore[method-assign]
    every.short_with_numbers = list(range(len(page)))
    assert verdicts(_context(page)) == verdicts(every)
