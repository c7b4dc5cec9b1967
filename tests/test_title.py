"""The title line's helpers (newsclean.title): an ASCII headline's key is the one the
pattern makes, and a title part's words are counted as a block's."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsclean.features import Features, count_words
from newsclean.title import _NOT_A_WORD_CHAR_RE, _key

ASCII_TEXT = st.text(alphabet=st.characters(max_codepoint=127), max_size=40)


def test_every_ascii_character_keys_as_the_pattern_keys_it():
    for code in range(128):
        text = f"a{chr(code)}B"
        assert _key(text) == _NOT_A_WORD_CHAR_RE.sub("", text.casefold()), repr(text)


@given(ASCII_TEXT)
def test_an_ascii_title_keys_as_the_pattern_keys_it(text):
    assert _key(text) == _NOT_A_WORD_CHAR_RE.sub("", text.casefold())


@given(st.text(max_size=40))
def test_a_title_part_counts_the_words_its_features_count(text):
    assert count_words(text) == Features.of(text).n_words
