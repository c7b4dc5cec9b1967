"""Features of a block that need no lexicon: words, punctuation, shape.

They work for any language: a "word" is a run of word characters, and a CJK character counts
as a word of its own, since those scripts put no spaces between words (and a run of Thai,
Lao, Myanmar or Khmer text counts for the words its length holds).

>>> f = Features.of("Although Kirby")
>>> f.n_words, f.terminal, f.heading_like
(2, False, True)
>>> Features.of("He said so.").terminal
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import compress, repeat
from operator import itemgetter
from typing import NamedTuple

import regex

from .chars import WHITESPACE

__all__ = [
    "Features", "copied_phrase", "count_words", "is_quotation", "is_reported_speech",
    "is_title_case", "is_unspaced", "word_tokens",
]

#: The ``concurrent`` argument of the ``regex`` calls on the hot paths (the words of every
#: block, the block search of newsclean.search), given by position: keep the GIL. By
#: default the module lets go of it around every match attempt, which costs more than
#: matching a block's short text does; given by keyword, the argument costs about as much
#: again (the module looks every keyword up by name, on each call). A call that gives it
#: passes ``pos`` and ``endpos`` before it, None for the whole text, and ``overlapped``
#: (False) too in a ``findall``.
KEEP_GIL = False

# A word: a run of letters/digits, but each CJK ideograph or kana counts alone.
# Matches "Kirby", "2022", "日", "本"; not "—" or "’".
WORD_RE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]|[^\W\p{Han}\p{Hiragana}\p{Katakana}]+")

# A word that is not a CJK character: WORD_RE's other words. Matches "Tokyo", "2024"; not "東".
NON_CJK_WORD_RE = regex.compile(r"[^\W\p{Han}\p{Hiragana}\p{Katakana}]+")

# A word of ASCII text: the same words WORD_RE finds there, found faster by the standard
# ``re``. Matches "Kirby", "2022"; not "—".
ASCII_WORD_RE = re.compile(r"\w+", re.ASCII)

#: The ASCII characters, a space for each that is no word character of :data:`ASCII_WORD_RE`:
#: an ASCII text translated by it splits at white space into the words that pattern finds,
#: with a quarter fewer instructions (tests/test_features.py checks every character).
ASCII_WORD_SPACES = "".join(c if c.isalnum() or c == "_" else " " for c in map(chr, range(128)))

#: The marks that make most text of the Latin script non-ASCII (curly quotes, dashes, ©, £,
#: guillemets, a no-break space), most frequent first. None is a word character: a text that
#: is ASCII once they are spaces has the words that ASCII text has.
COMMON_MARKS = "’“”–—‘›‹©•»«£…\xa0"

# A word of text without CJK characters: the same words WORD_RE finds there, found faster.
# Matches "Müller", "naïve"; not "—".
PLAIN_WORD_RE = regex.compile(r"\w+")

# A character of the Thai, Lao, Myanmar, Khmer or Khmer symbols blocks, or at or above U+2E80,
# where every Han, Hiragana and Katakana character lies: text without one has no character of
# a script written without spaces between words (tests/test_features.py checks every code
# point).
MAYBE_UNSPACED_RE = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\u2e80-\U0010ffff]"
)

# One CJK character (Han, Hiragana, Katakana). Matches "東", "の"; not "a".
CJK_RE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")

# A character of a script written without spaces between words: CJK, Thai, Lao, Myanmar,
# Khmer. Matches "東", "ก"; not "a" or "한" (Korean puts spaces between words).
UNSPACED_RE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Myanmar}\p{Khmer}]")

# A run of Thai, Lao, Myanmar or Khmer characters: one word of WORD_RE, but a phrase or a
# sentence of several words. Matches "ประเทศไทย"; not "Bangkok".
SOUTHEAST_ASIAN_RUN_RE = regex.compile(r"[\p{Thai}\p{Lao}\p{Myanmar}\p{Khmer}]+")

#: A run of characters outside ASCII. Matches "é", "相关新闻"; not "cafe". The ``regex``
#: module finds these by each character's code, in a tenth of the instructions the standard
#: ``re`` takes (which tests each character against a set): the block search gathers a
#: document's characters outside ASCII with it, U101 its mojibake suspects' neighbourhoods.
NON_ASCII_RUN_RE = regex.compile(r"[^\x00-\x7f]+")

#: Characters of a word of Thai, Lao, Myanmar or Khmer text, about (vowel and tone marks
#: included): a run of them counts one word per this many characters.
SOUTHEAST_ASIAN_WORD_CHARS = 4

# The marks that end a sentence, and the closing quotes and brackets that may follow them
# (then white space): Latin, CJK (full width and half width), the danda of Devanagari and
# Bengali text, the Arabic question mark and full stop, the Armenian, Ethiopic, Myanmar and
# Khmer full stops. The closing quotes are those of every convention: ``”`` and ``’``
# (English), ``“`` and ``‘`` (German, Czech, Slovak, Bulgarian, Lithuanian: „so.“),
# ``»`` and ``›`` (French), ``«`` and ``‹`` (German and Danish: »so.«).
_TERMINAL_MARKS = frozenset(".!?…‽。！？‼⁉．｡।॥؟۔։።፧။។")
_CLOSERS = "\"'”’“‘»«›‹)]）」』】》〉"
#: A text's first and last character ("" for an empty text), as slices of it.
_FIRST, _LAST = slice(None, 1), slice(-1, None)

# A block that opens with a capital letter, a digit, a quote or an uncased script.
# Matches "Biden’s comments", "“Quote”", "2022 in review", "東京"; not "and then".
CAPITAL_START_RE = regex.compile(r"^[\"'“‘«„(\[]*(?:\p{Lu}|\p{Lt}|\p{N}|[^\p{L}\p{N}\s]|\p{Lo})")


@lru_cache(maxsize=1 << 12)
def _opens_capital(first: str) -> bool:
    """Whether a text whose first character is ``first`` ("" for an empty text) opens as
    :data:`CAPITAL_START_RE` finds: the pattern reads past the first character only after
    an opening quote or bracket, which it takes alone as well, so the first character tells
    (told once per character: a call of the pattern per block costs more than its test).

    >>> _opens_capital("B"), _opens_capital("“"), _opens_capital("a"), _opens_capital("")
    (True, True, False, False)
    """
    return CAPITAL_START_RE.match(first) is not None


#: From this many blocks on (a document of some megabytes), the words of a document share one
#: string per distinct word.
SHARE_WORDS_FROM = 50_000

#: Longest heading, in words.
MAX_HEADING_WORDS = 20


def word_count(n: int) -> str:
    """``n`` words, as a reason says it.

    >>> word_count(1), word_count(3)
    ('1 word', '3 words')
    """
    return f"{n} word" if n == 1 else f"{n} words"


def word_tokens(text: str) -> list[str]:
    """The words of a text (CJK characters one by one).

    >>> word_tokens("Biden’s 2 comments, 東京")
    ['Biden', 's', '2', 'comments', '東', '京']
    """
    return _words(text)[0]


def count_words(text: str) -> int:
    """How many words ``text`` counts for, as :class:`Features` counts a block's
    (``n_words``: two CJK characters a word), without its other features.

    >>> count_words("Storm hits the coast"), count_words("東京の天気は晴れです")
    (4, 5)
    """
    return _words(text)[1]


def is_unspaced(text: str) -> bool:
    """Whether ``text`` holds a character of a script written without spaces between words
    (:data:`UNSPACED_RE`), told first by the quick tests of ASCII text and of
    :data:`MAYBE_UNSPACED_RE`.

    >>> is_unspaced("ฝนตกหนัก in Bangkok"), is_unspaced("東京"), is_unspaced("Müller")
    (True, True, False)
    """
    return (
        not text.isascii() and MAYBE_UNSPACED_RE.search(text) is not None
        and UNSPACED_RE.search(text, None, None, KEEP_GIL) is not None
    )


def _ascii_words(texts: Sequence[str]) -> list[list[str]]:
    """The words of each of ``texts``, all of them ASCII: their text joined is translated by
    :data:`ASCII_WORD_SPACES` at once (a call for each text looks its characters up in the
    table anew), then split at each text's span, which translating keeps in place.

    >>> _ascii_words(["Storm hits", "", "U.S. (2024)"])
    [['Storm', 'hits'], [], ['U', 'S', '2024']]
    """
    spaced = "\n".join(texts).translate(ASCII_WORD_SPACES)
    # (a plain loop over the spans: a sixth fewer instructions than pairs of running sums
    # built by accumulate and pairwise over a mapped method-wrapper)
    words = []
    start = 0
    for text in texts:
        end = start + len(text)
        words.append(spaced[start:end].split())
        start = end + 1  # past the joining newline
    return words


def _words(text: str) -> tuple[list[str], int]:
    """The words of ``text`` and how many words they count for, each script's text by the
    fastest pattern that finds the same words: a word each, but two CJK characters count as
    one, and a run of Thai, Lao, Myanmar or Khmer text (one word of WORD_RE) for one word per
    :data:`SOUTHEAST_ASIAN_WORD_CHARS` characters."""
    if text.isascii():
        words = text.translate(ASCII_WORD_SPACES).split()
        return words, len(words)
    # With its common marks as spaces most such text is ASCII, where the words are found as
    # above (a search for a character runs at memory speed, the word pattern does not).
    spaced = text
    for mark in COMMON_MARKS:
        if mark in spaced:
            spaced = spaced.replace(mark, " ")
    if spaced.isascii():
        words = spaced.translate(ASCII_WORD_SPACES).split()
        return words, len(words)
    if not is_unspaced(text):
        words = PLAIN_WORD_RE.findall(text, None, None, False, KEEP_GIL)
        return words, len(words)
    words = WORD_RE.findall(text, None, None, False, KEEP_GIL)
    # Each CJK character is a word, every other word a run of non-CJK word characters: the
    # CJK words are counted as the rest (those runs are few in CJK text, the characters many).
    cjk = len(words) - len(NON_CJK_WORD_RE.findall(text, None, None, False, KEEP_GIL))
    extra = sum((len(run) - 1) // SOUTHEAST_ASIAN_WORD_CHARS
                for run in SOUTHEAST_ASIAN_RUN_RE.findall(text, None, None, False, KEEP_GIL))
    return words, len(words) - cjk + (cjk + 1) // 2 + extra


#: The marks that end a question, in the scripts whose terminal marks features knows.
QUESTION_MARKS = frozenset("?？؟፧⁉‽")


def is_question(text: str) -> bool:
    """Whether ``text`` ends in a question mark (closing quotes, brackets and space may
    follow): a headline or a teaser may; an article's paragraph seldom does.

    >>> is_question("Will the bridge be built?”"), is_question("هل تمطر غدا؟")
    (True, True)
    >>> is_question("Yes.")
    False
    """
    return text.rstrip(WHITESPACE).rstrip(_CLOSERS)[-1:] in QUESTION_MARKS


def is_terminal(text: str) -> bool:
    """Whether ``text`` ends in terminal punctuation (closing quotes, brackets and space may
    follow): what the reference pattern in tests/test_features.py finds, told by stripping
    the end with str methods.

    >>> is_terminal("He said “soon.” "), is_terminal("Kharkiv and Kherson")
    (True, False)
    >>> is_terminal("सलाह दी गई है।"), is_terminal("هل تمطر غدا؟")
    (True, True)
    """
    return text.rstrip(WHITESPACE).rstrip(_CLOSERS)[-1:] in _TERMINAL_MARKS


# A sentence that ends by naming who said, found or urged it: reported speech, which a
# prompt or a notice of the page never is. Matches "..., the council said.", "..., the court
# ruled.", "..., the weather service urged residents on Monday."; not "Sign up today.".
REPORTED_SPEECH_RE = regex.compile(
    r"[,”\"]\s+(?:\w[\w’'-]*\s+){0,5}(?:said|says|ruled|told|found|added|wrote|reported"
    r"|argued|warned|urged|explained|noted|announced|insisted|recalled|stated)\b[^.!?]*[.!?]"
    r"[\"”’]?\s*$"
)


#: Opening quotation marks: a block that starts with one quotes somebody.
QUOTE_MARKS = "\"“„«‘'‹「『"


def is_quotation(text: str) -> bool:
    """Whether ``text`` opens with a quotation mark (somebody's words, not the page's).

    >>> is_quotation("“We use cookies,” she said."), is_quotation("We use cookies.")
    (True, False)
    """
    return text.lstrip()[:1] in QUOTE_MARKS


#: Opening quotation marks that have a closing mark of their own, and that mark; a German
#: quotation opens with ``„`` and closes with ``“``, which elsewhere opens one.
_QUOTE_PAIRS = (("„", "“"), ("«", "»"), ("‹", "›"), ("「", "」"), ("『", "』"), ("“", "”"))


def inside_quotes(text: str, pos: int) -> bool:
    """Whether position ``pos`` of ``text`` lies inside a quotation opened before it and not
    yet closed: words a sentence quotes (``The site asks visitors to "Please disable your
    ad blocker" first.``), which the page never does with its own prompts.

    >>> text = 'Visitors were told to "Please disable your ad blocker" first.'
    >>> inside_quotes(text, text.index("Please")), inside_quotes(text, text.index("first"))
    (True, False)
    >>> inside_quotes("„Melden Sie sich an“, sagte sie. Jetzt anmelden", 35)
    False
    """
    before = text[:pos]
    if before.count('"') % 2:
        return True
    for opening, closing in _QUOTE_PAIRS:
        at = before.rfind(opening)
        if at != -1 and closing not in before[at + 1:]:
            # (in German quotes, "“" closed the quotation "„" opened)
            return not (opening == "“" and "„" in before)
    return False


def is_title_case(text: str) -> bool:
    """Whether most words of a line open with a capital letter, as headlines and the names
    of links do; the items of a list in a sentence do not.

    >>> is_title_case("Sneaky Facebook Advertising Tricks for Your Campaign")
    True
    >>> is_title_case("Public alerts, including evacuation notices and storm warnings")
    False
    """
    words = [w for w in text.split() if w[:1].isalpha()]
    return bool(words) and sum(w[0].isupper() for w in words) * 2 > len(words)


def is_reported_speech(text: str) -> bool:
    """Whether a sentence ends by naming who said it (``..., the council said.``).

    >>> is_reported_speech("Comments are closed on the plan, the council said.")
    True
    >>> is_reported_speech("“We use cookies on every page,” the privacy chief told the inquiry.")
    True
    >>> is_reported_speech("Sign up for our newsletter, it is free.")
    False
    """
    return REPORTED_SPEECH_RE.search(text) is not None


class Features(NamedTuple):
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
        about two characters long), and four characters of a run of Thai, Lao, Myanmar or
        Khmer text as one (those scripts put spaces between phrases, not words), so lengths
        compare across scripts.

        >>> Features.of("東京の天気は晴れです").n_words
        5
        >>> Features.of("ฝนตกหนักทั่วภาคเหนือ").n_words  # 20 characters: "rain falls hard ..."
        5
        """
        return cls.many([text])[0]

    @classmethod
    def many(cls, texts: Sequence[str]) -> list[Features]:
        """:meth:`of` each of ``texts``, a list at a time (the patterns mapped over the
        list, no call per text where the texts are ASCII).

        >>> Features.many(["Storm hits", "東京"]) == [Features.of("Storm hits"), Features.of("東京")]
        True
        """
        ascii = list(map(str.isascii, texts))
        if all(ascii):
            words = _ascii_words(texts)
            n_words: Iterable[int] = map(len, words)
        else:
            # The ASCII texts' words found at once, the others' a text at a time.
            plain = iter(_ascii_words(list(compress(texts, ascii))))
            pairs = [(w := next(plain), len(w)) if is_ascii else _words(text)
                     for text, is_ascii in zip(texts, ascii, strict=True)]
            words = [w for w, _ in pairs]
            n_words = [n for _, n in pairs]
        # (str.rstrip mapped with its argument repeated: a methodcaller looks the method up
        # by name for every text)
        stripped = map(str.rstrip, texts, repeat(WHITESPACE))
        ends = map(str.rstrip, stripped, repeat(_CLOSERS))
        terminal = map(_TERMINAL_MARKS.__contains__, map(itemgetter(_LAST), ends))
        capital = map(_opens_capital, map(itemgetter(_FIRST), texts))
        if len(texts) >= SHARE_WORDS_FROM:
            # One string object per distinct word: a large document repeats its words many
            # times, and the memory its copies would take costs more time (the system's, to
            # map fresh pages) than the lookups do.
            first: dict[str, str] = {}
            share = first.setdefault
            word_tuples: Iterable[tuple[str, ...]] = (tuple(map(share, w, w)) for w in words)
        else:
            word_tuples = map(tuple, words)
        # (tuple.__new__ makes each as cls._make does, without a Python call per block)
        return list(map(tuple.__new__, repeat(cls), zip(
            word_tuples, n_words, map(len, texts), terminal, capital, strict=True
        )))

    @property
    def heading_like(self) -> bool:
        """Short, unpunctuated at the end and opening like a title: a heading or a fragment."""
        return (
            0 < self.n_words <= MAX_HEADING_WORDS and not self.terminal and self.capital_start
        )


#: In scripts without case (CJK), a copied phrase must be at least this many words long.
MIN_UNCASED_WORDS = 4


def copied_phrase(heading: Sequence[str], paragraph: Sequence[str]) -> str | None:
    """How ``heading``'s words are copied from ``paragraph``, or None when they are not.

    The heading has two words or more, and they must occur in order and next to each other,
    case and all: at the start of the paragraph ("opening words"), or inside it as a name or
    phrase with a capital letter (``Kharkiv and Kherson``).

    >>> copied_phrase("Although Kirby".split(), "Although Kirby clarified it on Friday".split())
    'opening words'
    >>> copied_phrase("Kharkiv and Kherson".split(), "parts of Kharkiv and Kherson oblast".split())
    'phrase'
    >>> copied_phrase("comments point".split(), "his comments point out the risk".split()) is None
    True
    """
    n = len(heading)
    if n < 2 or len(paragraph) < n + 3:
        return None  # a one-word heading ("HL7" above "HL7 is...") is a real subheading
    if list(paragraph[:n]) == list(heading):
        return "opening words"
    cased = any(w[:1].isupper() for w in heading)
    uncased = not any(c.isupper() or c.islower() for w in heading for c in w[:1])
    if not (cased or (uncased and n >= MIN_UNCASED_WORDS)):
        return None
    if f" {' '.join(heading)} " in f" {' '.join(paragraph)} ":
        return "phrase"
    return None
