"""Stage 2, segment: split the normalised text into blocks.

A block is a line. Scraped text puts each paragraph, heading or menu item on a line of its
own; a run of short lines that reads as one hard-wrapped paragraph (lines of even length,
most breaks followed by a lower-case word) is one block instead. A document wrapped as a
whole at one width (a terminal browser's dump, a mail, text from a PDF) is unwrapped line by
line: a line joins the one above it where that one was broken for want of room (see
:func:`wrap_width`), with or without blank lines between paragraphs.

>>> blocks, spans = segment(SpanMap.identity("Title\\n\\nFirst line.\\n  Second line."))
>>> [(b.text, b.start, b.end) for b in blocks]
[('Title', 0, 5), ('First line.', 7, 18), ('Second line.', 21, 33)]
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

import regex

from .chars import BULLET, BULLET_MARK, LINE_BREAK, WHITESPACE, with_newlines
from .document import Block
from .features import Features, copied_phrase, is_terminal, is_unspaced
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


Line = tuple[int, int, str]  # a line's span and its text, without indentation


#: A document is hard-wrapped as a whole at a width of its lines: the longest line but those
#: more than WRAP_SLACK characters longer than the line at this rank (a long address or two
#: may stand out), ...
WIDTH_RANK, WIDTH_RANK_SHARE, WRAP_SLACK = 3, 0.02, 8
#: ... between these limits, ...
MIN_DOC_WRAP_WIDTH = 40
#: ... where the lines longer than that width hold at most this share of its characters
#: (scraped text holds most of its characters in paragraphs of one line each), ...
MAX_LONGER_SHARE = 0.1
#: ... this many of its lines that another follows in their group fill the width to this
#: fraction of it at least, and this share of those that reach half of it, ...
MIN_FULL_LINES, FULL_FRACTION, MIN_FULL_SHARE = 8, 0.8, 0.3
#: ... and at this share of those a sentence goes on to the next line at least: the line
#: ends no sentence and the next opens with no capital letter (a list of headlines of even
#: length opens each with one; one-line paragraphs of even length end a sentence each).
MIN_CONTINUED_SHARE = 0.3


def wrap_width(groups: list[list[Line]]) -> int | None:
    """The width a document was hard-wrapped at as a whole, or None when it was not.

    Scraped text puts a paragraph on one line, so most of its characters stand in lines
    longer than any wrap width. A wrapped document has none but an address or two, most
    of its lines that another follows come close to one width (the rest of a paragraph's
    line was moved to the next for want of room), and in many of those the sentence goes
    on to the next line (no final mark, and a word in lower case, a figure or a mark after).
    Text in a script written without spaces (Chinese, Japanese, Thai) is never unwrapped:
    a wrap breaks its lines anywhere, not between words.

    >>> para = ("The river rose over its banks on Monday and the council closed the road "
    ...         "along the water for the second time this month, as it did in the spring "
    ...         "floods of last year, when the shops by the bridge were shut for a week.")
    >>> import textwrap
    >>> lines = [(0, 0, line) for line in textwrap.wrap(para * 3, 60)]
    >>> wrap_width([lines]), wrap_width([[(0, 0, para * 3)], lines[:3]])
    (60, None)
    """
    lengths = [len(line) for group in groups for _, _, line in group]
    total = sum(lengths)
    if sum(n for n in lengths if n > MAX_WRAP_WIDTH) > MAX_LONGER_SHARE * total:
        return None  # paragraphs on lines of their own: most scraped text, told at once
    lengths.sort(reverse=True)
    rank = max(WIDTH_RANK, int(WIDTH_RANK_SHARE * len(lengths)))
    if len(lengths) <= rank:
        return None
    width = next(n for n in lengths if n <= lengths[rank] + WRAP_SLACK)
    if not MIN_DOC_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
        return None
    if sum(n for n in lengths if n > width) > MAX_LONGER_SHARE * total:
        return None
    inner = [len(line) for group in groups for _, _, line in group[:-1]]
    full_at = FULL_FRACTION * width
    full = sum(n >= full_at for n in inner)
    if full < MIN_FULL_LINES or full < MIN_FULL_SHARE * sum(n >= width / 2 for n in inner):
        return None
    pairs = [(above[2], below[2]) for group in groups for above, below in pairwise(group)
             if len(above[2]) >= full_at]
    if sum(map(is_unspaced, (above for above, _ in pairs))) * 2 > len(pairs):
        return None  # Chinese, Japanese, Thai: a wrap there breaks a line anywhere, not at words
    continued = sum(not below[0].isupper() and not is_terminal(above) for above, below in pairs)
    return width if continued >= MIN_CONTINUED_SHARE * len(pairs) else None


# A line that starts a list inside a paragraph: a bullet, or the number 1 (as in Markdown, a
# wrapped sentence may put any other number at a line's start). Matches "- item", "1. item";
# not "911. Police".
LIST_START_RE = regex.compile(BULLET_MARK + r"\s|1[.)]\s")
# A numbered line: in a list, the next item. Matches "2. item".
NUMBERED_RE = regex.compile(r"\d{1,3}[.)]\s")


def wrapped_runs(group: list[Line], width: int) -> Iterator[list[Line]]:
    """The lines of a group in a document wrapped at ``width``, in runs of one paragraph
    each: a line goes on the one above it where that one had no room left for its first
    word (a word of half the width or less; a line longer than the width ends a run), but a
    list item starts a run of its own (a bullet, the number 1, or in a list the next number).

    >>> lines = [(0, 0, "The council closed the road"), (0, 0, "again on Monday."),
    ...          (0, 0, "Shops stayed open."), (0, 0, "- One shop, on the corner of the"),
    ...          (0, 0, "2. Bridge Street, shut")]
    >>> for run in wrapped_runs(lines, 30):
    ...     print([line for _, _, line in run])
    ['The council closed the road', 'again on Monday.']
    ['Shops stayed open.']
    ['- One shop, on the corner of the']
    ['2. Bridge Street, shut']
    """
    run = [group[0]]
    for above, line in pairwise(group):
        text = line[2]
        first_word = text.split(None, 1)[0]
        item = LIST_START_RE.match(text) or (
            NUMBERED_RE.match(text) and BULLET_RE.match(run[0][2])
        )
        # (A word longer than half the width, a web address, would go to a line of its own
        # from a line half full, and a line longer than the width is such a word's: where
        # they stand tells nothing.)
        no_room = (len(above[2]) + 1 + len(first_word) > width >= len(above[2])
                   and 2 * len(first_word) <= width)
        if no_room and not item:
            run.append(line)
        else:
            yield run
            run = [line]
    yield run


def segment(smap: SpanMap) -> tuple[list[Block], list[tuple[int, int]]]:
    """The blocks of ``smap.text`` and, for each, its span in that (normalised) text."""
    text = smap.text
    # Lines end at "\n", and at "\r" too where W101 is ignored (so that such lines are
    # blocks of their own): read in a copy of the text, offsets the same.
    lined = with_newlines(text)
    found: list[Line] = []  # each block's span and text
    wrapped: list[int] = []  # the blocks whose text is not their source (joined lines)

    def join(lines: list[Line]) -> None:
        start, end = lines[0][0], lines[-1][1]
        wrapped.append(len(found))
        found.append((start, end, BREAK_RE.sub(" ", lined[start:end])))

    # Lines and groups (runs of non-blank lines) with str methods, line by line: what
    # GROUP_RE and LINE_RE find, many times faster.
    groups: list[list[Line]] = []
    group: list[Line] = []
    pos = 0
    for line in lined.split("\n"):
        content = line.strip(WHITESPACE)
        if content:
            # a line without indentation starts with its content (no lstrip copy needed)
            start = pos if line[0] == content[0] else pos + len(line) - len(line.lstrip(WHITESPACE))
            group.append((start, start + len(content), content))
        elif group:
            groups.append(group)
            group = []
        pos += len(line) + 1
    if group:
        groups.append(group)
    width = wrap_width(groups)
    for group in groups:
        if width is not None:
            for run in wrapped_runs(group, width):
                if len(run) > 1:
                    join(run)
                else:
                    found.extend(run)
        elif len(group) > 1 and _is_wrapped([line for _, _, line in group]):
            join(group)
        else:
            found.extend(group)
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
            # The rest starts at the next line's first character (not found by searching for
            # it: the parser's text has U+FFFD where the source has a NUL).
            line = text[cut + 1 : node.end]
            add(node.end - len(line.lstrip()), node.end, rest, node.kind)
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
