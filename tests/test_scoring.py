"""Tests for the benchmark metric (``benchmarks/scoring.py``) against hand-computed cases."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from benchmark_modules import load

_scoring = load("scoring")
CorpusScore = _scoring.CorpusScore
PageScore = _scoring.PageScore
aggregate = _scoring.aggregate
corpus_score = _scoring.corpus_score
page_score = _scoring.page_score
shingles = _scoring.shingles
tokens = _scoring.tokens


def test_tokens_keep_case_and_drop_punctuation() -> None:
    """Tokens are runs of word characters; punctuation and whitespace separate them."""
    assert tokens("U.S. stocks rose 1.5%;\nthe S&P_500 didn't.") == [
        "U",
        "S",
        "stocks",
        "rose",
        "1",
        "5",
        "the",
        "S",
        "P_500",
        "didn",
        "t",
    ]
    assert tokens("Москва — 東京 café") == ["Москва", "東京", "café"]
    assert tokens("") == []


def test_shingles_are_four_token_windows() -> None:
    """Six tokens give three windows of four."""
    assert shingles(tokens("a b c d e f")) == Counter(
        {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1, ("c", "d", "e", "f"): 1}
    )


def test_shingle_size_must_be_positive() -> None:
    """A zero window size is rejected."""
    with pytest.raises(ValueError):
        shingles(["a"], size=0)


def test_identical_text() -> None:
    """Nine tokens: six shingles, all matched."""
    text = "The quick brown fox jumps over the lazy dog."
    assert page_score(text, text) == PageScore(
        tp=6, n_output=6, n_gold=6, precision=1.0, recall=1.0, exact=True
    )


def test_disjoint_text() -> None:
    """No shared shingle gives zero precision and recall (not ``None``)."""
    score = page_score("alpha beta gamma delta", "one two three four five")
    assert score == PageScore(tp=0, n_output=1, n_gold=2, precision=0.0, recall=0.0, exact=False)
    assert score.f1 == 0.0


def test_partial_overlap_counts_repeated_shingles_once_per_match() -> None:
    """Output ``a b c d a b c d`` has shingles abcd x2, bcda, cdab, dabc (5).

    Gold ``a b c d x`` has abcd, bcdx (2). Only one abcd can match: tp = 1.
    """
    score = page_score("a b c d a b c d", "a b c d x")
    assert (score.tp, score.n_output, score.n_gold) == (1, 5, 2)
    assert score.precision == pytest.approx(1 / 5)
    assert score.recall == pytest.approx(1 / 2)


def test_multiset_not_set() -> None:
    """Repeating the gold text doubles output shingles but not matches.

    Output ``x x x x x`` is xxxx twice; gold ``x x x x`` is xxxx once. A set-based
    count would give precision 1.
    """
    score = page_score("x x x x x", "x x x x")
    assert (score.tp, score.n_output, score.n_gold) == (1, 2, 1)
    assert score.precision == 0.5
    assert score.recall == 1.0
    # And the other way round: the gold repeats, the output has it once.
    score = page_score("x x x x", "x x x x x x")
    assert (score.tp, score.n_output, score.n_gold) == (1, 1, 3)
    assert score.recall == pytest.approx(1 / 3)


@pytest.mark.parametrize(
    ("output", "gold", "tp", "n_output", "n_gold"),
    [
        ("Breaking", "Breaking!", 1, 1, 1),
        ("Breaking news", "breaking news", 0, 1, 1),  # case is kept
        ("Breaking news today.", "Breaking news today", 1, 1, 1),
        # A 3-token text is one 3-token shingle; it never matches a 4-token window.
        ("a b c", "a b c d e", 0, 1, 2),
        ("a b c d", "a b c", 0, 1, 1),
    ],
)
def test_short_texts_are_one_shingle(
    output: str, gold: str, tp: int, n_output: int, n_gold: int
) -> None:
    """Texts of 1-3 tokens form a single shingle of that length."""
    score = page_score(output, gold)
    assert (score.tp, score.n_output, score.n_gold) == (tp, n_output, n_gold)


def test_empty_output_costs_recall_only() -> None:
    """An empty output has no precision; its recall is 0."""
    score = page_score("  \n...\n", "Some gold article text here.")
    assert score.precision is None
    assert score.recall == 0.0
    assert score.n_output == 0

    corpus = corpus_score(
        [("a b c d e", "a b c d e"), ("", "f g h i j")],
    )
    assert corpus.precision == 1.0  # averaged over the one page with output
    assert corpus.recall == 0.5  # averaged over both pages with gold
    assert corpus.f1 == pytest.approx(2 / 3)
    assert corpus.accuracy == 0.5


def test_empty_gold_costs_precision_only() -> None:
    """A page with empty gold has no recall and is left out of the recall average."""
    score = page_score("spurious output text here", "")
    assert score.recall is None
    assert score.precision == 0.0
    corpus = corpus_score([("a b c d", "a b c d"), ("spurious output text here", "")])
    assert corpus.precision == 0.5
    assert corpus.recall == 1.0


def test_corpus_averages_then_harmonic_mean() -> None:
    """Three pages, computed by hand.

    * A: p = 1/5, r = 1/2 (see the multiset test);
    * B: identical, p = r = 1;
    * C: output ``a b c d`` (1 shingle) vs gold ``a b c d e f`` (3): p = 1, r = 1/3.

    Mean precision = (1/5 + 1 + 1) / 3 = 11/15; mean recall = (1/2 + 1 + 1/3) / 3 =
    11/18; F1 = 2 * 11 / (15 + 18) = 2/3. The mean of per-page F1 would instead be
    (2/7 + 1 + 1/2) / 3 = 25/42, which must not be what is reported.
    """
    pages = [
        ("a b c d a b c d", "a b c d x"),
        ("Exactly the same words here", "Exactly the same words here"),
        ("a b c d", "a b c d e f"),
    ]
    score = corpus_score(iter(pages))
    assert score.pages == 3
    assert score.precision == pytest.approx(11 / 15)
    assert score.recall == pytest.approx(11 / 18)
    assert score.f1 == pytest.approx(2 / 3)
    assert score.f1 != pytest.approx(25 / 42)
    assert score.accuracy == pytest.approx(1 / 3)
    per_page = [page_score(o, g).f1 for o, g in pages]
    assert per_page == pytest.approx([2 / 7, 1.0, 1 / 2])


def test_accuracy_ignores_punctuation_and_whitespace() -> None:
    """Exact match compares token sequences only."""
    assert page_score("Hello,   world!\n\nNew  para.", "Hello world -- New para").exact
    assert not page_score("Hello world", "hello world").exact
    assert not page_score("Hello world", "Hello world again").exact
    score = corpus_score(
        [("“Quoted,” he said.", '"Quoted" he said'), ("One two", "One  two three")]
    )
    assert score.accuracy == 0.5


def test_empty_corpus() -> None:
    """No pages gives all zeros instead of a division error."""
    assert aggregate([]) == CorpusScore(f1=0.0, precision=0.0, recall=0.0, accuracy=0.0, pages=0)


_words = st.lists(st.sampled_from(["a", "b", "c", "dd", "é"]), max_size=12).map(" ".join)


@given(output=_words, gold=_words)
def test_scores_are_bounded_and_tp_symmetric(output: str, gold: str) -> None:
    """Precision and recall lie in [0, 1]; swapping output and gold swaps them."""
    forward = page_score(output, gold)
    backward = page_score(gold, output)
    assert forward.tp == backward.tp
    assert forward.precision == backward.recall
    assert forward.recall == backward.precision
    for value in (forward.precision, forward.recall):
        assert value is None or 0.0 <= value <= 1.0
    assert forward.tp <= min(forward.n_output, forward.n_gold)


@given(text=_words)
def test_self_score_is_perfect(text: str) -> None:
    """Any non-empty text scores 1/1 against itself and is an exact match."""
    score = page_score(text, text)
    assert score.exact
    if tokens(text):
        assert score.precision == score.recall == 1.0
