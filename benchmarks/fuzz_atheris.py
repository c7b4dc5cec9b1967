"""A long-running fuzz target (atheris, coverage-guided) for newsclean's invariants.

The invariants are ``tests/fuzz_invariants.py``'s: no exception, spans true, each safe finding
applicable alone and together equal to what ``fix`` writes, Markdown structure unchanged,
``clean`` idempotent. Each input is a byte string decoded as UTF-8 (with replacement).

    python -m pip install atheris
    python benchmarks/fuzz_atheris.py -atheris_runs=1000000 [corpus_dir]

Without atheris (it builds only for some Python versions), ``--random N`` runs N inputs
from Python's own random generator instead, with the same invariants, and prints how many
executions ran clean and what broke, by invariant:

    python benchmarks/fuzz_atheris.py --random 20000 [--seed 1] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import fuzz_invariants as inv

#: What random inputs are made of: the pieces scraped text and Markdown break on.
PIECES = (
    list("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    + list("  \n\n\t\r.,;:!?…-—–“”‘’\"'()[]@#$%&/*_`<>|\\")
    + ["é", "ü", "Ã©", "â€™", "Â ", "ï»¿", "東京", "\u00ad", "\u200b", "\ufeff", "\x00", "\x85",
       "\x98", "&amp;", "# ", "- ", "> ", "1. ", "[x](y)", "```", "<!--", "-->", "It rained. .",
       "Share this article", "Advertisement", "By Jane Doe", "pic.twitter.com/x"]
)


def one_input(data: bytes) -> None:
    """The atheris entry point: every invariant on one input."""
    inv.check_all(data.decode("utf-8", "replace"))


def random_run(n: int, seed: int) -> dict[str, object]:
    """``n`` random inputs; how many kept every invariant, and the failures by invariant."""
    rng = random.Random(seed)
    failures: Counter[str] = Counter()
    examples: dict[str, str] = {}
    start = time.perf_counter()
    for _ in range(n):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 80)))
        for check in inv.ALL:
            try:
                if check in (inv.spans_are_true, inv.safe_findings_are_what_fix_writes):
                    check(text)  # type: ignore[call-arg]
                    check(text, "markdown")  # type: ignore[call-arg]
                else:
                    check(text)  # type: ignore[call-arg]
            except AssertionError:
                failures[check.__name__] += 1
                examples.setdefault(check.__name__, text)
            except Exception as exc:
                name = f"exception {type(exc).__name__}"
                failures[name] += 1
                examples.setdefault(name, text)
    broken = sum(failures.values())
    return {"executions": n, "seed": seed, "seconds": time.perf_counter() - start,
            "failures": dict(failures), "examples": examples, "clean_checks": n * len(inv.ALL)
            - broken}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--random", type=int, metavar="N",
                        help="run N random inputs without atheris")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", metavar="OUT", help="write the result to this file")
    args, rest = parser.parse_known_args(argv)
    if args.random:
        result = random_run(args.random, args.seed)
        print("| executions | invariant checks | failed checks | seconds |")
        print("|---:|---:|---:|---:|")
        failed = sum(result["failures"].values())  # type: ignore[attr-defined]
        print(f"| {args.random:,} | {args.random * len(inv.ALL):,} | {failed:,} | "
              f"{result['seconds']:.0f} |")
        for name, count in sorted(result["failures"].items()):  # type: ignore[attr-defined]
            print(f"- {name}: {count} (e.g. {result['examples'][name]!r})")  # type: ignore[index]
        if args.json:
            Path(args.json).write_text(json.dumps(result, indent=1, ensure_ascii=False),
                                       encoding="utf-8")
        return 1 if failed else 0
    try:
        import atheris  # type: ignore[import-not-found]
    except ImportError:
        print("atheris is not installed (python -m pip install atheris); "
              "use --random N to fuzz without it", file=sys.stderr)
        return 2
    atheris.Setup([sys.argv[0], *rest], one_input)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main())
