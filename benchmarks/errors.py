"""Group newsclean's remaining extraction errors by kind, block by block.

Usage::

    python benchmarks/errors.py DATA_DIR [--examples N] [--json OUT]

A block counts as *article* when its words, in order, occur in the page's gold body. The
script sums the words of kept blocks that are not article text (false kept, by label) and of
removed blocks that are (false removed, by rule code and label), and prints both tables with
the pages that contribute most and a few examples of each kind.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

_SRC = Path(__file__).resolve().parent.parent / "src"
if str(_SRC) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(_SRC))

import newsclean  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scoring import tokens  # noqa: E402


def in_gold(words: Sequence[str], gold: str) -> bool:
    """Whether the words occur, in order and next to each other, in the padded gold string.

    >>> in_gold(["b", "c"], " a b c d ")
    True
    >>> in_gold(["b", "d"], " a b c d ")
    False
    """
    return f" {' '.join(words)} " in gold


def collect(data_dir: Path) -> dict[str, object]:
    """Error words by kind, pages by error words, and examples."""
    truth = json.loads((data_dir / "ground-truth.json").read_text(encoding="utf-8"))
    kept: Counter[str] = Counter()
    removed: Counter[str] = Counter()
    pages: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for page_id, entry in sorted(truth.items()):
        text = (data_dir / "text" / f"{page_id}.txt").read_text(encoding="utf-8")
        gold = f" {' '.join(tokens(entry['articleBody']))} "
        for block in newsclean.analyze(text).blocks:
            words = tokens(block.text)
            if len(words) < 3:
                continue
            article = in_gold(words, gold)
            if block.kept and not article:
                key = f"kept {block.label}"
                kept[key] += len(words)
            elif not block.kept and article:
                key = f"removed {block.code} {block.label}"
                removed[key] += len(words)
            else:
                continue
            pages[page_id[:8]] += len(words)
            examples[key].append(f"{page_id[:8]}: {block.text[:90]}")
    return {"false_kept": kept, "false_removed": removed, "pages": pages, "examples": examples}


def main(argv: Sequence[str] | None = None) -> int:
    """Print the error tables; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--examples", type=int, default=3, help="examples per kind")
    parser.add_argument("--json", type=Path, help="write the tables as JSON")
    args = parser.parse_args(argv)
    if not (args.data_dir / "ground-truth.json").is_file():
        print(f"errors.py: error: no ground-truth.json in {args.data_dir}", file=sys.stderr)
        return 2
    result = collect(args.data_dir)
    for title in ("false_kept", "false_removed"):
        table: Counter[str] = result[title]  # type: ignore[assignment]
        print(f"\n| {title.replace('_', ' ')} | words |\n|---|---:|")
        for key, words in table.most_common():
            print(f"| {key} | {words} |")
    pages: Counter[str] = result["pages"]  # type: ignore[assignment]
    print("\nPages with most error words: " + ", ".join(f"{p} ({n})" for p, n in pages.most_common(10)))
    examples: dict[str, list[str]] = result["examples"]  # type: ignore[assignment]
    for key, found in sorted(examples.items()):
        print(f"\n{key}:")
        for line in found[: args.examples]:
            print(f"  {line}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
