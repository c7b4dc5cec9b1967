"""The colour of each label in a report: article labels in one family of blues, each kind of
boilerplate a hue of its own.

Every colour is a pale background under near-black text, with a darker edge of the same hue,
so text keeps its contrast (well above WCAG's 4.5:1) whatever the label; the label's name is
written on every block too, so colour never carries the meaning alone.

>>> article_colour = label_colour("paragraph")
>>> label_colour("advert") != article_colour != label_colour("donation")
True
>>> contrast(TEXT, label_colour("advert").background) > 12
True
"""

from __future__ import annotations

import colorsys
from dataclasses import dataclass
from functools import lru_cache

from ..labels import BODY_LABELS, HEADING, LIST_ITEM, PARAGRAPH, QUOTE, TITLE, VERBATIM
from ..registry import boilerplate_kinds

__all__ = ["TEXT", "Colour", "contrast", "label_colour"]

#: The colour of text on every block.
TEXT = "#161616"

#: The hue (degrees) of the article family, and each article label's lightness of edge.
ARTICLE_HUE = 212
_ARTICLE_EDGE = {TITLE: 0.22, HEADING: 0.30, PARAGRAPH: 0.45, LIST_ITEM: 0.38,
                 QUOTE: 0.52, VERBATIM: 0.60}
#: Hues kept away from boilerplate (degrees), so none is mistaken for article text.
_ARTICLE_BAND = (185.0, 245.0)


@dataclass(frozen=True)
class Colour:
    """A label's colours: ``background`` behind its text and ``edge`` on its left border."""

    background: str
    edge: str


def _hex(hue: float, lightness: float, saturation: float) -> str:
    r, g, b = colorsys.hls_to_rgb(hue / 360, lightness, saturation)
    return f"#{round(r * 255):02x}{round(g * 255):02x}{round(b * 255):02x}"


def _luminance(colour: str) -> float:
    """The relative luminance of a ``#rrggbb`` colour (WCAG 2)."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    """The WCAG contrast ratio of two ``#rrggbb`` colours (1 to 21).

    >>> round(contrast("#000000", "#ffffff"))
    21
    """
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


#: How many hues boilerplate spreads over (outside the article band), and the lightness of
#: its two tints: a kind past the first round of hues takes the next hue's half-step and the
#: stronger tint, so no two kinds of the first 2 x HUES look alike (26: more than the 23
#: kinds; a prime, so that stepping four hues at a time visits every one).
HUES = 13
_TINTS = (0.92, 0.84)


@lru_cache(maxsize=1)
def _boilerplate_tints() -> dict[str, tuple[float, float]]:
    """A hue and a tint's lightness for each boilerplate kind, in the kinds' sorted order (so
    a kind keeps its colour between runs); neighbours in that order are far apart on the
    wheel."""
    low, high = _ARTICLE_BAND
    step = (360 - (high - low)) / HUES
    tints: dict[str, tuple[float, float]] = {}
    for i, kind in enumerate(boilerplate_kinds()):
        turn, k = divmod(i, HUES)
        slot = (k * 4) % HUES + (0.5 if turn % 2 else 0.0)
        tints[kind] = ((high + step / 2 + slot * step) % 360, _TINTS[turn % 2])
    return tints


@lru_cache(maxsize=256)
def label_colour(label: str) -> Colour:
    """The colours of blocks labelled ``label`` (an unknown label gets a neutral grey)."""
    if label in BODY_LABELS:
        return Colour(_hex(ARTICLE_HUE, 0.965, 0.6),
                      _hex(ARTICLE_HUE, _ARTICLE_EDGE.get(label, 0.45), 0.65))
    tint = _boilerplate_tints().get(label)
    if tint is None:
        return Colour("#eeeeee", "#666666")
    hue, lightness = tint
    return Colour(_hex(hue, lightness, 0.75), _edge(hue))


def _edge(hue: float) -> str:
    """The lightest edge of ``hue`` with a contrast of 4.5:1 on white: yellows and greens
    need a darker shade than reds and violets to stand out as much."""
    lightness = 0.40
    edge = _hex(hue, lightness, 0.7)
    while contrast(edge, "#ffffff") < 4.5 and lightness > 0.1:
        lightness -= 0.02
        edge = _hex(hue, lightness, 0.7)
    return edge
