"""The labels of article text, defined once.

Every block gets a label: one of these for the article's own text, or a boilerplate kind.
The boilerplate kinds are declared by their rules (``label=`` of ``block_rule``), so the
registry is their list (:func:`newsclean.registry.boilerplate_kinds`); these are the rest.

>>> sorted(BODY_LABELS)
['heading', 'list-item', 'paragraph', 'quote', 'title', 'verbatim']
"""

from __future__ import annotations

__all__ = ["BODY_LABELS", "HEADING", "LIST_ITEM", "PARAGRAPH", "QUOTE", "TITLE", "VERBATIM"]

#: The page's headline.
TITLE = "title"
#: A subheading of the article.
HEADING = "heading"
#: A paragraph of running text (and any block no rule labelled otherwise).
PARAGRAPH = "paragraph"
#: An item of a list.
LIST_ITEM = "list-item"
#: A quotation set apart from the text.
QUOTE = "quote"
#: A block no rule may change (Markdown code, front matter, tables, HTML).
VERBATIM = "verbatim"

#: The labels of article text: blocks with them are kept.
BODY_LABELS = frozenset({TITLE, HEADING, PARAGRAPH, LIST_ITEM, QUOTE, VERBATIM})
