"""A block model fitted over newsclean's decisions, scored on the set it was not fitted on.

Usage::

    python benchmarks/fit_blocks.py DATA_DIR [--sets a,b,...] [--jobs N] [--json OUT]

Every page of every set in ``DATA_DIR`` (a folder of sets, as ``benchmarks/extraction.py``
reads them) is analysed, and each block becomes a row of :data:`FEATURES`: the rules'
decision (kept or not), the role of its label, its shape, its neighbours' decisions and
where it stands against the kept part of the page. A block is the article's where its
words occur, in order, in the page's gold. Leaving each set out in turn, a logistic model
(L2-regularised, fitted by iteratively reweighted least squares; every training set
weighs the same, a block by the square root of its words) is fitted on the other sets and
keeps the blocks of the set left out whose probability is over one half; that output is
scored as ``extraction.py`` scores (F1, pages with recall under .5) beside the rules' own
output (the kept blocks), and the words the model adds and drops are counted, in the gold
or not. A model fitted on every set prints its weights, to be read (in-sample).

It asks whether a fitted layer over the rules carries across sets: the sets' golds
disagree on bylines, datelines, headlines and captions, and a model learns the
conventions of the sets it is fitted on. Needs ``numpy`` (installed with the ``dask``
extra). ``--json OUT`` writes the figures and the weights.
"""

from __future__ import annotations

import argparse
import json
import math
import multiprocessing
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

_HERE = Path(__file__).resolve().parent
if str(_HERE) not in sys.path:
    sys.path.insert(0, str(_HERE))

from extraction import (  # noqa: E402
    aggregate_pairs,
    import_package_module,
    low_recall,
    page_jobs,
    parsed_sets,
    scoring,
    set_parser,
)

#: The features of a block, in the order of a row (the first is the intercept).
FEATURES = (
    "intercept", "kept", "role article", "role inline", "role furniture", "role barrier",
    "outside (B302)", "log words", "ends a sentence", "title case", "has a figure",
    "kept above", "kept below", "kept 2 above", "kept 2 below", "inside the kept span",
    "log distance to it", "above it", "below it",
)
ROLES = ("article", "inline", "furniture", "barrier")
#: The L2 penalty of the fit, and its iterations.
L2, ITERATIONS = 1.0, 25
#: A block's weight is the square root of its words, up to this many.
MAX_WEIGHT_WORDS = 100

Row = tuple[list[float], bool, bool, str, int]  # features, in the gold, kept, text, words


def block_rows(text: str, gold: str) -> list[Row]:
    """Each block of ``text`` as a row: its :data:`FEATURES`, whether its words occur in
    ``gold``, whether the rules keep it, its text and its number of words.

    >>> rows = block_rows("Home\\nNews\\nSport\\nWorld\\nArts\\nTravel\\nOpinion\\nVideo\\n"
    ...                   "The storm arrived at dawn, and rain fell all day in the town.",
    ...                   "The storm arrived at dawn, and rain fell all day in the town.")
    >>> [(gold, kept) for _, gold, kept, _, _ in rows][-2:]
    [(False, False), (True, True)]
    >>> dict(zip(FEATURES, rows[-1][0]))["inside the kept span"]
    1.0
    """
    newsclean = import_package_module("newsclean")
    roles = import_package_module("newsclean.registry").label_roles()
    features_of = import_package_module("newsclean.features")
    blocks = newsclean.analyze(text).blocks
    kept = [b.kept for b in blocks]
    kept_at = [i for i, k in enumerate(kept) if k]
    first, last = (kept_at[0], kept_at[-1]) if kept_at else (len(blocks), -1)
    in_gold = " " + " ".join(scoring.tokens(gold)) + " "

    def kept_near(k: int) -> float:
        return float(0 <= k < len(blocks) and kept[k])

    rows: list[Row] = []
    for i, block in enumerate(blocks):
        f = features_of.Features.of(block.text)
        rule = roles.get(block.label) if block.code else None
        role = rule.role.value if rule is not None else "article"
        tokens = scoring.tokens(block.text)
        distance = first - i if i < first else (i - last if i > last else 0)
        row = [
            1.0, float(block.kept), *(float(role == r) for r in ROLES),
            float(block.code == "B302"), math.log1p(f.n_words), float(f.terminal),
            float(features_of.is_title_case(block.text)),
            float(any(map(str.isdigit, block.text))),
            kept_near(i - 1), kept_near(i + 1), kept_near(i - 2), kept_near(i + 2),
            float(first <= i <= last), math.log1p(distance), float(i < first), float(i > last),
        ]
        gold_block = bool(tokens) and f" {' '.join(tokens)} " in in_gold
        rows.append((row, gold_block, block.kept, block.text, len(tokens)))
    return rows


def _page_rows(job: tuple[int, str, str]) -> tuple[int, str, list[Row]]:
    index, text, gold = job
    return index, gold, block_rows(text, gold)


Page = tuple[str, list[Row]]  # the gold, the blocks' rows


def fit(pages_by_set: Sequence[Sequence[Page]]) -> list[float]:
    """The model's weights, fitted on the pages of ``pages_by_set`` (each set weighs the
    same; blocks without words are left out)."""
    import numpy as np

    xs, ys, ws = [], [], []
    for pages in pages_by_set:
        rows = [r for _, page_rows in pages for r in page_rows if r[4]]
        if not rows:
            continue
        weights = np.array([min(r[4], MAX_WEIGHT_WORDS) ** 0.5 for r in rows])
        xs.append(np.array([r[0] for r in rows]))
        ys.append(np.array([float(r[1]) for r in rows]))
        ws.append(weights / weights.sum())
    x, y = np.vstack(xs), np.concatenate(ys)
    w = np.concatenate(ws) * (len(y) / len(xs))  # each set weighs an average set's blocks
    beta = np.zeros(x.shape[1])
    penalty = L2 * np.eye(x.shape[1])
    for _ in range(ITERATIONS):
        p = 1.0 / (1.0 + np.exp(-(x @ beta)))
        hessian = x.T @ (x * (w * p * (1.0 - p))[:, None]) + penalty
        beta = beta + np.linalg.solve(hessian, x.T @ (w * (y - p)) - L2 * beta)
    return [float(b) for b in beta]


def keeps(beta: Sequence[float], row: Sequence[float]) -> bool:
    """Whether the model with weights ``beta`` keeps a block of features ``row``.

    >>> keeps([0.0, 2.0], [1.0, 1.0]), keeps([0.0, 2.0], [1.0, -1.0])
    (True, False)
    """
    return sum(b * x for b, x in zip(beta, row, strict=True)) > 0.0


@dataclass(frozen=True)
class Figures:
    """One output's scores on a set, and (for the model) the words it changed."""

    f1: float
    precision: float
    recall: float
    low: int
    added_gold: int = 0
    added_other: int = 0
    dropped_gold: int = 0
    dropped_other: int = 0


def score(pages: Sequence[Page], beta: Sequence[float] | None) -> Figures:
    """The set's scores with the blocks the model keeps (the rules' where ``beta`` is
    None), and the words the model adds and drops against the rules."""
    pairs = []
    changed = {"added_gold": 0, "added_other": 0, "dropped_gold": 0, "dropped_other": 0}
    for gold, rows in pages:
        chosen = []
        for row, in_gold, kept, text, words in rows:
            keep = kept if beta is None else keeps(beta, row)
            if keep != kept:
                key = ("added_" if keep else "dropped_") + ("gold" if in_gold else "other")
                changed[key] += words
            if keep:
                chosen.append(text)
        page = scoring.page_score("\n\n".join(chosen), gold)
        pairs.append((page.precision, page.recall))
    total = aggregate_pairs(pairs)
    low, _ = low_recall(r for _, r in pairs)
    return Figures(total.f1, total.precision, total.recall, low, **changed)


def build_parser() -> argparse.ArgumentParser:
    return set_parser(__doc__, "a folder of data sets", "write the figures and weights here")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        import numpy  # noqa: F401
    except ImportError:
        print("fit_blocks: needs numpy (pip install numpy, or the dask extra)", file=sys.stderr)
        return 2
    sets = parsed_sets(args, "fit_blocks")
    if sets is None:
        return 2
    if len(sets) < 2:
        print(f"fit_blocks: needs two data sets or more in {args.data_dir}", file=sys.stderr)
        return 2
    names = [s.name for s in sets]
    with multiprocessing.Pool(args.jobs) as pool:
        done = pool.map(_page_rows, page_jobs(sets), chunksize=8)
    by_set: list[list[Page]] = [[] for _ in names]
    for index, gold, rows in done:
        by_set[index].append((gold, rows))
    results: dict[str, dict[str, Any]] = {}
    lines = []
    for k, name in enumerate(names):
        beta = fit([pages for j, pages in enumerate(by_set) if j != k])
        rules, model = score(by_set[k], None), score(by_set[k], beta)
        results[name] = {"rules": asdict(rules), "model": asdict(model), "weights": beta}
        lines.append(
            f"| {name} | {len(by_set[k])} | {rules.f1:.4f} / {rules.low} | {model.f1:.4f} / "
            f"{model.low} | {model.added_gold} / {model.added_other} | "
            f"{model.dropped_gold} / {model.dropped_other} |"
        )
    print("Fitted without the set, scored on it (F1 / pages with recall < .5; words the model"
          " adds and drops against the rules, in the gold / not):\n")
    print("| set | pages | rules | model | added | dropped |\n|---|---:|---:|---:|---:|---:|")
    print("\n".join(lines))
    weights = fit(by_set)
    print("\nWeights fitted on every set (in-sample):\n")
    print("| feature | weight |\n|---|---:|")
    print("\n".join(f"| {name} | {w:+.2f} |" for name, w in zip(FEATURES, weights, strict=True)))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        report = {"features": FEATURES, "left_out": results, "weights": weights}
        args.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
