"""How big an HTML report is, and how long it takes to make, apart from the analysis.

    python benchmarks/report_size.py seeds/000_68972bff8665e00a.txt big.txt
    python benchmarks/report_size.py --jsonl corpus.jsonl --sample 200

Each text file is one document (its report is ``Document.to_html``); with ``--jsonl`` each
file is a corpus of JSON Lines (a ``text`` field per line), reported as ``newsclean report
--jsonl`` does. Prints one row per input: documents, input size, seconds analysing, seconds
making the report (views, totals and page), and the page's size.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def measure_document(path: Path) -> tuple[int, float, float, int]:
    """Input bytes, seconds analysing, seconds making the page, and page bytes, of one file."""
    import newsclean

    text = path.read_text(encoding="utf-8")
    started = time.perf_counter()
    doc = newsclean.analyze(text)
    analysed = time.perf_counter()
    page = doc.to_html(path.name)
    done = time.perf_counter()
    return len(text.encode("utf-8")), analysed - started, done - analysed, len(page.encode("utf-8"))


def measure_corpus(path: Path, sample: int) -> tuple[int, int, float, float, int]:
    """Documents, input bytes, seconds analysing, seconds reporting and page bytes of a
    JSON Lines corpus."""
    import newsclean
    from newsclean.report_html import CorpusReport

    report = CorpusReport(sample=sample)
    analysing = reporting = 0.0
    size = 0
    with path.open("rb") as fh:
        for number, line in enumerate(fh, 1):
            size += len(line)
            text = json.loads(line)["text"]
            started = time.perf_counter()
            doc = newsclean.analyze(text)
            analysed = time.perf_counter()
            report.add(doc, f"{path.name}:{number}")
            reporting += time.perf_counter() - analysed
            analysing += analysed - started
    started = time.perf_counter()
    page = report.page()
    reporting += time.perf_counter() - started
    return report.documents, size, analysing, reporting, len(page.encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--jsonl", action="store_true", help="the inputs are JSON Lines")
    parser.add_argument("--sample", type=int, default=200, help="views kept (default 200)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    print("| input | documents | input MB | analyse s | report s | page MB |")
    print("|---|---:|---:|---:|---:|---:|")
    for path in args.paths:
        if args.jsonl:
            docs, size, analyse, report, page = measure_corpus(path, args.sample)
        else:
            docs = 1
            size, analyse, report, page = measure_document(path)
        print(f"| {path.name} | {docs:,} | {size / 1e6:,.2f} | {analyse:,.2f} | {report:,.2f} "
              f"| {page / 1e6:,.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
