"""newsclean: turn messy scraped news text into clean article text.

- :func:`clean` gives the article text; :func:`analyze` gives a :class:`Document` with every
  block (its label, rule code and reason: ``doc.removed_blocks`` is what went, and why) and
  every repair (:class:`Edit`, with its span of the input).
- Settings are keyword arguments of both (``ignore=["P1"]``, ``keep=["embed"]``,
  ``input_format="markdown"``), or one :class:`Options`.
- :func:`all_rules` and :func:`get_rule` list and look up the rules by code or name; a
  rule's docstring is its documentation (``newsclean explain CODE`` prints it).
- The command line: ``newsclean clean``, ``check``, ``fix``, ``rules``, ``explain`` and
  ``report`` (``newsclean --help``).

>>> import newsclean
>>> newsclean.clean("General news\\nA title for the story\\nIt rained all day. .")
'A title for the story\\n\\nIt rained all day.'
>>> doc = newsclean.analyze("General news\\nA title for the story\\nIt rained all day. .")
>>> [(b.code, b.label) for b in doc.removed_blocks], [e.code for e in doc.edits]
([('B106', 'section-label')], ['P101'])
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
