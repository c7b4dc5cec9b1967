"""The pipeline pauses the garbage collector on large inputs and always restores it."""

from __future__ import annotations

import gc

import pytest

import newsclean
from newsclean import clean
from newsclean.pipeline import GC_PAUSE_CHARS

TEXT = "".join(
    f"Report {i}: the storm arrived at dawn. . Rain fell all day in town {i}.\n"
    for i in range(GC_PAUSE_CHARS // 50)
)


def test_collector_state_is_restored_and_output_is_the_same() -> None:
    was = gc.isenabled()
    try:
        gc.enable()
        with_collector = clean(TEXT)
        assert gc.isenabled()
        gc.disable()
        without = clean(TEXT)
        assert not gc.isenabled()
    finally:
        gc.enable() if was else gc.disable()
    assert with_collector == without
    assert "arrived at dawn. Rain" in with_collector


def test_unknown_codes_and_kinds_raise_value_error_like_the_cli() -> None:
    with pytest.raises(ValueError, match="unknown rule code, prefix or name 'ZZZ' in ignore"):
        newsclean.clean("Text.", ignore=["ZZZ"])
    with pytest.raises(ValueError, match="unknown kind 'embedz' in keep"):
        newsclean.clean("Text.", keep=["embedz"])
    assert newsclean.clean("Share this article\n\nText. .", ignore=["share-prompt"]) == (
        "Share this article\n\nText."
    )


def test_the_public_surface() -> None:
    assert dir(newsclean) == sorted(newsclean.__all__)
    assert "annotations" not in dir(newsclean) and "pipeline" not in dir(newsclean)
    doc = newsclean.analyze("Some text. .\nAdvertisement\nMore text.\n")
    # What clean, fix and fix --unsafe-fixes give are all attributes.
    assert doc.text == "Some text.\n\nMore text."
    assert doc.repaired == "Some text.\nAdvertisement\nMore text.\n"
    assert doc.fixed_text == "Some text.\nMore text.\n"


def test_controls_never_join_words_and_a_run_is_one_edit() -> None:
    """A vertical tab (a word processor's line break) parts two words as a space; a run of
    controls is one edit, however long (a megabyte of bells was a million edits)."""
    assert newsclean.clean("It rained\x0ball day.") == "It rained all day."
    text = "It rained" + "\x07" * 10_000 + " all day.\x00\x00"
    doc = newsclean.analyze(text)
    assert doc.text == "It rained all day."
    assert [(e.code, len(e.old)) for e in doc.edits] == [("U103", 10_000), ("U103", 2)]


def test_surrogates_from_python_leave_text_that_utf8_can_write() -> None:
    # A string decoded with surrogateescape, or built from UTF-16 halves, holds surrogates.
    text = "Storm hits\n\nThe sea rose \udce9 at dawn \ud83d\ude00 and fell.\n"
    out = newsclean.clean(text)
    assert out == "Storm hits\n\nThe sea rose \ufffd at dawn \U0001f600 and fell."
    out.encode("utf-8")
    doc = newsclean.analyze(text)
    assert [(e.code, e.old) for e in doc.edits] == [("U103", "\udce9"), ("U103", "\ud83d\ude00")]


@pytest.mark.parametrize("text", [
    "Advertisement :\nHe shouted: go! Then she said no ; he left.",
    "Advertisement !\nSubscribe to our newsletter !\nHe shouted: go! Then she said no ; he left.",
])
def test_removed_boilerplate_does_not_decide_the_spacing_of_marks(text: str) -> None:
    """Whether the document spaces ``; : ! ?`` as a rule (P103) is counted in the kept
    text: spaced marks in removed lines made the first pass keep `no ;`, and a second
    pass over the clean text then removed it."""
    once = newsclean.clean(text)
    assert once == "He shouted: go! Then she said no; he left."
    assert newsclean.clean(once) == once


def test_select_as_an_empty_string_is_an_error_not_every_rule_off() -> None:
    with pytest.raises(ValueError, match="select: no rule codes in ''"):
        newsclean.clean("It rained. .", select="")
    assert newsclean.clean("It rained. .", select=[]) == "It rained. ."  # asked for: none
    assert newsclean.clean("It rained. .", ignore="") == "It rained."
    # ... and so is that string split at its commas (os.environ.get("X", "").split(",")).
    for blank in ([""], [" "], ["", " "]):
        with pytest.raises(ValueError, match="select: no rule codes in"):
            newsclean.clean("It rained. .", select=blank)
    assert newsclean.clean("It rained. .", select=["P101", ""]) == "It rained."
    # An iterator is read once: the check above must not use it up.
    codes = map(str.strip, "P1, W".split(","))
    assert newsclean.clean("It rained. .", select=codes) == "It rained."


def test_a_documents_repr_is_one_short_line_however_long_the_text() -> None:
    doc = newsclean.analyze("Advertisement\n" + "It rained all day. .\n\n" * 5000)
    # (5,000 doubled marks, and the blank line at the end)
    assert repr(doc) == ("<Document: 110,014 characters of text, 5,001 blocks (1 removed), "
                         "5,001 edits>")
