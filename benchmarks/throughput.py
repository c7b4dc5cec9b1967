"""Throughput of newsclean and its peers on the same text, in one process and one run.

Usage::

    python benchmarks/throughput.py DATA_DIR [--json OUT] [--rounds N] [--scale K]
        [--join N] [--systems a,b,...]

``DATA_DIR`` is the benchmark data folder (its ``text/*.txt`` pages are read) or a folder
of ``.txt`` files. Two corpora are timed: the pages as they are, and a larger one made of
the pages repeated ``--scale`` times and joined ``--join`` to a document (so documents are
longer too). Systems:

* ``newsclean``: ``newsclean.clean(text)``, every rule;
* ``newsclean U+W+P``: ``newsclean.clean(text, select=["U", "W", "P"])``, the Unicode,
  whitespace and punctuation rules only (no block is labelled);
* ``ftfy.fix_text``: ftfy's defaults;
* ``clean-text``: ``cleantext.clean(text, lower=False, no_punct=False)``, its other
  defaults (``fix_unicode`` and ``to_ascii`` on);
* ``justext(text)``, ``trafilatura(text)``: exactly as in ``extraction.py`` (each line
  HTML-escaped into a ``<p>`` of a minimal page, inside the timed call; the same settings).

Rounds are interleaved (every system once per round, the order rotated each round) and the
best round of each system is kept. The table gives MB/s (UTF-8 bytes of input), documents
per second and each system's speed as a multiple of newsclean's, and the issue's targets
are checked below it. Missing peers are skipped with a note.
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import os
import platform
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_HERE = Path(__file__).resolve().parent
_SRC = _HERE.parent / "src"
if str(_SRC) not in sys.path:  # run from a checkout without installing
    sys.path.append(str(_SRC))
if str(_HERE) not in sys.path:
    sys.path.insert(0, str(_HERE))

Cleaner = Callable[[str], str]

NEWSCLEAN = "newsclean"
SYSTEM_NAMES = (
    NEWSCLEAN, "newsclean U+W+P", "ftfy.fix_text", "clean-text", "justext(text)",
    "trafilatura(text)",
)
#: The issue's targets: newsclean at least this many times as fast as the system.
TARGETS = {"ftfy.fix_text": 2.5, "justext(text)": 4.0, "trafilatura(text)": 4.0}


# --- corpora -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Corpus:
    """Documents to time, with their size."""

    name: str
    docs: tuple[str, ...]

    @property
    def megabytes(self) -> float:
        """UTF-8 size of the documents, in MB (10⁶ bytes)."""
        return sum(len(d.encode("utf-8")) for d in self.docs) / 1e6


def read_texts(data_dir: Path) -> list[str]:
    """The ``.txt`` files of ``data_dir/text`` (or of ``data_dir``), in name order."""
    folder = data_dir / "text" if (data_dir / "text").is_dir() else data_dir
    paths = sorted(folder.glob("*.txt"))
    if not paths:
        raise SystemExit(f"error: no .txt files in {folder}")
    return [p.read_text(encoding="utf-8") for p in paths]


def scaled(docs: Sequence[str], scale: int, join: int) -> list[str]:
    """``docs`` repeated ``scale`` times, joined ``join`` to a document by a blank line.

    >>> scaled(["a", "b"], 2, 3)
    ['a\\n\\nb\\n\\na', 'b']
    """
    repeated = list(docs) * scale
    return ["\n\n".join(repeated[i:i + join]) for i in range(0, len(repeated), join)]


# --- systems -----------------------------------------------------------------------------------

def make_systems(names: Sequence[str]) -> tuple[dict[str, Cleaner], list[str]]:
    """The cleaners by name, and a note for each that cannot run here."""
    systems: dict[str, Cleaner] = {}
    notes: list[str] = []
    for name in names:
        try:
            systems[name] = _make(name)
        except Exception as exc:  # a missing peer is skipped, not an error
            notes.append(f"{name} skipped: {type(exc).__name__}: {exc}")
    return systems, notes


def _make(name: str) -> Cleaner:
    if name == NEWSCLEAN:
        import newsclean

        return newsclean.clean
    if name == "newsclean U+W+P":
        import newsclean

        options = newsclean.Options(select=("U", "W", "P"))
        return lambda text: newsclean.clean(text, options)
    if name == "ftfy.fix_text":
        import ftfy

        return ftfy.fix_text
    if name == "clean-text":
        logging.disable(logging.WARNING)  # "unidecode is not installed": noted below
        try:
            from cleantext import clean as clean_text
        finally:
            logging.disable(logging.NOTSET)

        return lambda text: clean_text(text, lower=False, no_punct=False)
    import extraction

    if name == "justext(text)":
        return extraction._justext_extractor(True, "English", "reference")
    if name == "trafilatura(text)":
        return extraction._trafilatura_extractor(True)
    raise ValueError(f"unknown system {name!r}; known: {', '.join(SYSTEM_NAMES)}")


# --- timing ------------------------------------------------------------------------------------

def time_pass(clean: Cleaner, docs: Sequence[str]) -> tuple[float, int]:
    """Seconds to clean every document once, and how many raised (they count as done).

    >>> seconds, failures = time_pass(str.upper, ["a", "b"])
    >>> seconds >= 0, failures
    (True, 0)
    """
    failures = 0
    gc.collect()
    start = time.perf_counter()
    for doc in docs:
        try:
            clean(doc)
        except Exception:
            failures += 1
    return time.perf_counter() - start, failures


def rotated(names: Sequence[str], turn: int) -> list[str]:
    """``names`` starting at position ``turn`` (mod length), so no system always runs first.

    >>> rotated(["a", "b", "c"], 4)
    ['b', 'c', 'a']
    """
    k = turn % len(names)
    return [*names[k:], *names[:k]]


def measure(
    corpora: Sequence[Corpus], systems: dict[str, Cleaner], rounds: int,
    progress: Callable[[str], None] = lambda _msg: None,
) -> dict[str, dict[str, dict[str, Any]]]:
    """Every system on every corpus, ``rounds`` interleaved rounds; corpus -> system -> row."""
    times: dict[tuple[str, str], list[float]] = {}
    failures: dict[tuple[str, str], int] = {}
    names = list(systems)
    for turn in range(rounds):
        for corpus in corpora:
            for name in rotated(names, turn):
                seconds, failed = time_pass(systems[name], corpus.docs)
                times.setdefault((corpus.name, name), []).append(seconds)
                failures[(corpus.name, name)] = failed
                progress(f"round {turn + 1}/{rounds} {corpus.name} {name}: {seconds:.2f} s")
    results: dict[str, dict[str, dict[str, Any]]] = {}
    for corpus in corpora:
        rows = results[corpus.name] = {}
        for name in names:
            best = min(times[(corpus.name, name)])
            rows[name] = {
                "best_s": best,
                "rounds_s": times[(corpus.name, name)],
                "mb_per_s": corpus.megabytes / best,
                "docs_per_s": len(corpus.docs) / best,
                "failures": failures[(corpus.name, name)],
            }
        base = rows.get(NEWSCLEAN)
        for row in rows.values():
            row["vs_newsclean"] = row["mb_per_s"] / base["mb_per_s"] if base else None
    return results


# --- report ------------------------------------------------------------------------------------

def format_table(rows: dict[str, dict[str, Any]]) -> str:
    """A Markdown table: system, MB/s, docs/s, speed as a multiple of newsclean's.

    >>> print(format_table({"newsclean": {"mb_per_s": 0.5, "docs_per_s": 60.0,
    ...                                   "vs_newsclean": 1.0, "failures": 0}}))
    | system | MB/s | docs/s | × newsclean |
    |---|---:|---:|---:|
    | newsclean | 0.50 | 60.0 | 1.00 |
    """
    lines = ["| system | MB/s | docs/s | × newsclean |", "|---|---:|---:|---:|"]
    for name, row in rows.items():
        ratio = "" if row["vs_newsclean"] is None else f"{row['vs_newsclean']:.2f}"
        failed = f" ({row['failures']} failed)" if row["failures"] else ""
        lines.append(f"| {name}{failed} | {row['mb_per_s']:.2f} | {row['docs_per_s']:,.1f} | "
                     f"{ratio} |")
    return "\n".join(lines)


def target_lines(rows: dict[str, dict[str, Any]]) -> list[str]:
    """One line per target of the issue: the needed and the measured multiple.

    >>> target_lines({"newsclean": {"mb_per_s": 1.0}, "ftfy.fix_text": {"mb_per_s": 2.0}})
    ['newsclean ÷ ftfy.fix_text: 0.50 (target ≥ 2.5: not met)']
    """
    if NEWSCLEAN not in rows:
        return []
    out = []
    for name, needed in TARGETS.items():
        if name in rows:
            ratio = rows[NEWSCLEAN]["mb_per_s"] / rows[name]["mb_per_s"]
            verdict = "met" if ratio >= needed else "not met"
            out.append(f"newsclean ÷ {name}: {ratio:.2f} (target ≥ {needed}: {verdict})")
    return out


def versions() -> dict[str, str]:
    """Python and the versions of the packages timed."""
    from importlib import metadata

    found = {"python": platform.python_version()}
    for dist in ("newsclean", "ftfy", "regex", "clean-text", "unidecode", "jusText",
                 "trafilatura", "lxml"):
        try:
            found[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            found[dist] = "not installed"
    return found


def _positive(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return n


def data_parser(doc: str) -> argparse.ArgumentParser:
    """A benchmark's command line, from its module docstring's first paragraph: the data
    folder and ``--json`` (every benchmark takes both)."""
    p = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    p.add_argument("data_dir", type=Path, help="benchmark data folder (text/*.txt) or .txt folder")
    p.add_argument("--json", type=Path, metavar="OUT", help="write the results as JSON")
    return p


def build_parser() -> argparse.ArgumentParser:
    """The command line."""
    p = data_parser(__doc__)
    p.add_argument("--rounds", type=_positive, default=3, help="interleaved rounds (default 3)")
    p.add_argument("--scale", type=_positive, default=4,
                   help="the larger corpus holds the pages this many times (default 4)")
    p.add_argument("--join", type=_positive, default=8,
                   help="pages per document in the larger corpus (default 8)")
    p.add_argument("--systems", default=",".join(SYSTEM_NAMES),
                   help="comma-separated systems (default: all)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; print the tables; 0 on success, 2 on bad arguments or data."""
    args = build_parser().parse_args(argv)
    names = [n.strip() for n in args.systems.split(",") if n.strip()]
    unknown = sorted(set(names) - set(SYSTEM_NAMES))
    if unknown:
        print(f"error: unknown system(s) {', '.join(unknown)}; known: {', '.join(SYSTEM_NAMES)}",
              file=sys.stderr)
        return 2
    if not args.data_dir.is_dir():
        print(f"error: {args.data_dir}: not a folder", file=sys.stderr)
        return 2
    pages = read_texts(args.data_dir)
    corpora = [
        Corpus(f"pages ({len(pages)})", tuple(pages)),
        Corpus(f"pages ×{args.scale}, {args.join} a document",
               tuple(scaled(pages, args.scale, args.join))),
    ]
    systems, notes = make_systems(names)
    if "clean-text" in systems and versions()["unidecode"] == "not installed":
        notes.append("clean-text runs without unidecode (GPL, not installed): its to_ascii "
                     "step uses unicodedata")
    progress = (lambda _msg: None) if args.quiet else (lambda msg: print(msg, file=sys.stderr))
    results = measure(corpora, systems, args.rounds, progress)
    for corpus in corpora:
        print(f"\n{corpus.name}: {len(corpus.docs)} documents, {corpus.megabytes:.2f} MB, "
              f"best of {args.rounds} rounds\n")
        print(format_table(results[corpus.name]))
        for line in target_lines(results[corpus.name]):
            print(f"- {line}")
    for note in notes:
        print(f"note: {note}")
    if args.json:
        data = {
            "versions": versions(),
            "machine": {"cpus": os.cpu_count(), "platform": platform.platform()},
            "rounds": args.rounds, "scale": args.scale, "join": args.join,
            "corpora": {c.name: {"documents": len(c.docs), "mb": c.megabytes} for c in corpora},
            "results": results,
            "targets": {c.name: target_lines(results[c.name]) for c in corpora},
            "notes": notes,
        }
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
