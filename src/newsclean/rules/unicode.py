"""Unicode rules (U): mojibake, entities, control and invisible characters, via ftfy.

ftfy does the repairs; these rules decide *where* to call it. Each rule finds the few places
that can need a fix with one compiled pattern over the whole text and hands ftfy only those,
so clean text costs one regex scan and no ftfy call.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

import ftfy
import ftfy.badness
import ftfy.chardata
import ftfy.fixes
import regex

from ..context import TextContext
from ..features import NON_ASCII_RUN_RE
from ..registry import Finding, apply_rule, text_rule

__all__ = ["apply_rule", "minimal_change"]

# An HTML entity or character reference, possibly escaped more than once.
# Matches "&amp;", "&#8217;", "&amp;quot;"; not "AT&T", "this&not that".
ENTITY_RE = regex.compile(r"&(?:amp;)*(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")

# Control characters nobody means to type: C0 controls except tab, newline, CR and form feed,
# DEL, the five C1 controls that Windows-1252 leaves undefined (the others stand for its
# characters, which U101 puts back: "\x80" is "€"), deprecated Arabic format controls and
# interlinear annotation marks; and the halves of UTF-16 surrogate pairs, which no encoding
# can write (a pair as one match).
# Matches "\x00", "\x1b", "\x81", "\ud800", "\ud83d\ude00"; not "\t", "\n", "\x80".
# (One class and an optional second half, not an alternation: the scan runs at the speed of
# one character class.)
CONTROL_RE = re.compile(
    r"[\x00-\x08\x0b\x0e-\x1f\x7f\x81\x8d\x8f\x90\x9d\u206a-\u206f\ufff9-\ufffc\ud800-\udfff]"
    r"[\udc00-\udfff]?"
)
#: The information separators (file, group, record, unit) and the vertical tab (a word
#: processor's line break within a paragraph): between two words, a space.
_SEPARATORS = frozenset("\x0b\x1c\x1d\x1e\x1f")

# Invisible characters that break words for search and matching: soft hyphen, word joiner,
# a byte-order mark inside the text, and zero-width spaces, except between characters of
# scripts written without spaces (Thai, Lao, Khmer, Myanmar, CJK), where they mark word breaks.
# Matches "re\u00adform", "a\u200bb"; not "ไทย\u200bภาษา".
_NOSPACE = r"\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Han}\p{Hiragana}\p{Katakana}"
INVISIBLE_RE = regex.compile(  # a run as one match, each character tested where it stands
    rf"(?:[\u00ad\u2060\ufeff]|\u200b(?<![{_NOSPACE}]\u200b(?=[{_NOSPACE}])))+"
)
# The characters INVISIBLE_RE can match: text without one is searched no further.
INVISIBLE_CHARS = "\u00ad\u2060\ufeff\u200b"

# Latin ligature characters (ﬁ, ﬂ, ĳ...), from ftfy's own table.
LIGATURE_CHARS = "".join(map(chr, ftfy.chardata.LIGATURES))
LIGATURE_RE = re.compile(f"[{LIGATURE_CHARS}]")


def holds_any(text: str, chars: str) -> bool:
    """Whether ``text`` holds one of ``chars``: a fast search of the text for each (many
    times the speed of a character-class pattern, for a few characters).

    >>> holds_any("zero\u200bwidth", INVISIBLE_CHARS), holds_any("plain", INVISIBLE_CHARS)
    (True, False)
    """
    return any(map(text.__contains__, chars))


#: The characters of ftfy's mojibake categories that running text rarely puts beside another
#: non-ASCII character: all of them but its "common" ones (no-break space, dashes, ’...) and
#: the Greek and Cyrillic letters (the running text of those scripts), and Ђ, which the
#: Windows-1251 sequences (``вЂ``) need. As character-class contents, ranges included.
MOJIBAKE_MARKS = "".join(
    chars for category, chars in ftfy.badness.MOJIBAKE_CATEGORIES.items()
    if category not in ("common", "lower_common", "upper_common")
) + "\N{CYRILLIC CAPITAL LETTER DJE}"

# What every sequence ftfy's badness test flags holds (tests/test_unicode_gate.py checks it
# on each branch of ftfy's pattern): one of MOJIBAKE_MARKS next to another non-ASCII
# character, or a C1 control character or one of Œ œ Ã Â (all of them marks). Matches the
# "Ã" of "Ã©", the "€" of "â€", "Œ"; not "don’t", "“quote”", "café", "Привет мир".
# A line without one is not searched (Cyrillic, Greek, Arabic or CJK text has pairs of
# non-ASCII characters on every line, but marks beside them only where it has mojibake, or
# a quote or symbol next to a letter). Written to open with one character set, which the
# standard engine skips to fast; it finds what its plain form finds (tests/test_unicode_gate.py):
#     [M](?=[^\x00-\x7f]) | (?<=[^\x00-\x7f])[M] | [\x80-\x9fŒœÃÂ]      (M: the marks)
SUSPECT_RE = re.compile(
    f"[{MOJIBAKE_MARKS}]"
    "(?:(?=[\x80-\U0010ffff])|(?<=[\x80-\U0010ffff].)|(?<=[\x80-\x9fŒœÃÂ]))"
)

def holds_suspect(text: str) -> bool:
    """Whether SUSPECT_RE matches in ``text``, decided on its runs of non-ASCII characters
    alone (a short string for most texts): a match is a non-ASCII character, judged by
    whether its neighbours are non-ASCII, so it is found as well in the runs, kept apart by
    a line break as in the text by ASCII (tests/test_unicode_gate.py).

    >>> holds_suspect("The cafÃ© said"), holds_suspect("Déjà vu, “quotes” • here")
    (True, False)
    """
    return SUSPECT_RE.search("\n".join(NON_ASCII_RUN_RE.findall(text))) is not None


# Curly quotes and primes that ``uncurl_quotes`` turns into ASCII.
CURLY_RE = regex.compile(r"[\u2018-\u201f\u02bc\u2032\u2033]")


def minimal_change(start: int, old: str, new: str) -> Finding:
    """Shrink a replacement of ``old`` (at ``start``) by ``new`` to the part that differs.

    >>> minimal_change(10, "cafÃ© ok", "café ok")
    (13, 15, 'é')
    """
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    return start + prefix, start + len(old) - suffix, new[prefix : len(new) - suffix]


#: Characters of text U106 checks at once (a chunk ends at a line end).
NORMALIZATION_CHUNK = 1 << 16


def _line_chunks(text: str, size: int) -> Iterator[tuple[int, int]]:
    """Spans of ``text`` of about ``size`` characters that end at a line end (or the end).

    >>> list(_line_chunks("ab\\ncd\\nef", 2))
    [(0, 3), (3, 6), (6, 8)]
    """
    start = 0
    while start < len(text):
        cut = text.find("\n", start + size - 1)
        end = len(text) if cut < 0 else cut + 1
        yield start, end
        start = end


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


#: What ftfy's badness test flags only at the start of a string (its one alternative
#: anchored there, ``^[ÃÂ][ ]``): a line that the test did not flag where it stands is
#: flagged alone only when it starts so (tests/test_unicode_gate.py checks ftfy's pattern).
START_OF_STRING_BADNESS = ("Ã ", "Â ")

# The spaces that later rules take out of a line: a run's second space and on (W103) and the
# spaces before a closing mark or quote (P103), plain or no-break.
SPACES_TAKEN_OUT_RE = regex.compile(r"[ \t\u00a0]+(?=[,.;:!?”’\"»])|(?<=[ \t])[ \t]+")


def _fix_without_spaces(line: str, core: str, *, flagged: bool = True) -> Finding | None:
    """The repair of a line that ftfy leaves as it is, decided without the spaces that the
    clean text does not keep, as a span of ``line`` and its new text (None if none).

    The spaces at the line's ends go first: "\xa0ï»¿" is the mojibake "ï»¿" once
    stripped. Then the spaces that later rules take out (see :data:`SPACES_TAKEN_OUT_RE`):
    "Â  ”" becomes "Â”" in the clean text, which is mojibake of "”", so the repair is
    decided on that, or a second run would make it (the clean text would not be stable).
    A repair that would reach across spaces taken out is not made. ``flagged``: ftfy's
    badness test flagged the line as it stands in the text; where it did not, the test is
    run on the stripped line alone, as it stands in a clean text whose lines above it were
    removed ("Â d" at the start of a string is flagged, after a line break not).

    >>> _fix_without_spaces("Price: Â  ”", "Price: Â  ”", flagged=False)
    (7, 8, '')
    """
    offset = line.index(core)
    # Flagged with the text around it, or not: the line alone, without its end spaces, is
    # what a second run may see (once the lines above it are removed).
    if (core != line and flagged) or (not flagged and core.startswith(START_OF_STRING_BADNESS)):
        fixed = ftfy.fix_encoding(core)
        if fixed != core:
            a, b, new = minimal_change(offset, core, fixed)
            return a, b, new
    squeezed = SPACES_TAKEN_OUT_RE.sub("", core)
    if len(squeezed) == len(core) or _first_badness(squeezed, 0, len(squeezed)) < 0:
        return None  # nothing taken out, or nothing flagged without it
    fixed = ftfy.fix_encoding(squeezed)
    if fixed == squeezed:
        return None
    a, b, new = minimal_change(0, squeezed, fixed)
    if a == b:
        return None  # an insertion: where it goes among the spaces is not known
    # Where the squeezed characters a to b stand in ``core``: after the spaces taken out
    # before them, and with none taken out between them.
    shift = 0
    for m in SPACES_TAKEN_OUT_RE.finditer(core):
        if m.start() - shift > a:
            break
        shift += m.end() - m.start()
    first = a + shift
    if core[first : first + b - a] != squeezed[a:b]:
        return None  # the repair reaches across spaces that are taken out
    return offset + first, offset + first + b - a, new


#: The most characters a match of ftfy's badness pattern spans (tests/test_unicode_gate.py).
BADNESS_WIDTH = 7


def _first_badness(text: str, low: int, high: int) -> int:
    """Where the first match of ftfy's badness pattern in ``text[low:high]`` starts (-1: none).

    The pattern tries dozens of branches at each character, so it is searched only around
    the suspects (SUSPECT_RE): every match holds one and spans at most BADNESS_WIDTH
    characters (tests/test_unicode_gate.py), so it starts in the window that ends that far
    past a suspect and begins that far before it, and a search there finds it. (The pattern
    has no lookaround and anchors only at the start of the string, so what it matches in a
    window it matches in the text.) The first match is the first of the windows' matches.

    >>> _first_badness("a café, a cafÃ© and Ã©", 0, 22)
    12
    >>> _first_badness("ações e opções", 0, 14)
    -1
    """
    first = -1
    tried = low  # the starts before this are searched: a window begins at this or later
    # (A suspect before ``high`` is one with the character after it: the scan stops there.)
    for suspect in SUSPECT_RE.finditer(text, low, high + 1):
        at = suspect.start()
        begin = max(tried, at - BADNESS_WIDTH + 1)
        if at >= high or 0 <= first <= begin:
            break  # past the end, or no window here starts before the match found
        m = ftfy.badness.BADNESS_RE.search(text, begin, min(high, at + BADNESS_WIDTH))
        if m is not None and (first < 0 or m.start() < first):
            first = m.start()
        # A match that starts up to the suspect ends within the window, so it was found.
        tried = at + 1
    return first


#: How far past a line break a match of ftfy's badness pattern that starts before it
#: reaches, at most, in characters ("a\nÃ " reaches two).
MATCH_REACH = 8


@text_rule("U101", "mojibake", stage="normalize", priority=10)
def mojibake(text: str, ctx: TextContext) -> Iterator[Finding]:
    """Repair mojibake: UTF-8 text that was decoded in the wrong encoding (via ftfy).

    Only lines that ftfy's badness test flags are handed to ``ftfy.fix_encoding`` (without
    the white space at their ends, when the whole line is left as it is: the clean text
    drops that space, so it must not decide); the edit covers just the characters that
    changed.

    >>> from newsclean.registry import apply_rule
    >>> apply_rule("U101", "The cafÃ© said â€œhelloâ€\x9d.")
    'The café said “hello”.'
    >>> apply_rule("U101", "Déjà vu, naïve café, “quotes”, 東京")
    'Déjà vu, naïve café, “quotes”, 東京'
    """
    # Every sequence ftfy's badness test looks for holds a SUSPECT_RE match and reaches at
    # most two characters before the line it is on (across the line break), so only the
    # lines that hold a suspect are searched, with that margin around them.
    if not holds_suspect(text):  # most texts: a scan of their non-ASCII runs alone
        return
    pos = 0  # the lines before this one are done
    scan = 0
    while (suspect := SUSPECT_RE.search(text, scan)) is not None:
        line_start, line_end = _line_bounds(text, suspect.start())
        while True:
            low = max(line_start - 2, pos)
            if low > line_end:
                break
            # A match that starts on this line may end on the next ("a\nÃ "): it flags this
            # line, as a search of the whole text does. One that starts on the next is its.
            first = _first_badness(text, low, line_end + 1 + MATCH_REACH)
            if first < 0 or first > line_end:
                # Not flagged as it stands; it may be once the spaces later rules take out
                # are gone ("Â  ”" becomes "Â”").
                line = text[line_start:line_end]
                if pos <= line_start and (core := line.strip()) and (
                    found := _fix_without_spaces(line, core, flagged=False)
                ):
                    yield line_start + found[0], line_start + found[1], found[2]
                break
            start, end = _line_bounds(text, first)
            line = text[start:end]
            fixed = ftfy.fix_encoding(line)
            if fixed != line:
                yield minimal_change(start, line, fixed)
            elif (core := line.strip()) and (found := _fix_without_spaces(line, core)):
                yield start + found[0], start + found[1], found[2]
            pos = end + 1
        scan = line_end + 1


@text_rule("U102", "html-entity", stage="normalize", priority=20)
def html_entity(text: str, ctx: TextContext) -> Iterator[Finding]:
    """Decode HTML entities and character references (``&amp;`` -> ``&``, ``&#8217;`` -> ``’``).

    Only the unambiguous forms that end in ``;`` are decoded (ftfy's ``unescape_html``), and
    an entity escaped twice is decoded fully.

    >>> from newsclean.registry import apply_rule
    >>> apply_rule("U102", "Tom &amp; Jerry&#8217;s &amp;quot;show&amp;quot;")
    'Tom & Jerry’s "show"'
    >>> apply_rule("U102", "AT&T and this&not that")
    'AT&T and this&not that'
    """
    for m in ENTITY_RE.finditer(text):
        old = m.group()
        new = old
        for _ in range(4):
            decoded = ftfy.fixes.unescape_html(new)
            if decoded == new:
                break
            new = decoded
        if new != old:
            yield m.start(), m.end(), new


@text_rule("U103", "control-character", stage="normalize", priority=30)
def control_character(text: str, ctx: TextContext) -> Iterator[Finding]:
    """Remove control characters (NUL, escape, DEL...) that are never meant as text.

    Tabs, newlines and form feeds stay; so do joiners and direction marks, which shape text.
    Of the C1 controls, the five that Windows-1252 leaves undefined go (``\\x81``, ``\\x8d``,
    ``\\x8f``, ``\\x90``, ``\\x9d``); the others stand for its characters (U101).
    An information separator (``\\x1c`` to ``\\x1f``) or a vertical tab (a word processor's
    line break) between two words becomes a space, so the words stay apart. Half of a UTF-16
    surrogate pair (``\\ud800``: a Python string may hold one, which no encoding can write)
    becomes U+FFFD, the replacement character, and a whole pair split in two the character it
    encodes. A run of controls removed is one edit.

    >>> from newsclean.registry import apply_rule
    >>> apply_rule("U103", "bell\\x07 and\\x00 null\\tok")
    'bell and null\\tok'
    >>> apply_rule("U103", "price\\x81 rose")  # undefined in Windows-1252: never text
    'price rose'
    >>> apply_rule("U103", "one\\x1ctwo \\ud800 \\ud83d\\ude00 line\\x0bbreak")
    'one two \\ufffd 😀 line break'
    """
    yield from _join_removals(_control_edits(text))


def _control_edits(text: str) -> Iterator[Finding]:
    """U103's edits, a character at a time."""
    for m in CONTROL_RE.finditer(text):
        found, start = m.group(), m.start()
        if len(found) == 2 and "\ud800" <= found[0] <= "\udbff":  # a whole surrogate pair
            yield start, start + 2, found.encode("utf-16", "surrogatepass").decode("utf-16")
            continue
        for at in range(start, m.end()):  # a control, then a low surrogate alone
            char = text[at]
            if "\ud800" <= char <= "\udfff":
                yield at, at + 1, "\ufffd"
            elif (char in _SEPARATORS and text[at - 1 : at].strip()
                  and text[at + 1 : at + 2].strip()):
                yield at, at + 1, " "  # between two words
            else:
                yield at, at + 1, ""


def _join_removals(edits: Iterator[Finding]) -> Iterator[Finding]:
    """``edits`` (in order) with each run of removals that touch given as one edit.

    >>> list(_join_removals(iter([(0, 1, ""), (1, 2, ""), (2, 3, " "), (4, 5, "")])))
    [(0, 2, ''), (2, 3, ' '), (4, 5, '')]
    """
    run_start = run_end = -1
    for start, end, new in edits:
        if not new and start == run_end:
            run_end = end
            continue
        if run_start >= 0:
            yield run_start, run_end, ""
            run_start = run_end = -1
        if new:
            yield start, end, new
        else:
            run_start, run_end = start, end
    if run_start >= 0:
        yield run_start, run_end, ""


@text_rule("U104", "invisible-character", stage="normalize", priority=30)
def invisible_character(text: str, ctx: TextContext) -> Iterator[Finding]:
    """Remove soft hyphens, word joiners, stray byte-order marks and zero-width spaces.

    Zero-width spaces between Thai, Lao, Khmer, Myanmar or CJK characters mark word breaks
    in scripts written without spaces, and stay. Zero-width joiners (emoji, Indic scripts)
    and non-joiners (Persian) are never touched. A run of them removed is one edit.

    >>> from newsclean.registry import apply_rule
    >>> apply_rule("U104", "re\\u00adform of the zero\\u200bwidth")
    'reform of the zerowidth'
    >>> apply_rule("U104", "ภาษา\\u200bไทย") == "ภาษา\\u200bไทย"
    True

    A line of them alone between two lines of text goes with its line end: a blank line
    left there would part the lines around it (two paragraphs in Markdown).

    >>> apply_rule("U104", "It rained.\\n\\u200b \\nMore.")
    'It rained.\\nMore.'
    """
    if not holds_any(text, INVISIBLE_CHARS):
        return
    for m in INVISIBLE_RE.finditer(text):
        yield _with_its_line(text, m.start(), m.end())


def _with_its_line(text: str, start: int, end: int) -> Finding:
    """The removal of ``text[start:end]``; where it is all of a line but spaces, between
    two lines with text, the line and the line end before it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if (
        line_start > 0 and line_end > 0
        and not text[line_start:start].strip(" \t") and not text[end:line_end].strip(" \t\r")
    ):
        above = text.rfind("\n", 0, line_start - 1) + 1
        below = text.find("\n", line_end + 1)
        if text[above : line_start - 1].strip() and text[line_end + 1 : below].strip():
            cut = line_start - 2 if text[line_start - 2 : line_start] == "\r\n" else line_start - 1
            keep = line_end - 1 if text[line_end - 1] == "\r" else line_end
            return cut, keep, ""
    return start, end, ""


@text_rule("U105", "latin-ligature", stage="normalize", priority=40)
def latin_ligature(text: str, ctx: TextContext) -> Iterator[Finding]:
    """Split Latin ligature characters into their letters (``ﬁ`` -> ``fi``).

    Ligatures of other scripts are left alone.

    >>> from newsclean.registry import apply_rule
    >>> apply_rule("U105", "ﬁnal ﬂight")
    'final flight'
    """
    if not holds_any(text, LIGATURE_CHARS):
        return
    for m in LIGATURE_RE.finditer(text):
        yield m.start(), m.end(), ftfy.fixes.fix_latin_ligatures(m.group())


@text_rule("U106", "unicode-normalization", stage="normalize", priority=45)
def unicode_normalization(text: str, ctx: TextContext) -> Iterator[Finding]:
    """Compose characters to Unicode NFC (``e`` + combining acute -> ``é``).

    NFC changes no visible character and is safe for every script. The form is chosen with
    the ``normalization`` option (``None`` turns this off); width-folding forms (NFKC) are not
    offered because they damage CJK text.

    >>> from newsclean.registry import apply_rule
    >>> apply_rule("U106", "cafe\\u0301") == "caf\\u00e9"
    True
    """
    form = ctx.options.normalization
    if form is None or form == "none":  # Options keeps None for both spellings
        return
    # Lines are composed on their own (a line break composes with nothing), so the text is
    # checked a chunk of whole lines at a time (a text up to a chunk's size in one check),
    # and only a chunk that fails line by line. A check that meets a character that may
    # compose normalises the chunk to compare: chunks keep that work proportionate.
    for start, end in _line_chunks(text, NORMALIZATION_CHUNK):
        if unicodedata.is_normalized(form, text if end - start == len(text) else text[start:end]):
            continue
        pos = start
        for line in text[start:end].split("\n"):  # the lines with a non-ASCII character
            if not line.isascii() and not unicodedata.is_normalized(form, line):
                yield minimal_change(pos, line, unicodedata.normalize(form, line))
            pos += len(line) + 1


@text_rule("U107", "uncurl-quotes", stage="normalize", priority=46)
def uncurl_quotes(text: str, ctx: TextContext) -> Iterator[Finding]:
    """Turn typographic quotes into ASCII quotes, only with the ``uncurl_quotes`` option.

    Off by default: typographic quotes and dashes are part of good text.

    >>> from newsclean import clean
    >>> clean("“Quoted” text’s end.", uncurl_quotes=True)
    '"Quoted" text\\'s end.'
    >>> clean("“Quoted” text’s end.")
    '“Quoted” text’s end.'
    """
    if not ctx.options.uncurl_quotes:
        return
    for m in CURLY_RE.finditer(text):
        yield m.start(), m.end(), ftfy.fixes.uncurl_quotes(m.group())
