"""Features of a block that need no lexicon: words, punctuation, shape.

They work for any language: a "word" is a run of word characters, and a CJK character counts
as a word of its own, since those scripts put no spaces between words.

>>> f = Features.of("Although Kirby")
>>> f.n_words, f.terminal, f.heading_like
(2, False, True)
>>> Features.of("He said so.").terminal
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import regex

__all__ = ["Features", "word_tokens"]

# A word: a run of letters/digits, but each CJK ideograph or kana counts alone.
# Matches "Kirby", "2022", "日", "本"; not "—" or "’".
WORD_RE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]|[^\W\p{Han}\p{Hiragana}\p{Katakana}]+")

# A word of ASCII text: the same words WORD_RE finds there, found faster by the standard
# ``re``. Matches "Kirby", "2022"; not "—".
ASCII_WORD_RE = re.compile(r"\w+", re.ASCII)

# One CJK character (Han, Hiragana, Katakana). Matches "東", "の"; not "a".
CJK_RE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")

# Terminal punctuation at the end of a block, allowing closing quotes and brackets after it.
# Matches "soon.", "it?”", "了。"; not "Kharkiv and Kherson", "said:".
TERMINAL_RE = regex.compile(r"[.!?…。！？‼⁉][\"'”’»)\]]*\s*$")
# What may follow terminal punctuation: closing quotes and brackets, and white space (every
# character the pattern's \s matches; all of them lie below U+3001).
_AFTER_TERMINAL = "\"'”’»)]" + "".join(regex.findall(r"\s", "".join(map(chr, range(0x3001)))))

# A block that opens with a capital letter, a digit, a quote or an uncased script.
# Matches "Biden’s comments", "“Quote”", "2022 in review", "東京"; not "and then".
CAPITAL_START_RE = regex.compile(r"^[\"'“‘«„(\[]*(?:\p{Lu}|\p{Lt}|\p{N}|[^\p{L}\p{N}\s]|\p{Lo})")

#: Longest heading, in words.
MAX_HEADING_WORDS = 20


def word_tokens(text: str) -> list[str]:
    """The words of a text (CJK characters one by one).

    >>> word_tokens("Biden’s 2 comments, 東京")
    ['Biden', 's', '2', 'comments', '東', '京']
    """
    if text.isascii():
        return ASCII_WORD_RE.findall(text)
    return WORD_RE.findall(text)


def is_terminal(text: str) -> bool:
    """Whether ``text`` ends in terminal punctuation (closing quotes, brackets and space may
    follow): what ``TERMINAL_RE.search`` finds, tried only at the one place it can match.

    >>> is_terminal("He said “soon.” "), is_terminal("Kharkiv and Kherson")
    (True, False)
    """
    mark = len(text.rstrip(_AFTER_TERMINAL)) - 1
    return mark >= 0 and TERMINAL_RE.match(text, mark) is not None


@dataclass(frozen=True, slots=True)
class Features:
    """Lexicon-free facts about a block's text."""

    words: tuple[str, ...]
    n_words: int
    n_chars: int
    terminal: bool
    capital_start: bool

    @classmethod
    def of(cls, text: str) -> Features:
        """Compute the features of ``text``.

        ``n_words`` counts two CJK characters as one word (a word of Chinese or Japanese is
        about two characters long), so lengths compare across scripts.

        >>> Features.of("東京の天気は晴れです").n_words
        5
        """
        if text.isascii():
            words = tuple(ASCII_WORD_RE.findall(text))
            cjk = 0
        else:
            words = tuple(WORD_RE.findall(text))
            cjk = len(CJK_RE.findall(text))  # each is a word of its own
        return cls(
            words=words,
            n_words=len(words) - cjk + (cjk + 1) // 2,
            n_chars=len(text),
            terminal=is_terminal(text),
            capital_start=CAPITAL_START_RE.match(text) is not None,
        )

    @property
    def heading_like(self) -> bool:
        """Short, unpunctuated at the end and opening like a title: a heading or a fragment."""
        return (
            0 < self.n_words <= MAX_HEADING_WORDS and not self.terminal and self.capital_start
        )
