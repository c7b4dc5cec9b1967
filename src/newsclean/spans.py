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


@dataclass(frozen=True, slots=True)
class _Piece:
    """A run of the current text: copied from the original, or written by a rule.

    A copied piece maps character for character; a written piece stands as a whole for the
    original range ``[orig_start, orig_end)`` it replaced.
    """

    cur_start: int
    cur_end: int
    orig_start: int
    orig_end: int
    copied: bool


class SpanMap:
    """The current text plus the map from its offsets back to the original's."""

    __slots__ = ("_pieces", "_starts", "original", "text")

    def __init__(self, original: str, text: str, pieces: list[_Piece]) -> None:
        self.original = original
        self.text = text
        self._pieces = pieces
        self._starts = [p.cur_start for p in pieces]

    @classmethod
    def identity(cls, text: str) -> SpanMap:
        """The map of a text that has not been changed yet."""
        return cls(text, text, [_Piece(0, len(text), 0, len(text), True)])

    @property
    def is_identity(self) -> bool:
        """Whether the text is the original, unchanged (every offset maps to itself)."""
        pieces = self._pieces
        return (
            self.text is self.original
            or (len(pieces) == 1 and pieces[0].copied and self.text == self.original)
        )

    def _piece_at(self, pos: int) -> _Piece:
        index = bisect_right(self._starts, pos) - 1
        return self._pieces[max(index, 0)]

    def to_original(self, pos: int, *, end: bool = False) -> int:
        """Map an offset of the current text to the original text.

        Inside a written piece, a start offset maps to the start of what it replaced and an
        end offset (``end=True``) to its end, so a mapped span always covers the whole edit.
        """
        if pos >= len(self.text):
            return len(self.original) if pos == len(self.text) else pos
        index = bisect_right(self._starts, pos) - 1
        if end and index > 0 and self._pieces[index].cur_start == pos:
            index -= 1  # an end offset belongs to the piece that ends there
        piece = self._pieces[max(index, 0)]
        if piece.copied:
            return piece.orig_start + (pos - piece.cur_start)
        return piece.orig_end if end else piece.orig_start

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
        pieces, starts = self._pieces, self._starts
        n_text, n_original, last = len(self.text), len(self.original), len(pieces) - 1
        out: list[tuple[int, int]] = []
        k = 0  # the piece holding the current offset: starts[k] <= pos < starts[k + 1]
        for start, end in spans:
            if start >= n_text:
                ostart = n_original if start == n_text else start
            else:
                while k < last and starts[k + 1] <= start:
                    k += 1
                piece = pieces[k]
                ostart = (piece.orig_start + (start - piece.cur_start) if piece.copied
                          else piece.orig_start)
            if end <= start:
                out.append((ostart, ostart))
                continue
            if end >= n_text:
                oend = n_original if end == n_text else end
            else:
                while k < last and starts[k + 1] <= end:
                    k += 1
                j = k - 1 if k > 0 and pieces[k].cur_start == end else k
                piece = pieces[j]
                oend = (piece.orig_start + (end - piece.cur_start) if piece.copied
                        else piece.orig_end)
            out.append((ostart, max(ostart, oend)))
        return out

    def apply(self, replacements: Iterable[Replacement]) -> SpanMap:
        """Apply non-overlapping replacements (sorted by start) and return the new map.

        Overlapping replacements are a programming error in a rule and raise ``ValueError``.
        """
        reps = sorted(replacements, key=lambda r: (r.start, r.end))
        if not reps:
            return self
        out_text: list[str] = []
        pieces: list[_Piece] = []
        cur = 0  # position in self.text
        new_len = 0

        def emit_copy(start: int, stop: int) -> None:
            nonlocal new_len
            # Re-slice the old pieces that cover [start, stop) of the current text.
            pos = start
            while pos < stop:
                piece = self._piece_at(pos)
                seg_end = min(stop, piece.cur_end)
                if piece.copied:
                    offset = pos - piece.cur_start
                    ostart = piece.orig_start + offset
                    oend = ostart + (seg_end - pos)
                    pieces.append(_Piece(new_len, new_len + seg_end - pos, ostart, oend, True))
                else:  # keep a written piece whole
                    pieces.append(
                        _Piece(new_len, new_len + seg_end - pos, piece.orig_start,
                               piece.orig_end, False)
                    )
                new_len += seg_end - pos
                pos = seg_end
            out_text.append(self.text[start:stop])

        for rep in reps:
            if rep.start < cur:
                raise ValueError(f"overlapping replacements at {rep.start} ({rep.code})")
            emit_copy(cur, rep.start)
            ostart, oend = self.original_span(rep.start, rep.end)
            if rep.new:
                pieces.append(_Piece(new_len, new_len + len(rep.new), ostart, oend, False))
                new_len += len(rep.new)
                out_text.append(rep.new)
            cur = rep.end
        emit_copy(cur, len(self.text))
        if not pieces:
            pieces.append(_Piece(0, 0, 0, len(self.original), True))
        return SpanMap(self.original, "".join(out_text), pieces)


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
