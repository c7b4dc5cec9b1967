"""HTML reports: every decision newsclean made on a document, a folder or a corpus, in one
self-contained page (``newsclean report``, :meth:`newsclean.Document.to_html`).

Nothing here runs when text is cleaned: the package is imported only to make a report.

>>> from newsclean import analyze
>>> page = document_page(analyze("Advertisement\\nIt rained. ."), "a.txt")
>>> page.startswith("<!DOCTYPE html>") and "Input with marks" in page
True
"""

from __future__ import annotations

from ..document import Document
from .document_view import document_view
from .links import DOCS_URL
from .page import html_page
from .segments import report_edits
from .summary import DocSummary

__all__ = ["DOCS_URL", "document_page"]


def document_page(doc: Document, name: str = "document", docs_url: str = DOCS_URL) -> str:
    """The report of one analysed document as a whole HTML page."""
    edits = report_edits(doc)
    summary = DocSummary.of(doc, name, edits)
    codes = sorted(set(summary.fired) | set(summary.labelled))
    body = ("<h1>newsclean report</h1>"
            + document_view(doc, name, 0, docs_url, edits))
    return html_page(f"newsclean report: {name}", body, codes, docs_url)
