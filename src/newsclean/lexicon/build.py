"""How the lexicon is built: phrase tables, their order, and the record of every kind (:data:`KINDS`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

import regex

_I = regex.IGNORECASE | regex.VERSION1

#: Phrases by language code: ``{"en": ("donate", ...), "de": (...), "any": (...)}``.
PhraseTable = Mapping[str, tuple[str, ...]]

#: The languages whose phrases come first in a pattern, in this order; the others follow in
#: the order their table lists them.
LANGUAGE_ORDER = ("en", "de", "fr", "es", "pt", "it")


def phrases_of(table: PhraseTable) -> list[str]:
    """The phrases of a table in the order a pattern tries them: by language
    (:data:`LANGUAGE_ORDER` first), each language's in its order; a phrase two languages
    share comes once, where it first appears.

    >>> phrases_of({"fr": ("un",), "any": ("©",), "en": ("a", "b"), "es": ("un",)})
    ['a', 'b', 'un', '©']
    """
    rank = {language: k for k, language in enumerate(LANGUAGE_ORDER)}
    languages = sorted(table, key=lambda language: rank.get(language, len(rank)))
    return list(dict.fromkeys(p for language in languages for p in table[language]))


def _alternation(table: PhraseTable) -> str:
    """The phrases of ``table`` joined as alternatives (see :func:`phrases_of`)."""
    return "|".join(phrases_of(table))


class PhraseKind(NamedTuple):
    """A table of phrases, the pattern it is compiled into (an exported name), and the text
    around the table's alternation in that pattern: ``before + phrase + after`` is one
    phrase alone, anchored as the pattern tries it."""

    name: str
    pattern: str
    table: PhraseTable
    before: str = ""
    after: str = ""

    def source(self, phrase: str | None = None) -> str:
        """The pattern text of the whole table, or of one ``phrase`` alone."""
        inner = _alternation(self.table) if phrase is None else phrase
        return f"{self.before}{inner}{self.after}"


#: Every phrase table by name, with its pattern and anchors (filled as the patterns are made).
KINDS: dict[str, PhraseKind] = {}


def _register(
    name: str, pattern: str, table: PhraseTable, before: str = "", after: str = ""
) -> PhraseKind:
    """Record a table in :data:`KINDS`."""
    kind = KINDS[name] = PhraseKind(name, pattern, table, before, after)
    return kind


def _kind(name: str, pattern: str, table: PhraseTable, before: str = "", after: str = "") -> str:
    """Record a table in :data:`KINDS` and return its pattern text, anchors included."""
    return _register(name, pattern, table, before, after).source()


def _words(name: str, pattern: str, table: PhraseTable) -> frozenset[str]:
    """Record a table of single words in :data:`KINDS` and return its words, in lower case."""
    _register(name, pattern, table)
    return frozenset(word.lower() for word in phrases_of(table))


