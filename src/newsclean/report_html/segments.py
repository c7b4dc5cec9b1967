"""The input cut into the pieces a report shows: each block, and the text between blocks,
with the edits that fall in it.

Every character of the input belongs to exactly one segment, in input order, so a report
that renders the segments one after another shows the whole input. An edit belongs to the
segment where it starts; one that runs past the end of its segment takes the rest of its
span with it (the next segment starts after it), so no edit is ever cut in two.

>>> from newsclean import analyze
>>> doc = analyze("Advertisement\\n\\nIt rained. .\\n")
>>> [(s.block.label if s.block else "gap", s.start, s.end, [e.code for e in s.edits])
...  for s in segments(doc)]
[('advert', 0, 13, []), ('gap', 13, 15, []), ('paragraph', 15, 27, ['P101']), ('gap', 27, 28, [])]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..document import Block, Document, Edit
from ..findings import merged_edits

__all__ = ["Segment", "report_edits", "segments"]


@dataclass
class Segment:
    """A stretch ``[start, end)`` of the input: a block's (``block`` set) or the text between
    two blocks (``block`` None), and the edits inside it, in input order."""

    start: int
    end: int
    block: Block | None = None
    edits: list[Edit] = field(default_factory=list)


def report_edits(doc: Document) -> list[Edit]:
    """The edits a report shows: chained edits as one, as ``check`` reports them (see
    :func:`newsclean.findings.merged_edits`), in input order.

    >>> from newsclean import analyze
    >>> [(e.code, e.old, e.new) for e in report_edits(analyze("It rained. ."))]
    [('P101', ' .', '')]
    """
    return merged_edits(doc.edits, doc.source, doc.repaired)


def segments(doc: Document, edits: Sequence[Edit] | None = None) -> list[Segment]:
    """The input as segments (see the module): blocks and the gaps between them, empty gaps
    left out. ``edits`` default to :func:`report_edits`.

    An edit that overlaps the one before it (which :func:`report_edits` avoids, but an
    edit list given here may hold) is kept, in the segment where the one before it ends.
    """
    if edits is None:
        edits = report_edits(doc)
    cuts: list[tuple[int, int, Block | None]] = []
    pos = 0
    for block in sorted(doc.blocks, key=lambda b: (b.start, b.end)):
        if block.start > pos:
            cuts.append((pos, block.start, None))
        cuts.append((max(pos, block.start), max(pos, block.end), block))
        pos = max(pos, block.end)
    if pos < len(doc.source):
        cuts.append((pos, len(doc.source), None))
    out: list[Segment] = []
    queue = sorted(edits, key=lambda e: (e.start, e.end))
    k = 0
    pos = 0
    for start, end, owner in cuts:
        seg = Segment(max(pos, start), max(pos, end), owner)
        while k < len(queue) and _starts_in(queue[k], seg, owner is not None):
            seg.edits.append(queue[k])
            seg.end = max(seg.end, queue[k].end)
            k += 1
        pos = seg.end
        if seg.end > seg.start or seg.block is not None or seg.edits:
            out.append(seg)
    if k < len(queue):  # edits past the end of the input: only a malformed list has them
        if not out:
            out.append(Segment(0, 0))
        out[-1].edits.extend(queue[k:])
    return out


def _starts_in(edit: Edit, seg: Segment, is_block: bool) -> bool:
    """Whether ``edit`` starts inside ``seg`` (an insertion at a block's end is the block's,
    as is an edit that starts before the segment: it overlaps one already placed)."""
    if edit.start < seg.end:
        return True
    return is_block and edit.start == edit.end == seg.end
