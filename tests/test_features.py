"""Block features take fast paths (ASCII text, text without CJK, the end of a block only):
prove each finds what the plain patterns find."""

from __future__ import annotations

import sys

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsclean import features
from newsclean.features import (
    ASCII_WORD_RE,
    ASCII_WORD_SPACES,
    CAPITAL_START_RE,
    CJK_RE,
    COMMON_MARKS,
    MAYBE_UNSPACED_RE,
    PLAIN_WORD_RE,
    SOUTHEAST_ASIAN_RUN_RE,
    SOUTHEAST_ASIAN_WORD_CHARS,
    UNSPACED_RE,
    WORD_RE,
    Features,
    is_terminal,
    word_tokens,
)

PIECES = st.sampled_from(
    [*"abc XYZ 09.!?…。！？।؟።\"'”’“‘»«›‹)]\n\t", "\u00a0", "\u3000", "東京", "の", "カタ", "ü", "é",
     "e\u0301", "ß", "—", "_", "١٢", "हिन्दी", "ไทย", "한국", "\U00020000", "😀"]
)
TEXTS = st.one_of(st.lists(PIECES, max_size=30).map("".join), st.text(max_size=40))

# Terminal punctuation at the end of a block, with closing quotes and brackets after it:
# what is_terminal tells with str methods. Matches "soon.", "it?”", "了。", "了。」", "है।",
# "هل؟", „so.“ (German), »so.« (Danish); not "said:".
TERMINAL_RE = regex.compile(r"[.!?…‽。！？‼⁉．｡।॥؟۔։።፧။។][\"'”’“‘»«›‹)\]）」』】》〉]*\s*$")


def test_every_unspaced_character_lies_where_the_quick_test_looks() -> None:
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    found = UNSPACED_RE.findall(every)
    assert CJK_RE.search(every) and SOUTHEAST_ASIAN_RUN_RE.search(every)  # both are known
    assert set(CJK_RE.findall(every)) <= set(found)
    assert all(MAYBE_UNSPACED_RE.match(c) for c in found)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
@example("東京の天気 is fine")
@example("Müller said ok")
def test_words_are_those_of_the_word_pattern(text: str) -> None:
    words = WORD_RE.findall(text)
    assert word_tokens(text) == words
    cjk = sum(1 for w in words if len(w) == 1 and CJK_RE.match(w))
    extra = sum(-(-len(run) // SOUTHEAST_ASIAN_WORD_CHARS) - 1
                for run in SOUTHEAST_ASIAN_RUN_RE.findall(text))
    assert Features.of(text).n_words == len(words) - cjk + (cjk + 1) // 2 + extra


@settings(max_examples=400, deadline=None)
@given(TEXTS)
@example("He said “soon.” ")
@example("soon.\n")
@example("a. ” ")
@example("„Wir haben lange genug geflickt“, sagte er. „Jetzt bauen wir neu.“")
def test_terminal_is_what_a_search_of_the_whole_block_finds(text: str) -> None:
    assert is_terminal(text) == (TERMINAL_RE.search(text) is not None)


@settings(max_examples=200, deadline=None)
@given(st.lists(TEXTS, max_size=8))
def test_many_is_of_each(texts: list[str]) -> None:
    assert Features.many(texts) == [Features.of(t) for t in texts]


ASCII_TEXTS = st.text(alphabet=st.characters(max_codepoint=127), max_size=20)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(TEXTS, ASCII_TEXTS), max_size=8))
@example(["a\nb", "", "東京 ok", "U.S. (2024)"])
def test_many_finds_the_words_of_the_pattern_in_each_text(texts: list[str]) -> None:
    # The ASCII texts are read joined, the others one at a time: each keeps its own words.
    assert [f.words for f in Features.many(texts)] == [tuple(WORD_RE.findall(t)) for t in texts]


@settings(max_examples=100, deadline=None)
@given(st.lists(TEXTS, min_size=2, max_size=8))
def test_many_shares_words_and_is_of_each(texts: list[str]) -> None:
    # Above the size where a document's words share one string per distinct word, the
    # features are still those of each text, and equal words are one object.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(features, "SHARE_WORDS_FROM", 2)
        many = Features.many(texts)
    assert many == [Features.of(t) for t in texts]
    first: dict[str, str] = {}
    for word in (w for f in many for w in f.words):
        assert first.setdefault(word, word) is word


@pytest.mark.parametrize("text", ["彼は「明日行きます。」", "（研究结果发表在《自然》上。）",
                                  "『終わり。』"])
def test_cjk_and_other_closing_marks_may_follow_a_sentence_end(text: str) -> None:
    # A quotation or a bracket closed after the full stop: the block still ends a sentence.
    assert Features.of(text).terminal and is_terminal(text)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
@example("")
@example(" Storm")
@example("“the storm”")
@example("(a")
def test_capital_start_is_what_the_pattern_finds_in_the_whole_block(text: str) -> None:
    assert Features.of(text).capital_start == (CAPITAL_START_RE.match(text) is not None)


def test_the_first_character_tells_how_a_block_opens() -> None:
    # The pattern reads past the first character only after an opening mark, which it
    # takes alone too: each character, then anything, opens as the character alone.
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        alone = CAPITAL_START_RE.match(char) is not None
        assert all((CAPITAL_START_RE.match(char + rest) is not None) == alone
                   for rest in ("a", " A", "“b"))


@pytest.mark.parametrize(("method", "head"), [
    ("search", "search(string, pos=None, endpos=None, concurrent=None,"),
    ("match", "match(string, pos=None, endpos=None, concurrent=None,"),
    ("findall", "findall(string, pos=None, endpos=None, overlapped=False, concurrent=None,"),
])
def test_keep_gil_goes_where_the_regex_module_takes_concurrent(method: str, head: str) -> None:
    # The hot paths pass KEEP_GIL by position (a keyword costs more): the module's
    # signatures must still put ``concurrent`` there, and a call so made finds the same.
    pattern = regex.compile(r"\w+")
    assert getattr(pattern, method).__doc__.startswith(head)
    assert pattern.search(" ab", None, None, features.KEEP_GIL).group() == "ab"
    assert pattern.findall("ab cd", None, None, False, features.KEEP_GIL) == ["ab", "cd"]


def test_ascii_words_split_at_the_spaces_of_the_table_as_the_pattern_finds_them() -> None:
    # Each ASCII character, alone, between two letters and at the edges of a word: the
    # translated text splits into the words ASCII_WORD_RE finds.
    for char in map(chr, range(128)):
        for text in (char, f"a{char}b", f"{char}x {char}", f"{char}{char}"):
            assert text.translate(ASCII_WORD_SPACES).split() == ASCII_WORD_RE.findall(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_ascii_words_are_the_words_of_the_pattern(text: str) -> None:
    assert word_tokens(text) == ASCII_WORD_RE.findall(text) == WORD_RE.findall(text)


def test_no_common_mark_is_a_word_character() -> None:
    # Text that is ASCII once its common marks are spaces is read as ASCII text.
    assert not any(WORD_RE.match(mark) or PLAIN_WORD_RE.match(mark) for mark in COMMON_MARKS)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*"ab 9_.,'\n", *COMMON_MARKS, "é", "東"]), max_size=30)
       .map("".join))
def test_text_with_common_marks_has_the_words_of_the_pattern(text: str) -> None:
    assert word_tokens(text) == WORD_RE.findall(text)


@pytest.mark.parametrize(
    "text",
    [
        "„Wir bauen die Mauer neu“, sagte die Bürgermeisterin. „Flicken reicht nicht mehr.“",
        "„Nemáme na výběr,“ řekl starosta. „Most se musí opravit letos.“",
        "»Vi venter på færgen igen i morgen,« siger formanden. »Det er for dårligt.«",
    ],
)
def test_a_sentence_closed_by_a_low_or_reversed_quote_is_terminal(text: str) -> None:
    features = Features.of(text)
    assert features.terminal
    assert not features.heading_like  # a quoted paragraph is no headline
