"""Every pattern newsclean runs on input, timed on adversarial inputs at two sizes.

A pattern that backtracks, or that is retried from every position of a long run and reads
to the run's end each time, takes time that grows faster than its input: a text four times
longer takes sixteen times as long (quadratic) or more. This script builds, for each
pattern, inputs that provoke that: runs of each character class, and runs of each literal
fragment of the pattern itself (``<!--``, ``By ``, a backtick), and times ``finditer`` over
them at ``--size`` and four times that. Linear work gives a ratio near 4; the table lists the
worst ratios and the run fails (status 1) when one is over ``--max-ratio``.

The patterns are those of newsclean's modules, with the variants the engine derives from
them (the ``MULTILINE`` form a block of several lines is searched with, and each
alternative compiled alone by the literal prefilter). ``tests/test_pattern_inputs.py`` runs
the same inputs under the ``regex`` module's timeout, so that a catastrophic pattern fails
the tests instead of hanging them; the ratios are measured here only (timings in a test
would fail on a busy machine).

    python benchmarks/patterns.py [--size 2000] [--max-ratio 9] [--json OUT]
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
import time
from collections.abc import Iterator

import regex

import newsclean
from newsclean.lazy_pattern import PatternSource
from newsclean.prefilter import alternatives, branch_index
from newsclean.search import multiline

#: Patterns that never see a document: they read pattern sources or settings.
NOT_ON_INPUT = frozenset({
    "newsclean.prefilter._WRAPPED_RE",
})
#: Patterns the engine only ever runs with ``match`` at one position (a block's start), never
#: searched along a text: timed that way.
MATCH_ONLY = frozenset({
    "newsclean.repair.DROP_CAP_START_RE",
})

#: Patterns the engine only ever runs as they are, on one block's text (a rule's ``notice``,
#: a test inside a rule), never through the literal search (``BlockContext.find``), which
#: derives the MULTILINE, anchored and single-alternative forms: those forms are not timed.
#: (A dated copyright notice's mark may stand on a later line of its block than ``^``:
#: ``[^(]*?`` reads on across lines, once per block; in a MULTILINE form it would do so
#: from every line.) ``tests/test_pattern_inputs.py`` checks that no module hands them to
#: ``find``.
AS_IS_ONLY = frozenset({
    "newsclean.lexicon.COPYRIGHT_NOTICE_RE",
})

#: Runs of one character class each (letters of both cases, digits, spaces, marks, line
#: ends, quotes, brackets, non-ASCII letters).
CLASS_UNITS = (
    "A", "a", "1", " ", ",", ".", "-", "\n", "<", "`", "!", "A ", "a ", "a. ", "Aa", "(",
    "[", "* ", "# ", "> ", "\t", "'", '"', "/", "|", "é", "—", ":", "@", "1 ", "A.",
)
#: Each unit is repeated as it is, with a space after it, after "x ", and as lines.
FORMS = ("{}", "{} ", "x {}", "{}\n")
#: The runs that follow one literal of the pattern ("By " then capitals, "help" then commas),
#: ended by a mark that no run expects.
RUN_UNITS = ("A", "a", "1", " ", ",", " /", ".", "\n", "A ", "a ")

# An escape that stands for a class or a position, not a character: "\\b", "\\p{Lu}".
_CLASS_ESCAPE_RE = regex.compile(r"\\[pPdDwWsSbBAZzGnrtuUxN0-9](?:\{[^}]*\})?")
# A literal stretch of a pattern's source: characters that are not syntax.
_LITERAL_RE = regex.compile(r"(?:\\[^pPdDwWsSbBAZzGnrtuUxN0-9]|[^\\()\[\]{}|?*+^$.])+")


def input_patterns() -> dict[str, regex.Pattern[str]]:
    """Every compiled pattern of newsclean's modules that reads input, by name, with the
    variants the engine derives from it (``name[multiline]``, ``name[anchored]``,
    ``name[alt N]``)."""
    for module in pkgutil.walk_packages(newsclean.__path__, "newsclean."):
        if not module.name.endswith(("__main__", ".dask")):
            importlib.import_module(module.name)
    found: dict[str, regex.Pattern[str]] = {}
    seen: set[tuple[str, int]] = set()
    for name, module in sorted(sys.modules.items()):
        if name != "newsclean" and not name.startswith("newsclean."):
            continue
        for attr, value in sorted(vars(module).items()):
            full = f"{name}.{attr}"
            if not isinstance(value, (regex.Pattern, PatternSource)) or full in NOT_ON_INPUT:
                continue
            if (value.pattern, value.flags) in seen:
                continue
            seen.add((value.pattern, value.flags))
            found[full] = value
            if full in AS_IS_ONLY:
                continue
            found[f"{full}[multiline]"] = multiline(value, False)
            found[f"{full}[anchored]"] = multiline(value, True)
            index = branch_index(value)
            if index is not None and len(index.sources) > 1:
                for bit in range(len(index.sources)):
                    found[f"{full}[alt {bit}]"] = alternatives(value, 1 << bit)[0]
    return found


def literal_units(pattern: regex.Pattern[str], limit: int = 24) -> list[str]:
    """Fragments of the pattern's own literals: what makes it start a match and then fail.

    >>> literal_units(regex.compile(r"<!--.*?-->|\\bBy "))
    ['-->', '<!--', 'By']
    """
    units: set[str] = set()
    source = _CLASS_ESCAPE_RE.sub("(", pattern.pattern)
    for m in _LITERAL_RE.finditer(source):
        text = regex.sub(r"\\(.)", r"\1", m.group()).strip()
        if 1 <= len(text) <= 12:
            units.add(text)
    return sorted(units)[:limit]


def adversarial_inputs(pattern: regex.Pattern[str], size: int) -> Iterator[tuple[str, str]]:
    """``(label, text)`` pairs, each ``size`` characters long: each unit in each form,
    repeated; and each literal of the pattern once, then a run of one class (see
    :data:`RUN_UNITS`) and a final ``!``."""
    literals = literal_units(pattern)
    for unit in (*CLASS_UNITS, *literals):
        for form in FORMS:
            piece = form.format(unit)
            yield piece, (piece * (size // len(piece) + 1))[:size]
    for literal in literals:
        for run in RUN_UNITS:
            for head in (literal, literal + " "):
                body = (run * (size // len(run) + 1))[: max(0, size - len(head) - 1)]
                yield f"{head}{run}…!", head + body + "!"


def run_all(pattern: regex.Pattern[str], text: str, timeout: float | None = None,
            anchored: bool = False) -> int:
    """How many matches ``finditer`` finds in ``text`` (every position is tried); with
    ``anchored``, whether ``match`` matches at the start (see :data:`MATCH_ONLY`)."""
    if anchored:
        return int(pattern.match(text, timeout=timeout) is not None)
    return sum(1 for _ in pattern.finditer(text, timeout=timeout))


def is_match_only(name: str) -> bool:
    """Whether the pattern named ``name`` (or the pattern it derives from) only runs with
    ``match`` (see :data:`MATCH_ONLY`)."""
    return name.split("[")[0] in MATCH_ONLY


def _time(pattern: regex.Pattern[str], text: str, anchored: bool, repeat: int = 3) -> float:
    """The best of ``repeat`` runs (a busy machine adds time, never takes it away)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run_all(pattern, text, timeout=60.0, anchored=anchored)
        best = min(best, time.perf_counter() - start)
    return best


def measure(size: int, floor: float = 0.001) -> list[dict[str, object]]:
    """The fastest-growing input of each pattern: time at ``size`` and ``4 * size``.

    Inputs that take under ``floor`` seconds at ``size`` are too fast to tell (and a pattern
    linear on them stays cheap); only the others are timed again four times larger.
    """
    rows: list[dict[str, object]] = []
    for name, pattern in input_patterns().items():
        worst: dict[str, object] | None = None
        pairs = zip(adversarial_inputs(pattern, size), adversarial_inputs(pattern, 4 * size),
                    strict=True)
        anchored = is_match_only(name)
        for (label, small_text), (_, big_text) in pairs:
            small = _time(pattern, small_text, anchored, repeat=1)
            if small < floor:
                continue
            small = _time(pattern, small_text, anchored)
            try:
                big = _time(pattern, big_text, anchored)
            except TimeoutError:
                big = float("inf")
            ratio = big / small
            if worst is None or ratio > float(worst["ratio"]):  # type: ignore[arg-type]
                worst = {"pattern": name, "input": label, "small_s": small, "large_s": big,
                         "ratio": ratio}
        if worst is not None:
            rows.append(worst)
    rows.sort(key=lambda r: -float(r["ratio"]))  # type: ignore[arg-type]
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=2000, help="smaller input, in characters")
    parser.add_argument("--max-ratio", type=float, default=9.0,
                        help="time ratio (4x the input) above which a pattern fails")
    parser.add_argument("--top", type=int, default=15, help="rows of the table")
    parser.add_argument("--json", metavar="OUT", help="write every row to this file")
    args = parser.parse_args(argv)
    patterns = input_patterns()
    rows = measure(args.size)
    print(f"{len(patterns)} patterns; {len(rows)} take a millisecond or more on an input of "
          f"{args.size:,} characters, timed again at {4 * args.size:,}")
    print(f"| pattern | input | {args.size:,} chars | {4 * args.size:,} chars | ratio |")
    print("|---|---|---:|---:|---:|")
    for row in rows[: args.top]:
        print(f"| {row['pattern']} | {row['input']!r} | {float(row['small_s']) * 1e3:.1f} ms"  # type: ignore[arg-type]
              f" | {float(row['large_s']) * 1e3:.1f} ms | {float(row['ratio']):.1f} |")  # type: ignore[arg-type]
    bad = [r for r in rows if float(r["ratio"]) > args.max_ratio]  # type: ignore[arg-type]
    print(f"over {args.max_ratio}: {len(bad)}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump({"size": args.size, "patterns": len(patterns), "rows": rows}, fh, indent=1)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
