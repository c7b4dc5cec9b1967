"""Spans: keeping every offset of a rewritten text tied to the original input.

Every stage of newsclean rewrites text (Unicode repair, whitespace, punctuation), yet each
finding must still point at the characters of the *input* it came from. A :class:`SpanMap`
records, for the current text, which range of the original each piece stands for. Applying a
list of replacements gives a new text and a new map, so maps compose through any number of
passes without ever re-reading the original.

>>> m = SpanMap.identity("the economy. . Then")
>>> m = m.apply([Replacement(12, 14, "", "P101")])
>>> m.text
'the economy. Then'
>>> m.to_original(13), m.original_span(4, 12)
(15, (4, 12))
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = ["Replacement", "SpanMap", "line_col"]


@dataclass(frozen=True, slots=True)
class Replacement:
    """Replace ``text[start:end]`` of the *current* text by ``new``; ``code`` names the rule."""

    start: int
    end: int
    new: str
    code: str


class SpanMap:
    """The current text plus the map from its offsets back to the original's.

    The map is a series of pieces, runs of the current text each copied from the original
    or written by a rule. A copied piece maps character for character; a written piece
    stands as a whole for the original range ``[orig_start, orig_end)`` it replaced. Piece
    ``k`` starts at ``_starts[k]`` of the current text (and ends where the next starts);
    its fields are kept in arrays of machine integers, not as an object each: a text with a
    million edits has two million pieces.
    """

    __slots__ = ("_copied", "_orig_ends", "_orig_starts", "_starts", "original", "text")

    def __init__(
        self, original: str, text: str, starts: array[int], orig_starts: array[int],
        orig_ends: array[int], copied: bytearray,
    ) -> None:
        self.original = original
        self.text = text
        self._starts = starts
        self._orig_starts = orig_starts
        self._orig_ends = orig_ends
        self._copied = copied

    @classmethod
    def identity(cls, text: str) -> SpanMap:
        """The map of a text that has not been changed yet."""
        return cls(text, text, array("q", [0]), array("q", [0]), array("q", [len(text)]),
                   bytearray(b"\x01"))

    @property
    def is_identity(self) -> bool:
        """Whether the text is the original, unchanged (every offset maps to itself)."""
        return (
            self.text is self.original
            or (len(self._starts) == 1 and self._copied[0] == 1 and self.text == self.original)
        )

    def to_original(self, pos: int, *, end: bool = False) -> int:
        """Map an offset of the current text to the original text.

        Inside a written piece, a start offset maps to the start of what it replaced and an
        end offset (``end=True``) to its end, so a mapped span always covers the whole edit.
        """
        if pos >= len(self.text):
            return len(self.original) if pos == len(self.text) else pos
        starts = self._starts
        index = bisect_right(starts, pos) - 1
        if end and index > 0 and starts[index] == pos:
            index -= 1  # an end offset belongs to the piece that ends there
        index = max(index, 0)
        if self._copied[index]:
            return self._orig_starts[index] + (pos - starts[index])
        return self._orig_ends[index] if end else self._orig_starts[index]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map the current span ``[start, end)`` to the original text."""
        ostart = self.to_original(start)
        oend = self.to_original(end, end=True) if end > start else ostart
        return ostart, max(ostart, oend)

    def original_spans(self, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        """:meth:`original_span` of each of ``spans`` (in order, none overlapping the next),
        in one walk over the pieces instead of a search per offset.

        >>> m = SpanMap.identity("ab  cd").apply([Replacement(2, 4, " ", "W103")])
        >>> m.original_spans([(0, 2), (3, 5)]) == [m.original_span(0, 2), m.original_span(3, 5)]
        True
        """
        starts, orig_starts, orig_ends, copied = (
            self._starts, self._orig_starts, self._orig_ends, self._copied
        )
        n_text, n_original, last = len(self.text), len(self.original), len(starts) - 1
        out: list[tuple[int, int]] = []
        k = 0  # the piece holding the current offset: starts[k] <= pos < starts[k + 1]
        for start, end in spans:
            if start >= n_text:
                ostart = n_original if start == n_text else start
            else:
                while k < last and starts[k + 1] <= start:
                    k += 1
                ostart = orig_starts[k] + (start - starts[k]) if copied[k] else orig_starts[k]
            if end <= start:
                out.append((ostart, ostart))
                continue
            if end >= n_text:
                oend = n_original if end == n_text else end
            else:
                while k < last and starts[k + 1] <= end:
                    k += 1
                j = k - 1 if k > 0 and starts[k] == end else k
                oend = orig_starts[j] + (end - starts[j]) if copied[j] else orig_ends[j]
            out.append((ostart, max(ostart, oend)))
        return out

    def apply(self, replacements: Iterable[Replacement]) -> SpanMap:
        """Apply non-overlapping replacements (sorted by start) and return the new map.

        Overlapping replacements are a programming error in a rule and raise ``ValueError``.
        """
        reps = sorted(replacements, key=lambda r: (r.start, r.end))
        if not reps:
            return self
        old_starts, old_orig_starts, old_orig_ends, old_copied = (
            self._starts, self._orig_starts, self._orig_ends, self._copied
        )
        n_old = len(old_starts)
        old_text = self.text
        out_text: list[str] = []
        starts, orig_starts, orig_ends = array("q"), array("q"), array("q")
        copied = bytearray()
        cur = 0  # position in self.text
        new_len = 0

        def add(length: int, orig_start: int, orig_end: int, is_copied: bool) -> None:
            nonlocal new_len
            starts.append(new_len)
            orig_starts.append(orig_start)
            orig_ends.append(orig_end)
            copied.append(is_copied)
            new_len += length

        def emit_copy(start: int, stop: int) -> None:
            # Re-slice the old pieces that cover [start, stop) of the current text.
            pos = start
            if pos < stop:
                k = max(bisect_right(old_starts, pos) - 1, 0)
            while pos < stop:
                piece_end = old_starts[k + 1] if k + 1 < n_old else len(old_text)
                seg_end = min(stop, piece_end)
                if old_copied[k]:
                    ostart = old_orig_starts[k] + (pos - old_starts[k])
                    add(seg_end - pos, ostart, ostart + (seg_end - pos), True)
                else:  # keep a written piece whole
                    add(seg_end - pos, old_orig_starts[k], old_orig_ends[k], False)
                pos = seg_end
                k += 1
            out_text.append(old_text[start:stop])

        for rep in reps:
            if rep.start < cur:
                raise ValueError(f"overlapping replacements at {rep.start} ({rep.code})")
            emit_copy(cur, rep.start)
            ostart, oend = self.original_span(rep.start, rep.end)
            if rep.new:
                add(len(rep.new), ostart, oend, False)
                out_text.append(rep.new)
            cur = rep.end
        emit_copy(cur, len(old_text))
        if not starts:
            add(0, 0, len(self.original), True)
        return SpanMap(self.original, "".join(out_text), starts, orig_starts, orig_ends, copied)


def line_col(text: str, offset: int, line_starts: Sequence[int] | None = None) -> tuple[int, int]:
    """One-based line and column of ``offset`` in ``text``.

    >>> line_col("ab\\ncd", 4)
    (2, 2)
    """
    if line_starts is not None:
        index = bisect_right(line_starts, offset) - 1
        return index + 1, offset - line_starts[index] + 1
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col
