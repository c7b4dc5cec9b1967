"""Markdown input: which parts of a Markdown file are prose, and which are never touched.

A CommonMark parser (markdown-it-py, with GFM tables) finds the block structure: headings,
paragraphs, list items and block quotes are prose blocks that the rules read and repair;
front matter (YAML ``---`` or TOML ``+++``), fenced and indented code, HTML blocks, tables,
thematic breaks and reference definitions are *verbatim* blocks, kept as they are and never
scored. Inside prose, inline code, link and image targets, autolinks, bare URLs, raw HTML and
hard line breaks are protected spans: no rule may change a character in them.

>>> layout = MarkdownLayout.of("# Title\\n\\nSee `a. .` at [x](http://a..b).\\n")
>>> [(b.kind, b.start, b.end) for b in layout.blocks]
[('heading', 0, 7), ('paragraph', 9, 40)]
>>> [layout.source[s:e] for s, e in layout.protected]
['`a. .`', '(http://a..b)']
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

__all__ = ["PROSE_KINDS", "VERBATIM_KINDS", "MarkdownBlock", "MarkdownLayout", "Protected"]

#: Kinds of prose blocks (the rules read and repair them).
PROSE_KINDS = frozenset({"heading", "paragraph", "list_item", "blockquote"})
#: Kinds of verbatim blocks (kept as they are, never scored).
VERBATIM_KINDS = frozenset({"front-matter", "code", "html", "table", "rule", "reference"})

# Front matter at the very start: YAML between --- lines, or TOML between +++ lines.
# Matches "---\ntitle: x\n---\n"; not a "---" thematic break further down.
FRONT_MATTER_RE = regex.compile(r"\A(---|\+\+\+)[ \t]*\r?\n.*?^\1[ \t]*(?:\r?\n|\Z)",
                                regex.DOTALL | regex.MULTILINE)
# A link reference definition line. Matches "[ref]: http://x"; not "[ref] text".
REFERENCE_RE = regex.compile(r" {0,3}\[[^\[\]\n]+\]:[ \t]*\S")
# Inline spans no rule may touch, inside prose: link and image targets and reference
# labels, autolinks, raw HTML tags, bare URLs, hard line breaks (two spaces). Code spans and
# HTML comments are found by :func:`code_spans_and_comments`.
# Matches "](http://a..b)", "](<a b , c.pdf>)", "][ref]", "<https://x>", "<br/>",
# "www.x.com/a..b".
INLINE_PROTECTED_RE = regex.compile(
    r"(?<=\])\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:\"[^\"]*\"|'[^']*'))?\)"
    r"|(?<=\])\([ \t]*<[^<>\n]*>(?:\s+(?:\"[^\"]*\"|'[^']*'))?[ \t]*\)"
    r"|(?<=\])\[[^\]\n]*\]"
    r"|<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*>|<[^<>\s@]+@[^<>\s@]+>"
    r"|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"
    r"|\b(?:https?|ftp)://\S+|\bwww\.\S+"
    r"|(?:\G|(?<![ ]))[ ]{2,}(?=\n)",  # from a run's start only: linear on long runs
    regex.DOTALL,
)
# A line's list and quote markers with the spaces after them, which set where the item's
# text and its later paragraphs start: "-   one" is not "- one" when a paragraph under it is
# indented four spaces. Matches "-   ", "1.  ", "> - "; not "-1", "Read".
MARKERS_RE = regex.compile(r"^[ \t]*(?:(?:[-+*]|\d{1,9}[.)]|>)(?:[ \t]+|$))+", regex.MULTILINE)
# A run of backticks: a code span opens with one and closes at the next run of the same length.
BACKTICKS_RE = regex.compile(r"`+")
COMMENT_OPEN, COMMENT_CLOSE = "<!--", "-->"


def code_spans_and_comments(source: str, start: int, end: int) -> list[tuple[int, int]]:
    """The code spans and HTML comments of ``source[start:end]``, left to right.

    As in CommonMark, a code span opens with a whole run of backticks and closes at the next
    run of the same length; a run without one is literal text. Both are found in one pass
    (a regex retried from every unclosed opener would read the rest of the text each time).

    >>> s = "Run ```` here and `a  b. .` now <!-- x -->"
    >>> [s[a:b] for a, b in code_spans_and_comments(s, 0, len(s))]
    ['`a  b. .`', '<!-- x -->']
    """
    runs = [m.span() for m in BACKTICKS_RE.finditer(source, start, end)]
    following: list[int | None] = [None] * len(runs)  # the next run of the same length
    last: dict[int, int] = {}
    for i in range(len(runs) - 1, -1, -1):
        length = runs[i][1] - runs[i][0]
        following[i] = last.get(length)
        last[length] = i
    spans: list[tuple[int, int]] = []
    i, pos = 0, start
    comment = source.find(COMMENT_OPEN, start, end)
    while True:
        while i < len(runs) and runs[i][0] < pos:
            i += 1
        if comment != -1 and comment < pos:
            comment = source.find(COMMENT_OPEN, pos, end)
        if comment != -1 and (i == len(runs) or comment < runs[i][0]):
            close = source.find(COMMENT_CLOSE, comment + len(COMMENT_OPEN), end)
            if close == -1:
                comment = -1  # no comment after this one closes either
                continue
            pos = close + len(COMMENT_CLOSE)
            spans.append((comment, pos))
            continue
        if i == len(runs):
            return spans
        j = following[i]
        if j is None:
            pos = runs[i][1]  # an opener without a closer is literal text
        else:
            spans.append((runs[i][0], runs[j][1]))
            pos = runs[j][1]


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    """The CommonMark parser (with tables), made once; imported only when Markdown is read,
    so plain-text runs start without it."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table")


@dataclass(frozen=True, slots=True)
class MarkdownBlock:
    """A block of a Markdown file: its kind, its span and, for prose, the text to read."""

    kind: str
    start: int
    end: int
    text: str


class Protected:
    """Sorted, non-overlapping spans that no rule may change.

    >>> p = Protected([(2, 5), (8, 9)])
    >>> p.overlaps(0, 2), p.overlaps(4, 6), p.overlaps(5, 8)
    (False, True, False)
    """

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` touches a protected span (an insertion inside one does)."""
        i = bisect_right(self._starts, max(start, end - 1) if end > start else start) - 1
        if i < 0:
            return False
        if end > start:
            return self._ends[i] > start
        return self._starts[i] < start < self._ends[i]

    def with_span(self, start: int, end: int) -> Protected:
        """These spans and ``[start, end)``."""
        return Protected([*zip(self._starts, self._ends, strict=True), (start, end)])

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(zip(self._starts, self._ends, strict=True))

    def __len__(self) -> int:
        return len(self._starts)


@dataclass
class MarkdownLayout:
    """The blocks of a Markdown source and the spans no rule may change."""

    source: str
    blocks: list[MarkdownBlock] = field(default_factory=list)
    protected: Protected = field(default_factory=lambda: Protected([]))

    @classmethod
    def of(cls, source: str) -> MarkdownLayout:
        """Parse ``source`` (CommonMark with tables)."""
        line_starts = [0]
        for m in regex.finditer(r"\n", source):
            line_starts.append(m.end())

        def offset(line: int) -> int:
            return line_starts[line] if line < len(line_starts) else len(source)

        def line_span(first: int, last: int) -> tuple[int, int]:
            """Characters of lines ``[first, last)`` without the final newline."""
            start, end = offset(first), offset(last)
            while end > start and source[end - 1] in "\r\n":
                end -= 1
            return start, end

        blocks: list[MarkdownBlock] = []
        covered = [False] * (len(line_starts) + 1)
        parse_source = _parse_source(source)
        fm = FRONT_MATTER_RE.match(parse_source)
        if fm:
            fm_lines = source.count("\n", 0, fm.end())
            start, end = line_span(0, fm_lines or 1)
            blocks.append(MarkdownBlock("front-matter", start, end, ""))
            covered[: fm_lines or 1] = [True] * (fm_lines or 1)
            parse_source = "\n" * fm_lines + parse_source[fm.end():]  # keep line numbers

        tokens = _parser().parse(parse_source)
        container: list[str] = []
        for i, token in enumerate(tokens):
            if token.type in ("bullet_list_open", "ordered_list_open"):
                container.append("list")
            elif token.type == "blockquote_open":
                container.append("blockquote")
            elif token.type in ("bullet_list_close", "ordered_list_close", "blockquote_close"):
                container.pop()
            if token.map is None:
                continue
            first, last = token.map
            kind = None
            if token.type == "heading_open":
                kind = "heading"
            elif token.type == "paragraph_open":
                kind = {"list": "list_item", "blockquote": "blockquote"}.get(
                    container[-1] if container else "", "paragraph"
                )
            elif token.type in ("fence", "code_block"):
                kind = "code"
            elif token.type == "html_block":
                kind = "html"
            elif token.type == "table_open":
                kind = "table"
            elif token.type == "hr":
                kind = "rule"
            if kind is None or any(covered[first:last]):
                continue
            text = tokens[i + 1].content if kind in PROSE_KINDS else ""
            start, end = line_span(first, last)
            blocks.append(MarkdownBlock(kind, start, end, " ".join(text.split("\n"))))
            covered[first:last] = [True] * (last - first)

        run: list[int] = []  # uncovered lines with text, e.g. past the parser's nesting limit
        for line in range(len(line_starts) + 1):
            start, end = line_span(line, line + 1) if line < len(line_starts) else (0, 0)
            if line < len(line_starts) and not covered[line]:
                if REFERENCE_RE.match(source, start, end):  # between blocks
                    blocks.append(MarkdownBlock("reference", start, end, ""))
                    continue
                if source[start:end].strip():
                    run.append(line)
                    continue
            if run:  # keep them as a paragraph: nothing is dropped without a record
                first, last = line_span(run[0], run[-1] + 1)
                blocks.append(
                    MarkdownBlock("paragraph", first, last, " ".join(source[first:last].split()))
                )
                run = []
        blocks.sort(key=lambda b: b.start)

        spans: list[tuple[int, int]] = []
        for block in blocks:
            if block.kind in VERBATIM_KINDS:
                spans.append((block.start, block.end))
            else:
                spans.extend(m.span() for m in
                             INLINE_PROTECTED_RE.finditer(source, block.start, block.end))
                if block.kind in ("list_item", "blockquote"):
                    spans.extend(_marker_spans(source, block.start, block.end))
                spans.extend(code_spans_and_comments(source, block.start, block.end))
        return cls(source, blocks, Protected(spans))


def _marker_spans(source: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of the list and quote markers (:data:`MARKERS_RE`) of the lines of
    ``source[start:end]``; a marker's spaces only where the line has text after them: a
    line of a marker and invisible characters alone (``- \\u00ad``) has no text for them to
    place, and once the repairs remove those characters, the spaces would end the line.

    >>> list(_marker_spans("- one\\n- \\u00ad\\n", 0, 8))
    [(0, 2), (6, 7)]
    """
    for m in MARKERS_RE.finditer(source, start, end):
        if not m.group():
            continue
        line_end = source.find("\n", m.end(), end)
        if _BLANK_PARAGRAPH_RE.fullmatch(source, m.end(), end if line_end < 0 else line_end):
            yield m.start(), m.start() + len(m.group().rstrip(" \t"))
        else:
            yield m.span()


#: A document's structure: (token type, tag, source lines of a block token) in order.
Shape = list[tuple[str, str, tuple[int, int] | None]]


def _parse_source(source: str) -> str:
    """``source`` as the parser reads it: a byte-order mark at the start as a space (the
    same length, so offsets stand), which the repairs remove and which would otherwise make
    a first line of ``# Title`` a paragraph.

    >>> _parse_source("\\ufeff# Title")
    ' # Title'
    """
    return " " + source[1:] if source.startswith("\ufeff") else source


#: A paragraph's text that no author wrote as one: space, invisible characters and C0
#: control characters alone (U+FFFD is how the parser reads a NUL), which the repairs
#: remove. Not the C1 controls: a repair may read one as the Windows-1252 character it
#: stood for (``\x98`` as ``˜``).
_BLANK_PARAGRAPH_RE = regex.compile(r"[\s\p{Cf}\x00-\x1f\x7f\ufffd]*")


def markdown_shape(source: str) -> Shape:
    """The document's structure as markdown-it reads it: each token's type and tag, inline
    tokens' children included (their text left out), with the source lines of block tokens;
    not the paragraphs of invisible characters alone.

    >>> [t for t, _, _ in markdown_shape("Text.\\n\\n\\u200b\\n")]
    ['paragraph_open', 'inline', 'paragraph_close']
    """
    shape: Shape = []
    tokens = _parser().parse(_parse_source(source))
    skip = 0
    for k, token in enumerate(tokens):
        # A paragraph of invisible characters is left out: its line is blank once they are
        # removed, and the paragraph gone is no change of the author's structure.
        if (token.type == "paragraph_open" and k + 2 < len(tokens)
                and _BLANK_PARAGRAPH_RE.fullmatch(tokens[k + 1].content)):
            skip = 3  # the paragraph's open, inline and close tokens
        if skip:
            skip -= 1
            continue
        lines = (token.map[0], token.map[1]) if token.map else None
        shape.append((token.type, token.tag, lines))
        for child in token.children or ():
            if child.type != "text":
                shape.append((child.type, child.tag, None))
    return shape


def _without_soft_breaks(shape: Shape) -> list[tuple[str, str]]:
    """A shape's tokens as compared: a soft break reads as a space, so a line separator
    that becomes a line break (W101) changes no structure (where a change shows, soft
    breaks still tell which block it is in)."""
    return [token[:2] for token in shape if token[0] != "softbreak"]


def _first_change(old: Shape, new: Shape) -> int:
    """The index in ``old`` of the token where ``new`` first differs from it: a token of
    another type, or a block that starts on another line, which the block above took a
    line from (``# Storm hits\\u2028the coast`` becomes a heading and a paragraph: the
    block below it starts a line earlier); then the block above is where it changed.

    >>> head = markdown_shape("# Storm\\u2028hits\\n\\nIt rained.\\n\\nIt stopped.\\n")
    >>> _first_change(head, markdown_shape("# Storm\\nhits\\n\\nIt rained.\\n\\nIt stopped.\\n"))
    1
    """
    above = 0  # the last token with lines before k
    for k, (a, b) in enumerate(zip(old, new, strict=False)):
        if a[:2] != b[:2]:
            return k
        if a[2] is not None and b[2] is not None:
            if a[2][0] != b[2][0]:
                return above
            above = k
    return min(len(old), len(new))


def structure_change(
    before: str, after: str, before_shape: Shape | None = None, *, with_next: bool = False
) -> tuple[int, int] | None:
    """The span of ``before`` (whole lines) where ``after`` is no longer the same Markdown
    structure: an edit there made or broke syntax (``!\\xad[x](y)`` losing its soft hyphen
    becomes an image). None when the structure is the same; text may differ.

    >>> structure_change("See !\\xad[x](y)\\n", "See ![x](y)\\n")
    (0, 13)
    >>> structure_change("It rained. .\\n", "It rained.\\n") is None
    True

    ``before_shape`` is :func:`markdown_shape` of ``before``, when the caller has it already.
    ``with_next``: the span reaches over the next block too; an edit in a block may merge
    it into the one above, where the change shows ("b\\n1. ï»¿" losing its mojibake leaves
    an empty list item, which cannot interrupt the paragraph "b").

    >>> structure_change("b\\n1. ï»¿\\n", "b\\n1.\\n")
    (0, 2)
    >>> structure_change("b\\n1. ï»¿\\n", "b\\n1.\\n", with_next=True)
    (0, 9)
    >>> structure_change("It rained.\\u2028More.\\n", "It rained.\\nMore.\\n") is None
    True
    """
    old = before_shape if before_shape is not None else markdown_shape(before)
    new = markdown_shape(after)
    if _without_soft_breaks(old) == _without_soft_breaks(new):
        return None
    first = _first_change(old, new)
    lines = next((t[2] for t in reversed(old[: first + 1]) if t[2] is not None), None)
    if lines is None:  # before the first block: the whole document
        return 0, len(before)
    last_line = lines[1]
    if with_next:
        below = next(
            (t[2] for t in old[first:] if t[2] is not None and t[2][0] >= lines[1]), None
        )
        last_line = below[1] if below is not None else lines[1]
    # markdown-it counts a line end of any style ("\r\n", "\r", "\n") as one.
    starts = [0, *(m.end() for m in regex.finditer(r"\r\n|\r|\n", before))]
    if lines[0] >= len(starts):
        return 0, len(before)
    end = starts[last_line] if last_line < len(starts) else len(before)
    return starts[lines[0]], end

