"""Instructions per pass of ``newsclean.clean`` over a folder of pages, counted by callgrind.

Usage::

    python benchmarks/instructions.py DATA_DIR [--src SRC ...] [--cache-sim] [--json OUT]

Wall-clock timings on a shared or virtual machine vary by 10-20% from run to run; callgrind
counts the instructions executed, which repeat to within a fraction of a percent, so two
versions of the package can be compared exactly. For each ``--src`` folder (a checkout's
``src``, default this checkout's), the pages (``DATA_DIR/text/*.txt``, or ``DATA_DIR/*.txt``)
are cleaned in a child process under ``valgrind --tool=callgrind`` once with one pass and
once with three; the difference, halved, is one warm pass (start-up and the first, cold pass
cancel out), and the one-pass run less it is the start-up. The child hashes strings with a
fixed seed (``PYTHONHASHSEED=0``): with a random one, set and dict order moves the count
by up to 0.4% from run to run. Each run takes a few minutes. Needs valgrind (Debian's
package).

Instructions are not time: two versions with the same count can differ by a tenth in time
when one of them runs more interpreted bytecode (whose dispatch misses the caches and the
branch predictor more often) or reads more scattered memory. ``--cache-sim`` runs the
children under ``valgrind --tool=cachegrind`` with its cache and branch simulation instead
(32 KB first-level caches, a 4 MB last-level cache) and reports, per warm pass, the
instructions, the first-level instruction and data misses, the last-level misses and the
mispredicted branches, and an estimate of the cycles they cost: one per instruction,
:data:`L1_MISS_CYCLES` per first-level miss, :data:`LL_MISS_CYCLES` per last-level miss
and :data:`MISPREDICT_CYCLES` per mispredicted branch. The weights are assumed (typical of
a current x86 core), not measured: the estimate compares versions, it does not predict a
time. It takes about twice as long as the plain count.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

_ROOT = Path(__file__).resolve().parent.parent

# The child: import the package from SRC and clean every page N times.
_CHILD = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import newsclean
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[2]).glob("*.txt"))]
for _ in range(int(sys.argv[3])):
    for text in texts:
        newsclean.clean(text)
"""

_COLLECTED_RE = re.compile(r"Collected\s*:\s*(\d+)")

#: Assumed costs, in cycles, of the events cachegrind counts (see ``--cache-sim``).
L1_MISS_CYCLES, LL_MISS_CYCLES, MISPREDICT_CYCLES = 10, 100, 15

#: The cache cachegrind simulates as the last level (size, ways, line size): a VM's share of
#: a shared cache rather than the host's whole cache, which cachegrind would read.
_LAST_LEVEL = "--LL=4194304,16,64"

#: The totals of cachegrind's summary, by the names --cache-sim reports them under.
_SUMMARY = {
    "instructions": "I   refs", "I1 misses": "I1  misses", "D1 misses": "D1  misses",
    "LL misses": "LL misses", "mispredicts": "Mispredicts",
}


def summary_counts(log: str) -> dict[str, int]:
    r"""The totals of a cachegrind summary (its standard error), by :data:`_SUMMARY`'s names.

    >>> summary_counts("==1== I   refs:      3,242,207,854\n==1== Mispredicts:  48,279,799  (1 + 2)")
    {'instructions': 3242207854, 'mispredicts': 48279799}
    """
    counts = {}
    for name, label in _SUMMARY.items():
        m = re.search(re.escape(label) + r":\s+([\d,]+)", log)
        if m is not None:
            counts[name] = int(m.group(1).replace(",", ""))
    return counts


def estimated_cycles(counts: Mapping[str, float]) -> float:
    """The cycles ``counts`` (see :func:`summary_counts`) cost at the assumed weights.

    >>> estimated_cycles({"instructions": 100, "I1 misses": 1, "D1 misses": 2,
    ...                   "LL misses": 1, "mispredicts": 2})
    260
    """
    return (
        counts["instructions"] + L1_MISS_CYCLES * (counts["I1 misses"] + counts["D1 misses"])
        + LL_MISS_CYCLES * counts["LL misses"] + MISPREDICT_CYCLES * counts["mispredicts"]
    )


def _run_child(tool: list[str], src: Path, pages: Path, passes: int) -> str:
    """Run the child that cleans the pages ``passes`` times under ``valgrind`` with ``tool``
    (its options; its output file goes to a temporary folder) and return valgrind's
    summary (its standard error), or exit with it where the child failed."""
    name = tool[0].removeprefix("--tool=")
    with tempfile.TemporaryDirectory() as tmp:
        result = subprocess.run(
            ["valgrind", *tool, f"--{name}-out-file={Path(tmp) / 'out'}", sys.executable,
             "-c", _CHILD, str(src), str(pages), str(passes)],
            capture_output=True, text=True, check=False,
            env={**os.environ, "PYTHONHASHSEED": "0"},
        )
    if result.returncode != 0:
        raise SystemExit(f"{name} failed for {src}: {result.stderr[-500:]}")
    return result.stderr


def simulate(src: Path, pages: Path, passes: int) -> dict[str, int]:
    """The cachegrind totals of one child process that cleans the pages ``passes`` times."""
    log = _run_child(
        ["--tool=cachegrind", "--cache-sim=yes", "--branch-sim=yes", _LAST_LEVEL],
        src, pages, passes,
    )
    counts = summary_counts(log)
    if len(counts) < len(_SUMMARY):
        raise SystemExit(f"cachegrind printed no simulation for {src}: {log[-500:]}")
    return counts


def count(src: Path, pages: Path, passes: int) -> int:
    """Instructions of one child process that cleans the pages ``passes`` times."""
    log = _run_child(["--tool=callgrind"], src, pages, passes)
    m = _COLLECTED_RE.search(log)
    if m is None:
        raise SystemExit(f"callgrind printed no count for {src}: {log[-500:]}")
    return int(m.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--src", type=Path, action="append", help="a package's src folder")
    parser.add_argument("--cache-sim", action="store_true",
                        help="simulate the caches and branches; estimate cycles")
    parser.add_argument("--json", type=Path, metavar="OUT")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    pages = args.data_dir / "text" if (args.data_dir / "text").is_dir() else args.data_dir
    if not any(pages.glob("*.txt")):
        print(f"no .txt pages in {pages}", file=sys.stderr)
        return 2
    if args.cache_sim:
        return _report_simulation(args.src or [_ROOT / "src"], pages, args.json)
    rows: list[dict[str, Any]] = []
    for src in args.src or [_ROOT / "src"]:
        one, three = count(src, pages, 1), count(src, pages, 3)
        per_pass = (three - one) / 2
        rows.append({"src": str(src), "per_pass": per_pass, "start_up": one - per_pass})
    base = rows[0]["per_pass"]
    print("| src | instructions per pass | start-up | per pass x first |")
    print("|---|---:|---:|---:|")
    for row in rows:
        print(f"| {row['src']} | {row['per_pass'] / 1e9:.3f} G | {row['start_up'] / 1e9:.3f} G "
              f"| {row['per_pass'] / base:.3f} |")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


def _report_simulation(srcs: list[Path], pages: Path, json_out: Path | None) -> int:
    """``--cache-sim``: the simulated events per warm pass of each ``src``, as a table."""
    rows: list[dict[str, float]] = []
    for src in srcs:
        one, three = simulate(src, pages, 1), simulate(src, pages, 3)
        per_pass = {name: (three[name] - one[name]) / 2 for name in _SUMMARY}
        rows.append({**per_pass, "cycles": estimated_cycles(per_pass)})
    base = rows[0]["cycles"]
    print("| src | instructions | I1 misses | D1 misses | LL misses | mispredicts "
          "| est. cycles | x first |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for src, row in zip(srcs, rows, strict=True):
        print(f"| {src} | {row['instructions'] / 1e6:.1f} M "
              f"| {row['I1 misses'] / 1e6:.2f} M | {row['D1 misses'] / 1e6:.2f} M "
              f"| {row['LL misses'] / 1e3:.1f} k | {row['mispredicts'] / 1e6:.2f} M "
              f"| {row['cycles'] / 1e6:.0f} M | {row['cycles'] / base:.3f} |")
    if json_out:
        table = [{"src": str(src), **row} for src, row in zip(srcs, rows, strict=True)]
        json_out.write_text(json.dumps(table, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
