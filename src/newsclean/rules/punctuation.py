"""Punctuation rules (P): debris a scraper leaves around sentence marks.

They run inside kept blocks, in the order P103, P102, P101, so that ``economy . .`` becomes
``economy.`` in one pass. Lines that look like code are never touched.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..context import TextContext
from ..registry import Finding, apply_rule, text_rule

__all__ = ["apply_rule", "looks_like_code"]

# A sentence's terminal mark (after a word, a digit, a closing bracket or quote, "%", "+" or
# a symbol such as a star or an emoji), then a lone period after a space: the period is debris.
# Matches "economy. ." (the " ."), "it?” .", "(in 2019). .", "rose 5%. .", "Disney+. .",
# "called \"Lost\". .", "five ★. ."; not "wait . . .", "U.S..", "well..."
# A direction mark that closes the word (U+2069, U+202C, U+200E: kept, see U103) counts as
# the word's end: "hello\u2069. .".
DOUBLED_TERMINAL_RE = regex.compile(
    r"(?<=[\w%+)\]\"”’»\p{So}\u200e\u200f\u202a-\u202e\u2066-\u2069][.!?][\"”’»)\]]?)"
    r" \.(?=\s|\Z)(?! \.)"
)

# A sentence period, then a comma or semicolon, before a lower-case word: the sentence goes on.
# Before a capital too when the period ends a lower-case word of four letters or more (not
# an abbreviation): a comma never follows a sentence's full stop.
# Matches "power. , heating" (". ,"), "this, , that", "shareholder. , Japanese"; not
# "U.S. , Inc.", "p.m. , Monday", "Tokyo. , The".
ORPHANED_MARK_RE = regex.compile(
    r"(?<=\w)(?:\. ([,;])|, (,))(?= \p{Ll})"
    r"|(?<=(?<![\w.])\p{Ll}{4,})\. ([,;])(?= \p{Lu})"
)

# Spaces before , . ; : ! ? that end a word group: followed by space, a closing quote or end.
# Matches "word , next", "word .", "„nein“ ,"; not "wait ...", "said . . .", "smile :)",
# ".NET", "0 .5", "2 : 1".
# A no-break space (from "&nbsp;") counts too: "economy\u00a0, stupid".
SPACE_BEFORE_MARK_RE = regex.compile(
    r"(?<=[\w)\]”’“\"%»«›\u200e\u200f\u202a-\u202e\u2066-\u2069])[ \u00a0]+([,.;:!?])"
    r"(?=[\s\"”’»]|\Z)(?!(?<=\.) \. \.)"
)

# A mark named in the text, not used: right after an article ("the ? key", "type a ,
# between the values"). Matches "a", "The" at the end of what it is tried on; not "data".
ARTICLE_BEFORE_RE = regex.compile(r"(?<![^\W\d_])(?:a|an|the)\Z", regex.IGNORECASE)
# ... or a question or exclamation mark with a word in lower case after it: an edited
# sentence does not end so ("remove the prepended ? from the query"; a comment written in
# lower case keeps its spaced mark). Matches "? from"; not "? Then".
MARK_GOES_ON_RE = regex.compile(r"[?!] \p{Ll}")

# A spaced mark before a number, as in scores, times and "label : value" lists.
# Matches "2 : 1", "2 , 3", "VIP : 60,000"; not "won , 2" (no number before the comma).
NUMBER_PAIR_RE = regex.compile(r"(?:\d +[,.:]|\w +:) \d")

# Spaces before a closing curly quote that is followed by punctuation, space or the end.
# Matches "doing ”." (the space); not the Swedish opening quote in "sade ”Hej”".
SPACE_BEFORE_QUOTE_RE = regex.compile(r"(?<=[\w.,!?]) +(?=”(?:[\s.,;:!?]|\Z))")

# Code-like text is braces, statement ends, arrows, comparisons, calls or tags: the
# reference pattern in tests/test_text_fast_paths.py says it in one regex, and
# looks_like_code tells its alternatives one by one.


# The code-like alternatives that need more than a fixed string, each with the string it needs.
_CALL_RE = regex.compile(r"\w\(\)")
_TAG_RE = regex.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_STATEMENT_END_RE = regex.compile(r";\s*$", regex.MULTILINE)
_KEYWORD_START_RE = regex.compile(
    r"^[^\S\n]*(?:def|class|import|return|var|let|const|function)\b", regex.MULTILINE
)
#: The fixed strings of the other code-like alternatives.
_CODE_STRINGS = ("{", "}", "==", "=>", "->", "!=", ":=")


def looks_like_code(text: str) -> bool:
    """Whether ``text`` looks like program code rather than prose (braces, statement ends,
    arrows, comparisons, calls, tags, a keyword at a line start), told alternative by
    alternative, each only where the text holds the string it needs (a fast search; one
    pattern of them all would try every alternative at every character).

    >>> looks_like_code("if (a == b) { return x ; }"), looks_like_code("He said: yes; no.")
    (True, False)
    """
    return (
        any(map(text.__contains__, _CODE_STRINGS))
        or ("()" in text and _CALL_RE.search(text) is not None)
        or ("<" in text and _TAG_RE.search(text) is not None)
        or (";" in text and _STATEMENT_END_RE.search(text) is not None)
        or (
            _KEYWORD_START_RE.match(text) is not None
            or ("\n" in text and _KEYWORD_START_RE.search(text) is not None)
        )
    )


@text_rule("P101", "doubled-terminal-punctuation", stage="repair", priority=30)
def doubled_terminal_punctuation(text: str, ctx: TextContext) -> Iterator[Finding]:
    """Remove a stray period after a sentence that already ended (``economy. .`` -> ``economy.``).

    Left alone: ellipses (``...``, ``…``, ``. . .``), ``?!``, abbreviations and decimals.

    >>> from newsclean.registry import apply_rule
    >>> apply_rule("P101", "the Russian economy. . That was")
    'the Russian economy. That was'
    >>> apply_rule("P101", "(in 2019). . It rose 5%. . On Disney+. . Rated ★★★★. .")
    '(in 2019). It rose 5%. On Disney+. Rated ★★★★.'
    >>> apply_rule("P101", "Wait . . . what? Well... and?! The U.S. economy grew 2.5%.")
    'Wait . . . what? Well... and?! The U.S. economy grew 2.5%.'
    """
    if looks_like_code(text):
        return
    for m in DOUBLED_TERMINAL_RE.finditer(text):
        yield m.start(), m.end(), ""


@text_rule("P102", "orphaned-mark", stage="repair", priority=20)
def orphaned_mark(text: str, ctx: TextContext) -> Iterator[Finding]:
    """Drop a period or comma orphaned before a comma (``power. , heating`` -> ``power, heating``).

    Where a lower-case word follows, so the sentence clearly goes on; before a capital only
    after a lower-case word of four letters or more (``shareholder. , Japanese`` ->
    ``shareholder, Japanese``), never after an abbreviation.

    >>> from newsclean.registry import apply_rule
    >>> apply_rule("P102", "without power. , heating or water")
    'without power, heating or water'
    >>> apply_rule("P102", "He left. , Then the U.S. , Inc. and Tokyo. , Osaka")
    'He left, Then the U.S. , Inc. and Tokyo. , Osaka'
    """
    if looks_like_code(text):
        return
    for m in ORPHANED_MARK_RE.finditer(text):
        yield m.start(), m.end(), m.group(1) or m.group(2) or m.group(3)


@text_rule("P103", "space-before-punctuation", stage="repair", priority=10)
def space_before_punctuation(text: str, ctx: TextContext) -> Iterator[Finding]:
    """Remove spaces before ``, . ; : ! ?`` and before a closing quote (``doing ”.`` -> ``doing”.``).

    Left alone: ellipses, emoticons (``:)``), decimals, scores and values (``.5``, ``2 : 1``,
    ``VIP : 60,000``), URLs, a mark that the text names rather than uses (after ``a``, ``an``
    or ``the``: ``type a , between them``; a ``?`` or ``!`` with a word in lower case after
    it: ``remove the prepended ? from it``),
    code-like lines; the space before ``; : ! ?`` in a document that spaces them as a rule
    (French typography, or a writer's habit: more spaced than unspaced, counted in the kept
    text, so that boilerplate removed does not decide it); and the
    space before ``”`` when its opening ``“`` is spaced too (``“ a quote ”``, a house style).

    >>> from newsclean.registry import apply_rule
    >>> apply_rule("P103", "what he is doing ”. Then , he left .")
    'what he is doing”. Then, he left.'
    >>> apply_rule("P103", "Wait ... smile :) at .NET 0 .5 and 2 : 1")
    'Wait ... smile :) at .NET 0 .5 and 2 : 1'
    >>> apply_rule("P103", "Type a , between them. Remove the prepended ? from it , too.")
    'Type a , between them. Remove the prepended ? from it, too.'
    >>> from newsclean import clean
    >>> clean("Il est parti : c'est la vie ! Mais les amis sont là ; pas de souci .")
    "Il est parti : c'est la vie ! Mais les amis sont là ; pas de souci."
    >>> clean("He called it “ a good day ” and left.")
    'He called it “ a good day ” and left.'
    """
    if looks_like_code(text):
        return
    spaced_style = ctx.spaces_before_marks
    for m in SPACE_BEFORE_MARK_RE.finditer(text):
        if m.group(1) in ";:!?" and (spaced_style or "\u00a0" in text[m.start():m.start(1)]):
            continue  # French typography: a (no-break) space before ; : ! ?
        if NUMBER_PAIR_RE.match(text, m.start() - 1, m.end(1) + 2):
            continue
        if ARTICLE_BEFORE_RE.search(text, max(0, m.start() - 3), m.start()) or (
            MARK_GOES_ON_RE.match(text, m.start(1), m.end(1) + 2)
        ):
            continue  # the mark itself, named: "the ? key", "remove prepended ? from"
        yield m.start(), m.start(1), ""
    for m in SPACE_BEFORE_QUOTE_RE.finditer(text):
        opening = text.rfind("“", 0, m.start())
        if opening >= 0 and text[opening + 1 : opening + 2].isspace():
            continue  # “ spaced on both sides ”: a style, not debris
        yield m.start(), m.end(), ""
