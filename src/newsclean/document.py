"""The document model: blocks with labels and reasons, edits with rule codes, all with spans.

A :class:`Document` is what :func:`newsclean.analyze` returns. Its spans index the *input*
string, so ``doc.source[block.start:block.end] == block.source`` always holds.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .labels import BODY_LABELS, PARAGRAPH
from .render import clean_text, cut_removed_blocks

__all__ = ["BODY_LABELS", "Block", "Document", "Edit"]

#: The characters of an edit's old or new text that its message quotes whole at most; a
#: longer text is quoted by its two ends and counted (a run of a million blank lines).
MAX_QUOTED_CHARS = 60
#: ... its first and last characters quoted then.
QUOTED_HEAD, QUOTED_TAIL = 24, 12


def edit_message(name: str, old: str, new: str) -> str:
    """An edit's message: the rule's name, what the text was and what it became, a long
    text shortened to its ends and its length.

    >>> edit_message("doubled-terminal-punctuation", " .", "")
    "doubled-terminal-punctuation: ' .' -> ''"
    >>> print(edit_message("html-markup", "<script>" + "x = 1;" * 200 + "</script>", ""))
    html-markup: '<script>x = 1;x = 1;x = '…' 1;</script>' (1,217 characters) -> ''
    """
    return f"{name}: {_quoted(old)} -> {_quoted(new)}"


def _quoted(text: str) -> str:
    if len(text) <= MAX_QUOTED_CHARS:
        return repr(text)
    return f"{text[:QUOTED_HEAD]!r}…{text[-QUOTED_TAIL:]!r} ({len(text):,} characters)"


@dataclass(frozen=True, slots=True)
class Edit:
    """One repair: ``source[start:end]`` (the input's text, ``old``) became ``new``.

    Rules run one after another, and a later rule may change what an earlier one wrote, so
    a document's edits can overlap in the input (a run of blank lines as ``\\r\\n`` is one
    edit per line ending, then one for the run): :attr:`Document.repaired` is their result,
    not something to rebuild by applying them one by one. ``newsclean.findings.merged_edits(
    doc.edits, doc.source, doc.repaired)`` gives them as ``newsclean check`` reports them,
    never overlapping.
    """

    code: str
    name: str
    start: int
    end: int
    old: str
    new: str
    message: str

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dictionary."""
        return {
            "code": self.code, "name": self.name, "start": self.start, "end": self.end,
            "old": self.old, "new": self.new, "message": self.message,
        }


@dataclass(slots=True)
class Block:
    """A block of the input (a line, or a hard-wrapped paragraph) and the verdict on it.

    ``text`` is the repaired text; ``source`` the input's text at ``[start, end)``; ``label``
    one of :data:`BODY_LABELS` or a boilerplate kind; ``code``/``reason`` say which rule gave
    the label and why. ``kept`` is False for boilerplate the options do not keep.
    """

    index: int
    start: int
    end: int
    source: str
    text: str
    label: str = PARAGRAPH
    code: str = ""
    reason: str = ""
    kept: bool = True
    #: In Markdown, the node the block comes from (``heading``, ``list_item``, ``code``...).
    kind: str = ""
    #: Where the block stands in :attr:`Document.repaired`.
    repaired_start: int = 0
    repaired_end: int = 0

    @property
    def is_body(self) -> bool:
        """Whether the label is an article label (title, heading, paragraph, ...)."""
        return self.label in BODY_LABELS

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dictionary."""
        return {
            "index": self.index, "start": self.start, "end": self.end, "label": self.label,
            "code": self.code, "reason": self.reason, "kept": self.kept, "text": self.text,
        }


@dataclass(slots=True, repr=False)
class Document:
    """The analysis of one input text: every block and every edit, in input order.

    What :func:`newsclean.analyze` returns. The texts: :attr:`text` (the clean article,
    what :func:`newsclean.clean` gives), :attr:`repaired` (the input with its repairs, every
    block in place: what ``newsclean fix`` writes, before it puts back a file's own line
    ends and byte-order mark) and :attr:`fixed_text` (that without the
    lines of removed blocks: ``fix --unsafe-fixes``). The decisions: :attr:`blocks` (each
    with its label, rule code, reason and span; :attr:`kept_blocks` and
    :attr:`removed_blocks` split them) and :attr:`edits` (each repair, with its rule code
    and span of :attr:`source`). :meth:`to_dict` gives the blocks and edits for JSON,
    :meth:`to_html` a page to review them in a browser, and iterating over a document gives
    its blocks.

    >>> from newsclean import analyze
    >>> doc = analyze("Advertisement\\nIt rained all day. .")
    >>> doc.text, [b.label for b in doc.removed_blocks], [e.code for e in doc.edits]
    ('It rained all day.', ['advert'], ['P101'])
    """

    source: str
    blocks: list[Block]
    edits: list[Edit]
    #: The input with every edit applied and every block in place: what a fixer writes.
    repaired: str = ""
    #: ``"text"`` or ``"markdown"``: how the input was read (and the clean text is written).
    input_format: str = "text"

    @property
    def kept_blocks(self) -> list[Block]:
        """The blocks that make up the clean text."""
        return [b for b in self.blocks if b.kept]

    @property
    def removed_blocks(self) -> list[Block]:
        """The blocks left out of the clean text, each with its rule code and reason."""
        return [b for b in self.blocks if not b.kept]

    @property
    def text(self) -> str:
        """The clean text: kept blocks in order, one blank line between them (see
        :func:`newsclean.render.clean_text`)."""
        return clean_text(self)

    @property
    def fixed_text(self) -> str:
        """The input with its edits applied and the lines of removed blocks cut out, line for
        line: what ``fix --unsafe-fixes`` writes (``repaired`` is what ``fix`` writes).

        >>> from newsclean import analyze
        >>> doc = analyze("Some text. .\\nAdvertisement\\nMore text.\\n")
        >>> doc.repaired
        'Some text.\\nAdvertisement\\nMore text.\\n'
        >>> doc.fixed_text
        'Some text.\\nMore text.\\n'
        """
        return self.cut_removed_blocks()

    def cut_removed_blocks(self, *, collapse_blank_runs: bool = True) -> str:
        """``repaired`` without the whole lines of removed blocks (see
        :func:`newsclean.render.cut_removed_blocks`)."""
        return cut_removed_blocks(self, collapse_blank_runs=collapse_blank_runs)

    def to_html(self, name: str = "document") -> str:
        """A self-contained HTML page showing every decision: the input with each block
        coloured by its label and each repair in place, the clean output, counts per label
        and per rule (see :mod:`newsclean.report_html`; ``newsclean report`` writes one).

        >>> from newsclean import analyze
        >>> page = analyze("Advertisement\\nIt rained. .").to_html("story.txt")
        >>> page.startswith("<!DOCTYPE html>") and "story.txt" in page
        True
        """
        from .report_html import document_page  # only a report needs it

        if not isinstance(name, str):
            raise TypeError(f"to_html: name must be a string, not {name!r}")
        return document_page(self, name)

    def __iter__(self) -> Iterator[Block]:
        return iter(self.blocks)

    def __repr__(self) -> str:
        """A line that says what the document holds (its fields can be megabytes).

        >>> from newsclean import analyze
        >>> analyze("Advertisement\\nIt rained all day. .")
        <Document: 34 characters of text, 2 blocks (1 removed), 1 edit>
        """
        removed = sum(1 for b in self.blocks if not b.kept)
        edits = len(self.edits)
        kind = "" if self.input_format == "text" else f" {self.input_format}"
        return (f"<Document: {len(self.source):,} characters of{kind} text, "
                f"{len(self.blocks):,} block{'s' * (len(self.blocks) != 1)} ({removed:,} "
                f"removed), {edits:,} edit{'s' * (edits != 1)}>")

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dictionary of blocks and edits."""
        return {
            "blocks": [b.to_dict() for b in self.blocks],
            "edits": [e.to_dict() for e in self.edits],
        }
