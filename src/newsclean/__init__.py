"""newsclean: turn messy scraped news text into clean article text.

>>> import newsclean
>>> newsclean.clean("General news\\nA title for the story\\nIt rained all day. .")
'A title for the story\\n\\nIt rained all day.'
"""

from __future__ import annotations

from .document import BODY_LABELS, Block, Document, Edit
from .options import Options
from .pipeline import analyze, clean
from .registry import Rule, all_rules, get_rule

__version__ = "0.1.0"

__all__ = [
    "BODY_LABELS",
    "Block",
    "Document",
    "Edit",
    "Options",
    "Rule",
    "__version__",
    "all_rules",
    "analyze",
    "clean",
    "get_rule",
]


def __dir__() -> list[str]:
    """The public names only (not the submodules an import binds here)."""
    return sorted(__all__)
