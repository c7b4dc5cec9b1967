"""The main run of article text on a page, found from block shape alone.

A scraped page is menus, teasers and footers around one run of long prose blocks. Each free
block gets a score: running text counts for its length in words, short link-like lines and
headline-like lines count against, and blocks that phrase evidence already marked as page
furniture count against strongly when they usually end an article (related links, comments,
footers). The article is the contiguous run of blocks with the highest total score (the
maximum-sum segment) that crosses no comment or footer line, so a heading or a short line inside the article is carried by the
paragraphs around it, while a menu of fifty short lines is not.

>>> from newsclean.features import Features
>>> block_score(Features.of("Home"), 0.0, False)
-4.0
>>> block_score(Features.of("The storm arrived at dawn and the rain fell all day long."), 0.4, False)
12.0
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import itemgetter

import regex

from .document import Block
from .features import Features

__all__ = ["Region", "block_score", "find_region"]

# A block cut off with an ellipsis right after a word: a teaser of another article.
# Matches "Realtek Bluetooth...", "body parts suit …"; not "he said . . ." or "“Wait…”".
TRUNCATED_RE = regex.compile(r"\w ?(?:\.\.\.|…)\s*$")
ELLIPSES = ("...", "…")

#: A block of at least this many words, ending like a sentence, is running text.
MIN_PROSE_WORDS = 10
#: ... and so is one this long without a final mark (a long list sentence, a quote).
MIN_LONG_WORDS = 25
#: Below this stop-word density (where the language is known) a long block reads as a list.
MIN_PROSE_DENSITY = 0.12
#: Scores of the lines that are not running text.
MENU_SCORE = -4.0  # one to three words
HEADLINE_SCORE = -2.0  # a heading-like line of four words or more
REPEAT_PENALTY = -3.0  # a line that occurs more than once on the page
LONE_LINE_SCORE = -1.0  # a short line alone between running text (a subheading)
#: Size of a data row, in words (see :func:`is_data_row`).
MIN_ROW_WORDS, MAX_ROW_WORDS, MAX_LIST_ROW_WORDS = 2, 16, 60
TRUNCATED_SCORE = -2.0  # a teaser cut off with "..." (a link to another article)
#: Running text standing alone between headlines (a teaser) counts this share of its length.
LONE_PROSE_SHARE = 0.2
#: Scores of blocks already labelled, by label: kinds that close an article weigh most.
LABELLED_SCORES = {
    "related": -12.0,
    "comments": -25.0,
    "footer": -12.0,
    "consent": -8.0,
    "subscription": -4.0,
    "newsletter": -6.0,
    "donation": -6.0,
    "author": -8.0,
    "verbatim": 0.0,  # Markdown code, tables, front matter: neither for nor against
    "navigation": -4.0,
}
LABELLED_DEFAULT = -1.0
#: Labels no article runs across: comments and footers only ever follow it.
BARRIER_LABELS = frozenset({"comments", "footer"})


def is_data_row(f: Features) -> bool:
    """Whether a short block is a row of a table or a dated list (neither for nor against).

    Tour dates, standings and schedules follow an article as rows with numbers in them;
    menus and headline lists have few numbers.

    >>> is_data_row(Features.of("June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL"))
    True
    >>> is_data_row(Features.of("Storm hits the coast overnight"))
    False
    """
    if not MIN_ROW_WORDS <= f.n_words <= MAX_LIST_ROW_WORDS:
        return False
    digits = sum(map(str.isdigit, map(itemgetter(0), f.words)))  # words opening with a digit
    if f.n_words <= MAX_ROW_WORDS:
        return digits >= 1 and digits * 10 >= f.n_words
    return digits * 6 >= f.n_words  # a long row (ingredients, results) is dense with numbers


def block_score(
    f: Features, density: float | None, repeated: bool, truncated: bool = False
) -> float:
    """How much a free block speaks for being inside the article (positive) or not."""
    n = f.n_words
    score: float
    if n == 0:
        score = 0.0
    elif truncated:
        score = TRUNCATED_SCORE
    elif not f.terminal and is_data_row(f):
        score = 0.0
    elif (n >= MIN_PROSE_WORDS and f.terminal) or n >= MIN_LONG_WORDS:
        if density is not None and density < MIN_PROSE_DENSITY and not f.terminal:
            score = -n / 4
        else:
            score = float(n)
    elif f.terminal:
        score = n / 2 if n >= 4 else 0.0
    elif n <= 3:
        score = MENU_SCORE
    else:
        score = HEADLINE_SCORE
    if repeated:
        score = min(score, 0.0) + REPEAT_PENALTY
    return score


def _discount_lone_prose(scores: list[float]) -> None:
    """Running text alone between headlines is a teaser; an article's paragraphs come in runs.

    A positive block whose neighbours on both sides are negative counts
    :data:`LONE_PROSE_SHARE` of its score.
    """
    n = len(scores)
    lone = [
        i for i in range(n)
        if scores[i] > 0 and (i == 0 or scores[i - 1] < 0) and (i == n - 1 or scores[i + 1] < 0)
    ]
    for i in lone:
        scores[i] *= LONE_PROSE_SHARE


def _soften_lone_lines(blocks: Sequence[Block], scores: list[float]) -> None:
    """A short line standing alone between running text is a subheading, not a menu.

    Menus and teaser lists come in runs (labelled bylines and dates between headlines are
    part of the run); a run of one short line costs :data:`LONE_LINE_SCORE` only.
    """
    i = 0
    n = len(scores)
    while i < n:
        if scores[i] >= 0:
            i += 1
            continue
        j = i
        while j < n and scores[j] < 0:
            j += 1
        if j - i == 1 and not blocks[i].code:
            scores[i] = max(scores[i], LONE_LINE_SCORE)
        i = j


@dataclass(frozen=True)
class Region:
    """The article's blocks ``[start, end)`` and the score of every block."""

    start: int
    end: int
    scores: tuple[float, ...]

    def __contains__(self, index: object) -> bool:
        return isinstance(index, int) and self.start <= index < self.end


def find_region(
    blocks: Sequence[Block],
    features: Sequence[Features],
    density_of: Callable[[int], float | None],
) -> Region:
    """The maximum-sum run of blocks (free blocks scored by shape, labelled ones by kind).

    ``density_of(i)`` is the stop-word density of block ``i``; it is asked only for the
    blocks whose score depends on it (long blocks without a final mark).
    """
    texts = [b.text for b in blocks]
    counts = Counter(texts)
    # block_score reads the density of a long block without a final mark only, and the
    # truncation pattern runs only where the block ends in an ellipsis at all.
    scores = [
        LABELLED_SCORES.get(block.label, LABELLED_DEFAULT) if block.code else block_score(
            f,
            density_of(i) if f.n_words >= MIN_LONG_WORDS and not f.terminal else None,
            counts[text] > 1,
            text.rstrip().endswith(ELLIPSES) and TRUNCATED_RE.search(text) is not None,
        )
        for i, (block, f, text) in enumerate(zip(blocks, features, texts, strict=True))
    ]
    _soften_lone_lines(blocks, scores)
    _discount_lone_prose(scores)
    best_sum, best = 0.0, (0, 0)
    run_sum, run_start = 0.0, 0
    for i, score in enumerate(scores):
        if blocks[i].label in BARRIER_LABELS:
            run_sum = 0.0
            continue
        if run_sum <= 0:
            run_sum, run_start = 0.0, i
        run_sum += score
        if run_sum > best_sum:
            best_sum, best = run_sum, (run_start, i + 1)
    if best == (0, 0):  # nothing reads as running text: leave the page as it is
        return Region(0, len(blocks), tuple(scores))
    start, end = best
    # Blocks that speak neither for nor against (short sentences) go with the article.
    while start > 0 and scores[start - 1] >= 0:
        start -= 1
    end = _extend_end(scores, end)
    return Region(start, end, tuple(scores))


def _extend_end(scores: Sequence[float], end: int) -> int:
    """Carry the end of the run over neutral blocks (rows of a list, short sentences).

    A subheading between them (one short line) is carried too, so a list of tour dates
    under its own heading stays with the article; the run never ends on a negative block.
    """
    total, pos = 0.0, end
    while pos < len(scores):
        total += scores[pos]
        if total < LONE_LINE_SCORE:
            break
        pos += 1
        if scores[pos - 1] >= 0:
            end = pos
    return end
