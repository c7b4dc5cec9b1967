"""Start-up: the wall time of one command-line run on one file, in a fresh interpreter.

Usage::

    python benchmarks/startup.py [FILE ...] [--src SRC ...] [--runs N] [--json OUT]

A command-line or pre-commit run cleans a file or a few and pays the interpreter, the
imports and the first use of every pattern it needs each time: for one file that is most of
the run. For each ``--src`` folder (a checkout's ``src``, default this checkout's) and each
``FILE`` (default: the seed document and ``README.md``, a news page and a Markdown file),
``python -m newsclean clean FILE`` runs ``--runs`` times, each in a new process with that
folder first on ``sys.path``; so does ``python -c "import newsclean"`` (the import alone),
and ``python -c pass`` once per round (the interpreter alone). The runs are interleaved,
one of each per round, so a busy spell of the machine falls on all of them. The table gives
the least and the median seconds; the least is the one to compare (noise only adds time).

An installed package has its modules compiled to bytecode (``__pycache__``). Where Python
may not write them (``PYTHONDONTWRITEBYTECODE``, set on some machines) a tree without them
is compiled from source at every run, about 0.1 s more: the table then says so, and
``python -m compileall -q SRC`` first times what an installed package costs.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FILES = (_ROOT / "seeds" / "000_68972bff8665e00a.txt", _ROOT / "README.md")


def timed_run(command: Sequence[str], src: Path | None) -> float:
    """Seconds one run of ``command`` takes, with ``src`` first on the child's path; raises
    ``RuntimeError`` with the child's error output if it fails (``clean`` exits 0 or 1)."""
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(src), env.get("PYTHONPATH")]))
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(command)} exited {done.returncode}:\n{done.stderr}")
    return seconds


def commands(files: Sequence[Path]) -> dict[str, list[str]]:
    """The timed commands by their row name (the interpreter alone is timed apart)."""
    rows = {"import newsclean": [sys.executable, "-c", "import newsclean"]}
    for path in files:
        rows[f"clean {path.name}"] = [sys.executable, "-m", "newsclean", "clean", str(path)]
    return rows


def measure(
    srcs: Sequence[Path | None], files: Sequence[Path], runs: int
) -> dict[str, dict[str, list[float]]]:
    """Seconds of every run: by tree (its name), then by row; one of each per round."""
    rows = commands(files)
    times: dict[str, dict[str, list[float]]] = {
        "python": {"python -c pass": []}, **{_name(s): {r: [] for r in rows} for s in srcs}
    }
    for _ in range(runs):
        times["python"]["python -c pass"].append(timed_run([sys.executable, "-c", "pass"], None))
        for src in srcs:
            for row, command in rows.items():
                times[_name(src)][row].append(timed_run(command, src))
    return times


def _name(src: Path | None) -> str:
    return "this checkout" if src is None else str(src)


def format_table(times: dict[str, dict[str, list[float]]]) -> str:
    """A Markdown table: tree, command, least and median seconds.

    >>> print(format_table({"t": {"import newsclean": [0.31, 0.30, 0.4]}}))
    | tree | command | least s | median s |
    |---|---|---:|---:|
    | t | import newsclean | 0.300 | 0.310 |
    """
    lines = ["| tree | command | least s | median s |", "|---|---|---:|---:|"]
    for tree, rows in times.items():
        for row, seconds in rows.items():
            lines.append(f"| {tree} | {row} | {min(seconds):.3f} | "
                         f"{statistics.median(seconds):.3f} |")
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="files to clean (default: "
                        "the seed document and README.md)")
    parser.add_argument("--src", type=Path, action="append", help="a package's src folder "
                        "(repeat to compare; default this checkout's)")
    parser.add_argument("--runs", type=int, default=7, help="runs of each command (7)")
    parser.add_argument("--json", type=Path, metavar="OUT", help="write every run's seconds")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; print the table; 0 on success, 2 on bad arguments, 1 if a run
    fails."""
    args = build_parser().parse_args(argv)
    files = args.files or list(DEFAULT_FILES)
    missing = [str(p) for p in files if not p.is_file()]
    missing += [str(s) for s in args.src or () if not (s / "newsclean").is_dir()]
    if missing or args.runs < 1:
        problem = f"not found: {', '.join(missing)}" if missing else "--runs must be at least 1"
        print(f"error: {problem}", file=sys.stderr)
        return 2
    srcs: list[Path | None] = [s.resolve() for s in args.src] if args.src else [None]
    try:
        times = measure(srcs, [p.resolve() for p in files], args.runs)
    except RuntimeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(format_table(times))
    for src in srcs:
        package = (src or _ROOT / "src") / "newsclean"
        if not (package / "__pycache__").is_dir():
            print(f"note: {package} has no __pycache__: its modules were compiled from source "
                  "at each run (python -m compileall -q SRC to time an installed package)")
    if args.json:
        args.json.write_text(json.dumps({"runs": args.runs, "seconds": times}, indent=1) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
