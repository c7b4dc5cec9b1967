"""A horizontal bar chart as inline SVG: one bar per row, its label and its count.

>>> svg = bar_chart([("H101", "heading-fragment", 18, "#ad511f", "in 3 documents"),
...                  ("P101", "<x>", 2, "#333", "")])
>>> svg.count("<rect"), "&lt;x&gt;" in svg, "18, in 3 documents" in svg, 'href="#rule-H101"' in svg
(2, True, True, True)
"""

from __future__ import annotations

from collections.abc import Sequence

from .links import rule_anchor
from .marks import escape

__all__ = ["bar_chart"]

#: Sizes of the chart, in pixels.
BAR_HEIGHT, GAP, LABEL_WIDTH, WIDTH = 18, 6, 250, 860


def bar_chart(rows: Sequence[tuple[str, str, int, str, str]],
              title: str = "Changes by rule") -> str:
    """An SVG chart of ``(code, name, count, colour, note)`` rows, longest bar for the
    largest count; each bar's count and note are written after it, so the chart reads
    without colour, and each rule's name links to its entry in the report."""
    if not rows:
        return ""
    top = max(row[2] for row in rows) or 1
    scale = WIDTH - LABEL_WIDTH - 180
    height = len(rows) * (BAR_HEIGHT + GAP) + GAP
    parts = [f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" '
             f'height="{height}" viewBox="0 0 {WIDTH} {height}" role="img" '
             f'aria-label="{escape(title)}"><title>{escape(title)}</title>']
    for i, (code, name, count, colour, note) in enumerate(rows):
        y = GAP + i * (BAR_HEIGHT + GAP)
        width = max(1.0, count / top * scale)
        text_y = y + BAR_HEIGHT * 0.75
        parts.append(
            f'<a href="#{rule_anchor(code)}"><text x="{LABEL_WIDTH - 8}" y="{text_y:.0f}" '
            f'text-anchor="end">{escape(code)} {escape(name)}</text></a>'
            f'<rect x="{LABEL_WIDTH}" y="{y}" width="{width:.1f}" height="{BAR_HEIGHT}" '
            f'fill="{escape(colour)}"><title>{escape(code)}: {count:,}</title></rect>'
            f'<text x="{LABEL_WIDTH + width + 6:.1f}" y="{text_y:.0f}">{count:,}'
            f'{", " + escape(note) if note else ""}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
