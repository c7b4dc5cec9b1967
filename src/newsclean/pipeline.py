"""The pipeline: normalise -> segment -> classify -> repair, into one :class:`Document`."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from .classify import classify
from .document import Document
from .io.markdown import MarkdownLayout, Protected, markdown_shape, structure_change
from .normalize import normalize
from .options import Options
from .repair import repair
from .segment import segment, segment_markdown

__all__ = ["analyze", "clean"]


def _check_text(text: object, func: str) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray)):
        raise TypeError(
            f"{func}() needs str, not bytes: decode it first, e.g. data.decode('utf-8')"
        )
    raise TypeError(f"{func}() needs str, not {type(text).__name__}")


def analyze(text: str, options: Options | None = None, **kwargs: Any) -> Document:
    """Analyse ``text``: every block with its label, rule code, reason and input span, and
    every repair as an edit with its rule code and span.

    Keyword arguments are :class:`~newsclean.options.Options` fields.

    >>> doc = analyze("General news\\nStorm hits the coast\\nThe storm arrived. .")
    >>> [(b.label, b.code) for b in doc.blocks]
    [('section-label', 'B106'), ('title', 'S101'), ('paragraph', 'S100')]
    >>> [(e.code, e.start, e.end, e.old) for e in doc.edits]
    [('P101', 52, 54, ' .')]
    >>> doc.text
    'Storm hits the coast\\n\\nThe storm arrived.'
    """
    text = _check_text(text, "analyze")
    opts = Options.from_kwargs(options, **kwargs)
    if len(text) < GC_PAUSE_CHARS:
        return _analyze(text, opts)
    with _collector_paused():
        return _analyze(text, opts)


#: Inputs from this many characters on are analysed with the cyclic garbage collector paused.
#: The analysis makes many small objects and no reference cycles, so the collector's passes
#: over them find nothing: they cost about a tenth of the time on a large document and up to
#: 7% on documents of 70 KB in a process that holds much else (benchmarks/README.md). Short
#: snippets are left alone: their analysis makes too few objects to start a pass.
GC_PAUSE_CHARS = 1 << 12


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector (if it runs), and resume it after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


#: How many times a Markdown document is analysed again with more of it protected, at most.
MAX_STRUCTURE_ROUNDS = 8


def _analyze(text: str, opts: Options) -> Document:
    if opts.input_format != "markdown":
        return _analyze_once(text, opts, None)
    layout = protected = MarkdownLayout.of(text).protected
    doc = _analyze_once(text, opts, protected)
    # An edit must not change the document's Markdown structure (removing an invisible
    # character between "!" and "[" makes an image): where one does, its lines are
    # protected and the document is analysed again.
    shape = None  # the input's structure, read once if an edit is made at all
    last = None  # the span protected in the round before
    by_line_ends = False  # whether the lines of edits of line ends were protected instead
    for _ in range(MAX_STRUCTURE_ROUNDS):
        if doc.repaired == text:
            break
        shape = shape or markdown_shape(text)
        changed = structure_change(text, doc.repaired, shape)
        if changed is None:
            break
        if changed == last:  # protecting it was not enough: an edit below merged into it
            wider = structure_change(text, doc.repaired, shape, with_next=True)
            if wider is not None and wider != last:
                changed = wider
            elif not by_line_ends and (lines := _line_end_edit_lines(text, doc)):
                # Blocks of one type in a row (a paragraph made two among paragraphs): the
                # structures do not tell which block changed, but an edit of a line end
                # (two line separators that became a blank line) can: its lines are
                # protected, and only they, instead of the block guessed before.
                by_line_ends, last, protected = True, None, layout
                for span in lines:
                    protected = protected.with_span(*span)
                doc = _analyze_once(text, opts, protected)
                continue
            else:  # the edit cannot be told: the document stays as its author wrote it
                changed = (0, len(text))
        last = changed
        protected = protected.with_span(*changed)
        doc = _analyze_once(text, opts, protected)
    else:
        # Still changing after as many rounds (many such spots): the document stays as its
        # author wrote it, as where one edit cannot be told, rather than some spots kept.
        if doc.repaired != text and structure_change(
            text, doc.repaired, shape or markdown_shape(text)
        ) is not None:
            doc = _analyze_once(text, opts, protected.with_span(0, len(text)))
    return doc


#: Line ends, and the other characters Unicode counts as line ends (U+2028, U+2029, NEL,
#: VT, FF, as ``str.splitlines`` does): W101 turns the separators into line ends.
_LINE_END_CHARS = frozenset("\n\r\u2028\u2029\x85\x0b\x0c")


def _line_end_edit_lines(text: str, doc: Document) -> list[tuple[int, int]]:
    """The lines of ``text`` (whole) holding an edit that removes or makes a line end."""
    spans = []
    for edit in doc.edits:
        if _LINE_END_CHARS.isdisjoint(edit.old) and _LINE_END_CHARS.isdisjoint(edit.new):
            continue
        start = text.rfind("\n", 0, edit.start) + 1
        end = text.find("\n", edit.end)
        spans.append((start, len(text) if end < 0 else end))
    return spans


def _analyze_once(text: str, opts: Options, protected: Protected | None) -> Document:
    markdown = protected is not None
    doc_map, edits = normalize(text, opts, protected)
    blocks, spans = segment_markdown(doc_map) if markdown else segment(doc_map)
    classify(blocks, opts, text)
    repaired_edits, repaired = repair(doc_map, blocks, spans, opts, protected)
    edits.extend(repaired_edits)
    edits.sort(key=lambda e: (e.start, e.end))
    return Document(text, blocks, edits, repaired, opts.input_format)


def clean(text: str, options: Options | None = None, **kwargs: Any) -> str:
    """The clean article in ``text``: title, subheadings and body paragraphs in order, one
    blank line between blocks, artifacts repaired, boilerplate removed.

    >>> clean("Share this article\\nThe economy grew. .  Jobs   rose .")
    'The economy grew. Jobs rose.'
    >>> clean("An embed. pic.twitter.com/abc", keep=["embed"])
    'An embed. pic.twitter.com/abc'
    """
    return analyze(_check_text(text, "clean"), options, **kwargs).text
