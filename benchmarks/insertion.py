"""Put one line of boilerplate between two paragraphs of clean articles; count what is lost.

Usage::

    python benchmarks/insertion.py [BODIES_DIR] [--line TEXT ...] [--json OUT]

``BODIES_DIR`` holds clean article bodies, one ``.txt`` file each, paragraphs on their own
lines (default: the test bodies, ``tests/fixtures/bodies``). Each line is put before every
paragraph but the first, once in the article alone and once with a copyright footer
below it (a whole page), and the article is cleaned; the first row inserts nothing (what
the bodies lose without any line). A paragraph counts as lost when its
words, in order, occur fewer times in the output than in the body. For every line the
table gives the insertions, those that lost a paragraph, the paragraphs and the words
lost. It measures the issue's rule that a block of boilerplate inside the article is
removed where it stands and ends nothing (the metamorphic tests check some lines of each
kind at random positions; this checks every position).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent
if str(_ROOT / "src") not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(_ROOT / "src"))

import newsclean  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scoring import tokens  # noqa: E402

#: Lines of each kind of boilerplate that may stand inside an article, headers of boxes
#: that a scraper may leave between paragraphs, and page notices.
LINES = (
    "Advertisement",
    "Sign up for our daily newsletter",
    "Share this article",
    "Read more: Storm hits the coast",
    "Support our journalism",
    "He added:",
    "About the Author",
    "Related Articles",
    "© 2024 Jane Doe",
    "Copyright 2024 Example Wire.",
    "© 2024 Example Media. All rights reserved.",
)
#: What makes the article a whole page: a footer below it.
FOOTER = "© 2024 Example Media. All rights reserved."


def count_run(haystack: Sequence[str], needle: Sequence[str]) -> int:
    """How many times ``needle`` occurs in ``haystack`` as a contiguous run.

    >>> count_run(["a", "b", "a", "b"], ["a", "b"])
    2
    """
    n = len(needle)
    return sum(1 for i in range(len(haystack) - n + 1) if list(haystack[i:i + n]) == list(needle))


def lost(paragraphs: Sequence[str], output: str) -> list[str]:
    """The paragraphs whose words occur fewer times in ``output`` than among ``paragraphs``.

    >>> lost(["It rained.", "The town flooded."], "It rained.")
    ['The town flooded.']
    """
    body, out = tokens("\n".join(paragraphs)), tokens(output)
    return [p for p in paragraphs
            if (words := tokens(p)) and count_run(out, words) < count_run(body, words)]


def measure(bodies: dict[str, list[str]], line: str) -> dict[str, int]:
    """Insertions of ``line`` before every paragraph but the first of every body, alone and
    above a footer: how many there were, how many lost paragraphs, and how much. An empty
    ``line`` inserts nothing: what the bodies lose on their own, the baseline."""
    result = {"insertions": 0, "losing": 0, "paragraphs": 0, "words": 0}
    for paragraphs in bodies.values():
        for at in range(1, len(paragraphs)):
            text = "\n".join([*paragraphs[:at], *([line] if line else []), *paragraphs[at:]])
            for page in (text, f"{text}\n{FOOTER}"):
                gone = lost(paragraphs, newsclean.clean(page))
                result["insertions"] += 1
                result["losing"] += bool(gone)
                result["paragraphs"] += len(gone)
                result["words"] += sum(len(p.split()) for p in gone)
    return result


def read_bodies(folder: Path) -> dict[str, list[str]]:
    """The bodies in ``folder``: each ``.txt`` file's non-blank lines, by file name."""
    return {f.stem: [line for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
            for f in sorted(folder.glob("*.txt"))}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bodies", nargs="?", type=Path, default=_ROOT / "tests/fixtures/bodies")
    parser.add_argument("--line", action="append", help="a line to insert (repeatable)")
    parser.add_argument("--json", type=Path, help="write the results here")
    args = parser.parse_args(argv)
    bodies = read_bodies(args.bodies)
    if not bodies:
        parser.error(f"no .txt bodies in {args.bodies}")
    results = {line: measure(bodies, line) for line in ["", *(args.line or LINES)]}
    print(f"{len(bodies)} bodies, every position, alone and above a footer\n")
    print("| line | insertions | losing a paragraph | paragraphs lost | words lost |")
    print("|---|---:|---:|---:|---:|")
    for line, r in results.items():
        name = f"`{line}`" if line else "(nothing: the baseline)"
        print(f"| {name} | {r['insertions']} | {r['losing']} | {r['paragraphs']} | {r['words']} |")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
