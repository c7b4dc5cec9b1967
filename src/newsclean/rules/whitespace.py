"""Whitespace rules (W): line endings, stray spaces, blank-line runs and split drop caps."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import accumulate

import regex

from ..chars import HORIZONTAL_SPACE
from ..context import TextContext
from ..registry import Finding, apply_rule, text_rule

__all__ = ["apply_rule"]

# CR or CRLF line endings. Matches "\r\n", "\r"; not "\n".
CR_RE = regex.compile(r"\r\n?")
# ... and the Unicode line and paragraph separators (a page's JSON text may hold them).
# Matches "\u2028", "\u2029\n", "\r\n"; not "\n".
LINE_END_RE = regex.compile(r"[\r\u2028\u2029]\n?")

# Whitespace other than a newline at the end of a line, up to a "\r\n" line end (which
# stays: it is W101's). Matches "word  \n", "word \r\n" (the space); not "word\n", "word\r\n".
# The lookbehind starts a match only where a run of spaces starts: without it, a long run
# that does not end a line is rescanned from each of its positions (quadratic time).
TRAILING_RE = regex.compile(
    r"(?<![^\S\n])(?:[^\S\n]+?(?=\r\n)|[^\S\n]*[^\S\r\n](?=\n)|[^\S\n]+\Z)"
)

_HORIZONTAL_SET = frozenset(HORIZONTAL_SPACE)

# Two or more spaces or tabs, a space among them, between two non-space characters
# (indentation and a table row's tabs are left alone).
# Spelled so that each branch starts with a blank: a lookahead first, (?=\t* ), made the
# scan of a whole text half again as slow. Matches "two  spaces", "a\t b"; not
# "    indented", "Al\t\tYork".
SPACE_RUN_RE = regex.compile(r"(?<=\S)(?:\t* [ \t]+|\t+ )(?=\S)")
_SPACE_PAIRS = ("  ", " \t", "\t ")

# Three or more newlines in a row (two or more blank lines), or blank lines at the end of the
# text. Matches "a\n\n\nb", the "\n\n" of "a\n\n"; not "a\n\nb", "a\n".
BLANK_RUN_RE = regex.compile(r"\n{3,}|\n\n+\Z")

# A capital letter cut off a word at the start of a block: the drop cap of a printed page.
# Matches "W hile", "“T he"; not "A lot" unless "alot" is a word of the document.
DROP_CAP_RE = regex.compile(r"\A([\"'“‘«„]?)(\p{Lu}) (\p{Ll}+)\b")

# Capital letters that are words on their own in common languages ("A day", "I think",
# "O Canada", "Y luego", "E poi", "À bientôt"): joining them needs stronger evidence.
_ONE_LETTER_WORDS = frozenset("AIOYEUÀÁÉÓ")


@text_rule("W101", "line-ending", stage="normalize", priority=0)
def line_ending(text: str, ctx: TextContext) -> Iterator[Finding]:
    """Use ``\\n`` for line ends (CR and CRLF become LF).

    Changes: ``"one\\r\\ntwo"`` -> ``"one\\ntwo"``. Leaves alone: ``"one\\ntwo"``. The
    Unicode line and paragraph separators (U+2028, U+2029) end a line too: a text taken
    from a page's JSON may part its paragraphs with them.

    That is the text :func:`newsclean.clean` returns. A file that ``newsclean fix`` rewrites
    keeps its own line ends (a CRLF file stays CRLF); in a file of mixed line ends, this
    rule makes every line end the file's most common one.

    >>> from newsclean.registry import apply_rule
    >>> apply_rule("W101", "one\\r\\ntwo\\rthree\\u2029four")
    'one\\ntwo\\nthree\\nfour'
    """
    # (A text without a character from U+2028 up holds neither: the test costs nothing.)
    separators = "\u2028" in text or "\u2029" in text
    for m in (LINE_END_RE if separators else CR_RE).finditer(text):
        yield m.start(), m.end(), "\n"


@text_rule("W102", "trailing-whitespace", stage="normalize", priority=50)
def trailing_whitespace(text: str, ctx: TextContext) -> Iterator[Finding]:
    """Remove spaces and tabs at the end of a line.

    A ``\\r\\n`` line end is no white space of the line (it is W101's to normalise, and
    stays where W101 is ignored).

    >>> from newsclean.registry import apply_rule
    >>> apply_rule("W102", "end of line   \\nnext")
    'end of line\\nnext'
    >>> apply_rule("W102", "end of line \\r\\nnext\\r\\n")
    'end of line\\r\\nnext\\r\\n'
    """
    # What TRAILING_RE finds, found line by line with str methods (many times faster): the
    # run of white space at the end of each line that has one.
    if text[-1:] not in _HORIZONTAL_SET and not any(
        f"{c}\n" in text for c in HORIZONTAL_SPACE if c in text
    ):
        return  # no line ends in white space (a fast search for each space character)
    lines = text.split("\n")
    ending = [i for i, line in enumerate(lines) if line[-1:] in _HORIZONTAL_SET]
    if not ending:
        return
    starts = list(accumulate(map((1).__add__, map(len, lines)), initial=0))
    last = len(lines) - 1
    for i in ending:
        line = lines[i]
        end = len(line) - 1 if line[-1] == "\r" and i < last else len(line)  # "\r\n" stays
        body = line[:end].rstrip(HORIZONTAL_SPACE)  # (a whole line's slice is no copy)
        if len(body) < end:
            yield starts[i] + len(body), starts[i] + end, ""


@text_rule("W103", "space-run", stage="normalize", priority=50)
def space_run(text: str, ctx: TextContext) -> Iterator[Finding]:
    """Collapse runs of spaces (and of spaces and tabs) between words to one space.

    Indentation at the start of a line is left alone, and so is a run of tabs alone: it
    separates the columns of a table's row, an empty cell between them (``Al\\t\\tYork``).

    >>> from newsclean.registry import apply_rule
    >>> apply_rule("W103", "two  spaces,\\ttab \\tand  more")
    'two spaces,\\ttab and more'
    >>> apply_rule("W103", "    indented line")
    '    indented line'
    >>> apply_rule("W103", "Al\\t\\t31\\tYork")
    'Al\\t\\t31\\tYork'
    """
    if "  " not in text and ("\t" not in text or not any(pair in text for pair in _SPACE_PAIRS)):
        return  # no two spaces in a row, nor a space by a tab: nothing to find (fast searches)
    for m in SPACE_RUN_RE.finditer(text):
        yield m.start(), m.end(), " "


@text_rule("W104", "blank-line-run", stage="normalize", priority=60)
def blank_line_run(text: str, ctx: TextContext) -> Iterator[Finding]:
    """Reduce two or more blank lines in a row to one; remove blank lines at the end of
    the text (a file keeps one final newline) and a run of them at its start.

    >>> from newsclean.registry import apply_rule
    >>> apply_rule("W104", "one\\n\\n\\n\\ntwo")
    'one\\n\\ntwo'
    >>> apply_rule("W104", "one\\n\\n\\n"), apply_rule("W104", "\\n\\n\\none\\n"), apply_rule("W104", "\\n\\n")
    ('one\\n', 'one\\n', '')
    """
    if "\n\n\n" not in text and not text.endswith("\n\n"):
        return  # a run needs three line ends in a row or two at the end: none (fast searches)
    size = len(text)
    for m in BLANK_RUN_RE.finditer(text):
        start, end = m.span()
        if start == 0:
            yield start, end, ""  # nothing above the first line (nor, alone, below it)
        elif end == size:
            yield start, end, "\n"
        else:
            yield start, end, "\n\n"


@text_rule("W201", "drop-cap-split", stage="repair")
def drop_cap_split(text: str, ctx: TextContext) -> Iterator[Finding]:
    """Join a drop cap split from its word at the start of a block (``W hile`` -> ``While``).

    The joined word must occur elsewhere in the document. A capital that is a word on its
    own (``A``, ``I``, ``O``, ``Y``, ``E``...) is never joined, so ``A lot`` and ``I think``
    stay as they are even where ``alot`` occurs.

    >>> from newsclean import clean
    >>> clean("W hile it rained, we waited. We waited while it rained.")
    'While it rained, we waited. We waited while it rained.'
    >>> clean("A lot happened. Nobody wrote alot.")
    'A lot happened. Nobody wrote alot.'
    """
    m = DROP_CAP_RE.match(text)
    if m is None:
        return
    cap, rest = m.group(2), m.group(3)
    if cap in _ONE_LETTER_WORDS:
        return
    # The joined word must be attested beyond this block (which itself holds "cap rest").
    if not ctx.has_word((cap + rest).lower()):
        return
    yield m.start(2), m.end(3), cap + rest
