"""The article-extraction benchmark metric (shingle precision, recall, F1 and accuracy).

This follows the definition in the benchmark's README:

* tokens are maximal runs of word characters (``\\w+``, Unicode, case kept), so
  punctuation, whitespace and line breaks do not count;
* shingles are all windows of 4 consecutive tokens, counted as a multiset; a text of
  1-3 tokens is a single shingle and an empty text has none;
* per page, ``tp`` is the size of the multiset intersection of output and gold
  shingles, precision is ``tp / output shingles`` and recall is ``tp / gold shingles``;
* precision is averaged over pages with non-empty output, recall over pages with
  non-empty gold, and F1 is the harmonic mean of those two averages (not the mean of
  per-page F1 values);
* accuracy is the share of pages whose token sequence equals the gold one exactly.

>>> score = corpus_score([("The cat sat on the mat.", "The cat sat on the mat")])
>>> (score.f1, score.precision, score.recall, score.accuracy, score.pages)
(1.0, 1.0, 1.0, 1.0, 1)

The module depends only on the standard library, so the benchmark scripts can use it
without importing the rest of the package.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = [
    "SHINGLE_SIZE",
    "CorpusScore",
    "PageScore",
    "aggregate",
    "corpus_score",
    "page_score",
    "shingles",
    "tokens",
]

#: Number of consecutive tokens in one shingle.
SHINGLE_SIZE = 4

_TOKEN_RE = re.compile(r"\w+")

Shingle = tuple[str, ...]


def tokens(text: str) -> list[str]:
    """Return the word tokens of ``text``: maximal runs of ``\\w`` characters, case kept.

    >>> tokens("Hello, world! It's 2019-11-20.")
    ['Hello', 'world', 'It', 's', '2019', '11', '20']
    >>> tokens("Ünïcode straße")
    ['Ünïcode', 'straße']
    >>> tokens(" \\n ... ")
    []
    """
    return _TOKEN_RE.findall(text)


def shingles(toks: Sequence[str], size: int = SHINGLE_SIZE) -> Counter[Shingle]:
    """Return the multiset of ``size``-token windows over ``toks``.

    A sequence shorter than ``size`` (but not empty) is a single shingle; an empty
    sequence has none.

    >>> sorted(shingles(["a", "b", "c", "d", "e"]).items())
    [(('a', 'b', 'c', 'd'), 1), (('b', 'c', 'd', 'e'), 1)]
    >>> shingles(["a", "b"])
    Counter({('a', 'b'): 1})
    >>> shingles([])
    Counter()
    >>> shingles(["x"] * 6)[("x", "x", "x", "x")]
    3
    """
    if size < 1:
        raise ValueError(f"shingle size must be positive, got {size}")
    if not toks:
        return Counter()
    if len(toks) < size:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i : i + size]) for i in range(len(toks) - size + 1))


@dataclass(frozen=True)
class PageScore:
    """Score of one page.

    ``precision`` is ``None`` when the output has no shingles and ``recall`` is ``None``
    when the gold has none; such pages are left out of the corresponding average.
    """

    tp: int
    n_output: int
    n_gold: int
    precision: float | None
    recall: float | None
    exact: bool

    @property
    def f1(self) -> float:
        """Per-page F1 (a missing precision or recall counts as 0), for ranking pages.

        >>> page_score("a b c d e", "a b c d").f1
        0.6666666666666666
        >>> page_score("", "a b c d").f1
        0.0
        """
        p = self.precision or 0.0
        r = self.recall or 0.0
        return 2 * p * r / (p + r) if p + r > 0 else 0.0


@dataclass(frozen=True)
class CorpusScore:
    """Aggregate score over a set of pages (see the module docstring for the definition)."""

    f1: float
    precision: float
    recall: float
    accuracy: float
    pages: int


def page_score(output: str, gold: str) -> PageScore:
    """Score one extracted ``output`` against the ``gold`` text.

    >>> s = page_score("one two three four five", "zero one two three four")
    >>> (s.tp, s.n_output, s.n_gold, s.precision, s.recall, s.exact)
    (1, 2, 2, 0.5, 0.5, False)
    >>> page_score("", "some gold text").precision is None
    True
    >>> page_score("Same words!", "same\\nwords").exact  # case is kept
    False
    """
    out_toks = tokens(output)
    gold_toks = tokens(gold)
    out_sh = shingles(out_toks)
    gold_sh = shingles(gold_toks)
    tp = sum((out_sh & gold_sh).values())
    n_output = sum(out_sh.values())
    n_gold = sum(gold_sh.values())
    return PageScore(
        tp=tp,
        n_output=n_output,
        n_gold=n_gold,
        precision=tp / n_output if n_output else None,
        recall=tp / n_gold if n_gold else None,
        exact=out_toks == gold_toks,
    )


def _mean(values: Sequence[float]) -> float:
    """Arithmetic mean, 0.0 for no values."""
    return sum(values) / len(values) if values else 0.0


def aggregate(scores: Iterable[PageScore]) -> CorpusScore:
    """Combine per-page scores into a :class:`CorpusScore`.

    Precision is averaged over pages that have a precision, recall over pages that have
    a recall; F1 is the harmonic mean of the two averages.

    >>> aggregate([page_score("a b c d", "a b c d"), page_score("", "e f g h")])
    CorpusScore(f1=0.6666666666666666, precision=1.0, recall=0.5, accuracy=0.5, pages=2)
    >>> aggregate([])
    CorpusScore(f1=0.0, precision=0.0, recall=0.0, accuracy=0.0, pages=0)
    """
    score_list = list(scores)
    precision = _mean([s.precision for s in score_list if s.precision is not None])
    recall = _mean([s.recall for s in score_list if s.recall is not None])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    accuracy = _mean([1.0 if s.exact else 0.0 for s in score_list])
    return CorpusScore(
        f1=f1,
        precision=precision,
        recall=recall,
        accuracy=accuracy,
        pages=len(score_list),
    )


def corpus_score(pairs: Iterable[tuple[str, str]]) -> CorpusScore:
    """Score ``(output, gold)`` pairs as one corpus.

    >>> s = corpus_score([("a b c d", "a b c d"), ("a b c d e", "a b c d")])
    >>> round(s.precision, 3), s.recall, s.accuracy
    (0.75, 1.0, 0.5)
    """
    return aggregate(page_score(output, gold) for output, gold in pairs)
