"""Required literals: the cheap test that proves a text holds no match of a phrase pattern.

A phrase pattern such as ``\\bgetty images\\b|^\\W*photo:`` can only match where one of its
literals occurs: ``getty images`` or ``photo:``. Searching a text for a few literals with
``str.find`` runs at gigabytes a second; running a large case-insensitive alternation at
every position runs at a few megabytes a second. So :meth:`BlockContext.find
<newsclean.context.BlockContext.find>` looks for the literals first and runs the pattern only
on the lines where one occurs, which finds exactly what a scan of every line finds.

:func:`required_literals` reads the literals off the pattern's syntax tree: a sequence needs
the literals of any one of its parts (the most selective is taken), an alternation needs one
of the literals of each branch, an optional or starred part needs nothing. Literals are
case-folded, and so is the text they are looked for in; a text whose case folding changes its
length (``ß`` folds to ``ss``) is searched the slow way, so positions always agree.

>>> sorted(required_literals(regex.compile(r"\\bgetty images\\b|^\\W*(?:photo|image)s?:", regex.I)))
['getty images', 'image', 'photo']
>>> required_literals(regex.compile(r"\\d+ ?/ ?\\d+"))
frozenset({'/'})
>>> required_literals(regex.compile(r"\\w+|news")) is None
True
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import regex

try:  # Python 3.11 and newer
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

__all__ = ["required_literals"]

# Syntax of the ``regex`` module that the standard parser does not know, and a stand-in that
# matches no literal: a property class (``\p{Lu}``) becomes ``\w``. Matches "\p{Lu}", "\P{Han}".
_PROPERTY_RE = regex.compile(r"\\[pP]\{[^}]*\}")

#: A literal set no search is worth it with: more literals than this, or one of them too
#: common (a space, a lone letter).
MAX_LITERALS = 80

Literals = frozenset[str]


def _cost(literals: Literals) -> float:
    """How much a literal set costs to search for and how many false candidates it lets in
    (lower is better): every literal is a scan of the text; short ones match often."""
    return sum(1.0 + _rarity_penalty(lit) for lit in literals)


def _rarity_penalty(literal: str) -> float:
    """How often a literal occurs where the pattern does not match: a lone ASCII character
    (``:``, ``/``) on most lines, two letters (``on``) in most sentences."""
    core = literal.strip()
    if not core:
        return 100.0
    if len(core) == 1:
        return 20.0 if core.isascii() else 1.0
    return {2: 3.0, 3: 0.5}.get(len(core), 0.1)


def _best(options: list[Literals]) -> Literals | None:
    return min(options, key=_cost) if options else None


def _sequence(items: Any) -> Literals | None:
    """The literals a sequence of nodes needs: those of its most selective part."""
    options: list[Literals] = []
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            options.append(frozenset({"".join(run)}))
            run = []
        needed = _node(op, av)
        if needed is not None:
            options.append(needed)
    if run:
        options.append(frozenset({"".join(run)}))
    return _best(options)


def _node(op: Any, av: Any) -> Literals | None:
    """The literals one node needs (None: it can match without any)."""
    if op is _c.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            needed = _sequence(branch)
            if needed is None:
                return None
            union |= needed
        return frozenset(union)
    if op is _c.SUBPATTERN:
        return _sequence(av[-1])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op is getattr(_c, "POSSESSIVE_REPEAT", None):
        low, _high, item = av
        return _sequence(item) if low >= 1 else None
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _sequence(av)
    if op is _c.IN and av and all(kind is _c.LITERAL for kind, _ in av):
        return frozenset(chr(code) for _, code in av)  # a class of literal characters: [/|]
    return None


@lru_cache(maxsize=256)
def required_literals(pattern: regex.Pattern[str]) -> Literals | None:
    """Case-folded strings at least one of which every match of ``pattern`` contains, or
    None when the pattern has no such set worth searching for.

    Every line that holds a match holds one of the literals (case-folded): the pattern needs
    to run only on those. Patterns the standard parser cannot read get None (no prefilter).

    >>> sorted(required_literals(regex.compile(r"(?:sign|log) in to (?:comment|reply)")))
    [' in to ']
    >>> required_literals(regex.compile(r"news(?:letter)?s?\\W*$", regex.I))
    frozenset({'news'})
    """
    source = _PROPERTY_RE.sub(r"\\w", pattern.pattern)
    try:
        tree = _p.parse(source, 0)
    except _c.error:  # syntax only the regex module knows: no prefilter
        return None
    needed = _sequence(tree)
    if needed is None or len(needed) > MAX_LITERALS:
        return None
    folded = frozenset(lit.casefold() for lit in needed)
    if any(not lit.strip() or "\n" in lit for lit in folded):
        return None
    return folded
