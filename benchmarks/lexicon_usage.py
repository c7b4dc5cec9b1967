"""How each phrase of the boilerplate lexicon fires on the development sets.

Usage::

    python benchmarks/lexicon_usage.py DATA_DIR [--sets a,b,...] [--limit N] [--json OUT]

``DATA_DIR`` is one data set or a folder of them, as for ``extraction.py``. Every page is
analysed with ``newsclean.analyze``; then every phrase of every table of
:data:`newsclean.lexicon.KINDS` (read from the tables themselves, so the report follows the
data) is compiled alone, anchored as its pattern tries it, and tried on the blocks that the
rules using that pattern labelled (within the rule's word limit). For each phrase it prints:

* **pages**: pages where it fired, per set and in all;
* **blocks**: labelled blocks it matches;
* **gold**: those of them that are article text: at least half their 4-word shingles (as
  ``benchmarks/scoring.py`` makes them) occur in the page's gold;
* **sole**: blocks no other phrase of the same pattern matches (dropping the phrase would
  leave them unlabelled, as far as the pattern goes; not counted for word lists);
* **flag**: ``ZERO`` or ``ONE-PAGE`` for a phrase that fired on no page or one.

A flagged phrase is not dropped for that alone: the lexicon admits formulas that several
sites use and platforms' fixed wording, whether or not these pages show them (see
``newsclean/lexicon/``). One page's or one site's wording is dropped, and so is a phrase
whose blocks are mostly gold. Date words count on datelines only, share words on share bars,
footer-link words on lines of footer links. ``--json OUT`` also writes examples of the
blocks each phrase matched.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex

_HERE = Path(__file__).resolve().parent
if str(_HERE) not in sys.path:
    sys.path.insert(0, str(_HERE))

from extraction import (  # noqa: E402
    TEXT,
    find_sets,
    import_package_module,
    load_pages,
    load_scoring,
    positive_int,
    set_key,
)

#: The rules that use each pattern, and the most words a block they test has.
RULES: dict[str, tuple[tuple[str, ...], int]] = {
    "EMBED_CAPTION_RE": (("B101",), 80),
    "DONATION_RE": (("B102",), 60),
    "PAYMENT_RE": (("B102",), sys.maxsize),  # inside an appeal's box, of any length
    "NEWSLETTER_RE": (("B103",), 60),
    "SHARE_WORDS": (("B104",), 14),
    "ADVERT_LINE_RE": (("B105",), 10),
    "BYLINE_RE": (("B201",), 14),
    "DATE_TOKEN_RE": (("B201", "B207"), 24),
    "DATE_ANCHOR_RE": (("B201", "B207"), 24),
    "CONSENT_RE": (("B202",), 80),
    "SUBSCRIPTION_RE": (("B203",), 8),
    "ADBLOCK_RE": (("B204",), 60),
    "SCRIPT_NOTICE_RE": (("B213",), 30),
    "SCRIPT_APPEAL_RE": (("B213",), 30),
    "FOOTER_RE": (("B205",), 80),
    "FOOTER_LINKS_RE": (("B205",), 30),
    "COPYRIGHT_NOTICE_RE": (("B205",), 80),
    "RELATED_RE": (("B206",), 25),
    "POST_NAV_RE": (("B206",), 25),
    "COMMENTS_RE": (("B211", "B207"), 12),
    "COMMENT_FORM_RE": (("B211", "B207"), 30),
    "COMMENT_TITLE_COUNT_RE": (("B211", "B207"), 40),
    "CAPTION_RE": (("B208",), 80),
    "AUTHOR_BOX_RE": (("B209",), 8),
    "INTERFACE_RE": (("B210",), 8),
    "POST_FOOTER_RE": (("B206",), 60),
}
#: Patterns whose phrases are tried on single words, and how.
WORD_MODES = {"DATE_TOKEN_RE": "word", "DATE_ANCHOR_RE": "word", "SHARE_WORDS": "vocabulary",
              "FOOTER_LINKS_RE": "links"}
#: Share of a block's shingles in the gold from which it counts as article text.
GOLD_SHARE = 0.5
#: Examples kept per phrase and kind (gold, not gold) for ``--json``.
EXAMPLES = 3


def gold_share(text: str, gold: set[tuple[str, ...]], scoring: Any) -> float | None:
    """The share of the 4-word shingles of ``text`` that occur in ``gold`` (None: no words).

    >>> scoring = load_scoring()
    >>> gold = set(scoring.shingles(scoring.tokens("a b c d e f")))
    >>> gold_share("b c d e", gold, scoring), gold_share("x y", gold, scoring)
    (1.0, 0.0)
    """
    counts = scoring.shingles(scoring.tokens(text))
    total = sum(counts.values())
    if not total:
        return None
    return sum(n for shingle, n in counts.items() if shingle in gold) / total


@dataclass
class Usage:
    """What one phrase of a table did."""

    table: str
    pattern: str
    phrase: str
    languages: list[str]
    pages: dict[str, set[str]] = field(default_factory=dict)
    blocks: int = 0
    gold: int = 0
    sole: int = 0
    examples: dict[str, list[str]] = field(default_factory=lambda: {"gold": [], "other": []})

    @property
    def n_pages(self) -> int:
        """Pages where the phrase fired, in all sets."""
        return sum(map(len, self.pages.values()))

    @property
    def flag(self) -> str:
        """``ZERO`` or ``ONE-PAGE`` for a phrase that fired on no page or on one."""
        return {0: "ZERO", 1: "ONE-PAGE"}.get(self.n_pages, "")

    def add(self, set_name: str, page_id: str, text: str, is_gold: bool, sole: bool) -> None:
        """Count a labelled block the phrase matches."""
        self.pages.setdefault(set_name, set()).add(page_id)
        self.blocks += 1
        self.gold += is_gold
        self.sole += sole
        examples = self.examples["gold" if is_gold else "other"]
        line = " ⏎ ".join(text.splitlines())[:100]
        if len(examples) < EXAMPLES and line not in examples:
            examples.append(line)


class Seen:
    """A labelled block as the phrase tests see it: its text, its words, and those words
    in lower case."""

    def __init__(self, text: str, f: Any) -> None:
        self.text, self.words = text, f.words
        self.lower = frozenset(w.lower() for w in f.words)


Matcher = Callable[[Seen], bool]


def _matchers(lexicon: Any, kind: Any) -> list[tuple[str, Matcher]]:
    """Each phrase of a table with its test of a block, as the pattern's rules use it."""
    mode = WORD_MODES.get(kind.pattern, "search")
    pattern = getattr(lexicon, kind.pattern, None)
    flags = getattr(pattern, "flags", regex.I | regex.V1)  # (a word list has none)
    out: list[tuple[str, Matcher]] = []
    for phrase in lexicon.phrases_of(kind.table):
        test: Matcher
        if mode == "vocabulary":
            word = phrase.lower()
            test = lambda b, w=word: w in b.lower  # noqa: E731
        elif mode == "word":  # words repeat: each is tried once per phrase
            one = lru_cache(maxsize=None)(regex.compile(kind.source(phrase), flags).match)
            test = lambda b, m=one: any(m(w) is not None for w in b.words)  # noqa: E731
        elif mode == "links":
            link = regex.compile(rf"(?<!\w)(?:{phrase})(?!\w)", flags)
            test = lambda b, p=link: p.search(b.text) is not None  # noqa: E731
        else:
            one = regex.compile(kind.source(phrase), flags | regex.MULTILINE)
            test = lambda b, p=one: p.search(b.text) is not None  # noqa: E731
        out.append((phrase, test))
    return out


def _languages(table: dict[str, tuple[str, ...]], phrase: str) -> list[str]:
    return [language for language, phrases in table.items() if phrase in phrases]


@dataclass
class Report:
    """The usage of every phrase, by table."""

    sets: list[str]
    usage: dict[str, list[Usage]]
    labelled: dict[str, int]
    pages: int
    seconds: float


def measure(data_dir: Path, only: set[str] | None, limit: int | None) -> Report:
    """Analyse every page of the sets in ``data_dir`` and count each phrase's blocks."""
    newsclean = import_package_module("newsclean")
    lexicon = import_package_module("newsclean.lexicon")
    scoring = load_scoring()
    features = import_package_module("newsclean.features")
    page_rules = import_package_module("newsclean.rules.page")
    kinds = list(lexicon.KINDS.values())
    tests = {kind.name: _matchers(lexicon, kind) for kind in kinds}
    usage = {
        kind.name: [Usage(kind.name, kind.pattern, p, _languages(dict(kind.table), p))
                    for p, _ in tests[kind.name]]
        for kind in kinds
    }
    by_code: dict[str, list[Any]] = {}
    for kind in kinds:
        codes, _ = RULES.get(kind.pattern, ((), 0))
        for code in codes:
            by_code.setdefault(code, []).append(kind)
    labelled = {kind.name: 0 for kind in kinds}
    sets, n_pages, start = [], 0, time.perf_counter()
    data_sets, _ = find_sets(data_dir)
    for data_set in data_sets:
        name = set_key(data_set.name)
        if only and name not in only:
            continue
        sets.append(name)
        pages, _ = load_pages(data_set.path, limit)
        for page in pages:
            text = page.read(TEXT)
            if text is None:
                continue
            n_pages += 1
            gold = set(scoring.shingles(scoring.tokens(page.gold)))
            for block in newsclean.analyze(text).blocks:
                if block.code not in by_code:
                    continue
                f = features.Features.of(block.text)
                seen = Seen(block.text, f)
                share = gold_share(block.text, gold, scoring)
                is_gold = share is not None and share >= GOLD_SHARE
                hits: dict[str, list[tuple[str, int]]] = {}  # by pattern: (table, phrase index)
                for kind in by_code[block.code]:
                    mode = WORD_MODES.get(kind.pattern, "search")
                    if f.n_words > RULES[kind.pattern][1]:
                        continue
                    if mode == "word" and not page_rules.is_dateline(f):
                        continue
                    if mode == "links" and not lexicon.FOOTER_LINKS_RE.search(block.text):
                        continue
                    labelled[kind.name] += 1
                    for k, (_, test) in enumerate(tests[kind.name]):
                        if test(seen):
                            hits.setdefault(kind.pattern, []).append((kind.name, k))
                for pattern, found in hits.items():
                    sole = len(found) == 1 and WORD_MODES.get(pattern, "search") == "search"
                    for table, k in found:
                        usage[table][k].add(name, page.id, block.text, is_gold, sole)
    return Report(sets, usage, labelled, n_pages, time.perf_counter() - start)


def format_report(report: Report) -> str:
    """The report as text: a table per phrase table, then the flagged phrases."""
    lines = [f"{report.pages} pages ({', '.join(report.sets)}) in {report.seconds:.0f} s.",
             "pages = pages fired (per set: " + "/".join(report.sets) + "); blocks = labelled "
             "blocks matched; gold = of those, article text; sole = no other phrase of the "
             "pattern matched.", ""]
    flagged: list[str] = []
    for table, rows in report.usage.items():
        pattern = rows[0].pattern if rows else ""
        codes, max_words = RULES.get(pattern, ((), 0))
        lines.append(f"## {table} ({pattern}: {', '.join(codes) or 'no rule known'}, "
                     f"{'any length' if max_words == sys.maxsize else f'<= {max_words} words'}; "
                     f"{report.labelled[table]} blocks tested)")
        lines.append(f"{'lang':8} {'pages':>22} {'blocks':>6} {'gold':>5} {'sole':>5} "
                     f"{'flag':8} phrase")
        for u in rows:
            per_set = "/".join(str(len(u.pages.get(s, ()))) for s in report.sets)
            lines.append(f"{','.join(u.languages):8} {per_set + ' = ' + str(u.n_pages):>22} "
                         f"{u.blocks:6} {u.gold:5} {u.sole:5} {u.flag:8} {u.phrase}")
            if u.flag:
                flagged.append(f"{u.flag:8} {table}: {u.phrase}")
        lines.append("")
    lines.append(f"Phrases that fired on at most one page ({len(flagged)}):")
    lines.extend(f"  {line}" for line in flagged)
    return "\n".join(lines)


def report_json(report: Report) -> dict[str, Any]:
    """The report as JSON-ready data."""
    return {
        "sets": report.sets,
        "pages": report.pages,
        "gold_share": GOLD_SHARE,
        "tables": {
            table: {
                "pattern": rows[0].pattern if rows else None,
                "rules": list(RULES.get(rows[0].pattern, ((), 0))[0]) if rows else [],
                "blocks_tested": report.labelled[table],
                "phrases": [
                    {
                        "phrase": u.phrase,
                        "languages": u.languages,
                        "pages": u.n_pages,
                        "pages_by_set": {s: len(u.pages.get(s, ())) for s in report.sets},
                        "page_ids": sorted(f"{s}/{p}" for s, ids in u.pages.items() for p in ids),
                        "blocks": u.blocks,
                        "gold_blocks": u.gold,
                        "sole_blocks": u.sole,
                        "flag": u.flag or None,
                        "examples": u.examples,
                    }
                    for u in rows
                ],
            }
            for table, rows in report.usage.items()
        },
    }


def build_parser() -> argparse.ArgumentParser:
    """The command-line parser."""
    parser = argparse.ArgumentParser(
        prog="lexicon_usage.py",
        description="Count where each phrase of newsclean's lexicon fires on data sets.",
    )
    parser.add_argument("data_dir", type=Path, help="a data set or a folder of them")
    parser.add_argument("--sets", help="comma-separated set names (as for extraction.py)")
    parser.add_argument("--limit", type=positive_int, help="at most N pages per set")
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write the report here")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Measure and print; return the exit code (2 when no data set is found)."""
    args = build_parser().parse_args(argv)
    only = {set_key(s) for s in args.sets.split(",")} if args.sets else None
    report = measure(args.data_dir, only, args.limit)
    if not report.sets:
        print(f"no data set in {args.data_dir}", file=sys.stderr)
        return 2
    print(format_report(report))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report_json(report), ensure_ascii=False, indent=1),
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
