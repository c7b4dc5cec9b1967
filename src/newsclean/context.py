"""What a rule may look at besides its own text: the options and document-wide facts.

Document-wide facts (the document's word counts, whether it reads as French) are computed
lazily, once per document, and only when a rule asks for them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain, compress, count, islice
from operator import attrgetter, not_

import regex

from .document import Block
from .features import Features, word_tokens
from .io.markdown import Protected
from .options import Options
from .region import Region, find_region, has_menu, is_running_text
from .registry import label_roles
from .search import BlockSearch
from .stopwords import language_of, stopword_density

__all__ = ["BlockContext", "TextContext"]


#: The document's language is told by its first words, this many.
LANGUAGE_WORDS = 5000

_CODE = attrgetter("code")  # a block's code: "" while no rule has labelled it
_TEXT = attrgetter("text")
_WORDS = attrgetter("words")








# A word, then ; : ! or ? and a space or a closing quote or bracket: with a space before the
# mark (French typography, and the habit of some writers) or without. Matches "vie !",
# "vie!", "wait ?”"; not "10:30", "a:b". (A closing quote counts: P103 takes the space
# before one out, and the mark must count the same before and after.) Both look behind
# from the mark, so a scan stops only at marks, not at every word.
_MARK_END = r"(?=[\s\"'”’»)\]]|\Z)"
_SPACED_MARK_RE = regex.compile(r"(?<=\w[^\S\n]+)[;:!?]" + _MARK_END)
_UNSPACED_MARK_RE = regex.compile(r"(?<=\w)[;:!?]" + _MARK_END)

# A word standing alone, as word_tokens() cuts words: no letter or digit (other than a CJK
# character, which is a word of its own) right before or after it.
_WORD_PART = r"[^\W\p{Han}\p{Hiragana}\p{Katakana}]"
# A word that a search for it standing alone finds exactly. Matches "while"; not "東", "a b".
_PLAIN_WORD_RE = regex.compile(f"{_WORD_PART}+")
_WORD_PART_RE = regex.compile(_WORD_PART)

#: The words :meth:`TextContext.has_word` looks for one search each (and the hits inside
#: other words a search looks past); beyond that, words are looked up in the set of the
#: document's words, gathered once (a search costs a few ns a character, the set some 50).
WORD_SEARCHES = 16


@dataclass(eq=False)
class TextContext:
    """The context text rules run in: options, and lazy facts about the whole document."""

    document_text: str
    options: Options = field(default_factory=Options)
    #: Spans of the *input* no rule may change (Markdown code, link targets...), or None.
    protected: Protected | None = None
    #: The spans of :attr:`document_text` whose habits decide the document's style
    #: (:attr:`spaces_before_marks`): the kept blocks', so that cleaning the clean text
    #: again decides alike; None for the whole document.
    style_spans: Sequence[tuple[int, int]] | None = None

    @classmethod
    def for_text(cls, text: str, options: Options | None = None) -> TextContext:
        """A context for a document (or a lone snippet, in examples)."""
        return cls(text, options or Options())

    @cached_property
    def lowered_text(self) -> str:
        """The document in lower case."""
        return self.document_text.lower()

    def has_word(self, lower_word: str) -> bool:
        """Whether a word of the document (see :func:`~newsclean.features.word_tokens`),
        lower-cased, is ``lower_word``.

        The first :data:`WORD_SEARCHES` words asked (words without a CJK character, which
        is a word of its own) are each looked for with a search of the lower-cased document,
        where the word stands between characters that cannot continue it; after that, all the
        document's words are gathered once and looked up in a set.
        So a document that asks for a few words pays a few fast searches, and one that asks
        for many pays one pass, not one each. Answers are remembered.

        >>> TextContext.for_text("While it rained, Kirby waited").has_word("kirby")
        True
        >>> TextContext.for_text("Kirbys waited").has_word("kirby")
        False
        """
        answers = self._word_answers
        known = answers.get(lower_word)
        if known is None:
            if len(answers) < WORD_SEARCHES and _PLAIN_WORD_RE.fullmatch(lower_word):
                known = self._stands_alone(lower_word)
            if known is None:
                known = lower_word in self._lower_words
            answers[lower_word] = known
        return known

    def _stands_alone(self, word: str) -> bool | None:
        """Whether ``word`` occurs in the lower-cased document with no character that could
        continue it right before or after it (found with ``str.find``); None when it has
        occurred :data:`WORD_SEARCHES` times inside other words (then the set decides)."""
        lowered = self.lowered_text
        size = len(word)
        at = lowered.find(word)
        for _ in range(WORD_SEARCHES):
            if at == -1:
                return False
            around = lowered[at - 1 : at] + " " + lowered[at + size : at + size + 1]
            if not _WORD_PART_RE.search(around):
                return True
            at = lowered.find(word, at + 1)
        return None if at != -1 else False

    @cached_property
    def _word_answers(self) -> dict[str, bool]:
        """The words :meth:`has_word` was asked for, and its answers."""
        return {}

    @cached_property
    def _lower_words(self) -> frozenset[str]:
        """The document's words, lower-cased (one call lowers them all)."""
        words = word_tokens(self.document_text)
        return frozenset("\n".join(words).lower().split("\n")) if words else frozenset()

    @cached_property
    def spaces_before_marks(self) -> bool:
        """Whether the document puts a space before ``; : ! ?`` as a rule, as French does.

        Decided by the habit of :attr:`style_spans` (the whole document where None), so it
        works for any language: more spaced marks than unspaced ones.

        >>> TextContext.for_text("Quoi ? Oui ! Non.").spaces_before_marks
        True
        >>> TextContext("Quoi ? Oui ! Non. Why? Yes!", style_spans=[(18, 27)]).spaces_before_marks
        False
        """
        text = self.document_text
        if self.style_spans is not None:  # joined only when a rule asks (P103, rarely)
            text = "\n".join([text[start:end] for start, end in self.style_spans])
        spaced = len(_SPACED_MARK_RE.findall(text))
        return spaced > len(_UNSPACED_MARK_RE.findall(text))


# A digit (any script's). Matches "2019", "٣"; not "two".
_DIGIT_RE = re.compile(r"\d")

#: :attr:`BlockContext.short_with_numbers` holds the blocks of at most this many words: a
#: dateline or a comment's time line is shorter (tests/test_rules.py checks the rules' limits),
#: and a long paragraph, most of a page's characters, need not be read for a digit.
MAX_NUMBERED_WORDS = 24

#: A block ending like a sentence with at least this many words is a sentence of the text.
MIN_SENTENCE_WORDS = 5


def _is_sentence(f: Features) -> bool:
    return is_running_text(f) or (f.terminal and f.n_words >= MIN_SENTENCE_WORDS)


@dataclass(eq=False)
class BlockContext:
    """The context block rules run in: every block, its features and the options."""

    blocks: list[Block]
    options: Options = field(default_factory=Options)
    #: Facts one rule computes and a later rule of the same family reuses, by name.
    memo: dict[str, object] = field(default_factory=dict)
    #: The input text the blocks' spans point into (for line numbers in reasons).
    source: str = ""

    def line(self, index: int) -> int:
        """The line (from 1) of the input on which block ``index`` starts, for a reason to
        point to ("the list that starts on line 12").

        >>> BlockContext([Block(0, 0, 2, "ab", "ab"), Block(1, 4, 6, "cd", "cd")],
        ...              source="ab\\n\\ncd").line(1)
        3
        """
        # Line ends counted at C speed from the nearest offset whose line is known, above
        # or below (reasons ask a few times a document; on a page of many lists, every
        # list's headlines name its first line): never from the top for each block.
        starts, lines = self._lines_known
        pos = self.blocks[index].start
        k = bisect_right(starts, pos)
        if k and starts[k - 1] == pos:
            return lines[k - 1]
        below = (starts[k - 1], lines[k - 1]) if k else (0, 1)
        if k < len(starts) and starts[k] - pos < pos - below[0]:
            line = lines[k] - self.source.count("\n", pos, starts[k])
        else:
            line = below[1] + self.source.count("\n", below[0], pos)
        starts.insert(k, pos)
        lines.insert(k, line)
        return line

    @cached_property
    def _lines_known(self) -> tuple[list[int], list[int]]:
        """The offsets of the blocks whose line :meth:`line` has counted, in order, and
        their lines."""
        return [], []

    @cached_property
    def search(self) -> BlockSearch:
        """The literal search over the blocks (see :mod:`newsclean.search`)."""
        return BlockSearch(self.features, self.texts)

    def find(
        self, pattern: regex.Pattern[str], max_words: int, *, anchored: bool = False
    ) -> Iterator[tuple[int, regex.Match[str], int]]:
        """The blocks of at most ``max_words`` words in which ``pattern`` is found: each
        block's index, the first match in it and the offset of the block's text in the
        string searched (see :meth:`BlockSearch.find <newsclean.search.BlockSearch.find>`)."""
        return self.search.find(pattern, max_words, anchored=anchored)

    def blocks_holding(self, words: frozenset[str]) -> list[int]:
        """The blocks that hold one of ``words`` (case-folded) as a word, in order, of up to
        the words the search indexes (see :meth:`BlockSearch.holding
        <newsclean.search.BlockSearch.holding>`)."""
        return self.search.holding(words)

    @cached_property
    def texts(self) -> list[str]:
        """Every block's text, by index: one list a document, which the features, the
        search, the article run and rules read (block texts do not change while rules run)."""
        return list(map(_TEXT, self.blocks))

    @cached_property
    def features(self) -> list[Features]:
        """The features of every block, by index."""
        return Features.many(self.texts)

    @cached_property
    def short_with_numbers(self) -> list[int]:
        """The blocks of at most :data:`MAX_NUMBERED_WORDS` words with a digit (a date, a
        time, a count), in order: what a dateline or a time line needs first (asked by the
        byline and comment rules)."""
        has_digit = _DIGIT_RE.search
        return [i for i, (b, f) in enumerate(zip(self.blocks, self.features, strict=True))
                if f.n_words <= MAX_NUMBERED_WORDS and has_digit(b.text)]

    @cached_property
    def lowered_text(self) -> str:
        """The blocks' texts in lower case, one a line (asked by rules that look for a
        phrase anywhere on the page)."""
        return "\n".join(self.texts).lower()

    @cached_property
    def language(self) -> str | None:
        """The document's language, by its function words (None if not one we know)."""
        words = list(islice(chain.from_iterable(map(_WORDS, self.features)), LANGUAGE_WORDS))
        return language_of("", words)

    def density(self, index: int) -> float | None:
        """The stop-word density of a block (None where the language is unknown)."""
        return stopword_density(self.features[index].words, self.language)

    @cached_property
    def region(self) -> Region:
        """The main run of article text (computed once, when a rule first asks)."""
        return find_region(self.blocks, self.features, self.density, self.texts)

    @cached_property
    def is_page(self) -> bool:
        """Whether the document is a whole scraped page rather than an extracted article.

        A page has boilerplate that an extracted article does not: a block labelled by a rule
        whose label marks a page (a footer, a share bar, a related list...; see
        ``marks_page`` in :func:`~newsclean.registry.block_rule`), or a menu (see
        :func:`~newsclean.region.has_menu`). Asked by the rules whose evidence is weak on
        its own (bylines, captions) after the strong ones ran. A Markdown document
        (``input_format="markdown"``) is one a person wrote: never a page.
        """
        if self.options.input_format == "markdown":
            return False
        roles = label_roles()
        for b in self.blocks:
            rule = roles.get(b.label) if b.code else None
            if rule is not None and rule.marks_page:
                return True
        return has_menu(self.features)

    def free(self) -> list[int]:
        """The indices of the blocks no rule has labelled yet, now (the blocks' codes read
        without a Python step per block: rules ask for this several times a document)."""
        return list(compress(count(), map(not_, map(_CODE, self.blocks))))

    def is_free(self, index: int) -> bool:
        """Whether no rule has labelled the block yet."""
        return not self.blocks[index].code

    def between_sentences(self, index: int) -> bool:
        """Whether the nearest blocks with words before and after block ``index`` are both
        sentences (running text, or a sentence of five words or more): a short line there is
        a subheading of the article, not a button or a menu item of the page.

        >>> ctx = BlockContext([Block(i, 0, 0, t, t) for i, t in enumerate(
        ...     ["The storm arrived at dawn, and rain fell all day long.", "Menu",
        ...      "The restaurant reopened on Friday with a shorter list of dishes."])])
        >>> ctx.between_sentences(1), ctx.between_sentences(0)
        (True, False)
        """
        feats = self.features
        for step in (-1, 1):
            k = index + step
            while 0 <= k < len(feats) and not feats[k].n_words:
                k += step
            if not (0 <= k < len(feats) and _is_sentence(feats[k])):
                return False
        return True
