"""What a rule may look at besides its own text: the options and document-wide facts.

Document-wide facts (the document's word counts, whether it reads as French) are computed
lazily, once per document, and only when a rule asks for them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

import regex

from .document import Block
from .features import Features, word_tokens
from .options import Options

__all__ = ["BlockContext", "TextContext"]

# Frequent French words that are rare in the other languages we see; used to tell whether the
# spacing before ; : ! ? is French typography. Matches "les", "est"; not "the", "die".
_FRENCH_WORD_RE = regex.compile(
    r"\b(?:les|des|est|une|dans|pour|qui|que|pas|sur|avec|sont|mais|aux|cette|été|très)\b",
    regex.IGNORECASE,
)


@dataclass(eq=False)
class TextContext:
    """The context text rules run in: options, and lazy facts about the whole document."""

    document_text: str
    options: Options = field(default_factory=Options)

    @classmethod
    def for_text(cls, text: str, options: Options | None = None) -> TextContext:
        """A context for a document (or a lone snippet, in examples)."""
        return cls(text, options or Options())

    @cached_property
    def word_counts(self) -> Counter[str]:
        """How often each lower-cased word occurs in the document."""
        return Counter(w.lower() for w in word_tokens(self.document_text))

    @cached_property
    def is_french(self) -> bool:
        """Whether the document reads as French (frequent French function words)."""
        text = self.document_text[:20000]
        hits = len(_FRENCH_WORD_RE.findall(text))
        words = max(1, len(word_tokens(text)))
        return hits >= 3 and hits / words > 0.04


@dataclass(eq=False)
class BlockContext:
    """The context block rules run in: every block, its features and the options."""

    blocks: list[Block]
    options: Options = field(default_factory=Options)

    @cached_property
    def features(self) -> list[Features]:
        """The features of every block, by index."""
        return [Features.of(b.text) for b in self.blocks]

    def is_free(self, index: int) -> bool:
        """Whether no rule has labelled the block yet."""
        return not self.blocks[index].code
