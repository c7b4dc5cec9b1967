"""Stage 5, render: the texts made from an analysed document.

``clean_text`` is the article (what ``clean`` prints); ``cut_removed_blocks`` the input with
its repairs and without the lines of removed blocks (what ``fix --unsafe-fixes`` writes);
``to_markdown`` and ``render`` the formats of ``newsclean clean --format``. The
:class:`~newsclean.document.Document` attributes ``text`` and ``fixed_text`` are these.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

import regex

from .chars import BULLET
from .io.textio import json_name
from .labels import HEADING, LIST_ITEM, QUOTE, TITLE

if TYPE_CHECKING:
    from .document import Document

__all__ = ["clean_text", "cut_removed_blocks", "render", "to_markdown"]

# A run of blank lines (three line ends or more).
_BLANK_RUN_RE = re.compile(r"\n{3,}")


def clean_text(doc: Document) -> str:
    """The clean text: kept blocks in order, one blank line between them.

    In Markdown, list items that stood on adjacent lines stay on adjacent lines, so a
    tight list stays tight.
    """
    kept = [b for b in doc.blocks if b.kept]
    if doc.input_format != "markdown":
        return "\n\n".join(b.text for b in kept)
    parts: list[str] = []
    for prev, block in zip([None, *kept], kept, strict=False):
        if parts:
            tight = (
                prev is not None and prev.kind == block.kind == "list_item"
                and "\n\n" not in doc.source[prev.end : block.start].replace("\r", "")
            )
            parts.append("\n" if tight else "\n\n")
        parts.append(block.text)
    return "".join(parts)


def cut_removed_blocks(doc: Document, *, collapse_blank_runs: bool = True) -> str:
    """``repaired`` without the whole lines of removed blocks (with their indentation).

    The blank lines around them do not pile up: with ``collapse_blank_runs`` (rule W104
    on) a run of blank lines left at a seam becomes one, and no blank line is left at the
    start or end where there was none. So the result is stable: fixing it again changes
    nothing.

    >>> from newsclean import analyze
    >>> doc = analyze("Advertisement\\n\\nThe storm came.\\n\\n  Share this article\\n\\nIt rained.\\n")
    >>> cut_removed_blocks(doc)
    'The storm came.\\n\\nIt rained.\\n'
    """
    text = doc.repaired
    cuts: list[tuple[int, int]] = []
    for block in doc.removed_blocks:
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


# Paragraph openings that Markdown would read as syntax. Matches "# 1", "- a", "3. b", "> q".
_MD_SYNTAX_RE = regex.compile(r"(?:#{1,6}|[-+*]|\d{1,9}[.)]|>)(?=\s|$)")
# A bullet or number opening a list item. Matches "- one", "2) two", "• three".
_BULLET_RE = regex.compile(BULLET + r"\s+")


def to_markdown(doc: Document) -> str:
    """The clean text as Markdown: the title as ``#``, subheadings as ``##``, lists, quotes.

    A document read as Markdown is already Markdown, and comes back as it is.

    >>> from newsclean import analyze
    >>> print(to_markdown(analyze("Storm hits the coast\\nThe storm came.\\n- one\\n- two")))
    # Storm hits the coast
    <BLANKLINE>
    The storm came.
    <BLANKLINE>
    - one
    <BLANKLINE>
    - two
    """
    if doc.input_format == "markdown":
        return doc.text  # Markdown in, Markdown out: the blocks keep their own markup
    parts = []
    for block in doc.kept_blocks:
        text = block.text
        if block.label == TITLE:
            parts.append(f"# {text}")
        elif block.label == HEADING:
            parts.append(f"## {text}")
        elif block.label == LIST_ITEM:
            parts.append("- " + _BULLET_RE.sub("", text, count=1) if not text.startswith("- ")
                         else text)
        elif block.label == QUOTE:
            parts.append(text if text.startswith(">") else f"> {text}")
        else:
            parts.append("\\" + text if _MD_SYNTAX_RE.match(text) else text)
    return "\n\n".join(parts)


def render(doc: Document, fmt: str, name: str) -> str:
    """The output for one document in format ``text``, ``markdown`` or ``json`` (one line)."""
    if fmt == "json":
        data: dict[str, Any] = {"path": json_name(name), "text": doc.text}
        data.update(doc.to_dict())
        return json.dumps(data, ensure_ascii=False)
    return to_markdown(doc) if fmt == "markdown" else doc.text
