"""Score newsclean on pages written by hand, and show which rule removed each article line lost.

    python benchmarks/written.py [PAGES_DIR] [--json OUT]

``PAGES_DIR`` (default ``benchmarks/written_pages``) holds ``.marked`` files: a page as a
scraper gives it, a line a line, the article's lines marked with a leading ``+`` (see the
folder's README). Each page is cleaned as it stands (the marks taken off) and scored with
the metric of ``extraction.py`` against its article lines: precision, recall, and recall
without the headline (the first marked line, which newsclean removes from a whole page by
design, ``B303``). Then, for every page under ``--flag`` recall, each article line whose
block was removed, with the rule's code and reason. Prints Markdown tables.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scoring import page_score

DEFAULT_DIR = Path(__file__).resolve().parent / "written_pages"


def read_marked(path: Path) -> tuple[str, list[str]]:
    """The page's text (marks taken off) and its article lines, in order."""
    page, article = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("+"):
            line = line[1:]
            article.append(line)
        page.append(line)
    return "\n".join(page) + "\n", article


def marked_lines(path: Path) -> set[int]:
    """The numbers (from 0) of the page's article lines."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return {n for n, line in enumerate(lines) if line.startswith("+")}


def score_page(path: Path) -> dict[str, object]:
    """One page's scores, and the article lines its analysis removed (code, reason): the
    blocks removed that stand on an article line, by position (a menu's ``Results`` is not
    the article's subheading ``Results``)."""
    import newsclean

    text, article = read_marked(path)
    doc = newsclean.analyze(text)
    full = page_score(doc.text, "\n".join(article))
    body = page_score(doc.text, "\n".join(article[1:]))
    wanted = marked_lines(path)

    def lines_of(block: newsclean.Block) -> range:
        last = max(block.end - 1, block.start)
        return range(text.count("\n", 0, block.start), text.count("\n", 0, last) + 1)

    lost = [{"text": b.text, "code": b.code, "label": b.label, "reason": b.reason}
            for b in doc.blocks if not b.kept and not wanted.isdisjoint(lines_of(b))]
    return {"page": path.stem, "precision": full.precision, "recall": full.recall,
            "recall_without_headline": body.recall, "lost": lost}


def _figure(value: object) -> str:
    return f"{value:.3f}" if isinstance(value, float) else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--flag", type=float, default=0.9,
                        help="list the lines lost on pages under this recall (default .9)")
    parser.add_argument("--json", type=Path, help="write every page's figures here")
    args = parser.parse_args(argv)
    paths = sorted(args.pages.glob("*.marked"))
    if not paths:
        sys.exit(f"written.py: no .marked pages in {args.pages}")
    rows = [score_page(path) for path in paths]
    print("| page | precision | recall | recall without the headline |")
    print("|---|---:|---:|---:|")
    for row in rows:
        print(f"| {row['page']} | {_figure(row['precision'])} | {_figure(row['recall'])} | "
              f"{_figure(row['recall_without_headline'])} |")
    for key, name in (("precision", "precision"), ("recall", "recall"),
                      ("recall_without_headline", "recall without the headline")):
        values = [r[key] for r in rows if isinstance(r[key], float)]
        print(f"\nmean {name}: {sum(values) / len(values):.3f} over {len(values)} pages", end="")
    flagged = [r for r in rows if isinstance(r["recall"], float) and r["recall"] < args.flag]
    print(f"\n\npages under recall {args.flag:g}: {len(flagged)} of {len(rows)}\n")
    print("| page | line lost | code | reason |")
    print("|---|---|---|---|")
    for row in flagged:
        for lost in row["lost"]:  # type: ignore[attr-defined]
            print(f"| {row['page']} | {lost['text'][:60]} | {lost['code']} | "
                  f"{lost['reason'][:70]} |")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2, ensure_ascii=False) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
