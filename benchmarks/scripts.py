"""Speed across writing systems: the pages, their letters mapped to other scripts.

Usage::

    python benchmarks/scripts.py DATA_DIR [--json OUT] [--rounds N]

The data holds pages of one or two scripts only, while news comes in all of them, and the
cost of a character depends on its script (ASCII text takes faster paths than other text,
and a Unicode repair may look at every pair of non-ASCII characters). So each page of
``DATA_DIR`` (``text/*.txt``) is written in other scripts by mapping its letters a-z and
A-Z one to one onto letters of the script (Cyrillic, Greek, Arabic, Devanagari, Thai,
Han), keeping everything else: line structure, lengths, digits, punctuation, quotes and
their places. The text is no language, but it has the shape of the pages, which is what
the speed depends on. Each variant is cleaned in one process, in interleaved rounds (the
best kept); the table gives MB/s (UTF-8 bytes), millions of characters a second and the
time per character against the pages as they are.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

_HERE = Path(__file__).resolve().parent
if str(_HERE) not in sys.path:
    sys.path.insert(0, str(_HERE))

from throughput import data_parser, read_texts, versions  # noqa: E402


def _letters(first: int, count: int = 26) -> str:
    return "".join(chr(first + i) for i in range(count))


#: Per script: 26 lower-case and 26 upper-case letters for a-z and A-Z (the same for both in
#: scripts without case).
SCRIPTS: dict[str, tuple[str, str]] = {
    "Cyrillic": (_letters(0x430), _letters(0x410)),
    "Greek": (_letters(0x3B1, 17) + _letters(0x3C3, 7) + "άέ",
              _letters(0x391, 17) + _letters(0x3A3, 7) + "ΆΈ"),
    "Arabic": (_letters(0x628),) * 2,
    "Devanagari": (_letters(0x915),) * 2,
    "Thai": (_letters(0xE01),) * 2,
    "Han": (_letters(0x4E2D),) * 2,
}


def transliterate(text: str, script: str) -> str:
    """``text`` with a-z and A-Z replaced by letters of ``script``.

    >>> transliterate("Hello, World 2024", "Cyrillic")
    'Здлло, Цослг 2024'
    """
    lower, upper = SCRIPTS[script]
    table = str.maketrans(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", lower + upper
    )
    return text.translate(table)


def measure(variants: dict[str, list[str]], clean: Callable[[str], object],
            rounds: int) -> dict[str, float]:
    """The best seconds of each variant over ``rounds`` interleaved rounds (after a warm-up)."""
    for docs in variants.values():
        for doc in docs[:3]:
            clean(doc)
    best = dict.fromkeys(variants, float("inf"))
    for _ in range(rounds):
        for name, docs in variants.items():
            start = time.perf_counter()
            for doc in docs:
                clean(doc)
            best[name] = min(best[name], time.perf_counter() - start)
    return best


def table(variants: dict[str, list[str]], seconds: dict[str, float]) -> list[dict[str, Any]]:
    """Rows of MB/s, characters a second and time per character against the first variant."""
    rows = []
    base = None
    for name, docs in variants.items():
        chars = sum(map(len, docs))
        mb = sum(len(d.encode("utf-8")) for d in docs) / 1e6
        per_char = seconds[name] / chars
        base = base or per_char
        rows.append({"script": name, "mb": mb, "chars": chars, "seconds": seconds[name],
                     "mb_per_s": mb / seconds[name], "mchars_per_s": chars / seconds[name] / 1e6,
                     "time_per_char_ratio": per_char / base})
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    """Print the table; 0 on success, 2 on bad arguments or data."""
    p = data_parser(__doc__)
    p.add_argument("--rounds", type=int, default=3, help="interleaved rounds (default 3)")
    args = p.parse_args(argv)
    if not args.data_dir.is_dir() or args.rounds < 1:
        print("error: DATA_DIR must be a folder and --rounds at least 1", file=sys.stderr)
        return 2
    import newsclean

    pages = read_texts(args.data_dir)
    variants = {"the pages (Latin)": pages}
    variants.update({name: [transliterate(p, name) for p in pages] for name in SCRIPTS})
    rows = table(variants, measure(variants, newsclean.clean, args.rounds))
    print(f"\nnewsclean.clean on the {len(pages)} pages, letters mapped to other scripts, "
          f"best of {args.rounds} rounds\n")
    print("| script | MB | MB/s | M chars/s | time per char ÷ Latin |")
    print("|---|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['script']} | {r['mb']:.2f} | {r['mb_per_s']:.2f} | "
              f"{r['mchars_per_s']:.2f} | {r['time_per_char_ratio']:.2f} |")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"versions": versions(), "rounds": args.rounds,
                                         "rows": rows}, indent=2, ensure_ascii=False) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
