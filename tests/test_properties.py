"""Property tests: clean never raises, is idempotent, keeps spans true, fixes what it should."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean.lexicon import SHARE_WORDS

# Text with the characters scraped news is made of: letters of several scripts, digits,
# punctuation that the rules look at, quotes, spaces, newlines and a few troublemakers.
ALPHABET = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    + list("     \n\n\t\r.,;:!?…-—–“”‘’\"'()[]@#$%&/")
    + list("éüñçÃ©â€™Ð¿東京ไทย")
    + ["\u00ad", "\u200b", "\u200d", "\ufeff", "\x00", "\x85", "&amp;", "pic.twitter.com/x"]
)
SCRAPED = st.lists(ALPHABET, max_size=200).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=300), SCRAPED)

# Made-up words (consonants and "a"), so that no lexicon phrase ("donate", "share") appears;
# the words of share bars that this alphabet can spell ("stampa") are left out.
WORD = st.text(alphabet="abcdfghjklmnpqrstvz", min_size=2, max_size=9).filter(
    lambda w: w not in SHARE_WORDS
)
CAP_WORD = WORD.map(str.capitalize)


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    """A plain sentence paragraph: capitalised, words, a final period."""
    words = draw(st.lists(WORD, min_size=8, max_size=30))
    names = draw(st.lists(CAP_WORD, min_size=2, max_size=4))
    at = draw(st.integers(0, len(words)))
    words[at:at] = names
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


settings.register_profile("default", max_examples=150, deadline=None)
settings.register_profile("thorough", max_examples=3000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@given(ANY_TEXT)
@example("economy . .")
@example("W hile w hile")
@example("&amp;amp;\n\n\n\n")
def test_clean_never_raises_and_is_idempotent(text: str) -> None:
    once = newsclean.clean(text)
    assert isinstance(once, str)
    assert newsclean.clean(once) == once


@given(ANY_TEXT)
def test_spans_point_into_the_input(text: str) -> None:
    doc = newsclean.analyze(text)
    for block in doc.blocks:
        assert 0 <= block.start <= block.end <= len(text)
        assert text[block.start : block.end] == block.source
    for edit in doc.edits:
        assert 0 <= edit.start <= edit.end <= len(text)
        assert text[edit.start : edit.end] == edit.old
    starts = [b.start for b in doc.blocks]
    assert starts == sorted(starts)


@given(paragraphs(), st.data())
@settings(suppress_health_check=[HealthCheck.too_slow])
def test_inserted_heading_fragment_is_removed(paragraph: str, data: st.DataObject) -> None:
    words = paragraph.rstrip(".").split(" ")
    capitalised = [i for i, w in enumerate(words) if w[:1].isupper() and i + 1 < len(words)]
    start = data.draw(st.sampled_from(capitalised))
    length = data.draw(st.integers(2, min(5, len(words) - start)))
    fragment = " ".join(words[start : start + length])
    assume(not fragment.endswith("."))
    text = f"Body text opens the story here today.\n{fragment}\n{paragraph}"
    doc = newsclean.analyze(text)
    labels = [(b.text, b.label) for b in doc.blocks]
    assert labels[1] == (fragment, "fragment")
    assert doc.blocks[1].code == "H101"
    assert newsclean.clean(text) == f"Body text opens the story here today.\n\n{paragraph}"


def test_a_name_above_a_line_that_introduces_it_is_a_heading() -> None:
    # An expert round-up: each expert's name, then a line that names them with their post,
    # then their answer. The line below the name is a heading of its own, not the paragraph
    # a scraper copies a fragment out of.
    text = (
        "We asked four planners how a small town should spend its first housing grant.\n"
        "Mara Oyelaran\n"
        "Mara Oyelaran is head of planning at Eastfield Council\n"
        "Start with the land the town already owns, and build for the people who work there.\n"
        "Tomas Reinholt\n"
        "Tomas Reinholt is a housing economist at Lindvall University\n"
        "Spend it on repairs first: an empty flat costs less to mend than a new one to build.\n"
    )
    doc = newsclean.analyze(text)
    assert [b.label for b in doc.blocks][1:3] == ["heading", "heading"]
    assert "H101" not in {b.code for b in doc.blocks}
    # Above a paragraph the same name is still a fragment.
    doc = newsclean.analyze(text.replace(" is head of planning at Eastfield Council\n", ", "))
    assert [b.code for b in doc.blocks][1] == "H101"


@given(st.lists(paragraphs(), min_size=1, max_size=4), st.data())
def test_doubled_final_period_is_undone_and_nothing_else(
    paras: list[str], data: st.DataObject
) -> None:
    clean_text = "\n\n".join(paras)
    assume(newsclean.clean(clean_text) == clean_text)
    which = data.draw(st.integers(0, len(paras) - 1))
    damaged = list(paras)
    damaged[which] = damaged[which] + " ."
    doc = newsclean.analyze("\n\n".join(damaged))
    assert doc.text == clean_text
    assert [e.code for e in doc.edits] == ["P101"]
