"""Markdown structure rules: what a Markdown file's own syntax says about its blocks.

They run first, so no boilerplate or fragment rule ever scores code, front matter or an
author's ``#`` heading.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..context import BlockContext
from ..io.markdown import VERBATIM_KINDS
from ..labels import HEADING, VERBATIM
from ..registry import Role, block_rule


@block_rule(
    "S105", "markdown-verbatim", stage="evidence", role=Role.ARTICLE, label=VERBATIM,
    safe=True, priority=0,
)
def markdown_verbatim(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """Markdown front matter, code, HTML blocks, tables, rules and reference definitions.

    They are kept exactly as they are, never scored as body or boilerplate and never
    repaired (``input_format="markdown"``).

    >>> from newsclean import analyze
    >>> doc = analyze("---\\ntitle: Post\\n---\\nIt rained. .\\n\\n```\\nx = a. .\\n```\\n",
    ...               input_format="markdown")
    >>> [(b.kind, b.label, b.code) for b in doc.blocks]
    [('front-matter', 'verbatim', 'S105'), ('paragraph', 'paragraph', 'S100'), ('code', 'verbatim', 'S105')]
    >>> doc.text
    '---\\ntitle: Post\\n---\\n\\nIt rained.\\n\\n```\\nx = a. .\\n```'
    """
    if ctx.options.input_format != "markdown":
        return  # (only a Markdown document's blocks have a kind: not a step per block)
    for i, block in enumerate(ctx.blocks):
        if block.kind in VERBATIM_KINDS:
            yield i, f"Markdown {block.kind}: kept as it is"


@block_rule(
    "S106", "markdown-heading", stage="evidence", role=Role.ARTICLE, label=HEADING,
    safe=True, priority=1,
)
def markdown_heading(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """Markdown headings (``#`` and setext): the author's headings, never fragments.

    >>> from newsclean import analyze
    >>> doc = analyze("## Kharkiv and Kherson\\n\\nRussia lost parts of Kharkiv and Kherson.",
    ...               input_format="markdown")
    >>> [(b.label, b.code) for b in doc.blocks]
    [('heading', 'S106'), ('paragraph', 'S100')]
    """
    if ctx.options.input_format != "markdown":
        return  # (only a Markdown document's blocks have a kind)
    for i, block in enumerate(ctx.blocks):
        if block.kind == "heading":
            yield i, "heading: a Markdown heading"
