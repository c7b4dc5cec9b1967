"""Segmentation splits lines with str methods: prove it finds the groups and lines its
patterns (GROUP_RE, LINE_RE) describe, with the same spans, on any text."""

from __future__ import annotations

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsclean.segment import BREAK_RE, _is_wrapped, segment
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
    """Blocks by the patterns: groups of non-blank lines, a wrapped group as one block."""
    out = []
    for group in GROUP_RE.finditer(text):
        lines = [(m.start(1) + group.start(), m.end(1) + group.start(), m.group(1))
                 for m in LINE_RE.finditer(group.group())]
        if _is_wrapped([line for _, _, line in lines]):
            start, end = lines[0][0], lines[-1][1]
            out.append((start, end, BREAK_RE.sub(" ", text[start:end])))
        else:
            out.extend(lines)
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
