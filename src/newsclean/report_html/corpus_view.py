"""The report of many documents (a folder, a corpus): totals per rule and per label over every
document, with a bar chart, and a sortable table of documents, each linking to its view.

Documents are added one at a time and not kept: each leaves its numbers in the totals, and a
sample of at most ``sample`` documents (a reservoir sample, the same for the same input) keeps
its view, rendered when it enters the sample. So a corpus of any size makes a page of bounded
size, and the page says how many documents it shows. The views are data in the page
(``<script type="application/json">``), put on screen by the page's script when a document's
link is followed; documents that could not be read are all listed, with their errors.

>>> from newsclean import analyze
>>> report = CorpusReport(sample=1)
>>> report.add(analyze("Advertisement\\nIt rained. ."), "a.txt")
>>> report.add(analyze("It snowed."), "b.txt")
>>> report.add_error("c.txt", "c.txt: binary file")
>>> report.documents, report.failed, len(report.shown)
(3, 1, 1)
>>> "1 of 2 documents" in report.page()
True
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field

from ..document import Document
from ..registry import get_rule
from .assets import SCRIPT
from .blocks import PART_SIZE, label_class
from .chart import bar_chart
from .colours import label_colour
from .defaults import DEFAULT_SAMPLE, DOCS_URL
from .document_view import View, codes_in, document_view
from .marks import escape
from .page import html_page, json_data
from .segments import report_edits
from .summary import DocSummary, percent

__all__ = ["MAX_ERRORS", "VIEW_PARTS", "CorpusReport"]

#: Failed documents listed one by one; the rest are counted.
MAX_ERRORS = 1000
#: Parts of a long document's marked input (about a megabyte of HTML each) that its view
#: keeps in a report of many documents: one huge document must not swell the page.
VIEW_PARTS = 2
#: The seed of the sample: the same input gives the same sample.
SAMPLE_SEED = 18


@dataclass
class _Shown:
    """A document in the sample: its number in the input (from 1), numbers and view."""

    number: int
    summary: DocSummary
    view: View | None = None


@dataclass
class CorpusReport:
    """A report of many documents, built by :meth:`add` and :meth:`add_error`, written by
    :meth:`page`. ``sample`` is the most documents shown (0: all); ``docs_url`` the
    documentation site rules link to."""

    sample: int = DEFAULT_SAMPLE
    docs_url: str = DOCS_URL
    title: str = "newsclean report"
    #: How long a view's parts are, and how many a view keeps (see :data:`VIEW_PARTS`).
    part_size: int = PART_SIZE
    view_parts: int = VIEW_PARTS
    documents: int = field(default=0, init=False)
    failed: int = field(default=0, init=False)
    words_kept: int = field(default=0, init=False)
    words_removed: int = field(default=0, init=False)
    edits: int = field(default=0, init=False)
    blocks_removed: int = field(default=0, init=False)
    #: Rule code -> edits and removed blocks; and -> documents it changed.
    fired: Counter[str] = field(default_factory=Counter, init=False)
    fired_in: Counter[str] = field(default_factory=Counter, init=False)
    #: Label -> blocks kept; and -> blocks removed.
    kept_by_label: Counter[str] = field(default_factory=Counter, init=False)
    removed_by_label: Counter[str] = field(default_factory=Counter, init=False)
    #: Rule codes that labelled a block or changed the text anywhere.
    codes: set[str] = field(default_factory=set, init=False)
    shown: list[_Shown] = field(default_factory=list, init=False)
    errors: list[_Shown] = field(default_factory=list, init=False)
    _analysed: int = field(default=0, init=False)
    _rng: random.Random = field(default_factory=lambda: random.Random(SAMPLE_SEED), init=False)

    def __post_init__(self) -> None:
        for name in ("sample", "part_size", "view_parts"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise TypeError(f"CorpusReport: {name} must be a whole number (0 or more), "
                                f"not {value!r}")
        for name in ("docs_url", "title"):
            if not isinstance(getattr(self, name), str):
                raise TypeError(f"CorpusReport: {name} must be a string, "
                                f"not {getattr(self, name)!r}")

    def add(self, doc: Document, name: str) -> None:
        """Count an analysed document, and keep its view if it enters the sample."""
        if not isinstance(doc, Document):
            raise TypeError(f"CorpusReport.add takes a Document (newsclean.analyze(text)), "
                            f"not {type(doc).__name__}")
        if not isinstance(name, str):
            raise TypeError(f"CorpusReport.add: name must be a string, not {name!r}")
        self.documents += 1
        edits = report_edits(doc)
        summary = DocSummary.of(doc, name, edits)
        self.words_kept += summary.words_kept
        self.words_removed += summary.words_removed
        self.edits += summary.edits
        self.blocks_removed += summary.blocks_removed
        self.fired.update(summary.fired)
        self.fired_in.update(summary.fired.keys())
        for label, (kept, removed) in summary.labels.items():
            self.kept_by_label[label] += kept
            self.removed_by_label[label] += removed
        self.codes.update(codes_in([summary]))
        slot = self._slot()
        self._analysed += 1
        if slot is None:
            return
        view = document_view(doc, name, self.documents, edits, self.part_size, self.view_parts)
        entry = _Shown(self.documents, summary, view)
        if slot == len(self.shown):
            self.shown.append(entry)
        else:
            self.shown[slot] = entry

    def _slot(self) -> int | None:
        """Where the next analysed document goes in the sample, or None (reservoir sampling:
        each of the first n documents ends up in the sample with the same chance)."""
        if not self.sample or len(self.shown) < self.sample:
            return len(self.shown)
        j = self._rng.randrange(self._analysed + 1)
        return j if j < self.sample else None

    def add_error(self, name: str, error: str) -> None:
        """Count a document that could not be read or analysed (listed with its error)."""
        for what, value in (("name", name), ("error", error)):
            if not isinstance(value, str):
                raise TypeError(f"CorpusReport.add_error: {what} must be a string, "
                                f"not {value!r}")
        self.documents += 1
        self.failed += 1
        if len(self.errors) < MAX_ERRORS:
            self.errors.append(_Shown(self.documents, DocSummary.failed(name, error)))

    # --- the page ------------------------------------------------------------------------

    def page(self) -> str:
        """The whole report as an HTML page."""
        shown = sorted(self.shown, key=lambda s: s.number)
        rows = sorted(shown + self.errors, key=lambda s: s.number)
        body = [
            f"<h1>{escape(self.title)}: {self.documents:,} document"
            f"{'' if self.documents == 1 else 's'}</h1>",
            f'<p class="note">{self._sample_note()}</p>',
            "<noscript><p><b>This page needs JavaScript to open a document's view and to sort "
            "the table</b>; the totals and the table below work without it.</p></noscript>",
            '<section id="viewer" hidden><p><a href="#list">← All documents</a></p>'
            '<div id="view"></div></section>',
            '<section id="list">',
            self._totals(),
            self._rules_chart(),
            self._table(rows),
            self._errors_note(),
            self._labels(),
            "</section>",
            *(_view_data(s) for s in shown),
        ]
        return html_page(self.title, "".join(body), sorted(self.codes), self.docs_url, SCRIPT)

    def _sample_note(self) -> str:
        analysed = self.documents - self.failed
        if len(self.shown) < analysed:
            note = (f"{len(self.shown):,} of {analysed:,} documents shown: a random sample "
                    f"(the same for the same input; <code>--sample</code> sets its size). "
                    f"The totals count every document.")
        else:
            note = f"All {analysed:,} documents shown."
        if self.failed:
            note += (f" {self.failed:,} could not be read or analysed; "
                     f"{'they are' if self.failed > 1 else 'it is'} listed with the error.")
        return note

    def _totals(self) -> str:
        total = self.words_kept + self.words_removed
        share = self.words_removed / total if total else 0.0
        items = [("documents", f"{self.documents:,}"), ("words kept", f"{self.words_kept:,}"),
                 ("words removed", f"{self.words_removed:,} ({percent(share)})"),
                 ("blocks removed", f"{self.blocks_removed:,}"), ("repairs", f"{self.edits:,}"),
                 ("errors", f"{self.failed:,}")]
        cells = "".join(f"<div><b>{value}</b> {name}</div>" for name, value in items)
        return f'<h2>Totals</h2><div class="totals">{cells}</div>'

    def _rules_chart(self) -> str:
        if not self.fired:
            return "<h2>Changes by rule</h2><p>No rule changed anything.</p>"
        rows = []
        for code, count in sorted(self.fired.items(), key=lambda kv: (-kv[1], kv[0])):
            name, colour = _rule_look(code)
            docs = self.fired_in[code]
            rows.append((code, name, count, colour,
                         f"in {docs:,} document{'' if docs == 1 else 's'}"))
        return (
            "<h2>Changes by rule</h2><p class=\"note\">Repairs made and blocks removed by "
            "each rule, over every document (a rule's name links to its documentation).</p>"
            + bar_chart(rows)
        )

    def _labels(self) -> str:
        labels = sorted(set(self.kept_by_label) | set(self.removed_by_label))
        items = "".join(
            f'<li><span class="sw {label_class(label)}"></span>{escape(label)}'
            f' <span class="n">{self.kept_by_label[label]:,} kept, '
            f"{self.removed_by_label[label]:,} removed</span></li>"
            for label in labels
        )
        return f'<h2>Blocks by label</h2><ul class="legend wide">{items}</ul>' if items else ""

    def _table(self, rows: list[_Shown]) -> str:
        head = ('<table class="docs sortable"><thead><tr>'
                '<th class="num"><button type="button">#</button></th>'
                '<th class="text"><button type="button">document</button></th>'
                '<th class="num"><button type="button">words kept</button></th>'
                '<th class="num"><button type="button">words removed</button></th>'
                '<th class="num"><button type="button">% removed</button></th>'
                '<th class="num"><button type="button">repairs</button></th>'
                '<th><button type="button">rules fired</button></th>'
                '<th class="text"><button type="button">error</button></th>'
                "</tr></thead><tbody>")
        return "<h2>Documents</h2>" + head + "".join(map(_row, rows)) + "</tbody></table>"

    def _errors_note(self) -> str:
        more = self.failed - len(self.errors)
        return (f'<p class="note">… and {more:,} more documents that failed '
                f"(the first {MAX_ERRORS:,} are listed).</p>" if more > 0 else "")


def _view_data(entry: _Shown) -> str:
    """A document's view as data in the page: the view, then its other parts."""
    assert entry.view is not None
    n = entry.number
    return json_data(f"data-{n}", entry.view.html) + "".join(
        json_data(f"part-{n}-{k}", part) for k, part in enumerate(entry.view.parts, 2))


def _rule_look(code: str) -> tuple[str, str]:
    """A rule's name and the colour of its bar: its label's, or grey for a text rule."""
    try:
        rule = get_rule(code)
    except KeyError:
        return "", "#555555"
    return rule.name, label_colour(rule.label).edge if rule.label else "#4d5566"


def _row(entry: _Shown) -> str:
    s = entry.summary
    n = entry.number
    name = escape(s.name)
    link = f'<a href="#doc-{n}">{name}</a>' if not s.error else name
    fired = ", ".join(f"{escape(code)} ×{count}" if count > 1 else escape(code)
                      for code, count in sorted(s.fired.items(), key=lambda kv: (-kv[1], kv[0])))
    share = s.removed_share
    # (the value the table sorts by, the cell's HTML, its class)
    numbers: list[tuple[str, str, str]]
    if s.error:  # nothing measured: the numbers sort first, and show as dashes
        numbers = [("-1", "—", "num")] * 4 + [("-1", "—", "")]
    else:
        numbers = [(str(s.words_kept), f"{s.words_kept:,}", "num"),
                   (str(s.words_removed), f"{s.words_removed:,}", "num"),
                   (f"{share:.4f}", percent(share), "num"), (str(s.edits), f"{s.edits:,}", "num"),
                   (str(len(s.fired)), fired or "—", "")]
    cells = [(str(n), str(n), "num"), (escape(s.name.lower()), link, ""), *numbers,
             (escape(s.error), escape(s.error), "err")]
    return "<tr>" + "".join(f'<td data-v="{v}" class="{c}">{t}</td>' for v, t, c in cells) + "</tr>"
