"""The literal search behind :meth:`BlockContext.find <newsclean.context.BlockContext.find>`:
which blocks a rule's pattern is found in, without running the pattern on every block.

A pattern's required literals (see :mod:`newsclean.prefilter`) are looked for in the
blocks that hold the word a literal needs (a document's words are indexed once), or, for a
literal that needs no word, in one case-folded text of the short blocks, a block a line; the
pattern then runs only on the blocks that hold one, and only its alternatives whose literals
they hold. A pattern without literals runs once over that text, with ``^`` and ``$`` at
line ends (:func:`multiline`).
"""

from __future__ import annotations

import heapq
import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import accumulate, chain, compress, count, filterfalse
from operator import itemgetter, ne
from typing import NamedTuple

import regex

from .features import KEEP_GIL, NON_ASCII_RUN_RE, Features
from .prefilter import LiteralIndex, alternatives, branch_index, literal_index

__all__ = ["MAX_SEARCHED_WORDS", "BlockSearch", "first_match", "multiline", "search_block"]

#: Runs of marks or spaces at a line's edge, and the same runs kept inside the line. With
#: ``^`` at every line start, ``^\W*`` would read on through the lines below (a newline is a
#: mark), from each of them: quadratic in a block of many short lines. Inside one line they
#: match the same lines (whatever a run across lines reaches, the next line's start reaches).
_LINE_EDGES = (
    (r"^\W*", r"^[^\w\n]*"), (r"^\s*", r"^[^\S\n]*"),
    (r"\W*$", r"[^\w\n]*$"), (r"\s*$", r"[^\S\n]*$"),
)


@lru_cache(maxsize=256)
def multiline(pattern: regex.Pattern[str], anchored: bool) -> regex.Pattern[str]:
    """``pattern`` with ``^``/``$`` at line ends (and anchored at line starts if asked);
    runs of marks or spaces next to ``^`` and ``$`` stay inside their line (see
    :data:`_LINE_EDGES`).

    >>> print(multiline(regex.compile(r"^\\W*(?:share)\\W*$"), False).pattern)
    ^[^\\w\\n]*(?:share)[^\\w\\n]*$
    """
    source = pattern.pattern
    for edge, inside_line in _LINE_EDGES:
        source = source.replace(edge, inside_line)
    if anchored:
        source = f"^(?:{source})"
    return regex.compile(source, pattern.flags | regex.MULTILINE)


def search_block(
    pattern: regex.Pattern[str], text: str, anchored: bool
) -> regex.Match[str] | None:
    """The first match of ``pattern`` in one block's ``text``, ``^`` and ``$`` at its line
    ends (and only at a line start if ``anchored``). A one-line block needs no MULTILINE
    variant of the pattern: the pattern itself, matched at the start if anchored (keeping
    the GIL: see :data:`~newsclean.features.KEEP_GIL`)."""
    if "\n" in text:
        return multiline(pattern, anchored).search(text, None, None, KEEP_GIL)
    if anchored:
        return pattern.match(text, None, None, KEEP_GIL)
    return pattern.search(text, None, None, KEEP_GIL)


def first_match(
    patterns: Sequence[regex.Pattern[str]], text: str, anchored: bool = False
) -> regex.Match[str] | None:
    """The first match in one block's ``text`` (see :func:`search_block`) of the
    alternation of ``patterns``: the leftmost of their first matches, and of two that start
    at the same place the earlier pattern's, as an alternation tries its alternatives.

    >>> a, b = regex.compile("pho"), regex.compile(r"\\bph\\w+")
    >>> first_match([a, b], "a photo").group(), first_match([b, a], "a photo").group()
    ('pho', 'photo')
    >>> first_match([regex.compile("photo"), b], "a phone and a photo").group()
    'phone'
    """
    if len(patterns) == 1:
        return search_block(patterns[0], text, anchored)
    best = None
    for pattern in patterns:
        m = search_block(pattern, text, anchored)
        if m is not None and (best is None or m.start() < best.start()):
            best = m
    return best


#: The most words of a block that :meth:`BlockContext.find` looks for literals in: in one
#: case-folded text of such blocks, whatever a rule's own limit (the blocks found are then
#: held to it; a text per limit cost more to build than the searches it shortened). A block
#: of more words (a paragraph) is not indexed: a search that asks for such blocks runs its
#: pattern on every block (no rule does).
MAX_SEARCHED_WORDS = 80


#: Characters of a block without a word that :meth:`BlockSearch.find` searches at most (a
#: rule of dashes, a ``©`` line; a longer one is marks alone, which no pattern names).
MAX_WORDLESS_CHARS = 1000

#: A word character, as a block's words are runs of them (see :mod:`newsclean.features`).
_WORD_CHARACTER_RE = regex.compile(r"\w")

#: The size :meth:`BlockContext._short_text` gives a block without a word: more than any limit.
_WORDLESS_SIZE = sys.maxsize + 1


@lru_cache(maxsize=1)
def _length_changing_re() -> re.Pattern[str]:
    """A character whose case folding is not one character (``ß``, ``İ``, ``ﬁ``...): all of
    them lie below U+10000 (tests/test_prefilter.py checks every code point)."""
    odd = "".join(chr(c) for c in range(0x10000) if len(chr(c).casefold()) != 1)
    return re.compile("[" + re.escape(odd) + "]")


class _SearchPlan(NamedTuple):
    """How :meth:`BlockContext._candidate_blocks` looks for a pattern's literals, made once
    per pattern: its :class:`~newsclean.prefilter.LiteralIndex`, and each literal's
    alternatives as bits (see prefilter.alternatives) with all the bits; a pattern without a
    branch index runs whole on every line found (then no masks, all 0). ``by_character``:
    the literals with a character outside ASCII, by their first such character (the index's
    ``gated_plain``), and ``characters`` those characters. ``one_line``: the alternatives
    find the pattern's first match in a block of one line only (see the branch index's
    ``one_line``). ``wordless``: the literals without a word character, the only ones a
    block without one can hold (see :meth:`BlockSearch.find`)."""

    literals: LiteralIndex
    masks: dict[str, int]
    everything: int
    by_character: dict[str, tuple[str, ...]]
    characters: frozenset[str]
    one_line: bool
    wordless: tuple[str, ...]


@lru_cache(maxsize=256)
def _search_plan(pattern: regex.Pattern[str]) -> _SearchPlan | None:
    """The :class:`_SearchPlan` of ``pattern`` (None where it has no literal index)."""
    index = literal_index(pattern)
    if index is None:
        return None
    grouped: dict[str, list[str]] = {}
    for character, literal in index.gated_plain:
        grouped.setdefault(character, []).append(literal)
    by_character = {c: tuple(literals) for c, literals in grouped.items()}
    # (a literal that needs a word has one: only those that need none may have none)
    plain = (*index.ascii_plain, *(literal for _, literal in index.gated_plain))
    wordless = tuple(literal for literal in plain if _WORD_CHARACTER_RE.search(literal) is None)
    branches = branch_index(pattern)
    if branches is None:
        return _SearchPlan(
            index, {}, 0, by_character, frozenset(by_character), False, wordless
        )
    # Where a literal is found, the alternatives of the literals it stands for (those that
    # hold it, not searched for: see literal_index) may match too.
    masks = dict(branches.masks)
    for found, covered in index.covered:
        masks[found] |= branches.masks[covered]
    return _SearchPlan(
        index, masks, branches.everything, by_character, frozenset(by_character),
        branches.one_line, wordless,
    )


@dataclass(eq=False)
class BlockSearch:
    """Finding patterns in a document's blocks (made once per document, by its
    :class:`~newsclean.context.BlockContext`); the texts it searches are built when first
    needed and kept."""

    features: Sequence[Features]
    #: Every block's text, by index (the context's list: see
    #: :attr:`~newsclean.context.BlockContext.texts`).
    texts: Sequence[str]
    #: What :meth:`_short_lines` made, by word limit (an int key: a key made per call, such
    #: as an f-string, costs more than the lookup it serves).
    lines_by_limit: dict[int, tuple[list[int], list[int]]] = field(default_factory=dict)

    @cached_property
    def _wordless(self) -> list[int]:
        """The blocks without a word character (``—``, ``* * *``, ``©``), which :meth:`find`
        searches one by one: in one scan, a pattern's ``\\W*`` would run on through a long
        series of them from each of their starts (quadratic time). Not those longer than
        :data:`MAX_WORDLESS_CHARS`: no pattern names such a block, and each would read all
        of it (a megabyte of quotes, once per pattern)."""
        texts = self.texts
        return [i for i, f in enumerate(self.features)
                if not f.words and len(texts[i]) <= MAX_WORDLESS_CHARS]

    @cached_property
    def _sizes(self) -> tuple[list[int], list[int]]:
        """Every block's word count as :meth:`_short_lines` chooses by (a block without a
        word counts as longer than any limit: :meth:`find` searches it alone), and its text's
        length as a line (with the newline after it), the same for every limit."""
        sizes = [f.n_words or _WORDLESS_SIZE for f in self.features]
        return sizes, [len(text) + 1 for text in self.texts]

    def _short_lines(self, max_words: int) -> tuple[list[int], list[int]]:
        """The blocks of at most ``max_words`` words (and a word character at least), as the
        lines of a text of them, one a line: each line's block index and start offset
        (computed once per length limit; the text itself is :meth:`_short_text`, and
        :attr:`_folded` for :data:`MAX_SEARCHED_WORDS`)."""
        cached = self.lines_by_limit.get(max_words)
        if cached is None:
            sizes, line_lengths = self._sizes
            # Plain comprehensions: a bound method mapped over the blocks (max_words.__ge__)
            # costs a call per block, several times the comparison itself.
            chosen = [i for i, size in enumerate(sizes) if size <= max_words]
            starts = list(accumulate([line_lengths[i] for i in chosen], initial=0))
            starts.pop()  # the offset after the last line
            cached = self.lines_by_limit[max_words] = (chosen, starts)
        return cached

    def _short_text(self, max_words: int) -> tuple[str, list[int], list[int]]:
        """The text of :meth:`_short_lines`, with their block indices and start offsets."""
        chosen, starts = self._short_lines(max_words)
        return "\n".join(map(self.texts.__getitem__, chosen)), chosen, starts

    def find(
        self, pattern: regex.Pattern[str], max_words: int, *, anchored: bool = False
    ) -> Iterator[tuple[int, regex.Match[str], int]]:
        """The blocks of at most ``max_words`` words in which ``pattern`` is found.

        The pattern runs on the blocks that hold one of its required literals (see
        :mod:`newsclean.prefilter`), or, for a pattern without any (or a search for blocks
        longer than :data:`MAX_SEARCHED_WORDS`), in one scan over the short blocks'
        texts, one block a line; ``^`` and ``$`` in the pattern mean the start and end of a
        block (or of a line in it). Yields the block index, the first match in that block
        and the offset of the block's text in the string the match was found in (so
        ``match.start() - offset`` is the position in the block).

        >>> from newsclean.context import BlockContext
        >>> from newsclean.document import Block
        >>> ctx = BlockContext([Block(0, 0, 2, "ab", "ab"), Block(1, 3, 5, "cd", "cd")]).search
        >>> [(i, m.group(), m.start() - off) for i, m, off in ctx.find(regex.compile(r"[bc]"), 5)]
        [(0, 'b', 1), (1, 'c', 0)]
        >>> [(i, m.group(), m.start() - off) for i, m, off in ctx.find(regex.compile(r"\\w\\b"), 5)]
        [(0, 'b', 1), (1, 'd', 1)]
        """
        scanned = self._scan(max_words, pattern, anchored)
        wordless = self._wordless_holding(pattern)
        if not wordless:
            yield from scanned
            return
        # (found first: most patterns match none of them, and then nothing is merged)
        alone = [(i, m, 0) for i in wordless if self.features[i].n_words <= max_words
                 and (m := search_block(pattern, self.texts[i], anchored)) is not None]
        yield from heapq.merge(scanned, alone, key=itemgetter(0)) if alone else scanned

    def _wordless_holding(self, pattern: regex.Pattern[str]) -> list[int]:
        """The blocks without a word character (:attr:`_wordless`) that hold, case-folded,
        one of ``pattern``'s literals without a word character: no other literal can be in
        them, since no character without a word character has one in its case folding
        (tests/test_search.py checks every code point). All of them for a pattern without
        literals. Most patterns' literals are words: their pattern does not run on a rule of
        dashes or a ``©`` line, nor is it compiled for one (see :mod:`newsclean.lazy_pattern`).

        >>> from newsclean.context import BlockContext
        >>> from newsclean.document import Block
        >>> search = BlockContext([Block(0, 0, 1, "—", "—"), Block(1, 2, 3, "©", "©")]).search
        >>> search._wordless_holding(regex.compile(r"\\bshare\\b|©")), search._wordless
        ([1], [0, 1])
        >>> search._wordless_holding(regex.compile(r"\\bshare\\b"))
        []
        """
        wordless = self._wordless
        if not wordless:
            return wordless
        plan = _search_plan(pattern)
        if plan is None:
            return wordless
        literals = plan.wordless
        if not literals:
            return []
        texts = self.texts
        return [i for i in wordless if any(map(texts[i].casefold().__contains__, literals))]

    @cached_property
    def _folded_texts(self) -> tuple[list[str], frozenset[int]]:
        """The text case-folded of every block of up to :data:`MAX_SEARCHED_WORDS`
        words, which rules search (``""`` for the others: paragraphs, most of a page's
        text, need no folded copy), and the blocks where folding would change the length of
        a character (``ß`` to ``ss``): there each such character stands as one placeholder,
        so positions agree, and :meth:`find` searches the block in any case."""
        texts, sizes = self.texts, self._sizes[0]
        limit = MAX_SEARCHED_WORDS
        short = [text if size <= limit else "" for text, size in zip(texts, sizes, strict=True)]
        folded = list(map(str.casefold, short))
        odd = frozenset(compress(count(), map(ne, map(len, short), map(len, folded))))
        if odd:
            placeholder = _length_changing_re().sub
            for i in odd:
                folded[i] = placeholder("\x00", texts[i]).casefold()
        return folded, odd

    @cached_property
    def _folded(self) -> str:
        """The case-folded :meth:`_short_text` of the blocks of up to
        :data:`MAX_SEARCHED_WORDS` words (a block whose folding changes its length with
        placeholders, as in :attr:`_folded_texts`)."""
        chosen = self._short_lines(MAX_SEARCHED_WORDS)[0]
        return "\n".join(map(self._folded_texts[0].__getitem__, chosen))

    @cached_property
    def _characters(self) -> frozenset[str]:
        """The characters outside ASCII of the blocks' case-folded texts (see
        :data:`~newsclean.features.NON_ASCII_RUN_RE`), gathered once: a literal that needs
        one the document lacks is not looked for (a page in English holds no Chinese or
        Italian formula), decided by a set lookup rather than a scan of the text per literal
        (a related-list pattern has a hundred such literals)."""
        marked = "\n".join(filterfalse(str.isascii, self._folded_texts[0]))
        return frozenset("".join(NON_ASCII_RUN_RE.findall(marked, None, None, False, KEEP_GIL)))

    @cached_property
    def _word_blocks(self) -> dict[str, list[int]]:
        """The document's words, case-folded, each with the blocks that hold it, in order:
        where a literal that needs a word is looked for (see :meth:`_candidate_blocks`).
        Only the blocks of up to :data:`MAX_SEARCHED_WORDS` words, which rules search.

        >>> from newsclean.context import BlockContext
        >>> from newsclean.document import Block
        >>> search = BlockContext([Block(0, 0, 8, "Read on", "Read on"),
        ...                        Block(1, 9, 21, "read or not", "read or not")]).search
        >>> sorted(search._word_blocks.items())
        [('not', [1]), ('on', [0]), ('or', [1]), ('read', [0, 1])]
        """
        blocks: dict[str, list[int]] = {}
        holders = blocks.get  # (not setdefault: that makes a list for every word it finds)
        sizes = self._sizes[0]
        for i, f in enumerate(self.features):
            if sizes[i] > MAX_SEARCHED_WORDS:
                continue  # a paragraph no rule's pattern is looked for in (see find)
            # (each block once per word: blocks come in order, so the word's last holder
            # tells; no set of the block's words is made)
            for word in map(str.casefold, f.words):
                found = holders(word)
                if found is None:
                    blocks[word] = [i]
                elif found[-1] != i:
                    found.append(i)
        return blocks

    @cached_property
    def _vocabulary(self) -> list[str]:
        """The document's words, case-folded, sorted: where the words that start with a
        prefix stand together, from the place the prefix would take. (As a set, the word
        index's keys serve: a view of them, intersected with a pattern's words, reads only
        those.)"""
        return sorted(self._word_blocks)

    def holding(self, words: frozenset[str]) -> list[int]:
        """The blocks of up to :data:`MAX_SEARCHED_WORDS` words that hold one of
        ``words`` (case-folded) as a word, in order: where a rule that reads a block's words
        against a word list (a share bar's) need look, found in the word index rather than
        by a test of every block.

        >>> from newsclean.context import BlockContext
        >>> from newsclean.document import Block
        >>> search = BlockContext([Block(0, 0, 8, "Share on", "Share on"),
        ...                        Block(1, 9, 13, "Tweet", "Tweet"),
        ...                        Block(2, 14, 22, "It rained.", "It rained.")]).search
        >>> search.holding(frozenset({"tweet", "share"})), search.holding(frozenset({"email"}))
        ([0, 1], [])
        """
        word_blocks = self._word_blocks
        held = [word_blocks[word] for word in word_blocks.keys() & words]
        if len(held) == 1:
            return list(held[0])
        return sorted(set(chain.from_iterable(held)))

    def _has_word_starting(self, prefix: str) -> bool:
        """Whether a word of the document, case-folded, starts with ``prefix``.

        >>> from newsclean.context import BlockContext
        >>> from newsclean.document import Block
        >>> search = BlockContext([Block(0, 0, 15, "Photos: Jo Lee", "Photos: Jo Lee")]).search
        >>> search._has_word_starting("photo"), search._has_word_starting("phone")
        (True, False)
        """
        ordered = self._vocabulary
        at = bisect_left(ordered, prefix)
        return at < len(ordered) and ordered[at].startswith(prefix)

    def _candidate_blocks(
        self, pattern: regex.Pattern[str], max_words: int
    ) -> list[tuple[int, tuple[regex.Pattern[str], ...]]] | None:
        """The blocks of at most ``max_words`` words that hold one of ``pattern``'s required
        literals (sorted), each with the patterns to run there (see :func:`first_match`):
        only the alternatives of ``pattern`` whose own literals the block holds (see
        :func:`~newsclean.prefilter.alternatives`). None when the pattern has no literals
        (then every block is one).

        A literal that needs no word is searched for in the case-folded text of the blocks
        of up to :data:`MAX_SEARCHED_WORDS` words (one text serves every rule), and the
        blocks found are then held to ``max_words``. One that needs a whole word, or a word
        that starts with its own, is looked for only in the blocks that hold such a word
        (:attr:`_word_blocks`): a search of the whole text for each would read a long page
        once per literal, and most literals are of that kind."""
        plan = _search_plan(pattern)
        if plan is None or max_words > MAX_SEARCHED_WORDS:
            return None  # (longer blocks are not indexed: the pattern runs on them all)
        index, masks, everything, by_character, needed, one_line, _ = plan
        # (a block's size is its word count, and more than any limit for a block without a
        # word: a list read, not a field of a named tuple)
        sizes = self._sizes[0]
        # The blocks found, by index, each with the bits of its alternatives to try: first
        # those searched in any case (see _folded_texts).
        texts, odd = self._folded_texts
        found: dict[int, int] = dict.fromkeys(
            (i for i in odd if sizes[i] <= max_words), everything
        ) if odd else {}
        literals = index.ascii_plain
        if needed:
            # A literal with a non-ASCII character (关于我们, pubblicità), where the document
            # has that character.
            present = needed.intersection(self._characters)
            if present:
                literals = (*literals, *(lit for c in present for lit in by_character[c]))
        if literals:
            chosen, starts = self._short_lines(MAX_SEARCHED_WORDS)
            folded = self._folded
            n_lines = len(starts)
            for literal in literals:
                at = folded.find(literal)
                mask = masks.get(literal, everything)
                while at != -1:
                    line = bisect_right(starts, at) - 1
                    i = chosen[line]
                    found[i] = found.get(i, 0) | mask
                    if line + 1 >= n_lines:
                        break
                    at = folded.find(literal, starts[line + 1])  # on to the next line
        ordered = self._vocabulary
        # A literal that needs a whole word cannot occur where the word is not: only in the
        # blocks that hold it (none where the document lacks it).
        word_blocks = self._word_blocks
        for word in word_blocks.keys() & index.words:
            holders = [i for i in word_blocks[word] if sizes[i] <= max_words]
            for literal in index.by_word[word]:
                mask = masks.get(literal, everything)
                for i in holders:
                    if literal in texts[i]:
                        found[i] = found.get(i, 0) | mask
        # A literal that needs a word to start with its own word: in the blocks that hold
        # such a word (they stand together in the sorted vocabulary).
        n_words = len(ordered)
        for head, literal in index.prefixes:
            place = bisect_left(ordered, head)
            if place == n_words or not ordered[place].startswith(head):
                continue
            mask = masks.get(literal, everything)
            while place < n_words and ordered[place].startswith(head):
                for i in word_blocks[ordered[place]]:
                    if sizes[i] <= max_words and literal in texts[i]:
                        found[i] = found.get(i, 0) | mask
                place += 1
        if not found:
            return []
        if one_line:  # a block of several lines runs the whole pattern (see _SearchPlan)
            found.update(dict.fromkeys([i for i in found if "\n" in texts[i]], everything))
        return [(i, alternatives(pattern, found[i])) for i in sorted(found)
                if sizes[i] <= max_words]

    def _scan(
        self, max_words: int, pattern: regex.Pattern[str], anchored: bool
    ) -> Iterator[tuple[int, regex.Match[str], int]]:
        """:meth:`find` over the short blocks with a word: on each block that holds one of
        the pattern's required literals (see :mod:`newsclean.prefilter`), else in one scan
        of their texts."""
        candidates = self._candidate_blocks(pattern, max_words)
        if candidates is None:
            yield from self._scan_all(multiline(pattern, anchored), max_words)
            return
        texts = self.texts
        for index, patterns in candidates:
            m = first_match(patterns, texts[index], anchored)
            if m is not None:
                yield index, m, 0

    def _scan_all(
        self, scanner: regex.Pattern[str], max_words: int
    ) -> Iterator[tuple[int, regex.Match[str], int]]:
        """:meth:`find` over the short blocks with a word, in one scan of their texts."""
        text, chosen, starts = self._short_text(max_words)
        pos = 0
        while True:
            m = scanner.search(text, pos, None, KEEP_GIL)
            if m is None:
                return
            line = bisect_right(starts, m.start()) - 1
            index = chosen[line]
            line_end = starts[line] + len(self.texts[index])
            if m.end() > line_end:  # ran past the block: look inside the block alone
                inner = scanner.search(text, m.start(), line_end, KEEP_GIL)
                if inner is not None:
                    yield index, inner, starts[line]
            else:
                yield index, m, starts[line]
            pos = line_end + 1
