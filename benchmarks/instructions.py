"""Instructions per pass of ``newsclean.clean`` over a folder of pages, counted by callgrind.

Usage::

    python benchmarks/instructions.py DATA_DIR [--src SRC ...] [--json OUT]

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
from pathlib import Path

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


def count(src: Path, pages: Path, passes: int) -> int:
    """Instructions of one child process that cleans the pages ``passes`` times."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        result = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable,
             "-c", _CHILD, str(src), str(pages), str(passes)],
            capture_output=True, text=True, check=False,
            env={**os.environ, "PYTHONHASHSEED": "0"},
        )
    m = _COLLECTED_RE.search(result.stderr)
    if result.returncode != 0 or m is None:
        raise SystemExit(f"callgrind failed for {src}: {result.stderr[-500:]}")
    return int(m.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--src", type=Path, action="append", help="a package's src folder")
    parser.add_argument("--json", type=Path, metavar="OUT")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    pages = args.data_dir / "text" if (args.data_dir / "text").is_dir() else args.data_dir
    if not any(pages.glob("*.txt")):
        print(f"no .txt pages in {pages}", file=sys.stderr)
        return 2
    rows = []
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


if __name__ == "__main__":
    raise SystemExit(main())
