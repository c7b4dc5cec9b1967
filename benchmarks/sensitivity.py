"""Check the article run's hand-set constants across the development sets: each moved a
step either way, alone, and a leave-one-set-out choice of them.

Usage::

    python benchmarks/sensitivity.py DATA_DIR [--sets a,b,...] [--only NAME,...]
        [--jobs N] [--json OUT]

newsclean finds the article as the run of blocks with the largest sum of scores
(``newsclean.region``), and the scores come from a few constants set by hand: what a menu
line, a heading-like line, a repeated line or a teaser counts, how long running text is,
and the region score of each furniture rule (a footer, a related list). :data:`PARAMETERS`
gives each constant a value below and above its own. For each such value, every set of
``DATA_DIR`` (one set or a folder of sets, as ``benchmarks/extraction.py`` reads them) is
cleaned with that one constant changed, in the worker processes before their first page,
and scored as ``extraction.py`` scores it: F1, and pages with recall under .5.

Then, leaving each set out in turn, every constant takes the value of its row that does
best on the other sets (:func:`objective`: their mean F1 less their mean share of pages
under .5 recall; a value other than the hand-set one must beat it by more than
:data:`MIN_GAIN`), and the set left out is scored with the values so chosen, together: a
figure for each set that its own pages did not choose (the hand-set values were chosen
looking at every set, so their own figures are in-sample).

The tables give the hand-set values' figures, each change's difference per set, and the
leave-one-set-out choices; ``--json`` writes them all.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
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

#: The constants tried, each with a value below and above its own: ``newsclean.region``'s
#: by name, a furniture rule's region score by the rule's code.
PARAMETERS: tuple[tuple[str, tuple[float, ...]], ...] = (
    ("MENU_SCORE", (-3.0, -5.0)),
    ("HEADLINE_SCORE", (-1.0, -3.0)),
    ("REPEAT_PENALTY", (-2.0, -4.0)),
    ("LONE_LINE_SCORE", (-0.5, -2.0)),
    ("TRUNCATED_SCORE", (-1.0, -3.0)),
    ("LONE_PROSE_SHARE", (0.1, 0.35)),
    ("MIN_PROSE_WORDS", (8, 12)),
    ("MIN_LONG_WORDS", (20, 30)),
    ("MIN_PROSE_DENSITY", (0.08, 0.16)),
    ("WEAK_RUN_SCORE", (12.0, 30.0)),
    ("ANCHORED_SHARE", (0.15, 0.4)),
    ("B202", (-4.0, -12.0)),
    ("B205", (-8.0, -16.0)),
    ("B206", (-8.0, -16.0)),
    ("B209", (-4.0, -12.0)),
    ("B210", (-2.0, -8.0)),
    ("B211", (-3.0, -9.0)),
)
#: How much a value must beat the hand-set one by (in :func:`objective`) to be chosen.
MIN_GAIN = 0.0005
#: A rule's code, as a name in :data:`PARAMETERS`.
RULE_CODE_RE = re.compile(r"[A-Z]\d{3}")


@dataclass(frozen=True)
class Figures:
    """One set's scores: F1, precision, recall, pages with recall under .5, pages."""

    f1: float
    precision: float
    recall: float
    low: int
    pages: int

    @classmethod
    def of(cls, pairs: Sequence[tuple[float | None, float | None]]) -> Figures:
        """The figures of pages' (precision, recall) pairs, as ``extraction.py`` scores them.

        >>> f = Figures.of([(1.0, 1.0), (0.5, 0.2)])
        >>> round(f.f1, 4), f.precision, f.recall, f.low, f.pages
        (0.6667, 0.75, 0.6, 1, 2)
        """
        total = aggregate_pairs(pairs)
        low, _ = low_recall(r for _, r in pairs)
        return cls(total.f1, total.precision, total.recall, low, len(pairs))

    @property
    def low_share(self) -> float:
        """The share of the pages with recall under .5."""
        return self.low / self.pages if self.pages else 0.0


def objective(figures: Iterable[Figures]) -> float:
    """What a choice of values is judged by on some sets: their mean F1 less their mean
    share of pages under .5 recall (a page lost counts as much as its share of F1).

    >>> round(objective([Figures(.9, .9, .9, 3, 100), Figures(.8, .8, .8, 0, 10)]), 3)
    0.835
    """
    chosen = list(figures)
    if not chosen:
        return 0.0
    return sum(f.f1 - f.low_share for f in chosen) / len(chosen)


def apply_overrides(overrides: Mapping[str, float]) -> None:
    """Set each constant of ``overrides`` in this process (a worker's, before its first
    page): a ``newsclean.region`` constant by name, a furniture rule's region score by the
    rule's code. An unknown name is an error."""
    region = import_package_module("newsclean.region")
    registry = import_package_module("newsclean.registry")
    rules = {rule.code: rule for rule in registry.label_roles().values()}
    for name, value in overrides.items():
        if RULE_CODE_RE.fullmatch(name):
            rule = rules.get(name)
            if rule is None or rule.role is not registry.Role.FURNITURE:
                raise ValueError(f"{name} is no furniture rule with a region score")
            object.__setattr__(rule, "region_score", float(value))  # a frozen dataclass
        elif isinstance(getattr(region, name, None), (int, float)):
            setattr(region, name, type(getattr(region, name))(value))
        else:
            raise ValueError(f"newsclean.region has no numeric constant {name}")


def _init_worker(overrides: Mapping[str, float]) -> None:
    apply_overrides(overrides)


def _score_page(job: tuple[int, str, str]) -> tuple[int, float | None, float | None]:
    """Clean one page and score it: its set's index, precision and recall."""
    index, text, gold = job
    output = import_package_module("newsclean").clean(text)
    score = scoring.page_score(output, gold)
    return index, score.precision, score.recall


Jobs = Sequence[tuple[int, str, str]]


def evaluate(
    jobs: Jobs, names: Sequence[str], overrides: Mapping[str, float], workers: int
) -> dict[str, Figures]:
    """Every set's :class:`Figures` with ``overrides`` set (``jobs``: the pages as
    (set index, text, gold), ``names``: the sets')."""
    with multiprocessing.Pool(workers, _init_worker, (dict(overrides),)) as pool:
        scored = pool.map(_score_page, jobs, chunksize=8)
    return {name: Figures.of([(p, r) for i, p, r in scored if i == index])
            for index, name in enumerate(names)}


@dataclass(frozen=True)
class Single:
    """One constant set to one value: the sets' figures."""

    name: str
    value: float
    figures: dict[str, Figures]


def choose(
    singles: Sequence[Single], base: Mapping[str, Figures], sets: Sequence[str]
) -> dict[str, float]:
    """For each constant, the value whose figures on ``sets`` beat the hand-set values'
    (``base``) by more than :data:`MIN_GAIN` the most, if any.

    >>> base = {"a": Figures(.9, .9, .9, 1, 10), "b": Figures(.9, .9, .9, 0, 10)}
    >>> better = Single("X", 2.0, {"a": Figures(.9, .9, .9, 0, 10), "b": base["b"]})
    >>> worse = Single("Y", 1.0, {"a": Figures(.8, .8, .8, 1, 10), "b": base["b"]})
    >>> choose([better, worse], base, ["a"]), choose([better, worse], base, ["b"])
    ({'X': 2.0}, {})
    """
    start = objective(base[s] for s in sets)
    best: dict[str, tuple[float, float]] = {}
    for single in singles:
        gain = objective(single.figures[s] for s in sets) - start
        if gain > MIN_GAIN and gain > best.get(single.name, (0.0, 0.0))[0]:
            best[single.name] = (gain, single.value)
    return {name: value for name, (_, value) in best.items()}


def _change(new: Figures, old: Figures) -> str:
    return f"{new.f1 - old.f1:+.4f} / {new.low - old.low:+d}"


def _figures(f: Figures) -> str:
    return f"{f.f1:.4f} / {f.low}"


def table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A Markdown table.

    >>> print(table(["a", "b"], [["1", "2"]]))
    | a | b |
    |---|---|
    | 1 | 2 |
    """
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines.extend("| " + " | ".join(row) + " |" for row in rows)
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    parser = set_parser(__doc__, "one data set, or a folder of them", "write the figures here")
    parser.add_argument("--only", help="comma-separated constants to try (default: all)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    sets = parsed_sets(args, "sensitivity")
    if sets is None:
        return 2
    parameters = PARAMETERS
    if args.only:
        only = {name.strip() for name in args.only.split(",")}
        unknown = only - {name for name, _ in PARAMETERS}
        if unknown:
            print(f"sensitivity: unknown constant(s) {sorted(unknown)}", file=sys.stderr)
            return 2
        parameters = tuple(p for p in PARAMETERS if p[0] in only)
    names = [s.name for s in sets]
    jobs = page_jobs(sets)
    try:
        base = evaluate(jobs, names, {}, args.jobs)
        singles = [Single(name, value, evaluate(jobs, names, {name: value}, args.jobs))
                   for name, values in parameters for value in values]
    except ValueError as exc:
        print(f"sensitivity: {exc}", file=sys.stderr)
        return 2
    print("Hand-set values (F1 / pages with recall < .5), in-sample:\n")
    print(table(["", *names], [["hand-set", *(_figures(base[n]) for n in names)]]))
    print("\nOne constant changed (difference in F1 / in pages with recall < .5):\n")
    print(table(["constant = value", *names], (
        [f"{s.name} = {s.value:g}", *(_change(s.figures[n], base[n]) for n in names)]
        for s in singles
    )))
    held: list[dict[str, Any]] = []
    for name in names:
        chosen = choose(singles, base, [n for n in names if n != name])
        index = names.index(name)
        own = [(0, text, gold) for i, text, gold in jobs if i == index]
        figures = evaluate(own, [name], chosen, args.jobs) if chosen else {name: base[name]}
        held.append({"set": name, "chosen": chosen, "figures": asdict(figures[name])})
    print("\nLeave one set out: values chosen on the other sets, the set scored with them:\n")
    print(table(["set left out", "values chosen on the others", "hand-set", "chosen"], (
        [h["set"], ", ".join(f"{k} = {v:g}" for k, v in h["chosen"].items()) or "(none)",
         _figures(base[h["set"]]), _figures(Figures(**h["figures"]))]
        for h in held
    )))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({
            "base": {n: asdict(f) for n, f in base.items()},
            "singles": [{"name": s.name, "value": s.value,
                         "figures": {n: asdict(f) for n, f in s.figures.items()}}
                        for s in singles],
            "leave_one_set_out": held,
        }, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
