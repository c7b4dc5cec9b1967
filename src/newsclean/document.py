"""The document model: blocks with labels and reasons, edits with rule codes, all with spans.

A :class:`Document` is what :func:`newsclean.analyze` returns. Its spans index the *input*
string, so ``doc.source[block.start:block.end] == block.source`` always holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["BODY_LABELS", "Block", "Document", "Edit"]

# Three or more newlines: two or more blank lines in a row.
_BLANK_RUN_RE = re.compile(r"\n{3,}")

#: Labels whose blocks make up the article; every other label is boilerplate.
BODY_LABELS = frozenset({"title", "heading", "paragraph", "list-item", "quote", "verbatim"})


@dataclass(frozen=True, slots=True)
class Edit:
    """One repair: ``source[start:end]`` (the input's text, ``old``) became ``new``."""

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
    label: str = "paragraph"
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


@dataclass(slots=True)
class Document:
    """The analysis of one input text: every block and every edit, in input order."""

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
        """The clean text: kept blocks in order, one blank line between them.

        In Markdown, list items that stood on adjacent lines stay on adjacent lines, so a
        tight list stays tight.
        """
        kept = [b for b in self.blocks if b.kept]
        if self.input_format != "markdown":
            return "\n\n".join(b.text for b in kept)
        parts: list[str] = []
        for prev, block in zip([None, *kept], kept, strict=False):
            if parts:
                tight = (
                    prev is not None and prev.kind == block.kind == "list_item"
                    and "\n\n" not in self.source[prev.end : block.start].replace("\r", "")
                )
                parts.append("\n" if tight else "\n\n")
            parts.append(block.text)
        return "".join(parts)

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
        """``repaired`` without the whole lines of removed blocks (with their indentation).

        The blank lines around them do not pile up: with ``collapse_blank_runs`` (rule W104
        on) a run of blank lines left at a seam becomes one, and no blank line is left at the
        start or end where there was none. So the result is stable: fixing it again changes
        nothing.

        >>> from newsclean import analyze
        >>> doc = analyze("Advertisement\\n\\nThe storm came.\\n\\n  Share this article\\n\\nIt rained.\\n")
        >>> doc.cut_removed_blocks()
        'The storm came.\\n\\nIt rained.\\n'
        """
        text = self.repaired
        cuts: list[tuple[int, int]] = []
        for block in self.removed_blocks:
            start = text.rfind("\n", 0, block.repaired_start) + 1
            end = text.find("\n", block.repaired_end)
            end = len(text) if end == -1 else end + 1
            if cuts and start <= cuts[-1][1]:
                cuts[-1] = (cuts[-1][0], max(end, cuts[-1][1]))
            else:
                cuts.append((start, end))
        if not cuts:
            return text
        parts: list[str] = []
        pos = 0
        for start, end in cuts:
            parts.append(text[pos:start])
            pos = end
        parts.append(text[pos:])
        out = "".join(parts)
        if collapse_blank_runs:
            out = _BLANK_RUN_RE.sub("\n\n", out)
            if out.startswith("\n") and not text.startswith("\n"):
                out = out.lstrip("\n")
            if out.endswith("\n\n") and not text.endswith("\n\n"):
                out = out.rstrip("\n") + "\n"
            if text and not text.endswith("\n") and out.endswith("\n"):
                out = out.rstrip("\n")  # the last line went, and the file had no final newline
        return out

    def __iter__(self) -> Iterator[Block]:
        return iter(self.blocks)

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dictionary of blocks and edits."""
        return {
            "blocks": [b.to_dict() for b in self.blocks],
            "edits": [e.to_dict() for e in self.edits],
        }
