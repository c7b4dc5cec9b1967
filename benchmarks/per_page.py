"""The cost per document: each page's time by page size, and a line fitted through them.

Usage::

    python benchmarks/per_page.py DATA_DIR [--src SRC ...] [--rounds N] [--groups K]
        [--json OUT]

For each ``--src`` (a package's ``src`` folder; default this checkout's), a child process
imports newsclean from it, cleans every page of ``DATA_DIR`` (``text/*.txt``, or ``*.txt``)
once to warm up, then once more with each page timed alone. The children run ``--rounds``
times, the trees in turn (a drift of the machine's speed falls on every tree alike), and a
page's time is its best round. The table puts the pages in ``--groups`` groups by size (the
same pages for every tree) and gives each tree's mean milliseconds a page, and the
difference to the first tree; below it, each tree's least-squares line through all pages:
milliseconds per document (the intercept) and per kilobyte (the slope). Two versions so
compared tell a cost that every document pays whatever its size (it moves the intercept)
from one that grows with the text (the slope): pages cleaned one at a time pay the first
once each, pages joined into larger documents once per document.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent

# The child: import the package from SRC, clean every page once, then time each page once;
# print the times (seconds, in the pages' order) as JSON.
_CHILD = """
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import newsclean
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[2]).glob("*.txt"))]
for text in texts:
    newsclean.clean(text)
times = []
for text in texts:
    start = time.perf_counter()
    newsclean.clean(text)
    times.append(time.perf_counter() - start)
print(json.dumps(times))
"""


def page_times(src: Path, pages: Path) -> list[float]:
    """One child's time for each page (seconds, in the order of their sorted names)."""
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, str(src), str(pages)],
        capture_output=True, text=True, check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"the child for {src} failed: {result.stderr[-500:]}")
    times: list[float] = json.loads(result.stdout)
    return times


def fit_line(xs: Sequence[float], ys: Sequence[float]) -> tuple[float, float]:
    """The least-squares line through the points: its intercept and slope.

    >>> fit_line([1, 2, 3], [3, 5, 7])
    (1.0, 2.0)
    >>> fit_line([4, 4], [1, 3])  # one size only: no slope, the mean
    (2.0, 0.0)
    """
    n = len(xs)
    mean_x, mean_y = sum(xs) / n, sum(ys) / n
    var = sum((x - mean_x) ** 2 for x in xs)
    if not var:
        return mean_y, 0.0
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / var
    return mean_y - slope * mean_x, slope


def size_groups(sizes: Sequence[int], groups: int) -> list[list[int]]:
    """The pages' indices in ``groups`` groups by size, smallest first, as even as can be.

    >>> size_groups([50, 10, 40, 20, 30], 2)
    [[1, 3], [4, 2, 0]]
    """
    order = sorted(range(len(sizes)), key=lambda i: (sizes[i], i))
    groups = max(1, min(groups, len(order)))
    bounds = [round(k * len(order) / groups) for k in range(groups + 1)]
    return [order[a:b] for a, b in pairwise(bounds) if b > a]


def tree_names(srcs: Sequence[Path]) -> list[str]:
    """A name for each tree: its path, and a tree named twice (timed twice: the machine's
    noise) under a name of its own.

    >>> tree_names([Path("a/src"), Path("b/src"), Path("a/src")])
    ['a/src', 'b/src', 'a/src #3']
    """
    return [str(src) if str(src) not in map(str, srcs[:k]) else f"{src} #{k + 1}"
            for k, src in enumerate(srcs)]


def best_times(
    srcs: Sequence[Path], pages: Path, n_pages: int, rounds: int
) -> dict[str, list[float]]:
    """Each tree's best time for each page (ms), over ``rounds`` rounds of a child per tree,
    the trees in turn."""
    best = {tree: [float("inf")] * n_pages for tree in tree_names(srcs)}
    for _ in range(rounds):
        for tree, src in zip(best, srcs, strict=True):
            best[tree] = [min(b, t * 1000) for b, t in zip(best[tree], page_times(src, pages),
                                                           strict=True)]
    return best


def print_report(ms: dict[str, list[float]], sizes: Sequence[int], groups: int,
                 rounds: int) -> dict[str, object]:
    """Print the table by size group and the fitted lines; return them for the JSON."""
    trees = list(ms)
    print(f"{len(sizes)} pages, best of {rounds} rounds, ms a page\n")
    header = ["pages (KB)", "n", *trees, *(f"{tree} - first" for tree in trees[1:])]
    print("| " + " | ".join(header) + " |")
    print("|---|" + "---:|" * (len(header) - 1))
    rows = []
    for group in [*size_groups(sizes, groups), list(range(len(sizes)))]:
        means = [sum(ms[tree][i] for i in group) / len(group) for tree in trees]
        kb = [sizes[i] / 1000 for i in group]
        label = "all" if len(group) == len(sizes) else f"{min(kb):.1f}-{max(kb):.1f}"
        cells = [f"{m:.2f}" for m in means] + [f"{m - means[0]:+.2f}" for m in means[1:]]
        print(f"| {label} | {len(group)} | " + " | ".join(cells) + " |")
        rows.append({"pages": label, "n": len(group),
                     "mean_ms": dict(zip(trees, means, strict=True))})
    fits = {tree: fit_line([s / 1000 for s in sizes], ms[tree]) for tree in trees}
    print("\n| tree | ms per document | ms per KB | total ms |")
    print("|---|---:|---:|---:|")
    for tree, (intercept, slope) in fits.items():
        print(f"| {tree} | {intercept:.3f} | {slope:.4f} | {sum(ms[tree]):.1f} |")
    return {"groups": rows,
            "fit": {tree: {"ms_per_document": a, "ms_per_kb": b} for tree, (a, b) in fits.items()}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--src", type=Path, action="append", help="a package's src folder")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--groups", type=int, default=10)
    parser.add_argument("--json", type=Path, metavar="OUT")
    args = parser.parse_args(argv)
    pages = args.data_dir / "text" if (args.data_dir / "text").is_dir() else args.data_dir
    files = sorted(pages.glob("*.txt"))
    if not files:
        print(f"no .txt pages in {pages}", file=sys.stderr)
        return 2
    if args.rounds < 1 or args.groups < 1:
        print("--rounds and --groups must be 1 or more", file=sys.stderr)
        return 2
    ms = best_times(args.src or [_ROOT / "src"], pages, len(files), args.rounds)
    sizes = [len(f.read_bytes()) for f in files]
    report = print_report(ms, sizes, args.groups, args.rounds)
    if args.json:
        args.json.write_text(json.dumps({
            "rounds": args.rounds, "trees": list(ms), **report,
            "pages": [{"name": f.name, "bytes": size, "ms": {tree: ms[tree][i] for tree in ms}}
                      for i, (f, size) in enumerate(zip(files, sizes, strict=True))],
        }, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
