"""The language of a text counts its function words only: prove it is the language that
counting every word, lower-cased, gives."""

from __future__ import annotations

from collections import Counter

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsclean.stopwords import MIN_LANGUAGE_DENSITY, STOPWORDS, language_of

WORDS = st.sampled_from(
    ["the", "The", "THE", "and", "of", "der", "und", "Über", "über", "le", "et", "de", "que",
     "yang", "dan", "het", "и", "не", "storm", "Kirby", "İ", "ß", "東京", "x"]
)


def reference_language(words: list[str]) -> str | None:
    """language_of as it read when every word was counted."""
    lowered = Counter(map(str.lower, words[:5000]))
    if not lowered:
        return None
    best, best_hits = None, 0
    for lang, stop in STOPWORDS.items():
        hits = sum(count for word, count in lowered.items() if word in stop)
        if hits > best_hits:
            best, best_hits = lang, hits
    return None if best_hits < MIN_LANGUAGE_DENSITY * lowered.total() else best


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=60))
@example([])
@example(["storm"] * 12 + ["the"])
@example(["Kirby"] * 5000 + ["the"] * 10)
def test_language_is_that_of_every_word_counted(words: list[str]) -> None:
    assert language_of("", words) == reference_language(words)
    assert language_of(" ".join(words)) == reference_language(" ".join(words).split())
