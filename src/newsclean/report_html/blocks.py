"""The marked input of a view: each block as a box with its label, rule code and reason, the
text between blocks where it holds something, and each edit in place; cut into parts so that
a browser builds one part of a long document at a time.

A block's label and code link to the rule's entry in the report (its summary, documentation
and online page); hovering a kept block shows the rule and the reason. Removed blocks are
struck through, with their reason written out; a run of them with the same label, rule and
reason (a menu's lines) shares one box and one reason, each block's text on its own line.
The same elements are the clean output: its CSS hides removed blocks, gaps and the old side
of each edit. Where that would not read as the clean text (a hard-wrapped paragraph, whose
lines the clean text joins), the block's clean text follows it, shown in the clean output only.

>>> from newsclean import analyze
>>> html, first, last = marked_parts(analyze("Advertisement\\nIt rained. ."))[0]
>>> 'class="b l-advert x"' in html and "P101" in html, first, last
(True, 1, 2)
"""

from __future__ import annotations

from ..document import Block, Document
from ..findings import block_message
from ..registry import get_rule
from .links import rule_anchor
from .marks import escape, marked_text, visible
from .segments import Segment

__all__ = ["PART_SIZE", "block_html", "gap_html", "label_class", "marked_parts",
           "removed_html", "rule_name"]

#: About how many characters of HTML one part of a long document's view holds.
PART_SIZE = 1 << 20


def label_class(label: str) -> str:
    """The CSS class of a label's colours (``section-label`` -> ``l-section-label``)."""
    return "l-" + "".join(c if c.isalnum() or c == "-" else "_" for c in label)


def rule_name(code: str) -> str:
    """A rule's name, or "" for a code no rule has."""
    try:
        return get_rule(code).name
    except KeyError:
        return ""


def _reads_as_clean_text(source: str, seg: Segment, block: Block) -> bool:
    """Whether the block's marked text, without the old side of its edits, reads as its
    clean text: no line joined, no invisible character drawn as a sign on the new side."""
    parts: list[str] = []
    pos = seg.start
    for edit in seg.edits:
        if edit.start < pos or visible(edit.new) != escape(edit.new):
            return False
        parts += [source[pos : edit.start], edit.new]
        pos = edit.end
    parts.append(source[pos : seg.end])
    return "".join(parts) == block.text


def _chip(block: Block, count: int = 1) -> str:
    """A block's label and rule code, linked to the rule's entry in the report."""
    label = escape(block.label)
    removed = "" if block.kept else " <i>removed</i>"
    times = f' <span class="bc">×{count:,}</span>' if count > 1 else ""
    if not block.code:
        return f'<span class="c">{label}{removed}{times}</span>'
    return (f'<a class="c" href="#{rule_anchor(block.code)}">{label} '
            f'<span class="bc">{escape(block.code)}</span>{removed}{times}</a>')


def block_html(doc: Document, seg: Segment, block: Block) -> str:
    """One kept block (see the module)."""
    if block.code:
        title = f"{block.code} {block_message(rule_name(block.code), block.reason)}"
    else:
        title = block.reason or "no rule gave this label"
    text = marked_text(doc.source, seg.start, seg.end, seg.edits)
    classes = f"b {label_class(block.label)}"
    alternative = ""
    if not _reads_as_clean_text(doc.source, seg, block):
        classes += " a"
        alternative = f'<div class="t2">{escape(block.text)}</div>'
    return (f'<div class="{classes}" title="{escape(title)}">{_chip(block)}'
            f'<div class="t">{text}</div>{alternative}</div>')


def removed_html(doc: Document, run: list[Segment]) -> str:
    """A run of removed blocks that share their label, rule and reason (a menu's lines, an
    appeal's paragraphs): one box, its reason written once, each block's text on its own."""
    block = run[0].block
    assert block is not None
    texts = "".join(f'<div class="t">{marked_text(doc.source, s.start, s.end, s.edits)}</div>'
                    for s in run)
    return (f'<div class="b {label_class(block.label)} x">{_chip(block, len(run))}'
            f' <span class="why">{escape(block.reason)}</span>{texts}</div>')


def gap_html(doc: Document, seg: Segment) -> str:
    """The text between blocks: shown when it holds an edit or more than white space."""
    if not seg.edits and not doc.source[seg.start : seg.end].strip():
        return ""
    text = marked_text(doc.source, seg.start, seg.end, seg.edits)
    return f'<div class="gap" title="between blocks"><div class="t">{text}</div></div>'


def marked_parts(
    doc: Document, segs: list[Segment] | None = None, part_size: int = PART_SIZE,
    max_parts: int = 0,
) -> list[tuple[str, int, int]]:
    """The marked input in parts of about ``part_size`` characters of HTML, each with the
    numbers (from 1) of its first and last block (0 and 0 for a part of no block); always at
    least one part. With ``max_parts``, no more parts than that are made: the blocks after
    the last part's are left out."""
    if segs is None:
        from .segments import segments

        segs = segments(doc)
    parts: list[tuple[str, int, int]] = []
    current: list[str] = []
    size = first = last = 0

    def add(html: str, blocks: list[Segment]) -> None:
        nonlocal size, first, last, current
        if blocks:
            first = first or _number(blocks[0])
            last = _number(blocks[-1])
        current.append(html)
        size += len(html)
        if size >= part_size:
            parts.append(("".join(current), first, last))
            current, size, first = [], 0, 0

    run: list[Segment] = []  # removed blocks alike, not yet written
    for seg in segs:
        if max_parts and len(parts) >= max_parts:
            break
        block = seg.block
        if block is None:
            html = gap_html(doc, seg)
            if html:
                if run:
                    add(removed_html(doc, run), run)
                    run = []
                add(html, [])
        elif block.kept:
            if run:
                add(removed_html(doc, run), run)
                run = []
            add(block_html(doc, seg, block), [seg])
        else:
            if run and not _alike(run[0], seg):
                add(removed_html(doc, run), run)
                run = []
            run.append(seg)
    else:
        if run:
            add(removed_html(doc, run), run)
        if current or not parts:
            parts.append(("".join(current), first, last))
    return parts


def _number(seg: Segment) -> int:
    """The number (from 1) of a segment's block."""
    assert seg.block is not None
    return seg.block.index + 1


def _alike(a: Segment, b: Segment) -> bool:
    """Whether two removed blocks share their label, rule and reason."""
    x, y = a.block, b.block
    return (x is not None and y is not None
            and (x.label, x.code, x.reason) == (y.label, y.code, y.reason))
