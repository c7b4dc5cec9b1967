"""Linear cost: newsclean's time per MB as documents double in size, and hostile input.

Usage::

    python benchmarks/scaling.py DATA_DIR [--json OUT] [--max-mb 50] [--lines 1000000]
        [--hostile-scale F] [--formats text,markdown] [--quick]

Three series, each by doubling sizes, each point timed in this process after a warm-up
(every page cleaned once, as text and as Markdown), small points repeated until they have
run a quarter of a second, the best run kept:

* **article text**: documents cut from the pages of ``DATA_DIR`` (``text/*.txt``, joined
  and repeated as needed, cut at line ends), from 10 KB documents (about 2 MB of them) up to
  a single document of ``--max-mb`` MB;
* **short lines**: the short lines of the pages (menu items, headings, labels: at most 40
  characters) in 10 KB documents, then one document of N of them, N doubling up to
  ``--lines``;
* **hostile**: the issue's inputs (a line without spaces up to 5 MB, 100,000 repeated
  marks, 100,000 lines of marks, 100,000 heading-like lines, quotes nested 100,000 deep, a
  million blank lines, a million spaces inside a line), 100,000 lines that each open
  with a split capital (``W ord1 came``: a drop-cap candidate, whose joined word is looked
  up in the whole document), and a million characters of one kind in a run (bells,
  zero-width spaces, quotes, ``. ``), and 100,000 lines of each page structure the
  article run and the comment rules read (a line of saying above each paragraph, comment
  signatures, a thread of commenters' names, one paragraph repeated, list items, table rows,
  an advert marker after each paragraph), each from 1/64 of its size up, times
  ``--hostile-scale``.

Each row gives the time per unit (per MB, per line...) and its ratio to the lowest time per
unit at any *smaller* size; a ratio above 1.5 is flagged (``<<``): cost grew faster than
size. Fixed costs make the smallest sizes dearer per unit, which is never flagged. The
summary gives the issue's criterion (time per MB within 1.5x from 10 KB documents up to
the largest): the 50 MB article document against 10 KB article documents, and the
million-line document against 10 KB documents of the same short lines (and, for reference,
against the 10 KB article documents: short lines are about three times the blocks per MB,
and the cost is per block).

``--quick`` runs the same series smaller (5 MB, 100,000 lines, hostile sizes /10).
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_HERE = Path(__file__).resolve().parent
if str(_HERE) not in sys.path:
    sys.path.insert(0, str(_HERE))

from throughput import data_parser, read_texts, versions  # noqa: E402

#: A point is flagged when its time per unit exceeds the best of the smaller sizes by this.
LIMIT = 1.5
#: Smallest article documents, and how much text of each size is timed at least (MB).
SMALLEST_KB, MIN_VOLUME_MB = 10, 2.0
#: Run small points again until this many seconds have passed; keep the best run.
MIN_SECONDS = 0.25


# --- inputs ------------------------------------------------------------------------------------

def cut_documents(text: str, size: int, count: int) -> list[str]:
    """``count`` documents of about ``size`` characters from ``text`` (repeated as needed),
    each ending at a line end.

    >>> cut_documents("ab\\ncd\\n", 3, 3)
    ['ab\\ncd', 'ab\\ncd', 'ab\\ncd']
    """
    need = size * count + size
    source = text * (need // max(len(text), 1) + 2)
    docs, pos = [], 0
    for _ in range(count):
        end = source.find("\n", pos + size)
        end = len(source) if end < 0 else end
        docs.append(source[pos:end].strip("\n"))
        pos = end + 1
    return docs


def short_lines(pages: Sequence[str], limit: int = 40) -> list[str]:
    """The distinct non-blank lines of at most ``limit`` characters, in order of appearance.

    >>> short_lines(["Home\\nNews\\n\\nA long line of article text here.", "Home"], 10)
    ['Home', 'News']
    """
    seen: dict[str, None] = {}
    for page in pages:
        for line in page.splitlines():
            line = line.strip()
            if line and len(line) <= limit:
                seen.setdefault(line, None)
    return list(seen)


#: A sentence of running text, the article around the page structures below.
_SENTENCE = "The council voted on Monday to close the old bridge for repairs, officials said."


def _line_without_spaces(n: int) -> str:
    unit = "abcdefghij0123456789-_/.?=&%ÉéüЖ東"  # a long URL or a base64 blob
    return (unit * (n // len(unit) + 1))[:n]


@dataclass(frozen=True)
class Hostile:
    """A hostile input family: builder of the input with ``n`` units, its largest ``n``."""

    name: str
    unit: str
    build: Callable[[int], str]
    size: int


HOSTILE = (
    Hostile("line without spaces", "MB", _line_without_spaces, 5_000_000),
    Hostile("repeated marks (!!!…)", "100k marks", lambda n: "!" * n, 100_000),
    Hostile("lines of one mark (-)", "100k lines", lambda n: "-\n" * n, 100_000),
    Hostile("heading-like lines", "100k lines",
            lambda n: "".join(f"Storm Hits The Coast Number {i}\n" for i in range(n)), 100_000),
    Hostile("lines opening with a split capital", "100k lines",
            lambda n: "".join(f"W ord{i} came, and word{i} stayed.\n" for i in range(n)),
            100_000),
    Hostile("nested quotes (“‘…’”)", "100k levels",
            lambda n: "“‘" * n + "He said." + "’”" * n, 100_000),
    Hostile("blank lines", "M lines", lambda n: "Start.\n" + "\n" * n + "End.", 1_000_000),
    Hostile("spaces inside a line", "M spaces", lambda n: "x" + " " * n + "y", 1_000_000),
    # Each of these was a million edits, or a million characters read by every pattern.
    Hostile("control characters (bell) in a run", "M chars",
            lambda n: "a" + "\x07" * n + "b", 1_000_000),
    Hostile("zero-width spaces in a run", "M chars",
            lambda n: "a" + "\u200b" * n + "b", 1_000_000),
    Hostile('a line of quotes (""")', "M chars", lambda n: '"' * n, 1_000_000),
    Hostile("a line of '. '", "M chars", lambda n: ". " * (n // 2), 1_000_000),
    # The page structures the article run and the comment rules read, each line repeated:
    # what one page holds a few of, a document holds here by the hundred thousand.
    Hostile("a line of saying above each paragraph", "100k lines",
            lambda n: f"He added:\n{_SENTENCE}\n" * (n // 2), 100_000),
    Hostile("comment signatures and comments", "100k lines",
            lambda n: _SENTENCE + "\n" + "".join(
                f"reader{i % 7} says:\nMay 1, 2012 at 3:0{i % 10} pm\n{_SENTENCE}\nReply\n"
                for i in range(n // 4)), 100_000),
    Hostile("a thread of names under a comment header", "100k lines",
            lambda n: f"{_SENTENCE}\n12 Comments\n" + "".join(
                f"Jo Lee{i % 5}\n{_SENTENCE} {_SENTENCE}\n" for i in range(n // 2)), 100_000),
    Hostile("one paragraph repeated", "100k lines", lambda n: f"{_SENTENCE}\n" * n, 100_000),
    Hostile("list items", "100k lines",
            lambda n: _SENTENCE + "\n" + "".join(f"- item {i} of the list\n" for i in range(n)),
            100_000),
    Hostile("table rows", "100k lines",
            lambda n: _SENTENCE + "\n" + "".join(f"Team {i}\t{i}\t{i + 1}\t{2 * i}\n"
                                                 for i in range(n)), 100_000),
    Hostile("an advert marker after each paragraph", "100k lines",
            lambda n: f"{_SENTENCE}\nAdvertisement\n" * (n // 2), 100_000),
)
#: Units per "unit" of each hostile family's table (time per 10⁶ characters, per 10⁵ marks...).
_PER = {"MB": 1e6, "100k marks": 1e5, "100k lines": 1e5, "100k levels": 1e5, "M lines": 1e6,
        "M spaces": 1e6, "M chars": 1e6}


# --- timing ------------------------------------------------------------------------------------

def best_time(run: Callable[[], object]) -> float:
    """The best of runs of ``run`` repeated until :data:`MIN_SECONDS` have passed (once at
    least)."""
    best, spent = float("inf"), 0.0
    while spent < MIN_SECONDS:
        start = time.perf_counter()
        run()
        took = time.perf_counter() - start
        best, spent = min(best, took), spent + took
    return best


def warm_up(pages: Sequence[str], clean: Callable[..., object]) -> None:
    """Clean every page once, as text and as Markdown, so that what newsclean builds once per
    process (compiled alternatives of its patterns, remembered word tests) is built before
    the first point is timed: otherwise the first, smallest size pays for it."""
    for page in pages:
        clean(page)
        clean(page, input_format="markdown")


def flag_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add to each row ``ratio``: its ``per_unit`` over the best of the rows before it (the
    smaller sizes), and ``flag`` when that exceeds :data:`LIMIT`.

    >>> rows = flag_rows([{"per_unit": 2.0}, {"per_unit": 1.0}, {"per_unit": 1.6}])
    >>> [(r["ratio"], r["flag"]) for r in rows]
    [(1.0, False), (0.5, False), (1.6, True)]
    """
    best = float("inf")
    for row in rows:
        row["ratio"] = 1.0 if best == float("inf") else row["per_unit"] / best
        row["flag"] = row["ratio"] > LIMIT
        best = min(best, row["per_unit"])
    return rows


def doublings(largest: float, smallest: float) -> list[float]:
    """Sizes from ``smallest`` doubling, and ``largest`` last (in place of a doubling that
    comes within 1.5x of it).

    >>> doublings(50, 10), doublings(80, 10)
    ([10, 20, 50], [10, 20, 40, 80])
    """
    sizes, size = [], smallest
    while size * 1.5 <= largest:
        sizes.append(size)
        size *= 2
    return [*sizes, largest]


# --- series ------------------------------------------------------------------------------------

def article_series(pages: Sequence[str], max_mb: float, clean: Callable[[str], str],
                   progress: Callable[[str], None]) -> list[dict[str, Any]]:
    """Documents of 10 KB doubling up to one document of ``max_mb`` MB."""
    text = "\n\n".join(pages) + "\n\n"
    rows = []
    for size in doublings(int(max_mb * 1e6), SMALLEST_KB * 1000):
        count = max(1, round(MIN_VOLUME_MB * 1e6 / size))
        docs = cut_documents(text, size, count)
        mb = sum(len(d.encode("utf-8")) for d in docs) / 1e6
        seconds = best_time(lambda docs=docs: [clean(d) for d in docs])
        rows.append({"size_kb": size / 1000, "documents": count, "mb": mb, "seconds": seconds,
                     "per_unit": seconds / mb})
        progress(f"article text {size / 1000:,.0f} KB x {count}: {seconds:.2f} s")
    return flag_rows(rows)


def lines_series(pages: Sequence[str], max_lines: int, clean: Callable[[str], str],
                 progress: Callable[[str], None]) -> list[dict[str, Any]]:
    """The short lines in 10 KB documents (about 2 MB of them: the like-for-like base), then
    one document of N of them, N doubling up to ``max_lines``."""
    pool = short_lines(pages)
    stream = "\n".join(pool[i % len(pool)] for i in range(int(MIN_VOLUME_MB * 1e6 / 10)))
    count = round(MIN_VOLUME_MB * 1e6 / (SMALLEST_KB * 1000))
    docs = cut_documents(stream, SMALLEST_KB * 1000, count)
    mb = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    seconds = best_time(lambda: [clean(d) for d in docs])
    rows = [{"lines": sum(d.count("\n") + 1 for d in docs), "documents": count, "mb": mb,
             "seconds": seconds, "per_unit": seconds / mb}]
    progress(f"short lines in {SMALLEST_KB} KB documents x {count}: {seconds:.2f} s")
    for n in doublings(max_lines, max(1000, max_lines // 512)):
        doc = "\n".join(pool[i % len(pool)] for i in range(int(n)))
        mb = len(doc.encode("utf-8")) / 1e6
        seconds = best_time(lambda doc=doc: clean(doc))
        rows.append({"lines": int(n), "mb": mb, "seconds": seconds, "per_unit": seconds / mb})
        progress(f"short lines {int(n):,}: {seconds:.2f} s")
    return flag_rows(rows)


def hostile_series(family: Hostile, scale: float, clean: Callable[[str], str],
                   progress: Callable[[str], None]) -> list[dict[str, Any]]:
    """One hostile family from 1/64 of its size (times ``scale``) doubling up."""
    largest = max(64, int(family.size * scale))
    rows = []
    for n in doublings(largest, largest // 64):
        doc = family.build(int(n))
        seconds = best_time(lambda doc=doc: clean(doc))
        units = n / _PER[family.unit]
        rows.append({"n": int(n), "mb": len(doc.encode("utf-8")) / 1e6, "seconds": seconds,
                     "per_unit": seconds / units})
        progress(f"{family.name} {int(n):,}: {seconds:.2f} s")
    return flag_rows(rows)


# --- report ------------------------------------------------------------------------------------

def _table(rows: list[dict[str, Any]], first: str, key: str, unit: str) -> str:
    lines = [f"| {first} | MB | seconds | s per {unit} | × best smaller | |",
             "|---:|---:|---:|---:|---:|---|"]
    for r in rows:
        size = f"{r[key]:,.0f}" if key != "size_kb" else _kb(r)
        if key == "lines" and r.get("documents", 1) > 1:
            size += f" in {SMALLEST_KB} KB documents × {r['documents']}"
        lines.append(f"| {size} | {r['mb']:.2f} | {r['seconds']:.3f} | {r['per_unit']:.3f} | "
                     f"{r['ratio']:.2f} | {'<<' if r['flag'] else ''} |")
    return "\n".join(lines)


def _kb(row: dict[str, Any]) -> str:
    size = f"{row['size_kb']:,.0f} KB" if row["size_kb"] < 1000 else f"{row['size_kb'] / 1000:g} MB"
    return f"{size} × {row['documents']}" if row["documents"] > 1 else size


def _positive_float(value: str) -> float:
    x = float(value)
    if x <= 0:
        raise argparse.ArgumentTypeError("must be above 0")
    return x


def build_parser() -> argparse.ArgumentParser:
    """The command line."""
    p = data_parser(__doc__)
    p.add_argument("--max-mb", type=_positive_float, default=50.0,
                   help="largest article document in MB (default 50)")
    p.add_argument("--lines", type=int, default=1_000_000,
                   help="short lines in the largest document (default 1,000,000)")
    p.add_argument("--hostile-scale", type=_positive_float, default=1.0,
                   help="multiply the hostile sizes (default 1: the issue's sizes)")
    p.add_argument("--formats", default="text",
                   help="input formats for the hostile series: text, markdown (default text)")
    p.add_argument("--series", default="article,lines,hostile",
                   help="which series to run (default article,lines,hostile)")
    p.add_argument("--quick", action="store_true",
                   help="smaller: --max-mb 5 --lines 100000 --hostile-scale 0.1")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the series; print the tables; 0 on success, 2 on bad arguments or data."""
    args = build_parser().parse_args(argv)
    if args.quick:
        args.max_mb, args.lines, args.hostile_scale = 5.0, 100_000, 0.1
    if not args.data_dir.is_dir():
        print(f"error: {args.data_dir}: not a folder", file=sys.stderr)
        return 2
    series = {s.strip() for s in args.series.split(",") if s.strip()}
    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    if not series <= {"article", "lines", "hostile"} or not set(formats) <= {"text", "markdown"}:
        print("error: --series takes article, lines, hostile; --formats text, markdown",
              file=sys.stderr)
        return 2
    import newsclean

    pages = read_texts(args.data_dir)
    progress = (lambda _msg: None) if args.quiet else (lambda msg: print(msg, file=sys.stderr))
    warm_up(pages, newsclean.clean)
    out: dict[str, Any] = {"versions": versions(), "limit": LIMIT,
                           "machine": {"platform": platform.platform()}}
    if "article" in series:
        rows = out["article"] = article_series(pages, args.max_mb, newsclean.clean, progress)
        print(f"\narticle text, 10 KB documents up to one {args.max_mb:g} MB document\n")
        print(_table(rows, "documents", "size_kb", "MB"))
    if "lines" in series:
        rows = out["lines"] = lines_series(pages, args.lines, newsclean.clean, progress)
        print(f"\none document of short lines, up to {args.lines:,} lines\n")
        print(_table(rows, "lines", "lines", "MB"))
    summary = []
    if "article" in series:
        base = out["article"][0]["per_unit"]
        summary.append(("largest article document ÷ 10 KB article documents",
                        out["article"][-1]["per_unit"] / base))
    if "lines" in series:
        lines = out["lines"]
        summary.append((f"{args.lines:,} short lines ÷ the same lines in 10 KB documents",
                        lines[-1]["per_unit"] / lines[0]["per_unit"]))
        if "article" in series:  # different text: short lines are ~3x the blocks per MB
            summary.append((f"{args.lines:,} short lines ÷ 10 KB article documents",
                            lines[-1]["per_unit"] / out["article"][0]["per_unit"]))
    if summary:
        out["versus_10kb"] = dict(summary)
        print("\ntime per MB, the largest document ÷ 10 KB documents:")
        for name, ratio in summary:
            print(f"- {name}: {ratio:.2f}{' (over 1.5)' if ratio > LIMIT else ''}")
    if "hostile" in series:
        out["hostile"] = {}
        for fmt in formats:
            def clean(text: str, fmt: str = fmt) -> str:
                return newsclean.clean(text, input_format=fmt)

            for family in HOSTILE:
                rows = hostile_series(family, args.hostile_scale, clean, progress)
                out["hostile"][f"{family.name} [{fmt}]"] = rows
                print(f"\n{family.name}, as {fmt}\n")
                print(_table(rows, "n", "n", family.unit))
    flagged = [name for name, rows in _all_rows(out) if any(r["flag"] for r in rows)]
    out["flagged"] = flagged
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nflagged (time per unit over {LIMIT}x that of a smaller size): "
          f"{', '.join(flagged) or 'none'}; peak RSS {out['peak_rss_mb']:,.0f} MB")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n",
                             encoding="utf-8")
    return 0


def _all_rows(out: dict[str, Any]) -> list[tuple[str, list[dict[str, Any]]]]:
    found = [(name, out[name]) for name in ("article", "lines") if name in out]
    return found + list(out.get("hostile", {}).items())


if __name__ == "__main__":
    sys.exit(main())
