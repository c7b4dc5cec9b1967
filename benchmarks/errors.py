"""Group newsclean's remaining extraction errors by kind, block by block, on every set.

Usage::

    python benchmarks/errors.py DATA_DIR [--sets a,b,...] [--examples N] [--pages N]
        [--jobs N] [--json OUT]

``DATA_DIR`` is one data set or a folder of them, as for ``extraction.py``. A block of three
words or more counts as *article* when its words, in order, occur in the page's gold body.
The script sums, per set, the words of kept blocks that are not article text (false kept,
by label) and of removed blocks that are (false removed, by rule code and label), and prints
both tables with a column per set, then per set the pages with the most error words and a
few examples of each kind.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extraction import (
    import_package_module,
    load_pages,
    parsed_sets,
    positive_int,
    set_parser,
)
from scoring import tokens
from sensitivity import table

#: Blocks of fewer words are not counted: a two-word line's words occur anywhere.
MIN_WORDS = 3
FALSE_KEPT, FALSE_REMOVED = "false kept", "false removed"


def in_gold(words: Sequence[str], gold: str) -> bool:
    """Whether the words occur, in order and next to each other, in the padded gold string.

    >>> in_gold(["b", "c"], " a b c d ")
    True
    >>> in_gold(["b", "d"], " a b c d ")
    False
    """
    return f" {' '.join(words)} " in gold


def page_errors(text: str, gold_body: str) -> list[tuple[str, str, int, str]]:
    """The error blocks of one page: (direction, kind, words, text) for each block of
    :data:`MIN_WORDS` words or more that is kept but not article text (kind ``kept
    LABEL``) or article text but removed (kind ``removed CODE LABEL``).

    >>> page_errors("It rained all day on the coast.\\nThe mayor will speak on the radio tonight.",
    ...             "It rained all day on the coast.")
    [('false kept', 'kept paragraph', 8, 'The mayor will speak on the radio tonight.')]
    """
    gold = f" {' '.join(tokens(gold_body))} "
    errors = []
    for block in import_package_module("newsclean").analyze(text).blocks:
        words = tokens(block.text)
        if len(words) < MIN_WORDS:
            continue
        article = in_gold(words, gold)
        if block.kept and not article:
            errors.append((FALSE_KEPT, f"kept {block.label}", len(words), block.text))
        elif not block.kept and article:
            errors.append((FALSE_REMOVED, f"removed {block.code} {block.label}", len(words),
                           block.text))
    return errors


def _page_job(job: tuple[int, str, str, str]) -> tuple[int, str, list[tuple[str, str, int, str]]]:
    index, page_id, text, gold = job
    return index, page_id, page_errors(text, gold)


@dataclass
class SetErrors:
    """One set's error words by direction and kind, by page, and examples of each kind."""

    words: dict[str, Counter[str]] = field(
        default_factory=lambda: {FALSE_KEPT: Counter(), FALSE_REMOVED: Counter()})
    pages: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def add(self, page_id: str, errors: Sequence[tuple[str, str, int, str]]) -> None:
        """Count one page's :func:`page_errors`."""
        for direction, kind, n_words, text in errors:
            self.words[direction][kind] += n_words
            self.pages[page_id] += n_words
            self.examples[kind].append(f"{page_id[:12]}: {text[:90]}")


def collect(jobs: Sequence[tuple[int, str, str, str]], n_sets: int,
            workers: int) -> list[SetErrors]:
    """Every set's :class:`SetErrors` (``jobs``: the pages as (set index, id, text, gold))."""
    with multiprocessing.Pool(workers) as pool:
        found = pool.map(_page_job, jobs, chunksize=8)
    result = [SetErrors() for _ in range(n_sets)]
    for index, page_id, errors in found:
        result[index].add(page_id, errors)
    return result


def kind_table(direction: str, names: Sequence[str], found: Sequence[SetErrors]) -> str:
    """The error words of ``direction`` by kind (rows, most words first) and set."""
    total: Counter[str] = Counter()
    for errors in found:
        total.update(errors.words[direction])
    rows = ([kind, *(str(e.words[direction][kind]) for e in found)]
            for kind, _ in total.most_common())
    return table([direction, *names], rows)


def build_parser() -> argparse.ArgumentParser:
    parser = set_parser(__doc__, "one data set, or a folder of them", "write the tables here")
    parser.add_argument("--examples", type=int, default=3, help="examples per kind and set")
    parser.add_argument("--pages", type=positive_int, default=10,
                        help="pages with the most error words to list per set")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Print the error tables; return the exit status."""
    args = build_parser().parse_args(argv)
    sets = parsed_sets(args, "errors")
    if sets is None:
        return 2
    names = [s.name for s in sets]
    jobs = [(index, page.id, page.read("text") or "", page.gold)
            for index, data_set in enumerate(sets) for page in load_pages(data_set.path, None)[0]]
    found = collect(jobs, len(sets), args.jobs)
    print(f"Words of blocks of {MIN_WORDS} words or more, by set:\n")
    for direction in (FALSE_KEPT, FALSE_REMOVED):
        print(kind_table(direction, names, found) + "\n")
    for name, errors in zip(names, found, strict=True):
        worst = ", ".join(f"{p[:12]} ({n})" for p, n in errors.pages.most_common(args.pages))
        print(f"{name}: pages with most error words: {worst or '(none)'}")
        for kind, lines in sorted(errors.examples.items()):
            for line in lines[: args.examples]:
                print(f"  {kind}: {line}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({
            name: {"false_kept": e.words[FALSE_KEPT], "false_removed": e.words[FALSE_REMOVED],
                   "pages": e.pages, "examples": e.examples}
            for name, e in zip(names, found, strict=True)
        }, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
