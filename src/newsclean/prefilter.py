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
case-folded, and so is the text they are looked for in; a line whose case folding would change
its length (``ß`` folds to ``ss``) is searched in full, so positions always agree.

:func:`literal_words` also reads, for each literal, a word the text must then have: where the
pattern puts a word edge before the literal (``\\b``, ``^``, a non-word character, also at the
end of an optional group or a lookbehind: ``(?:\\d+\\s+)?``, ``(?<=\\. )``), its first word
starts a word of the text. A document that lacks that word (a set lookup in its
vocabulary) cannot hold the literal, which is then not searched for at all.

>>> sorted(required_literals(regex.compile(r"\\bgetty images\\b|^\\W*(?:photo|image)s?:", regex.I)))
['getty images', 'image', 'photo']
>>> required_literals(regex.compile(r"\\d+ ?/ ?\\d+"))
frozenset({'/'})
>>> required_literals(regex.compile(r"\\w+|news")) is None
True
"""

from __future__ import annotations

import sys
from functools import lru_cache
from typing import Any, NamedTuple

import regex

if sys.version_info >= (3, 11):  # the parser's private home since 3.11 (not in typeshed)
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
else:  # pragma: no cover - Python 3.10
    import sre_constants as _c
    import sre_parse as _p

__all__ = [
    "GLOBAL_FLAG_RE", "BranchIndex", "Literal", "LiteralIndex", "alternatives", "branch_index",
    "literal_index", "literal_words", "required_literals", "split_branches",
]

# Syntax of the ``regex`` module that the standard parser does not know, and a stand-in that
# matches no literal: a property class (``\p{Lu}``) becomes ``\w``. Matches "\p{Lu}", "\P{Han}".
_PROPERTY_RE = regex.compile(r"\\[pP]\{[^}]*\}")

#: A literal set no search is worth it with: more literals than this (or one that is only
#: white space, which every line has). A literal with a character outside ASCII is looked
#: for only in a document that has that character (see ``BlockSearch``), so the related
#: headers of many languages cost a document little more than its own language's.
MAX_LITERALS = 275

# A run of word characters, as the patterns' \b sees them.
_WORD_RUN_RE = regex.compile(r"\w+")


class Literal(NamedTuple):
    """A literal every match of some branch holds, and a word that text must then hold.

    ``token`` is a word of the literal that stands at the start of a word of the text
    wherever the literal matches (after ``\\b``, ``^`` or a non-word character); ``whole``
    says it is the whole word (it ends at a word end too). None where no such word is known.
    """

    text: str
    token: str | None = None
    whole: bool = False


Literals = frozenset[Literal]


def _cost(literals: Literals) -> float:
    """How much a literal set costs to search for and how many false candidates it lets in
    (lower is better): every literal is a scan of the text, but one that needs a word of the
    document or a character of the text first (see :class:`LiteralIndex`) is scanned for in
    few documents (a quarter of the cost: so a caption pattern's thirty label words win over
    a lone ``:``, which would send every line with a colon to its slow label branch); short
    ones match often.

    >>> _cost(frozenset({Literal(":")})), _cost(frozenset({Literal("photo", "photo")}))
    (21.0, 0.35)
    """
    return sum(
        (1.0 if lit.token is None and lit.text.isascii() else 0.25) + _rarity_penalty(lit.text)
        for lit in literals
    )


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


def _literal(text: str, left: bool, right: bool) -> Literal:
    """``text`` with its best word: an ASCII word run that starts a word of the text (it
    follows a non-word character inside the literal, or the literal's start where ``left``
    says a word starts there), preferring whole words and long ones."""
    best: tuple[tuple[bool, bool, int], str, bool] | None = None
    for m in _WORD_RUN_RE.finditer(text):
        word = m.group()
        if not word.isascii() or not (m.start() > 0 or left):
            continue
        whole = m.end() < len(text) or right
        key = (len(word) >= 4, whole, len(word))
        if best is None or key > best[0]:
            best = (key, word, whole)
    if best is None:
        return Literal(text)
    return Literal(text, best[1], best[2])


@lru_cache(maxsize=1024)
def _is_word_character(code: int) -> bool:
    """Whether the character of ``code`` is a word character, as the patterns' ``\\b`` sees
    it (asked for every literal character of every pattern: told once per character)."""
    return _WORD_RUN_RE.fullmatch(chr(code)) is not None


def _is_word_edge(op: Any, av: Any, forward: bool = True) -> bool | None:
    """Whether a node guarantees a word edge at its end (``forward``) or at its start (a
    non-word character, a line or text edge, ``\\b``): True or False, or None for
    ``\\W*``-like nodes that may match nothing (then the node beyond them decides).

    A group is judged by its last node (its first, backward): an optional group that ends
    with ``\\s+`` leaves a word edge after it wherever it matches. A lookbehind that ends
    with a non-word character puts a word edge after it."""
    if op is _c.AT:
        return av in (
            _c.AT_BEGINNING, _c.AT_BEGINNING_LINE, _c.AT_BEGINNING_STRING, _c.AT_BOUNDARY,
            _c.AT_END, _c.AT_END_LINE, _c.AT_END_STRING,
        )
    if op is _c.LITERAL:
        return not _is_word_character(av)
    if op is _c.IN:
        return all(
            (kind is _c.LITERAL and not _is_word_character(value))
            or (kind is _c.CATEGORY and value in (_c.CATEGORY_NOT_WORD, _c.CATEGORY_SPACE))
            for kind, value in av
        )
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op is getattr(_c, "POSSESSIVE_REPEAT", None):
        low, _high, item = av
        inner = _sequence_edge(item, forward)
        if inner is not True:
            return None if inner is None else False
        return True if low >= 1 else None
    if op is _c.SUBPATTERN:
        return _sequence_edge(av[-1], forward)
    if op is _c.BRANCH:
        edge: bool | None = True
        for branch in av[1]:  # most branches of a phrase table fail at their first word
            inner = _sequence_edge(branch, forward)
            if inner is False:
                return False
            if inner is None:
                edge = None
        return edge
    if op is _c.ASSERT and forward and av[0] < 0:  # a lookbehind: what precedes its end
        return _sequence_edge(av[1], True) is True
    return False


def _sequence_edge(items: Any, forward: bool) -> bool | None:
    """:func:`_is_word_edge` of a sequence of nodes: that of its last node (its first,
    backward) that decides, None if none does."""
    for op, av in reversed(items) if forward else items:
        edge = _is_word_edge(op, av, forward)
        if edge is not None:
            return edge
    return None


def _edges(items: list[Any], left: bool, right: bool) -> tuple[list[bool], list[bool]]:
    """For each node of a sequence, whether a word edge lies just before it and just after
    it (``left``/``right``: whether one lies before and after the whole sequence)."""
    n = len(items)
    before = [False] * n
    state = left
    for k in range(n):
        before[k] = state
        op, av = items[k]
        edge = _is_word_edge(op, av, True)
        state = state if edge is None else edge
    after = [False] * n
    state = right
    for k in range(n - 1, -1, -1):
        after[k] = state
        op, av = items[k]
        edge = _is_word_edge(op, av, False)
        state = state if edge is None else edge
    return before, after


def _sequence(items: Any, left: bool = False, right: bool = False) -> Literals | None:
    """The literals a sequence of nodes needs: those of its most selective part."""
    items = list(items)
    before, after = _edges(items, left, right)
    options: list[Literals] = []
    run: list[str] = []
    run_left = False
    for k, (op, av) in enumerate(items):
        if op is _c.LITERAL:
            if not run:
                run_left = before[k]
            run.append(chr(av))
            if k + 1 == len(items) or items[k + 1][0] is not _c.LITERAL:
                options.append(frozenset({_literal("".join(run), run_left, after[k])}))
                run = []
            continue
        needed = _node(op, av, before[k], after[k])
        if needed is not None:
            options.append(needed)
    return _best(options)


def _node(op: Any, av: Any, left: bool, right: bool) -> Literals | None:
    """The literals one node needs (None: it can match without any)."""
    if op is _c.BRANCH:
        union: set[Literal] = set()
        for branch in av[1]:
            needed = _sequence(branch, left, right)
            if needed is None:
                return None
            union |= needed
        return frozenset(union)
    if op is _c.SUBPATTERN:
        return _sequence(av[-1], left, right)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op is getattr(_c, "POSSESSIVE_REPEAT", None):
        low, high, item = av
        if low < 1:
            return None
        # The first repetition starts where the node starts (so the edge before the node is
        # its own); only a single one also ends where the node ends.
        once = low == high == 1
        return _sequence(item, left, right and once)
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _sequence(av, left, right)
    if op is _c.IN and av and all(kind is _c.LITERAL for kind, _ in av):
        # a class of literal characters: [/|]
        return frozenset(_literal(chr(code), left, right) for _, code in av)
    return None


@lru_cache(maxsize=256)
def literal_words(pattern: regex.Pattern[str]) -> tuple[Literal, ...] | None:
    """Case-folded literals at least one of which every match of ``pattern`` contains, each
    with the word the text must then hold (see :class:`Literal`), or None when the pattern
    has no such set worth searching for.

    Every line that holds a match holds one of the literals (case-folded): the pattern needs
    to run only on those. Patterns the standard parser cannot read get None (no prefilter).

    >>> literal_words(regex.compile(r"^\\W*photos?:"))
    (Literal(text='photo', token='photo', whole=False),)
    >>> literal_words(regex.compile(r"\\bgetty images\\b", regex.I))
    (Literal(text='getty images', token='images', whole=True),)
    """
    return _source_literals(pattern.pattern)


@lru_cache(maxsize=1024)
def _source_literals(pattern_source: str) -> tuple[Literal, ...] | None:
    """:func:`literal_words` of a pattern's source (no compiled pattern needed)."""
    source = _PROPERTY_RE.sub(r"\\w", pattern_source)
    try:
        tree = _p.parse(source, 0)
    except _c.error:  # syntax only the regex module knows: no prefilter
        return None
    needed = _sequence(tree)
    if needed is None or len(needed) > MAX_LITERALS:
        return None
    folded = {
        Literal(lit.text.casefold(), lit.token.casefold() if lit.token else None, lit.whole)
        for lit in needed
    }
    if any(not lit.text.strip() or "\n" in lit.text for lit in folded):
        return None
    return tuple(sorted(folded, key=lambda lit: (lit.text, lit.token or "", lit.whole)))


class LiteralIndex(NamedTuple):
    """:func:`literal_words` of a pattern arranged for the search in a document: the literals
    that need a whole word, by that word; those that need a word to start with a prefix, each
    after that prefix (see :meth:`~newsclean.search.BlockSearch._has_word_starting`); and
    those that need no word, ASCII ones apart from those with a non-ASCII character (each
    with its first non-ASCII character, which a text must hold first). ``covered`` pairs a
    literal searched for with each literal left out because it holds that one (see
    :func:`literal_index`)."""

    words: frozenset[str]
    by_word: dict[str, tuple[str, ...]]
    prefixes: tuple[tuple[str, str], ...]
    ascii_plain: tuple[str, ...]
    gated_plain: tuple[tuple[str, str], ...]
    covered: tuple[tuple[str, str], ...] = ()


def _gate(literal: Literal) -> tuple[str, str] | None:
    """What a document needs before a literal is searched for in it (see
    :class:`LiteralIndex`): nothing (None), the literal's whole word, a word starting with
    its word, or its first non-ASCII character."""
    if literal.token is None:
        first = _first_non_ascii(literal.text)
        return None if first is None else ("char", first)
    return ("word" if literal.whole else "prefix", literal.token)


@lru_cache(maxsize=256)
def literal_index(pattern: regex.Pattern[str]) -> LiteralIndex | None:
    """:func:`literal_words` of ``pattern`` as a :class:`LiteralIndex` (None as there).

    A literal that holds another one searched for whenever it would be (one that needs
    nothing, or the same word or character) is found on that one's lines: it is not searched
    for itself (``leserkommentar`` holds ``kommentar``), and is paired with it in
    ``covered``, so that its alternatives are tried there.

    >>> literal_index(regex.compile(r"\\bgetty images\\b|^\\W*photos?:|©|\\d/\\d"))
    LiteralIndex(words=frozenset({'images'}), by_word={'images': ('getty images',)}, prefixes=(('photo', 'photo'),), ascii_plain=('/',), gated_plain=(('©', '©'),), covered=())
    >>> literal_index(regex.compile(r"kommentare?|leserkommentare?")).covered
    (('kommentar', 'leserkommentar'),)
    """
    literals = literal_words(pattern)
    if literals is None:
        return None
    gates = {lit: _gate(lit) for lit in literals}
    by_gate: dict[tuple[str, str] | None, list[Literal]] = {}
    for lit in literals:
        by_gate.setdefault(gates[lit], []).append(lit)

    def coverers(lit: Literal) -> list[Literal]:
        """The other literals that ``lit`` holds and that are searched for whenever it would
        be: those that need nothing, and those that need what it needs."""
        pool = by_gate.get(None, [])
        if gates[lit] is not None:
            pool = pool + by_gate[gates[lit]]
        return [other for other in pool if other != lit and other.text in lit.text]

    cover = {lit: coverers(lit) for lit in literals}
    kept = [lit for lit in literals if not cover[lit]]
    covered = tuple(
        (other.text, lit.text) for lit in literals for other in cover[lit] if not cover[other]
    )
    by_word: dict[str, list[str]] = {}
    prefixes, ascii_plain, gated_plain = [], [], []
    for text, word, whole in kept:
        if word is None:
            first = _first_non_ascii(text)
            if first is None:
                ascii_plain.append(text)
            else:
                gated_plain.append((first, text))
        elif whole:
            by_word.setdefault(word, []).append(text)
        else:
            prefixes.append((word, text))
    return LiteralIndex(
        frozenset(by_word), {w: tuple(t) for w, t in by_word.items()}, tuple(prefixes),
        tuple(ascii_plain), tuple(gated_plain), covered,
    )


def _first_non_ascii(text: str) -> str | None:
    """The first non-ASCII character of ``text`` (None if there is none).

    >>> _first_non_ascii("pubblicità"), _first_non_ascii("menu")
    ('à', None)
    """
    return next((c for c in text if not c.isascii()), None)


# An inline flag that holds for the rest of the pattern (``(?i)``, ``(?-i)``), not for a group
# only: with one, the branches of a pattern cannot be taken apart. Matches "(?i)"; not "(?i:".
GLOBAL_FLAG_RE = regex.compile(r"\(\?[a-zA-Z^-]+\)")


def split_branches(source: str, nested_sets: bool = True) -> list[str]:
    """The top-level alternatives of a pattern's source: it split at each ``|`` outside
    groups, character classes and escapes (``nested_sets``: ``[`` in a class opens a set
    within it, as in the ``regex`` module's VERSION1).

    >>> split_branches(r"^\\W*(?:a|b)|[|\\]]x|c\\|d")
    ['^\\\\W*(?:a|b)', '[|\\\\]]x', 'c\\\\|d']
    """
    parts: list[str] = []
    depth = in_class = 0
    start = i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class -= 1
            elif c == "[" and nested_sets:
                in_class += 1
        elif c == "[":
            in_class = 1
            i += 1
            if source.startswith("^", i):
                i += 1
            if source.startswith("]", i):  # a "]" first in a class is the character
                i += 1
            continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:  # not a whole pattern: leave it in one piece
                return [source]
        elif c == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    return parts


# A pattern that is one group between zero-width assertions: ``\b(?:a|b)``. Its alternatives
# are those of the group, each between the same assertions: ``\b(?:a)|\b(?:b)`` finds the
# same first match, since an assertion matches in one way only.
_WRAPPED_RE = regex.compile(r"((?:\\b|\^|\\A)*)\(\?:(.*)\)((?:\\b|\$|\\Z)*)", regex.DOTALL)
# A branch that is one group from a line's start to its end, marks or spaces around it:
# ``^\W*(?:a|b)\W*$`` (a header or a button alone on its line). ``^\W*(?:a)\W*$|^\W*(?:b)\W*$``
# finds the same first match in a text of one line, though ``\W*`` matches in more ways
# than one: any match there starts at the text's start and ends at its end. In a text of
# several lines an alternative may run on to another line's end, and the first match may be
# another alternative's (see BranchIndex.one_line).
_LINE_WRAPPED_RE = regex.compile(
    r"(\^(?:\\W\*|\\s\*)?)\(\?:(.*)\)((?:\\W\*|\\s\*)?\$)", regex.DOTALL
)


def _unwrapped(part: str, wrapper: regex.Pattern[str], nested_sets: bool) -> list[str]:
    """The alternatives of the group that ``wrapper`` finds ``part`` to be, each in the same
    wrapping (``part`` alone where it is no such group, or the group has one)."""
    wrapped = wrapper.fullmatch(part)
    if wrapped is None:
        return [part]
    before, inner, after = wrapped.groups()
    inner_parts = split_branches(inner, nested_sets)
    if len(inner_parts) < 2:
        return [part]
    return [f"{before}(?:{inner_part}){after}" for inner_part in inner_parts]


def _alternatives(source: str, nested_sets: bool) -> tuple[list[str], bool]:
    """The alternatives of a pattern: its top-level branches, one level deep in a group
    between zero-width assertions (the whole pattern) or from a line's start to its end (any
    branch); and whether a branch was a line's (then they find the pattern's first match in a
    text of one line only: see :data:`_LINE_WRAPPED_RE`).

    >>> _alternatives(r"\\b(?:donate|chip in)\\b", True)
    (['\\\\b(?:donate)\\\\b', '\\\\b(?:chip in)\\\\b'], False)
    >>> _alternatives(r"^\\W*(?:related|more)\\W*$|©", True)
    (['^\\\\W*(?:related)\\\\W*$', '^\\\\W*(?:more)\\\\W*$', '©'], True)
    """
    parts = split_branches(source, nested_sets)
    if len(parts) == 1:
        whole = _unwrapped(source, _WRAPPED_RE, nested_sets)
        if len(whole) > 1:
            return whole, False
    split = [_unwrapped(part, _LINE_WRAPPED_RE, nested_sets) for part in parts]
    return [alternative for found in split for alternative in found], any(
        len(found) > 1 for found in split
    )


class BranchIndex(NamedTuple):
    """A pattern's top-level alternatives, and for each of its required literals the
    alternatives (a bit each) that need it: an alternative can only match in a text holding
    one of its own literals."""

    sources: tuple[str, ...]
    masks: dict[str, int]
    everything: int
    #: Whether the alternatives find the pattern's first match in a text of one line only
    #: (a branch from a line's start to its end was taken apart: see _LINE_WRAPPED_RE).
    one_line: bool = False


#: Flags under which an alternation is not tried alternative by alternative, leftmost first.
_NOT_LEFTMOST_FIRST = regex.VERBOSE | regex.POSIX | regex.REVERSE


@lru_cache(maxsize=256)
def branch_index(pattern: regex.Pattern[str]) -> BranchIndex | None:
    """:class:`BranchIndex` of ``pattern``, or None where the pattern has one alternative, or
    where its alternatives' literals (each read alone) are not exactly :func:`literal_words`
    of the whole (then no alternative can be left out safely).

    >>> ix = branch_index(regex.compile(r"\\bgetty images\\b|^\\W*photos?:|©"))
    >>> ix.sources, ix.masks, ix.everything
    (('\\\\bgetty images\\\\b', '^\\\\W*photos?:', '©'), {'getty images': 1, 'photo': 2, '©': 4}, 7)
    """
    source = pattern.pattern
    if pattern.flags & _NOT_LEFTMOST_FIRST or GLOBAL_FLAG_RE.search(source):
        return None
    whole = literal_words(pattern)
    parts, one_line = _alternatives(source, bool(pattern.flags & regex.VERSION1))
    if whole is None or len(parts) < 2:
        return None
    masks: dict[str, int] = {}
    union: set[Literal] = set()
    for bit, part in enumerate(parts):
        literals = _source_literals(part)  # None too where the split cut a construct apart
        if literals is None:
            return None
        union.update(literals)
        for literal in literals:
            masks[literal.text] = masks.get(literal.text, 0) | 1 << bit
    if union != set(whole):
        return None
    return BranchIndex(tuple(parts), masks, (1 << len(parts)) - 1, one_line)


@lru_cache(maxsize=4096)
def alternatives(pattern: regex.Pattern[str], mask: int) -> tuple[regex.Pattern[str], ...]:
    """The alternatives of :func:`branch_index` whose bits are in ``mask``, each compiled
    alone, in their order (``pattern`` itself for all of them, or without an index).

    In a text where the others cannot match, the first match of ``pattern`` is the leftmost
    of these alternatives' first matches, the earliest alternative where two start at the same
    place: that is how an alternation is tried (see :func:`~newsclean.search.first_match`);
    where the index is ``one_line``, in a text of one line (a search of a text of several
    lines asks for all of them: ``pattern`` itself).
    Each is compiled once, when first asked for; no pattern is made per combination.

    >>> pattern = regex.compile(r"\\bgetty images\\b|^\\W*photos?:|©")
    >>> [p.pattern for p in alternatives(pattern, 0b101)]
    ['\\\\bgetty images\\\\b', '©']
    >>> alternatives(pattern, 0b111) == (pattern,)
    True
    """
    index = branch_index(pattern)
    if index is None or mask == index.everything:
        return (pattern,)
    try:
        return tuple(
            _compiled(source, pattern.flags)
            for bit, source in enumerate(index.sources) if mask >> bit & 1
        )
    except regex.error:  # pragma: no cover - an alternative the regex module rejects alone
        return (pattern,)


@lru_cache(maxsize=4096)
def _compiled(source: str, flags: int) -> regex.Pattern[str]:
    """One alternative compiled alone, once per process."""
    return regex.compile(source, flags)


def required_literals(pattern: regex.Pattern[str]) -> frozenset[str] | None:
    """The texts of :func:`literal_words`: every match holds one of them (case-folded).

    >>> sorted(required_literals(regex.compile(r"(?:sign|log) in to (?:comment|reply)")))
    [' in to ']
    >>> required_literals(regex.compile(r"news(?:letter)?s?\\W*$", regex.I))
    frozenset({'news'})
    """
    literals = literal_words(pattern)
    return None if literals is None else frozenset(lit.text for lit in literals)
