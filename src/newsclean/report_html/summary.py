"""A document's numbers in a report: words kept and removed, blocks per label, what each rule
did. Small and picklable, so a corpus keeps one per document and not the documents.

>>> from newsclean import analyze
>>> s = DocSummary.of(analyze("Advertisement\\nIt rained all day. ."), "a.txt")
>>> s.words_kept, s.words_removed, s.fired
(4, 1, {'B105': 1, 'P101': 1})
>>> s.labels
{'advert': (0, 1), 'paragraph': (1, 0)}
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..document import Document, Edit

__all__ = ["DocSummary", "fired_rules", "percent"]


def percent(share: float) -> str:
    """A share as a whole percentage that never rounds a part to nothing or to all.

    >>> percent(0.25), percent(0.001), percent(0.998), percent(0.0), percent(1.0)
    ('25%', '<1%', '>99%', '0%', '100%')
    """
    if 0 < share < 0.005:
        return "<1%"
    if 0.995 <= share < 1:
        return ">99%"
    return f"{share:.0%}"


def fired_rules(doc: Document, edits: list[Edit]) -> dict[str, int]:
    """How often each rule changed the text: its edits and the blocks it removed, by code."""
    counts = Counter(e.code for e in edits)
    counts.update(b.code for b in doc.blocks if not b.kept and b.code)
    return dict(sorted(counts.items()))


@dataclass(frozen=True)
class DocSummary:
    """One document's numbers (or the ``error`` that kept it from being analysed)."""

    name: str
    words_kept: int = 0
    words_removed: int = 0
    edits: int = 0
    blocks_removed: int = 0
    #: Rule code -> edits made and blocks removed (rules that changed nothing are left out).
    fired: dict[str, int] = field(default_factory=dict)
    #: Label -> (blocks kept, blocks removed).
    labels: dict[str, tuple[int, int]] = field(default_factory=dict)
    #: Rule code -> blocks it labelled, kept or not (what the sidebar lists with the edits).
    labelled: dict[str, int] = field(default_factory=dict)
    error: str = ""

    @classmethod
    def of(cls, doc: Document, name: str, edits: list[Edit] | None = None) -> DocSummary:
        """The numbers of an analysed document; ``edits`` as the report shows them (default:
        the document's own)."""
        edits = doc.edits if edits is None else edits
        kept = removed = 0
        labels: dict[str, list[int]] = {}
        for block in doc.blocks:
            words = len(block.source.split())
            pair = labels.setdefault(block.label, [0, 0])
            if block.kept:
                kept += len(block.text.split())
                pair[0] += 1
            else:
                removed += words
                pair[1] += 1
        labelled = Counter(b.code for b in doc.blocks if b.code)
        return cls(
            name, kept, removed, len(edits), sum(p[1] for p in labels.values()),
            fired_rules(doc, edits),
            {label: (p[0], p[1]) for label, p in sorted(labels.items())},
            dict(sorted(labelled.items())),
        )

    @classmethod
    def failed(cls, name: str, error: str) -> DocSummary:
        """A document that could not be read or analysed."""
        return cls(name, error=error)

    @property
    def removed_share(self) -> float:
        """The share of the words that was removed (0 for an empty document)."""
        total = self.words_kept + self.words_removed
        return self.words_removed / total if total else 0.0
