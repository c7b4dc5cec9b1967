"""Check that newsclean leaves already-clean article text alone.

Usage::

    python benchmarks/do_no_harm.py GROUND_TRUTH_JSON|SET_DIR [--json OUT] [--verbose]
        [--limit N] [--by-rule]

Every gold ``articleBody`` in the ground-truth file is clean article text, so
``newsclean.clean`` should return it unchanged. A set folder of either layout that
``extraction.py`` reads (``pages.jsonl.gz``, or ``ground-truth.json`` with ``text/``) gives
its pages' ``gold`` texts instead: a check beyond the pages the rules were tuned on, though
some sets' golds hold what newsclean removes by design (a headline, a byline, a copyright
line, or the article twice where the page printed it twice). Pages whose body holds an
embedded tweet (``pic.twitter.com/``, a ``t.co/`` link, or a
``— Name (@handle) Month D, YYYY`` line) are left out: tweets legitimately look like
boilerplate. Reported:

* pages used (and pages left out for tweets);
* unchanged: share of bodies returned unchanged apart from whitespace (both sides with
  whitespace runs collapsed to one space and stripped);
* unchanged (visible): the same, but invisible format characters (zero-width space, soft
  hyphen, word joiner: Unicode category Cf) also count as whitespace, since newsclean removes
  them on purpose and they change nothing a reader sees;
* words kept: ``\\w+`` tokens of the output matched with the input's as multisets,
  summed over pages, over the total input words;
* words added: output tokens with no match in the input, over the total input words.

``--verbose`` lists the changed pages with the first differing region; ``--by-rule`` adds a
table of the words of the removed blocks by the rule that removed them (what a reader looks
at to tell a lost sentence from a removed headline).
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

_HERE = Path(__file__).resolve().parent
if str(_HERE) not in sys.path:
    sys.path.insert(0, str(_HERE))

from extraction import data_layout, import_package_module, load_pages, positive_int  # noqa: E402

_WORD_RE = re.compile(r"\w+")
_SPACE_RE = re.compile(r"\s+")
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
)
_TWEET_RES = (
    re.compile(r"pic\.twitter\.com/", re.IGNORECASE),
    re.compile(r"(?<![\w.-])t\.co/\w", re.IGNORECASE),
    re.compile(
        rf"^\s*[—–-]+\s*\S.*\(@\w{{1,15}}\)\s*{_MONTH}\s+\d{{1,2}},\s+\d{{4}}\s*$",
        re.MULTILINE,
    ),
)

#: Words of context shown before a differing region, and words shown of each side.
_CONTEXT_WORDS = 8
_SHOWN_WORDS = 40


def has_embedded_tweet(body: str) -> bool:
    """Whether ``body`` holds an embedded tweet.

    >>> has_embedded_tweet("Text.\\n— Jane Doe (@jane_d) November 18, 2019\\nMore.")
    True
    >>> has_embedded_tweet("See pic.twitter.com/abc123")
    True
    >>> has_embedded_tweet("Read https://t.co/xYz now")
    True
    >>> has_embedded_tweet("Visit at.co/home or email me (@work) today.")
    False
    """
    return any(pattern.search(body) for pattern in _TWEET_RES)


def normalize_space(text: str) -> str:
    """Collapse whitespace runs to one space and strip.

    >>> normalize_space("  a\\n\\n b\\u00a0\\tc ")
    'a b c'
    """
    return _SPACE_RE.sub(" ", text).strip()


def remove_invisible(text: str) -> str:
    """Drop the invisible format characters (Unicode category Cf) of ``text``.

    >>> remove_invisible("Not\u00adfall\u200b")
    'Notfall'
    """
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def word_counts(text: str) -> Counter[str]:
    """Multiset of the ``\\w+`` tokens of ``text``.

    >>> sorted(word_counts("It's it, it!").items())
    [('It', 1), ('it', 2), ('s', 1)]
    """
    return Counter(_WORD_RE.findall(text))


def first_difference(before: str, after: str) -> str:
    """Describe the first region where ``after`` differs from ``before`` (word level).

    >>> first_difference("one two three four", "one two 3 four")
    '… one two [-three-] {+3+} …'
    >>> first_difference("same", "same")
    ''
    """
    old = normalize_space(before).split(" ") if before.strip() else []
    new = normalize_space(after).split(" ") if after.strip() else []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        context = " ".join(old[max(0, i1 - _CONTEXT_WORDS) : i1])
        parts = ["…", context] if context else ["…"]
        if i2 > i1:
            parts.append("[-" + _shorten(old[i1:i2]) + "-]")
        if j2 > j1:
            parts.append("{+" + _shorten(new[j1:j2]) + "+}")
        parts.append("…")
        return " ".join(parts)
    return ""


def _shorten(words: Sequence[str]) -> str:
    """Join ``words``, eliding the middle of long runs."""
    if len(words) <= _SHOWN_WORDS:
        return " ".join(words)
    half = _SHOWN_WORDS // 2
    skipped = len(words) - 2 * half
    return f"{' '.join(words[:half])} …({skipped} words)… {' '.join(words[-half:])}"


@dataclass(frozen=True)
class PageResult:
    """How one gold body fared."""

    id: str
    url: str
    unchanged: bool
    unchanged_visible: bool
    words_in: int
    words_kept: int
    words_added: int
    diff: str
    error: str | None = None
    #: Words (``\\w+`` tokens) of the removed blocks, by the code of the rule that removed them.
    removed_by_rule: dict[str, int] = field(default_factory=dict)


def check_page(page_id: str, url: str, body: str, analyze: Callable[[str], Any]) -> PageResult:
    """Run ``analyze`` (``newsclean.analyze``) on one gold body and compare its clean text
    with it."""
    error = None
    removed: Counter[str] = Counter()
    try:
        doc = analyze(body)
        output = doc.text
        for block in doc.removed_blocks:
            removed[block.code or "?"] += len(_WORD_RE.findall(block.text))
    except Exception as exc:
        output = ""
        error = f"{type(exc).__name__}: {exc}"
    before = word_counts(body)
    after = word_counts(output)
    kept = sum((before & after).values())
    unchanged = error is None and normalize_space(output) == normalize_space(body)
    unchanged_visible = error is None and normalize_space(
        remove_invisible(output)
    ) == normalize_space(remove_invisible(body))
    return PageResult(
        id=page_id,
        url=url,
        unchanged=unchanged,
        unchanged_visible=unchanged_visible,
        words_in=sum(before.values()),
        words_kept=kept,
        words_added=sum(after.values()) - kept,
        diff="" if unchanged else first_difference(body, output),
        error=error,
        removed_by_rule=dict(removed),
    )


def summarize(results: Sequence[PageResult], excluded: Sequence[str]) -> dict[str, Any]:
    """Corpus-level figures for the table and the JSON report."""
    words_in = sum(r.words_in for r in results)
    return {
        "pages_used": len(results),
        "words_in": words_in,
        "pages_left_out_tweets": len(excluded),
        "unchanged": sum(r.unchanged for r in results) / len(results) if results else 0.0,
        "unchanged_visible": (
            sum(r.unchanged_visible for r in results) / len(results) if results else 0.0
        ),
        "words_kept": sum(r.words_kept for r in results) / words_in if words_in else 1.0,
        "words_added": sum(r.words_added for r in results) / words_in if words_in else 0.0,
        "pages_changed": sum(not r.unchanged for r in results),
        "failures": sum(r.error is not None for r in results),
        "removed_by_rule": removed_by_rule(results),
    }


def removed_by_rule(results: Sequence[PageResult]) -> dict[str, dict[str, int]]:
    """Per rule code, the words of the blocks it removed and the pages it removed any from,
    most words first.

    >>> page = PageResult("a", "", False, False, 10, 7, 0, "", removed_by_rule={"B201": 3})
    >>> removed_by_rule([page, page])
    {'B201': {'words': 6, 'pages': 2}}
    """
    words: Counter[str] = Counter()
    pages: Counter[str] = Counter()
    for result in results:
        for code, n in result.removed_by_rule.items():
            words[code] += n
            pages[code] += 1
    return {code: {"words": n, "pages": pages[code]} for code, n in words.most_common()}


def format_rule_table(summary: dict[str, Any]) -> str:
    """The words of removed blocks by rule, as a Markdown table (share of all input words)."""
    words_in = summary["words_in"] or 1
    lines = ["| rule | words removed | share of input words | pages |", "|---|---:|---:|---:|"]
    for code, row in summary["removed_by_rule"].items():
        share = row["words"] / words_in
        lines.append(f"| {code} | {row['words']} | {share:.4f} | {row['pages']} |")
    return "\n".join(lines)


def format_table(summary: dict[str, Any]) -> str:
    """Render the summary as a Markdown table."""
    return "\n".join(
        [
            "| pages used | left out (tweets) | unchanged | unchanged (visible) | words kept "
            "| words added | pages changed | failures |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|",
            f"| {summary['pages_used']} | {summary['pages_left_out_tweets']} "
            f"| {summary['unchanged']:.3f} | {summary['unchanged_visible']:.3f} "
            f"| {summary['words_kept']:.4f} "
            f"| {summary['words_added']:.4f} | {summary['pages_changed']} "
            f"| {summary['failures']} |",
        ]
    )


def _load_analyze() -> Callable[[str], Any]:
    """Return ``newsclean.analyze`` (from ``src/`` when the package is not installed)."""
    analyze = getattr(import_package_module("newsclean"), "analyze", None)
    if not callable(analyze):
        raise ImportError("newsclean has no analyze()")
    return analyze  # type: ignore[no-any-return]


def load_bodies(path: Path) -> list[tuple[str, str, str]]:
    """The gold bodies at ``path`` as ``(id, url, body)`` in id order: a ground-truth JSON
    file (``{id: {"url", "articleBody"}}``) or a set folder of either layout.

    Raises :class:`ValueError` for a path that is neither."""
    if path.is_dir():
        if data_layout(path) is None:
            raise ValueError("not a data set folder (no pages.jsonl.gz or ground-truth.json)")
        pages, _ = load_pages(path, None)
        return [(page.id, page.url, page.gold) for page in pages]
    ground_truth = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(ground_truth, dict):
        raise ValueError("not a {id: {...}} object")
    bodies = []
    for page_id in sorted(ground_truth):
        entry = ground_truth[page_id]
        if not isinstance(entry, dict):
            entry = {}
        bodies.append((page_id, str(entry.get("url", "")), str(entry.get("articleBody", ""))))
    return bodies


def build_parser() -> argparse.ArgumentParser:
    """The command-line parser."""
    parser = argparse.ArgumentParser(
        prog="do_no_harm.py",
        description="Check that newsclean.clean leaves clean article bodies unchanged.",
    )
    parser.add_argument("ground_truth", type=Path, metavar="GROUND_TRUTH_JSON|SET_DIR")
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write the report as JSON")
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="list changed pages with a short diff"
    )
    parser.add_argument("--limit", type=positive_int, metavar="N", help="first N pages only")
    parser.add_argument(
        "--by-rule", action="store_true", help="also the words of removed blocks by rule"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the check; return the exit code (2 on usage errors, 1 if newsclean is missing)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 2

    path: Path = args.ground_truth
    try:
        bodies = load_bodies(path)
    except (OSError, ValueError) as exc:
        print(f"do_no_harm.py: error: cannot read {path}: {exc}", file=sys.stderr)
        return 2

    try:
        analyze = _load_analyze()
    except Exception as exc:
        print(f"do_no_harm.py: error: cannot use newsclean.analyze: {exc}", file=sys.stderr)
        return 1

    results: list[PageResult] = []
    excluded: list[str] = []
    for page_id, url, body in bodies:
        if args.limit is not None and len(results) >= args.limit:
            break
        if has_embedded_tweet(body):
            excluded.append(page_id)
            continue
        results.append(check_page(page_id, url, body, analyze))

    summary = summarize(results, excluded)
    changed = [r for r in results if not r.unchanged]
    if args.json is not None:
        report = {
            "ground_truth": str(path),
            "command": [
                "python",
                "benchmarks/do_no_harm.py",
                *(sys.argv[1:] if argv is None else argv),
            ],
            **summary,
            "left_out_ids": excluded,
            "changed": [asdict(r) for r in changed],
        }
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", "utf-8")

    print(format_table(summary))
    if args.by_rule:
        print()
        print(format_rule_table(summary))
    if args.verbose and changed:
        print()
        print(f"Changed pages ({len(changed)}):")
        for result in changed:
            share = result.words_kept / result.words_in if result.words_in else 1.0
            print(f"- {result.id}  {result.url}")
            print(
                f"  words kept {share:.3f} ({result.words_kept}/{result.words_in}), "
                f"added {result.words_added}"
            )
            if result.error:
                print(f"  error: {result.error}")
            print(f"  {result.diff}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
