"""Stage 2, segment: split the normalised text into blocks.

A block is a line. Scraped text puts each paragraph, heading or menu item on a line of its
own; a run of short lines that reads as one hard-wrapped paragraph (lines of even length,
most breaks followed by a lower-case word) is one block instead.

>>> blocks, spans = segment(SpanMap.identity("Title\\n\\nFirst line.\\n  Second line."))
>>> [(b.text, b.start, b.end) for b in blocks]
[('Title', 0, 5), ('First line.', 7, 18), ('Second line.', 21, 33)]
"""

from __future__ import annotations

import regex

from .chars import BULLET, LINE_BREAK, WHITESPACE
from .document import Block
from .features import Features, copied_phrase
from .io.markdown import PROSE_KINDS, MarkdownLayout
from .spans import SpanMap

__all__ = ["segment", "segment_markdown"]

# What segment() finds line by line with str methods (runs of non-blank lines, each line
# without its indentation and trailing spaces) is defined by two reference patterns in
# tests/test_segment.py.

# A line break and the indentation after it, inside a wrapped paragraph.
BREAK_RE = regex.compile(LINE_BREAK)
# A line that opens with a lower-case letter: the sentence above it goes on.
LOWER_START_RE = regex.compile(r"\p{Ll}")
# A line that opens with a list bullet or number.
BULLET_RE = regex.compile(BULLET + r"\s")

#: Width limits of hard-wrapped text.
MIN_WRAP_WIDTH, MAX_WRAP_WIDTH = 30, 120


def _is_wrapped(lines: list[str]) -> bool:
    """Whether the lines of a group read as one hard-wrapped paragraph."""
    if len(lines) < 2:
        return False
    width = max(len(line) for line in lines)
    if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
        return False
    if any(len(line) < 0.6 * width for line in lines[:-1]):
        return False
    if any(BULLET_RE.match(line) for line in lines):
        return False
    continued = sum(1 for line in lines[1:] if LOWER_START_RE.match(line))
    return continued * 2 >= len(lines) - 1


def segment(smap: SpanMap) -> tuple[list[Block], list[tuple[int, int]]]:
    """The blocks of ``smap.text`` and, for each, its span in that (normalised) text."""
    text = smap.text
    found: list[tuple[int, int, str]] = []  # each block's span and text
    wrapped: list[int] = []  # the blocks whose text is not their source (joined lines)

    def flush(group: list[tuple[int, int, str]]) -> None:
        if len(group) > 1 and _is_wrapped([line for _, _, line in group]):
            start, end = group[0][0], group[-1][1]
            wrapped.append(len(found))
            found.append((start, end, BREAK_RE.sub(" ", text[start:end])))
        else:
            found.extend(group)

    # Lines and groups (runs of non-blank lines) with str methods, line by line: what
    # GROUP_RE and LINE_RE find, many times faster.
    group: list[tuple[int, int, str]] = []
    pos = 0
    for line in text.split("\n"):
        content = line.strip(WHITESPACE)
        if content:
            # a line without indentation starts with its content (no lstrip copy needed)
            start = pos if line[0] == content[0] else pos + len(line) - len(line.lstrip(WHITESPACE))
            group.append((start, start + len(content), content))
        elif group:
            flush(group)
            group = []
        pos += len(line) + 1
    if group:
        flush(group)
    spans = [(start, end) for start, end, _ in found]
    if smap.is_identity:  # offsets and text are the input's own
        # A line's text is its source: one string for both (a large document holds fewer).
        blocks = [Block(i, start, end, block_text, block_text)
                  for i, (start, end, block_text) in enumerate(found)]
        for i in wrapped:
            start, end, _ = found[i]
            blocks[i].source = text[start:end]
    else:
        original = smap.original
        blocks = [Block(i, ostart, oend, original[ostart:oend], block_text)
                  for i, ((ostart, oend), (_, _, block_text))
                  in enumerate(zip(smap.original_spans(spans), found, strict=True))]
    return blocks, spans


def segment_markdown(smap: SpanMap) -> tuple[list[Block], list[tuple[int, int]]]:
    """The blocks of a Markdown text: one per heading, paragraph, list-item or quote
    paragraph, and one per verbatim node (front matter, code, HTML, table...).

    A prose block's text is what the rules read (markers and line breaks left out); a
    verbatim block's text is its source.

    >>> blocks, _ = segment_markdown(SpanMap.identity("# Title\\n\\n- one\\n- two\\n"))
    >>> [(b.kind, b.text, b.source) for b in blocks]
    [('heading', 'Title', '# Title'), ('list_item', 'one', '- one'), ('list_item', 'two', '- two')]
    """
    text, original = smap.text, smap.original
    blocks: list[Block] = []
    spans: list[tuple[int, int]] = []

    def add(start: int, end: int, body: str, kind: str) -> None:
        ostart, oend = smap.original_span(start, end)
        blocks.append(Block(len(blocks), ostart, oend, original[ostart:oend], body, kind=kind))
        spans.append((start, end))

    for node in MarkdownLayout.of(text).blocks:
        body = node.text if node.kind in PROSE_KINDS else text[node.start : node.end]
        split = (_fragment_line(text, node.start, node.end, body)
                 if node.kind == "paragraph" else None)
        if split is not None:
            cut, first, rest = split
            add(node.start, cut, first, node.kind)
            add(text.index(rest[:1], cut), node.end, rest, node.kind)
            continue
        add(node.start, node.end, body, node.kind)
    return blocks, spans


#: A first line of at most this many words may be a heading fragment (see rule H101).
MAX_FRAGMENT_LINE_WORDS = 12


def _fragment_line(text: str, start: int, end: int, body: str) -> tuple[int, str, str] | None:
    """A paragraph's first line that copies the words of the line after it, with no blank
    line between (one Markdown paragraph with a soft break): where it ends, its text and
    the rest's text, so that it is its own block and rule H101 can judge it as it judges a
    line above its paragraph. None for any other paragraph.

    >>> s = "Although Kirby\\nAlthough Kirby clarified the plan on Monday.\\n"
    >>> _fragment_line(s, 0, len(s) - 1, "Although Kirby Although Kirby clarified the plan on Monday.")
    (14, 'Although Kirby', 'Although Kirby clarified the plan on Monday.')
    """
    cut = text.find("\n", start, end)
    if cut == -1:
        return None
    first = text[start:cut].strip()
    if not first or first[-1] in ".!?:;,\"”’»" or not body.startswith(first + " "):
        return None
    rest = body[len(first) + 1:]
    head, below = Features.of(first), Features.of(rest)
    if not 2 <= head.n_words <= MAX_FRAGMENT_LINE_WORDS:
        return None
    if copied_phrase(head.words, below.words) is None:
        return None
    return cut, first, rest
