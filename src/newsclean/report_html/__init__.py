"""HTML reports: every decision newsclean made on a document, a folder or a corpus, in one
self-contained page (``newsclean report``, :meth:`newsclean.Document.to_html`).

Nothing here runs when text is cleaned, and importing the package loads only its settings
(:mod:`~newsclean.report_html.defaults`): the rest loads when a report is made.

>>> from newsclean import analyze
>>> page = document_page(analyze("Advertisement\\nIt rained. ."), "a.txt")
>>> page.startswith("<!DOCTYPE html>") and "Input with marks" in page
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .defaults import DEFAULT_SAMPLE, DOCS_URL

if TYPE_CHECKING:
    from ..document import Document
    from .corpus_view import CorpusReport

__all__ = ["DEFAULT_SAMPLE", "DOCS_URL", "CorpusReport", "document_page"]


def document_page(
    doc: Document, name: str = "document", docs_url: str = DOCS_URL,
    part_size: int | None = None,
) -> str:
    """The report of one analysed document as a whole HTML page. A long document's marked
    input comes in parts (of about ``part_size`` characters of HTML; default
    :data:`~newsclean.report_html.blocks.PART_SIZE`), kept as data in the page for its
    script to show."""
    from ..document import Document as DocumentType
    from .assets import SCRIPT
    from .blocks import PART_SIZE
    from .document_view import codes_in, document_view
    from .page import html_page, json_data
    from .segments import report_edits
    from .summary import DocSummary

    if not isinstance(doc, DocumentType):
        raise TypeError(f"document_page takes a Document (newsclean.analyze(text)), "
                        f"not {type(doc).__name__}")
    if not isinstance(name, str):
        raise TypeError(f"document_page: name must be a string, not {name!r}")
    edits = report_edits(doc)
    view = document_view(doc, name, 0, edits, part_size or PART_SIZE)
    parts = "".join(json_data(f"part-0-{k}", part) for k, part in enumerate(view.parts, 2))
    body = "<h1>newsclean report</h1>" + view.html + parts
    codes = codes_in([DocSummary.of(doc, name, edits)])
    return html_page(f"newsclean report: {name}", body, codes, docs_url, SCRIPT)


def __getattr__(name: str) -> Any:
    """:class:`CorpusReport`, loaded when first asked for."""
    if name == "CorpusReport":
        from .corpus_view import CorpusReport

        return CorpusReport
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
