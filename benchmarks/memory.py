"""Peak memory of cleaning one document, per byte of its text, for several kinds of text.

    python benchmarks/memory.py DATA_DIR [--mb 5] [--json OUT]

Each kind of text is made to ``--mb`` megabytes (UTF-8) and cleaned with ``newsclean.clean``
in a child process of its own, which reports its peak resident memory (``getrusage``) before
and after. The table gives the peak per byte of text (what a worker needs for its longest
document, the interpreter included) and the growth per byte (the cleaning alone). Kinds:

- ``article``: the pages of DATA_DIR (``text/*.txt``, or the ``.txt`` files in it) joined;
- ``short lines``: the pages' lines of at most 40 characters, one a line;
- ``edit every dozen``: ``It rained . Then`` repeated, a space before a mark every 17
  characters;
- ``edit every few``: ``x . `` repeated, an edit every 4 characters.

Linux and macOS (``resource``); on macOS ``ru_maxrss`` is in bytes, not kilobytes.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

KINDS = ("article", "short lines", "edit every dozen", "edit every few")

_CHILD = r"""
import json, resource, sys
import newsclean
path, n = sys.argv[1], int(sys.argv[2])
with open(path, encoding="utf-8") as fh:
    base = fh.read()
text = (base * (n // len(base) + 1))[:n]
size = len(text.encode("utf-8"))
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
newsclean.clean(text)
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
scale = 1 if sys.platform == "darwin" else 1024
print(json.dumps({"bytes": size, "before": before * scale, "peak": after * scale}))
"""


def _pages(data: Path) -> list[str]:
    folder = data / "text" if (data / "text").is_dir() else data
    files = sorted(folder.glob("*.txt"))
    if not files:
        sys.exit(f"memory.py: no .txt files in {folder}")
    return [f.read_text(encoding="utf-8") for f in files]


def base_text(kind: str, pages: list[str]) -> str:
    """The text that ``kind`` repeats to the size asked for."""
    if kind == "article":
        return "\n\n".join(pages)
    if kind == "short lines":
        return "\n".join(line for page in pages for line in page.splitlines()
                         if 0 < len(line.strip()) <= 40) + "\n"
    if kind == "edit every dozen":
        return "It rained . Then "
    if kind == "edit every few":
        return "x . "
    raise ValueError(kind)


def measure(kind: str, pages: list[str], size: int, workdir: Path) -> dict[str, float]:
    """The child's figures for ``kind`` at ``size`` bytes (characters, for the repeat)."""
    source = workdir / f"memory-{kind.replace(' ', '-')}.txt"
    source.write_text(base_text(kind, pages), encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", _CHILD, str(source), str(size)],
                          capture_output=True, text=True, check=True)
    row: dict[str, float] = json.loads(done.stdout)
    row["per_byte"] = row["peak"] / row["bytes"]
    row["growth_per_byte"] = (row["peak"] - row["before"]) / row["bytes"]
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, help="a data set folder (its text/*.txt pages)")
    parser.add_argument("--mb", type=float, default=5.0, help="size of each document (MB)")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--workdir", type=Path, default=Path("."),
                        help="where the children's source texts are written (removed after)")
    args = parser.parse_args(argv)
    pages = _pages(args.data)
    size = int(args.mb * 1e6)
    rows: dict[str, dict[str, float]] = {}
    try:
        for kind in KINDS:
            rows[kind] = measure(kind, pages, size, args.workdir)
    finally:
        for kind in KINDS:
            (args.workdir / f"memory-{kind.replace(' ', '-')}.txt").unlink(missing_ok=True)
    print(f"Peak memory of `newsclean.clean` on one document of {args.mb:g} MB\n")
    print("| text | MB | peak MB | peak per byte | growth per byte |")
    print("|---|---:|---:|---:|---:|")
    for kind, row in rows.items():
        print(f"| {kind} | {row['bytes'] / 1e6:.1f} | {row['peak'] / 1e6:,.0f} | "
              f"{row['per_byte']:.0f} | {row['growth_per_byte']:.0f} |")
    if args.json:
        args.json.write_text(json.dumps({"mb": args.mb, "rows": rows}, indent=2) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
