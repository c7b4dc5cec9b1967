"""Segmentation splits lines with str methods: prove it finds the groups and lines its
patterns (GROUP_RE, LINE_RE) describe, with the same spans, on any text."""

from __future__ import annotations

import textwrap

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean.chars import with_newlines
from newsclean.segment import BREAK_RE, _is_wrapped, segment, wrap_width, wrapped_runs
from newsclean.spans import Replacement, SpanMap

PIECES = st.sampled_from(
    [*"ab .\n\n\t", "  ", "\u00a0", "\u3000", "\x1c", "\x85", "\u2028", "Word", "said",
     "The rain fell all day and the river rose over its banks.", "then it stopped"]
)
TEXTS = st.one_of(st.lists(PIECES, max_size=40).map("".join), st.text(max_size=80))

# A run of non-blank lines (a group), separated by blank lines: what segment() finds with
# str methods. Matches "one\ntwo" in "one\ntwo\n\nthree"; not the blank line between.
GROUP_RE = regex.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")
# One line of a group, without its indentation or trailing spaces.
LINE_RE = regex.compile(r"(?m)^[^\S\n]*(\S(?:[^\n]*\S)?)")


def reference(text: str) -> list[tuple[int, int, str]]:
    """Blocks by the patterns: groups of non-blank lines, a wrapped group as one block (in a
    document wrapped as a whole, each wrapped run of a group). A "\\r" ends a line too (as
    where W101 is ignored), read as "\\n" with the offsets kept (see with_newlines)."""
    text = with_newlines(text)
    groups = [[(m.start(1) + group.start(), m.end(1) + group.start(), m.group(1))
               for m in LINE_RE.finditer(group.group())]
              for group in GROUP_RE.finditer(text)]
    width = wrap_width(groups)
    out = []
    for lines in groups:
        runs = list(wrapped_runs(lines, width)) if width is not None else (
            [lines] if _is_wrapped([line for _, _, line in lines]) else [[line] for line in lines]
        )
        for run in runs:
            start, end = run[0][0], run[-1][1]
            out.append((start, end, BREAK_RE.sub(" ", text[start:end]) if len(run) > 1
                        else run[0][2]))
    return out


@settings(max_examples=400, deadline=None)
@given(TEXTS)
@example("  Title \n\nFirst line of a paragraph that wraps\n  and goes on here, said she.\n")
def test_segment_finds_what_the_patterns_find(text: str) -> None:
    blocks, spans = segment(SpanMap.identity(text))
    assert [(s, e, b.text) for b, (s, e) in zip(blocks, spans, strict=True)] == reference(text)
    assert all(b.source == text[b.start:b.end] for b in blocks)


@settings(max_examples=200, deadline=None)
@given(TEXTS, st.integers(0, 20), st.integers(0, 3))
def test_block_spans_map_to_the_input_after_edits(text: str, at: int, size: int) -> None:
    at = min(at, len(text))
    smap = SpanMap.identity(text).apply([Replacement(at, min(at + size, len(text)), "", "X")])
    blocks, spans = segment(smap)
    for block, (start, end) in zip(blocks, spans, strict=True):
        assert (block.start, block.end) == smap.original_span(start, end)
        assert block.source == text[block.start:block.end]


PARAGRAPHS = (
    "The river rose over its banks on Monday, and the council closed the road along the "
    "water for the second time this month, as it did in the spring floods of last year.",
    "Shops by the bridge stayed shut. Their owners said the water reached the counters "
    "within an hour, faster than at any time since the embankment was built in 1974.",
    "Engineers will inspect the embankment on Wednesday, and the road may open again by "
    "the weekend if the water falls as the forecasters expect, the council said.",
)


def blocks_of(text: str) -> list[str]:
    return [b.text for b in segment(SpanMap.identity(text))[0]]


@pytest.mark.parametrize("width", [48, 64, 72, 80, 100])
def test_a_document_wrapped_as_a_whole_is_unwrapped_paragraph_by_paragraph(width: int) -> None:
    # A terminal browser's dump or a mail: no blank line between paragraphs, lines of any
    # case at their starts; a heading and a list item stay lines of their own.
    lines = ["Floods close the river road", *(
        line for p in PARAGRAPHS * 3 for line in textwrap.wrap(p, width)), "- Road closed"]
    blocks = blocks_of("\n".join(lines))
    assert (blocks[0], blocks[-1]) == ("Floods close the river road", "- Road closed")
    # Each paragraph's lines are joined; where a paragraph's last line has no room left for
    # the next one's first word, nothing tells them apart, and the two are one block.
    assert " ".join(blocks[1:-1]) == " ".join(PARAGRAPHS * 3)
    assert all(any(b.startswith(p) for b in blocks) for p in PARAGRAPHS)


def test_lines_of_headlines_and_one_line_paragraphs_stay_lines() -> None:
    headlines = ["Council closes the river road again after the spring floods",
                 "Shops by the bridge stay shut as the water reaches the counters",
                 "Engineers to inspect the embankment built in 1974 on Wednesday"] * 4
    assert blocks_of("\n".join(headlines)) == headlines
    page = ["Home", "News", *PARAGRAPHS, *headlines]
    assert blocks_of("\n".join(page)) == page


def test_one_line_paragraphs_of_even_length_stay_lines() -> None:
    # Each line ends a sentence (a wrap does that by chance), though many lines after a
    # long one open in lower case: a comment thread's signatures.
    lines = []
    for k, name in enumerate(["jo", "pat", "sam", "lee", "kim", "max"]):
        lines += [f"by {name} on Aug 8, 2012 5:{10 + k} PM PDT, in reply to the story above",
                  f"Comment number {k} says the new bridge was a good idea, and long overdue."]
    assert blocks_of("\n".join(lines)) == lines



def test_a_web_address_and_a_line_of_it_tell_nothing_of_the_wrap() -> None:
    # A word longer than half the width goes to a line of its own from a line half full;
    # a line longer than the width is such a word's: neither is joined to its neighbour.
    url = "https://example.org/news/2019/11/19/cat-found-in-new-mexico-after-five-years"
    lines = [(0, 0, "Man charged in the death of his best friend"), (0, 0, url),
             (0, 0, "Cat found in New Mexico after going missing")]
    runs = [[line for _, _, line in run] for run in wrapped_runs(lines, 60)]
    assert runs == [[line] for _, _, line in lines]


def test_text_without_spaces_is_never_unwrapped() -> None:
    # Chinese, Japanese, Thai: a wrap breaks the lines anywhere, not between words.
    sentence = ("東京では朝から雨が降り続き、川の水位が上がったため、"
                "市は川沿いの道路を閉鎖した。")
    lines = [(0, 0, part) for part in textwrap.wrap(sentence * 12, 45)]
    assert all(len(line) == 45 for _, _, line in lines[:-1])
    assert wrap_width([lines]) is None


def test_line_ends_that_w101_leaves_still_part_lines() -> None:
    """With W101 ignored (or not selected), a lone "\\r" still ends a line, and "\\r\\n"
    stays in the repaired text: W102 removes spaces before it, not the line end."""
    assert newsclean.clean("Storm hits\rIt rained. .\r", select=["P101"]) == (
        "Storm hits\n\nIt rained.")
    doc = newsclean.analyze("Storm hits\r\nIt rained. .  \r\n", ignore=["W101"])
    assert doc.repaired == "Storm hits\r\nIt rained.\r\n"
    assert doc.text == "Storm hits\n\nIt rained."
    wrapped = ("Storm hits the coast today . .\rand roads were closed in the town .\r\r"
               "It rained. .\r")
    assert newsclean.clean(wrapped, select=["P"]) == (
        "Storm hits the coast today. and roads were closed in the town.\n\nIt rained.")
