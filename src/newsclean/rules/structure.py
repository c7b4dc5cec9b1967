"""Structure rules (S): the labels of the blocks that make up the article.

They run last, on the blocks no boilerplate or fragment rule took, and remove nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..chars import BULLET
from ..context import BlockContext
from ..features import word_count
from ..labels import HEADING, LIST_ITEM, PARAGRAPH, QUOTE, TITLE
from ..registry import Role, block_rule

# A list item: a bullet or a number and a space. Matches "- one", "• two", "3) three";
# not "-5 degrees", "2022 was a year".
LIST_ITEM_RE = regex.compile(r"^\s*" + BULLET + r"\s+\S")

# A block that is one quotation from end to end (a pull quote), or an e-mail style quote.
# Matches "“We will win.”", "> quoted"; not "“We will win,” he said."
QUOTE_RE = regex.compile(r"^\s*(?:>|[“\"«„][^“”\"«»„]+[”\"»“]\W*$)")
# Neither pattern matches a block that opens with a letter (a paragraph, most blocks left
# at this stage): the rules test the first character before calling them.


@block_rule(
    "S103", "list-item", stage="structure", role=Role.ARTICLE, label=LIST_ITEM, safe=True,
    priority=10,
)
def list_item(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """List items: blocks that open with a bullet or a number (``- one``, ``2) two``).

    >>> from newsclean import analyze
    >>> [b.label for b in analyze("Steps:\\n- first step\\n2) second step").blocks]
    ['title', 'list-item', 'list-item']
    """
    blocks = ctx.blocks
    for i in ctx.free():  # each block is looked at once: a list taken now is up to date
        block = blocks[i]
        if block.kind == "list_item":
            yield i, "list item: a Markdown list item"
        elif not block.kind and not block.text[:1].isalpha() and LIST_ITEM_RE.match(block.text):
            yield i, "list item: opens with a bullet or number"


@block_rule(
    "S104", "quote", stage="structure", role=Role.ARTICLE, label=QUOTE, safe=True,
    priority=20,
)
def quote(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """Quotes: a block that is one quotation from end to end, or opens with ``>``.

    >>> from newsclean import analyze
    >>> [b.label for b in analyze("He spoke at length.\\n“We will win.”").blocks]
    ['paragraph', 'quote']
    """
    blocks = ctx.blocks
    for i in ctx.free():
        block = blocks[i]
        if block.kind == "blockquote":
            yield i, "quote: a Markdown block quote"
        elif not block.kind and not block.text[:1].isalpha() and QUOTE_RE.match(block.text):
            yield i, "quote: one quotation from end to end"


@block_rule(
    "S101", "title", stage="structure", role=Role.ARTICLE, label=TITLE, safe=True,
    priority=30,
)
def title(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """The title: the first heading-like block, when it comes before any paragraph.

    >>> from newsclean import analyze
    >>> [b.label for b in analyze("Storm hits coast\\nThe storm arrived at dawn.").blocks]
    ['title', 'paragraph']
    """
    for i, f in enumerate(ctx.features):
        if not ctx.blocks[i].is_body:
            continue
        if ctx.is_free(i) and f.heading_like:
            yield i, f"title: first heading-like line ({word_count(f.n_words)}, no final period)"
        return


@block_rule(
    "S102", "heading", stage="structure", role=Role.ARTICLE, label=HEADING, safe=True,
    priority=40,
)
def heading(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """Subheadings: short lines without terminal punctuation that copy nothing below them.

    >>> from newsclean import analyze
    >>> [b.label for b in analyze("A story.\\nWhat comes next\\nTalks resume.").blocks]
    ['paragraph', 'heading', 'paragraph']
    """
    feats = ctx.features
    for i in ctx.free():
        f = feats[i]
        if f.heading_like:
            yield i, f"heading: short line ({word_count(f.n_words)}) without terminal punctuation"


@block_rule(
    "S100", "paragraph", stage="structure", role=Role.ARTICLE, label=PARAGRAPH, safe=True,
    priority=90,
)
def paragraph(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """Paragraphs: every block no other rule labelled.

    >>> from newsclean import analyze
    >>> analyze("The storm arrived at dawn.").blocks[0].reason
    'paragraph: 5 words of running text'
    """
    feats = ctx.features
    for i in ctx.free():
        yield i, f"paragraph: {word_count(feats[i].n_words)} of running text"
