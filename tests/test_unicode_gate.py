"""U101 searches ftfy's badness test only on lines with a non-ASCII character: prove that it
finds exactly what a search of the whole text finds."""

from __future__ import annotations

from collections.abc import Iterator

import ftfy
import ftfy.badness
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsclean.context import TextContext
from newsclean.rules.unicode import minimal_change, mojibake


def whole_text_search(text: str) -> Iterator[tuple[int, int, str]]:
    """The reference: search the whole text, fix the line of each match."""
    pos = 0
    while pos <= len(text):
        m = ftfy.badness.BADNESS_RE.search(text, pos)
        if m is None:
            return
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.start())
        end = len(text) if end < 0 else end
        line = text[start:end]
        fixed = ftfy.fix_encoding(line)
        if fixed != line:
            yield minimal_change(start, line, fixed)
        pos = end + 1


PIECES = st.sampled_from(
    [*"abcXYZ .,?!\n\n", "Ã©", "â€™", "Â", "Ð¿", "\x85", "€", "é", "’", "“", "ÃƒÂ", "\u00a0",
     "Ã", "Ð", "œ", "Œ", "ГўВЂВ", "Ø", "×", "°", "Ã "]
)


@settings(max_examples=500)
@given(st.lists(PIECES, max_size=40).map("".join))
@example("Yb\nÂ€’XZÃ©\n\xa0c€ÂY")
@example("x\nÃ y")
def test_line_gate_finds_what_the_whole_text_search_finds(text: str) -> None:
    assert list(mojibake(text, TextContext.for_text(text))) == list(whole_text_search(text))
