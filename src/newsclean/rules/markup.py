"""Markup rules (M): HTML that a scraper passed through as text.

Some scrapers hand over a page's source instead of, or beside, its text: ``<div>`` and
``<td>`` tags, a script's code, a comment. Block-level tags mark where the page's lines
break, so taking them out and breaking the line there turns page source into the lines a
reader sees, which the rest of the pipeline can then sort into article and boilerplate.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

import regex

from ..context import TextContext
from ..registry import Finding, apply_rule, text_rule

__all__ = ["apply_rule"]

#: HTML elements that start a line of their own on a rendered page: their tags become a
#: line break.
BLOCK_ELEMENTS = frozenset("""
    address article aside audio blockquote body br button canvas caption center dd details
    dialog dir div dl dt embed fieldset figcaption figure footer form frame frameset h1 h2 h3
    h4 h5 h6 head header hgroup hr html iframe legend li link main menu meta nav object ol
    optgroup option p pre section select summary table tbody td textarea tfoot th thead title
    tr ul video
""".split())

#: HTML elements that stand inside a line: their tags are taken out and nothing put in.
INLINE_ELEMENTS = frozenset("""
    a abbr acronym area b base basefont bdi bdo big blink cite code col colgroup data del dfn
    em font i img input ins kbd label map mark meter nobr output param picture progress q s
    samp small source span strike strong sub sup time tt u var wbr
""".split())

#: HTML elements whose content a page never shows as text: taken out with their tags.
HIDDEN_ELEMENTS = frozenset("script style noscript template".split())

_ELEMENTS = BLOCK_ELEMENTS | INLINE_ELEMENTS | HIDDEN_ELEMENTS

# A start or end tag: a name, then attributes (quoted values may hold ">"), then ">".
# Matches '<div class="x">', '</td>', '<br/>', '<a href="/?a>b">'; not "a < b > c", "<3".
# The name is checked against the known elements afterwards. The alternatives inside the
# tag start with different characters, so the pattern never backtracks into them.
TAG_RE = regex.compile(
    r"<(/?)([A-Za-z][A-Za-z0-9]{0,9})(?=[\s/>])"
    r"(?:[^<>\"'\n]++|\"[^\"\n]{0,4000}+\"|'[^'\n]{0,4000}+')*+>"
)

# Where something the page never shows starts: a comment, a declaration, or the start tag of
# a hidden element. Matches "<!--", "<!DOCTYPE html>", '<script type="x">'; not "<scripts>".
HIDDEN_START_RE = regex.compile(
    r"<!--|<![A-Za-z][^<>\n]{0,400}>|<(script|style|noscript|template)\b[^<>]{0,4000}>", regex.I
)
# The end of a comment or of a hidden element. Matches "-->", "</script >"; not "</scripts>".
HIDDEN_END_RE = regex.compile(r"-->|</(script|style|noscript|template)\s*>", regex.I)
#: A comment or hidden element is this many characters long at most, from start to end.
MAX_HIDDEN_CHARS = 100_000

# The end of a paragraph: a line break before a blank line.
PARAGRAPH_END_RE = regex.compile(r"\n[^\S\n]*(?:\n|\Z)")

#: Tags a paragraph holds at least, to be read as page source.
MIN_TAGS = 3


class _HiddenEnds:
    """Where comments and hidden elements end in a text, found in one pass when first asked:
    each start then finds its end by a binary search, not by a scan of the text after it
    (a megabyte of unclosed ``<!--`` would otherwise cost a scan each)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._ends: dict[str, list[tuple[int, int]]] | None = None

    def end_of(self, kind: str, start: int, pos: int) -> int | None:
        """Where what opens at ``start`` (``kind``: ``"--"`` for a comment, else an element's
        name) ends: at its first end at or after ``pos``, if that lies within
        :data:`MAX_HIDDEN_CHARS` of ``start``; else None (never closed)."""
        if self._ends is None:
            self._ends = {}
            for m in HIDDEN_END_RE.finditer(self.text):
                name = (m.group(1) or "--").lower()
                self._ends.setdefault(name, []).append(m.span())
        ends = self._ends.get(kind, [])
        k = bisect_left(ends, (pos, 0))
        if k == len(ends) or ends[k][1] - start > MAX_HIDDEN_CHARS:
            return None
        return ends[k][1]


def _hidden_end(text: str, kind: str, start: int, pos: int, ends: _HiddenEnds) -> int | None:
    """Where the comment or hidden element that opens at ``start`` (its opener ends at
    ``pos``) ends, if it reads as page source; else None. On one line: where it opens the
    line or follows a tag, or, after words, where no second opener of its kind stands
    inside (``The word <style> is ... <style>p{}</style>``: the first is a mention). Over
    lines of one paragraph: always. Over paragraphs: where it opens its line and its end
    tag ends its line (or a tag follows it), as a script's does after its code. So a
    sentence that mentions the tag (``hid a <script> tag in the page``) and one that
    mentions the end tag paragraphs later (``every </script> tag``) keep their words.

    >>> text = "Hid a <script> tag.\\n\\nIt ends in </script> here.\\nIt was <script>x()</script>."
    >>> ends = _HiddenEnds(text)
    >>> _hidden_end(text, "script", 6, 14, ends), _hidden_end(text, "script", 55, 63, ends)
    (None, 75)
    >>> text = "Watch it <script>\\nplay();\\n</script>\\nIt rained."
    >>> _hidden_end(text, "script", 9, 17, _HiddenEnds(text))
    35
    """
    close = ends.end_of(kind, start, pos)
    if close is None:
        return None
    line_start = text.rfind("\n", 0, start) + 1
    opens = not _holds_text(text, line_start, start) or text[start - 1] == ">"
    if "\n" not in text[pos:close]:  # whole on its line
        if opens:
            return close
        opener = "<!--" if kind == "--" else f"<{kind}"
        return None if opener in text[pos:close].lower() else close
    if PARAGRAPH_END_RE.search(text, pos, close) is None:
        return close
    if not opens:
        return None  # from words on a line to a later paragraph: a mention of the tag
    line_end = text.find("\n", close)
    rest = text[close: len(text) if line_end < 0 else line_end].lstrip()
    # Words after an end tag paragraphs on: a sentence's mention of it ("every </script>").
    return None if rest and not rest.startswith("<") else close


def _tags(text: str) -> list[regex.Match[str]]:
    """The tags of known HTML elements in ``text``."""
    return [m for m in TAG_RE.finditer(text) if m.group(2).lower() in _ELEMENTS]


def _holds_text(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds anything but white space."""
    return start < end and not text[start:end].isspace()


def _source_spans(text: str, tags: list[regex.Match[str]], ends: _HiddenEnds
                  ) -> list[tuple[int, int, int, int]]:
    """The parts of ``text`` that read as page source, each as its span and the range of
    its tags in ``tags``: a paragraph (lines between blank lines) with
    :data:`MIN_TAGS` tags or more, and else a line that holds tags and nothing
    else, or a script or style that reads as page source (see :func:`_hidden_end`).

    The paragraph is the unit because a later step may join its lines into one (a
    hard-wrapped paragraph): what is page source must not change when they are joined.
    """
    spans = []
    i = 0
    while i < len(tags):
        m = PARAGRAPH_END_RE.search(text, tags[i].end())
        para_end = len(text) if m is None else m.start()
        j = i
        while j < len(tags) and tags[j].start() < para_end:
            j += 1
        if j - i >= MIN_TAGS:
            start = _paragraph_start(text, tags[i].start())
            spans.append((start, para_end, i, j))
            i = j
            continue
        while i < j:  # line by line
            start = text.rfind("\n", 0, tags[i].start()) + 1
            end = text.find("\n", tags[i].end())
            end = len(text) if end < 0 else end
            k = i
            shown = False  # whether the line holds anything but tags and spaces
            script = False  # whether the line opens a whole script, style or the like
            pos = start
            while k < j and tags[k].start() < end:
                tag = tags[k]
                shown = shown or _holds_text(text, pos, tag.start())
                name = tag.group(2).lower()
                script = script or (
                    name in HIDDEN_ELEMENTS and not tag.group(1)
                    and _hidden_end(text, name, tag.start(), tag.end(), ends) is not None
                )
                pos = tag.end()
                k += 1
            if script or not (shown or _holds_text(text, pos, end)):
                spans.append((start, end, i, k))
            i = k
    return spans


def _paragraph_start(text: str, pos: int) -> int:
    """Where the paragraph that holds ``pos`` starts."""
    start = text.rfind("\n", 0, pos) + 1
    while start > 0:
        above = text.rfind("\n", 0, start - 1) + 1
        if not _holds_text(text, above, start - 1):
            break  # a blank line above
        start = above
    return start


def _hidden(text: str, start: int, end: int, ends: _HiddenEnds) -> Iterator[tuple[int, int]]:
    """The spans of comments, declarations and hidden elements that start between ``start``
    and ``end`` (they may end beyond it, up to :data:`MAX_HIDDEN_CHARS` characters on)."""
    pos = start
    while pos < end:
        opener = HIDDEN_START_RE.search(text, pos, end)
        if opener is None:
            return
        if text.startswith("<!", opener.start()) and not text.startswith("<!--", opener.start()):
            yield opener.span()  # a declaration: <!DOCTYPE html>
            pos = opener.end()
            continue
        kind = "--" if opener.group(1) is None else opener.group(1).lower()
        close = _hidden_end(text, kind, opener.start(), opener.end(), ends)
        if close is None:
            pos = opener.end()  # never closed: left as it stands
            continue
        yield opener.start(), close
        pos = close


@text_rule("M101", "html-markup", stage="normalize", priority=5)
def html_markup(text: str, ctx: TextContext) -> Iterator[Finding]:
    """Take out HTML markup a scraper passed through as text: tags, comments, scripts and
    styles, where the text reads as page source.

    A paragraph (lines between blank lines) reads as page source when it holds three tags
    of HTML elements or more, and so does a line that holds tags and nothing else or opens a
    script or style that is closed further on (after words on its line, only one whole on
    that line: ``hid a <script> tag`` mentions the tag). There, the tags of block elements (``<p>``,
    ``<div>``, ``<td>``, ``<br>``...) become a line break, the tags of inline elements
    (``<a>``, ``<span>``, ``<b>``...) are taken out, and comments, scripts and styles go
    with their content: what is left is the text the page shows, line by line. A tag or two
    in a paragraph of prose (``use the <b> tag``) stays, and so does everything in a
    Markdown document, where HTML is the author's. The fix is safe: what it takes out is
    markup and code, which a page never shows as text, as ``U102`` turns an entity into the
    character the page shows.

    >>> from newsclean.registry import apply_rule
    >>> apply_rule("M101", '<div class="story"><p>Rain fell.</p><p>It <b>poured</b>.</p></div>')
    '\\n\\nRain fell.\\n\\nIt poured.\\n\\n'
    >>> apply_rule("M101", "<script>var a = 1;</script>\\nText")
    '\\nText'
    >>> apply_rule("M101", "Use the <b> tag for bold, not <i>.")
    'Use the <b> tag for bold, not <i>.'
    >>> apply_rule("M101", "They hid a <script> tag.\\n\\nIt ran.\\n\\nIt ended in </script> here.")
    'They hid a <script> tag.\\n\\nIt ran.\\n\\nIt ended in </script> here.'
    """
    if "<" not in text or ctx.options.input_format == "markdown":
        return
    tags = _tags(text)
    if not tags:
        return
    reach = 0  # where the last span taken out whole ends
    ends = _HiddenEnds(text)
    for start, end, first, last in _source_spans(text, tags, ends):
        taken = list(_hidden(text, max(start, reach), end, ends))
        k = 0
        for m in tags[first:last]:
            if m.start() < reach:
                continue  # inside a script or comment taken out already
            while k < len(taken) and taken[k][1] <= m.start():
                k += 1
            if k < len(taken) and taken[k][0] <= m.start():
                continue
            name = m.group(2).lower()
            if name in HIDDEN_ELEMENTS and not m.group(1):
                continue  # a script's start tag without its end: what follows may be text
            yield m.start(), m.end(), "\n" if name in BLOCK_ELEMENTS else ""
        for s, e in taken:
            # What spans lines leaves a line break (two for a blank line): the lines above
            # and below stay apart, and so do two paragraphs.
            if "\n" not in text[s:e]:
                yield s, e, ""
            else:
                yield s, e, "\n\n" if PARAGRAPH_END_RE.search(text, s, e) else "\n"
        if taken:
            reach = max(reach, taken[-1][1])
