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
from .region import Region, find_region
from .stopwords import language_of, stopword_density

__all__ = ["BlockContext", "TextContext"]

# A word, then ; : ! or ? and a space: with a space before the mark (French typography, and
# the habit of some writers) or without. Matches "vie !", "vie!"; not "10:30", "a:b".
_SPACED_MARK_RE = regex.compile(r"\w[^\S\n]+[;:!?](?=\s|\Z)")
_UNSPACED_MARK_RE = regex.compile(r"\w[;:!?](?=\s|\Z)")


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
    def spaces_before_marks(self) -> bool:
        """Whether the document puts a space before ``; : ! ?`` as a rule, as French does.

        Decided by the document's own habit, so it works for any language: at least as many
        spaced marks as unspaced ones.
        """
        spaced = len(_SPACED_MARK_RE.findall(self.document_text))
        return spaced > 0 and spaced >= len(_UNSPACED_MARK_RE.findall(self.document_text))


@dataclass(eq=False)
class BlockContext:
    """The context block rules run in: every block, its features and the options."""

    blocks: list[Block]
    options: Options = field(default_factory=Options)
    #: Facts one rule computes and a later rule of the same family reuses, by name.
    memo: dict[str, object] = field(default_factory=dict)

    @cached_property
    def features(self) -> list[Features]:
        """The features of every block, by index."""
        return [Features.of(b.text) for b in self.blocks]

    @cached_property
    def language(self) -> str | None:
        """The document's language, by its function words (None if not one we know)."""
        words = [w for f in self.features for w in f.words]
        return language_of("", words)

    @cached_property
    def densities(self) -> list[float | None]:
        """The stop-word density of every block (None where the language is unknown)."""
        lang = self.language
        return [stopword_density(f.words, lang) for f in self.features]

    @cached_property
    def region(self) -> Region:
        """The main run of article text (computed once, when a rule first asks)."""
        return find_region(self.blocks, self.features, self.densities)

    def is_free(self, index: int) -> bool:
        """Whether no rule has labelled the block yet."""
        return not self.blocks[index].code
