"""Extraction on the same pages laid out as other tools write text: what newsclean scores
when the scraped text comes with blank lines between its lines, or hard-wrapped.

Usage::

    python benchmarks/layouts.py DATA_DIR [--sets a,b,...] [--layouts NAME,...]
        [--width N] [--jobs N] [--json OUT]

The development sets' scraped text puts each paragraph, heading or menu item on a line of
its own. Text from elsewhere often does not: a terminal browser's dump (``lynx -dump``)
wraps paragraphs at a width and parts them with blank lines, ``fmt``, a mail or text taken
from a PDF wraps them with no blank line between. Each page of ``DATA_DIR`` (one set or a
folder of sets, as ``benchmarks/extraction.py`` reads them) is rewritten in each layout of
:data:`LAYOUTS`, cleaned, and scored against its gold as ``extraction.py`` scores it: F1,
precision, recall and pages with recall under .5, per set and layout. The words and their
order are the same in every layout, so a figure below the ``as-is`` row is what the layout
alone costs.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path

_HERE = Path(__file__).resolve().parent
if str(_HERE) not in sys.path:
    sys.path.insert(0, str(_HERE))

from extraction import (  # noqa: E402
    import_package_module,
    page_jobs,
    parsed_sets,
    positive_int,
    scoring,
    set_parser,
)
from sensitivity import Figures, table  # noqa: E402

#: The width hard-wrapped layouts wrap at by default (a terminal's, less a margin).
DEFAULT_WIDTH = 78


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def _wrap(line: str, width: int) -> list[str]:
    # As fmt and terminal browsers do: words are never broken, at hyphens or otherwise.
    return textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)


def as_is(text: str, width: int) -> str:
    """The scraped text itself."""
    return text


def blank_lines(text: str, width: int) -> str:
    """A blank line between every two lines.

    >>> blank_lines("Title\\nBody.", 78)
    'Title\\n\\nBody.'
    """
    return "\n\n".join(_lines(text))


def wrapped(text: str, width: int) -> str:
    """Each line wrapped at ``width``, a blank line between them (``lynx -dump``).

    >>> print(wrapped("Title\\nThe river rose over its banks.", 16))
    Title
    <BLANKLINE>
    The river rose
    over its banks.
    """
    return "\n\n".join("\n".join(_wrap(line, width)) for line in _lines(text))


def wrapped_tight(text: str, width: int) -> str:
    """Each line wrapped at ``width``, no blank line between them (``fmt``, a mail, a PDF).

    >>> print(wrapped_tight("Title\\nThe river rose over its banks.", 16))
    Title
    The river rose
    over its banks.
    """
    return "\n".join("\n".join(_wrap(line, width)) for line in _lines(text))


#: The layouts by name, in the order of the tables.
LAYOUTS: dict[str, Callable[[str, int], str]] = {
    "as-is": as_is,
    "blank-lines": blank_lines,
    "wrapped": wrapped,
    "wrapped-tight": wrapped_tight,
}


def _score_page(job: tuple[str, int, int, str, str]) -> tuple[str, int, float | None,
                                                                float | None]:
    """Lay one page out, clean it and score it: the layout, the set's index, precision and
    recall."""
    layout, width, index, text, gold = job
    output = import_package_module("newsclean").clean(LAYOUTS[layout](text, width))
    score = scoring.page_score(output, gold)
    return layout, index, score.precision, score.recall


def evaluate(
    pages: Sequence[tuple[int, str, str]], names: Sequence[str], layouts: Sequence[str],
    width: int, workers: int,
) -> dict[str, dict[str, Figures]]:
    """Figures by layout and set (``pages``: (set index, text, gold))."""
    jobs = [(layout, width, index, text, gold)
            for layout in layouts for index, text, gold in pages]
    with multiprocessing.Pool(workers) as pool:
        scored = pool.map(_score_page, jobs, chunksize=8)
    return {layout: {name: Figures.of([(p, r) for lay, i, p, r in scored
                                       if lay == layout and i == index])
                     for index, name in enumerate(names)}
            for layout in layouts}


def _layouts(value: str) -> list[str]:
    names = [name.strip() for name in value.split(",") if name.strip()]
    unknown = [name for name in names if name not in LAYOUTS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown layout(s) {', '.join(unknown) or '(none)'}; known: {', '.join(LAYOUTS)}")
    return names


def _width(value: str) -> int:
    width = positive_int(value)
    if width < 20:
        raise argparse.ArgumentTypeError(f"a width of {width} is too narrow (20 at least)")
    return width


def build_parser() -> argparse.ArgumentParser:
    parser = set_parser(__doc__, "one data set, or a folder of them", "write the figures here")
    parser.add_argument("--layouts", type=_layouts, default=list(LAYOUTS), metavar="A,B,...",
                        help=f"the layouts to score (default: {','.join(LAYOUTS)})")
    parser.add_argument("--width", type=_width, default=DEFAULT_WIDTH,
                        help=f"the width wrapped layouts wrap at (default {DEFAULT_WIDTH})")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    sets = parsed_sets(args, "layouts")
    if sets is None:
        return 2
    names = [s.name for s in sets]
    figures = evaluate(page_jobs(sets), names, args.layouts, args.width, args.jobs)
    print(f"F1 / precision / recall / pages with recall < .5, wrapped at {args.width}:\n")
    print(table(["layout", *names], (
        [layout, *(f"{f.f1:.4f} / {f.precision:.3f} / {f.recall:.3f} / {f.low}"
                   for f in (figures[layout][n] for n in names))]
        for layout in args.layouts
    )))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({
            "width": args.width,
            "figures": {layout: {n: asdict(f) for n, f in by_set.items()}
                        for layout, by_set in figures.items()},
        }, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
