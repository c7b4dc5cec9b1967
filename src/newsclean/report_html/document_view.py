"""The view of one document: the input in order with every decision marked, the clean output,
and a sidebar of counts per label and per rule.

Each block is a box coloured by its label, with the label's name and the rule's code on it
(colour never carries the meaning alone); a removed block is struck through and shows its
reason. Clicking the name opens the block's details: the rule, its reason, and links to the
rule's entry in the report and on the documentation site. Each repair stands in place as
old → new with its code. A pair of radio buttons switches between the marked input and the
clean output, in CSS alone, so the view works where scripts do not run.

>>> from newsclean import analyze
>>> html = document_view(analyze("Advertisement\\nIt rained. ."), "a.txt")
>>> "advert" in html and "B105" in html and "P101" in html
True
"""

from __future__ import annotations

from collections.abc import Iterable

from ..document import Block, Document, Edit
from ..findings import block_message
from ..registry import get_rule
from .links import DOCS_URL, rule_anchor, rule_url
from .marks import escape, marked_text
from .segments import Segment, report_edits, segments
from .summary import DocSummary

__all__ = ["document_view", "label_class"]


def label_class(label: str) -> str:
    """The CSS class of a label's colours (``section-label`` -> ``l-section-label``)."""
    return "l-" + "".join(c if c.isalnum() or c == "-" else "_" for c in label)


def _rule_name(code: str) -> str:
    try:
        return get_rule(code).name
    except KeyError:
        return ""


def _block_html(doc: Document, seg: Segment, block: Block, docs_url: str) -> str:
    state = "kept" if block.kept else "removed"
    code = escape(block.code)
    name = escape(_rule_name(block.code)) if block.code else ""
    chip = f'<span class="lab">{escape(block.label)}</span>'
    if block.code:
        chip += f' <span class="bc">{code}</span>'
    if not block.kept:
        chip += ' <span class="st">removed</span>'
    title = escape(f"{block.label}, {state} — {block.code} "
                   f"{block_message(_rule_name(block.code), block.reason)}"
                   if block.code else f"{block.label}, {state}")
    rule_links = (
        f'<a href="#{rule_anchor(block.code)}">{code} {name}</a> · '
        f'<a href="{escape(rule_url(block.code, docs_url))}" rel="noreferrer">documentation</a>'
        if block.code else "no rule gave this label"
    )
    why = f'<span class="why">{escape(block.reason)}</span>' if not block.kept else ""
    text = marked_text(doc.source, seg.start, seg.end, seg.edits)
    return (
        f'<div class="blk {label_class(block.label)} {state}" title="{title}">'
        f'<details><summary>{chip}</summary><div class="detail">'
        f'<b>{escape(block.reason) or "no reason recorded"}</b><br>{rule_links}</div>'
        f"</details>{why}<div class=\"txt\">{text}</div></div>"
    )


def _gap_html(doc: Document, seg: Segment) -> str:
    """The text between blocks: shown when it holds an edit or more than white space."""
    if not seg.edits and not doc.source[seg.start : seg.end].strip():
        return ""
    text = marked_text(doc.source, seg.start, seg.end, seg.edits)
    return f'<div class="gap" title="between blocks"><div class="txt">{text}</div></div>'


def _marked(doc: Document, segs: list[Segment], docs_url: str) -> str:
    parts = []
    for seg in segs:
        if seg.block is None:
            parts.append(_gap_html(doc, seg))
        else:
            parts.append(_block_html(doc, seg, seg.block, docs_url))
    return "".join(parts)


def _clean(doc: Document) -> str:
    kept = doc.kept_blocks
    if not kept:
        return '<p class="empty">Nothing is kept: the clean output is empty.</p>'
    return "".join(
        f'<p class="cb {label_class(b.label)}">{escape(b.text)}</p>' for b in kept
    )


def _sidebar(summary: DocSummary) -> str:
    rows = []
    for label, (kept, removed) in summary.labels.items():
        counts = ", ".join(p for p in (f"{kept} kept" if kept else "",
                                       f"{removed} removed" if removed else "") if p)
        rows.append(f'<li><span class="sw {label_class(label)}"></span>{escape(label)} '
                    f'<span class="n">{counts}</span></li>')
    rules = []
    for code in sorted(set(summary.fired) | set(summary.labelled)):
        rules.append(f'<li><a class="bc" href="#{rule_anchor(code)}">{escape(code)}</a> '
                     f'{escape(_rule_name(code))} <span class="n">{_rule_counts(summary, code)}'
                     "</span></li>")
    return (
        '<aside class="side"><h3>Labels</h3>'
        f'<ul class="legend">{"".join(rows) or "<li>no blocks</li>"}</ul>'
        f'<h3>Rules</h3><ul class="legend">{"".join(rules) or "<li>none</li>"}</ul></aside>'
    )


def _rule_counts(summary: DocSummary, code: str) -> str:
    """What a rule did: the blocks it labelled (kept and removed), or its repairs."""
    labelled = summary.labelled.get(code, 0)
    changed = summary.fired.get(code, 0)
    if not labelled:
        return _count(changed, "repair")
    return ", ".join(p for p in (f"{labelled - changed:,} kept" if labelled > changed else "",
                                 f"{changed:,} removed" if changed else "") if p)


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def _stats_line(summary: DocSummary) -> str:
    kept, removed = summary.words_kept, summary.words_removed
    return (f"{kept:,} words kept, {removed:,} removed ({summary.removed_share:.0%}); "
            f"{summary.blocks_removed:,} blocks removed; {summary.edits:,} repairs")


def document_view(
    doc: Document, name: str, number: int = 0, docs_url: str = DOCS_URL,
    edits: list[Edit] | None = None,
) -> str:
    """The view of ``doc`` (named ``name``) as an HTML fragment; ``number`` tells the views
    of one page apart. ``edits`` are the edits shown (default: :func:`report_edits`)."""
    edits = report_edits(doc) if edits is None else edits
    summary = DocSummary.of(doc, name, edits)
    mode = f"v{number}"
    return (
        f'<article class="doc" aria-label="{escape(name)}">'
        f"<header><h2>{escape(name)}</h2><p class=\"stats\">{_stats_line(summary)}</p></header>"
        f'<div class="layout">{_sidebar(summary)}<div class="main">'
        f'<input type="radio" name="{mode}" id="{mode}-marked" class="mode-marked" checked>'
        f'<label for="{mode}-marked">Input with marks</label>'
        f'<input type="radio" name="{mode}" id="{mode}-clean" class="mode-clean">'
        f'<label for="{mode}-clean">Clean output</label>'
        f'<div class="marked">{_marked(doc, segments(doc, edits), docs_url)}</div>'
        f'<div class="clean">{_clean(doc)}</div>'
        "</div></div></article>"
    )


def codes_in(docs: Iterable[DocSummary]) -> list[str]:
    """Every rule code that labelled a block or changed the text in ``docs``, sorted."""
    codes: set[str] = set()
    for s in docs:
        codes.update(s.fired)
        codes.update(s.labelled)
    return sorted(codes)
