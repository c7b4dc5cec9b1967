"""SpanMap: offsets of rewritten text map back to the original."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean.spans import Replacement, SpanMap, line_col


def test_identity_maps_every_offset_to_itself() -> None:
    m = SpanMap.identity("hello")
    assert [m.to_original(i) for i in range(6)] == list(range(6))


def test_chained_replacements_map_to_the_original() -> None:
    m = SpanMap.identity("aa  bb . .")
    m = m.apply([Replacement(2, 4, " ", "W103")])  # "aa bb . ."
    assert m.text == "aa bb . ."
    m = m.apply([Replacement(7, 9, "", "P101")])  # "aa bb ."
    assert m.text == "aa bb ."
    assert m.original_span(3, 5) == (4, 6)  # "bb"
    assert m.original_span(2, 3) == (2, 4)  # the collapsed space stands for both spaces


def test_overlapping_replacements_are_refused() -> None:
    with pytest.raises(ValueError, match="overlapping"):
        SpanMap.identity("abcdef").apply(
            [Replacement(0, 3, "x", "A"), Replacement(2, 4, "y", "B")]
        )


def test_line_col_is_one_based() -> None:
    assert line_col("ab\ncd\nef", 0) == (1, 1)
    assert line_col("ab\ncd\nef", 7) == (3, 2)
    assert line_col("ab\ncd\nef", 7, [0, 3, 6]) == (3, 2)


@st.composite
def edits(draw: st.DrawFn) -> tuple[str, list[Replacement]]:
    text = draw(st.text(alphabet="abc \n", max_size=40))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    reps = []
    for start, end in zip(cuts[::2], cuts[1::2], strict=False):
        reps.append(Replacement(start, end, draw(st.text(alphabet="xy", max_size=3)), "T"))
    return text, reps


@given(edits(), edits())
def test_copied_text_maps_back_exactly(first: tuple[str, list[Replacement]], _: object) -> None:
    text, reps = first
    m = SpanMap.identity(text).apply(reps)
    for i, ch in enumerate(m.text):
        o = m.to_original(i)
        if ch in "abc \n":  # copied, not written by a replacement
            assert text[o] == ch
        start, end = m.original_span(i, i + 1)
        assert 0 <= start <= end <= len(text)
