"""The view of one document: a sidebar of counts per label and per rule, and the input in
order with every decision marked (see :mod:`~newsclean.report_html.blocks`), which a pair of
radio buttons turns into the clean output, in CSS alone, so the view works where scripts do
not run. A long document's marked input comes in parts, with links between them.

>>> from newsclean import analyze
>>> view = document_view(analyze("Advertisement\\nIt rained. ."), "a.txt")
>>> "advert" in view.html and "B105" in view.html and "P101" in view.html, view.parts
(True, [])
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..document import Document, Edit
from .blocks import PART_SIZE, label_class, marked_parts, rule_name
from .links import rule_anchor
from .marks import escape
from .segments import report_edits, segments
from .summary import DocSummary, percent

__all__ = ["View", "codes_in", "document_view"]


def _sidebar(summary: DocSummary) -> str:
    rows = []
    for label, (kept, removed) in summary.labels.items():
        counts = ", ".join(p for p in (f"{kept:,} kept" if kept else "",
                                       f"{removed:,} removed" if removed else "") if p)
        rows.append(f'<li><span class="sw {label_class(label)}"></span>{escape(label)} '
                    f'<span class="n">{counts}</span></li>')
    rules = []
    for code in sorted(set(summary.fired) | set(summary.labelled)):
        rules.append(f'<li><a class="bc" href="#{rule_anchor(code)}">{escape(code)}</a> '
                     f'{escape(rule_name(code))} <span class="n">{_rule_counts(summary, code)}'
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
    return (f"{kept:,} words kept, {removed:,} removed ({percent(summary.removed_share)}); "
            f"{summary.blocks_removed:,} blocks removed; {summary.edits:,} repairs")


def _pager(number: int, k: int, parts: list[tuple[str, int, int]], left_out: int) -> str:
    """The links between the parts of a long document, shown above part ``k`` (from 1);
    ``left_out`` is the number of the first block no part holds (0: none)."""
    if len(parts) == 1 and not left_out:
        return ""
    _, first, last = parts[k - 1]
    links = " ".join(
        f"<b>{i}</b>" if i == k else f'<a href="#doc-{number}-p-{i}">{i}</a>'
        for i in range(1, len(parts) + 1)
    )
    where = f" (blocks {first:,} to {last:,})" if first else ""
    if not left_out:
        return (f'<nav class="pager" aria-label="parts of the document">Part {k} of '
                f"{len(parts)}{where}. Parts: {links}</nav>")
    return (f'<nav class="pager" aria-label="parts of the document">Part {k}{where}. Parts: '
            f"{links}. <b>The rest, from block {left_out:,}, is left out of this report of "
            f"many documents</b>: report this document alone to see all of it.</nav>")


@dataclass(frozen=True)
class View:
    """A document's view: ``html`` shows it with the first part of its marked input;
    ``parts`` are the other parts (each with its links), which the page keeps as data and its
    script puts in the element ``parts-<number>`` when ``#doc-<number>-p-<k>`` is followed."""

    html: str
    parts: list[str]


def document_view(
    doc: Document, name: str, number: int = 0, edits: list[Edit] | None = None,
    part_size: int = PART_SIZE, max_parts: int = 0,
) -> View:
    """The view of ``doc`` (named ``name``); ``number`` tells the views of one page apart.
    ``edits`` are the edits shown (default: :func:`report_edits`); with ``max_parts``, a
    long document's marked input stops after that many parts, and says so."""
    edits = report_edits(doc) if edits is None else edits
    summary = DocSummary.of(doc, name, edits)
    mode = f"v{number}"
    parts = marked_parts(doc, segments(doc, edits), part_size, max_parts)
    shown = max((last for _, _, last in parts), default=0)
    left_out = shown + 1 if shown < len(doc.blocks) else 0
    pages = [_pager(number, k, parts, left_out) + html
             for k, (html, _, _) in enumerate(parts, 1)]
    empty = ("" if doc.kept_blocks else
             '<p class="empty">Nothing is kept: the clean output is empty.</p>')
    more = ("<noscript><p>This document is long: without JavaScript, the page shows its first "
            "part only.</p></noscript>" if len(parts) > 1 else "")
    html = (
        f'<article class="doc" aria-label="{escape(name)}">'
        f"<header><h2>{escape(name)}</h2><p class=\"stats\">{_stats_line(summary)}</p></header>"
        f'<div class="layout">{_sidebar(summary)}<div class="main">'
        f'<input type="radio" name="{mode}" id="{mode}-marked" class="mode-marked" checked>'
        f'<label for="{mode}-marked">Input with marks</label>'
        f'<input type="radio" name="{mode}" id="{mode}-clean" class="mode-clean">'
        f'<label for="{mode}-clean">Clean output</label>{more}'
        f'<div class="marked" id="parts-{number}">{pages[0]}</div>{empty}'
        "</div></div></article>"
    )
    return View(html, pages[1:])


def codes_in(docs: Iterable[DocSummary]) -> list[str]:
    """Every rule code that labelled a block or changed the text in ``docs``, sorted."""
    codes: set[str] = set()
    for s in docs:
        codes.update(s.fired)
        codes.update(s.labelled)
    return sorted(codes)
