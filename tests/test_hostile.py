"""Hostile input finishes: no pattern backtracks without end and no loop goes quadratic.

Each input runs in a fresh interpreter (this file, run as a script) in which every pattern
of the ``regex`` module is compiled behind a guard that passes ``timeout=`` to each call.
Two stops, and no timing assertion (the timings are in ``benchmarks/scaling.py``):

- a pattern call that runs :data:`CALL_TIMEOUT` seconds raises ``TimeoutError``, whose
  traceback shows the call. Catastrophic backtracking never finishes, and a pattern retried
  from every position of a run of 10⁵ characters (the failure found twice here: a run of
  spaces, and lines of marks) needs 10¹⁰ steps, while a call on these inputs takes
  milliseconds;
- after :data:`BACKSTOP` seconds the run dumps every thread's stack and exits. Linear work
  takes a few seconds; a rescan of the text per line, on 10⁵ lines, takes hours.

The guard is checked too: every compiled pattern in newsclean's modules must be guarded (a
pattern compiled some other way would escape the timeout), and a self-test shows that the
guard and the backstop do stop a catastrophic pattern and a hung run.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any

import pytest

#: Seconds one pattern call may take. Calls take milliseconds on these inputs, while a
#: pattern retried from every position of a run of 10⁵ characters needs 10¹⁰ steps.
CALL_TIMEOUT = 2.0
#: Seconds after which a run dumps its stacks and exits (linear work takes a few).
BACKSTOP = 60.0


def _line_without_spaces(n: int) -> str:
    # Letters, digits, marks and non-ASCII letters, as in a long URL or a base64 blob.
    unit = "abcdefghij0123456789-_/.?=&%ÉéüЖ東"
    return (unit * (n // len(unit) + 1))[:n]


#: name -> (input builder, size, formats to read it as, what it is): the inputs of the
#: issue, and the runs of spaces and of mark-only lines that once took quadratic time. The
#: slowest comes first, so that the others run beside it.
INPUTS: dict[str, tuple[Callable[[int], str], int, tuple[str, ...], str]] = {
    "heading-lines": (
        lambda n: "".join(f"Storm Hits The Coast Number {i}\n" for i in range(n)),
        100_000, ("text",), "100,000 heading-like lines",
    ),
    "line-without-spaces": (_line_without_spaces, 1_000_000, ("text", "markdown"),
                            "a line of a million characters without a space"),
    "repeated-marks": (lambda n: "!" * n, 100_000, ("text", "markdown"),
                       "100,000 ! on one line"),
    "mark-lines": (lambda n: "-\n" * n, 20_000, ("text",), "20,000 lines of one mark"),
    "nested-quotes": (
        lambda n: "“‘" * n + "He said." + "’”" * n + "\n" + "> " * n + "Quoted.",
        100_000, ("text", "markdown"),
        "quotes nested 200,000 deep, and a 100,000-deep Markdown quote",
    ),
    "blank-lines": (lambda n: "Start.\n" + "\n" * n + "End.", 1_000_000, ("text", "markdown"),
                    "a million blank lines"),
    "space-run": (lambda n: "x" + " " * n + "y", 1_000_000, ("text", "markdown"),
                  "a million spaces inside a line"),
    # Issue 17: a byline of capitals once took 69 s for 800; footer links with a run of
    # separators 24 s; unclosed HTML comments in Markdown 69 s for a megabyte.
    "byline-capitals": (lambda n: "Share this article\nBy " + "A" * n + "!\n", 100_000,
                        ("text",), "a byline of 100,000 capitals on a page with furniture"),
    "footer-separators": (lambda n: "help" + "," * n + "\nFAQ" + " /" * n + "\n", 100_000,
                          ("text",), "footer links, then 100,000 commas and slashes"),
    "comment-openers": (lambda n: "x <!--" * n, 170_000, ("markdown",),
                        "a megabyte of unclosed HTML comments and backticks"),
    # M101: page source whose comments and scripts are never closed, and a line of tags.
    "markup-openers": (lambda n: "<p><b><i>" + "<!--<script><style>x" * n, 50_000, ("text",),
                       "a megabyte of unclosed comments, scripts and styles in page source"),
    "markup-tags": (lambda n: "<div>" * n + "Text.", 200_000, ("text",),
                    "a megabyte of tags on one line"),
    # B207: a thread signed by names alone is looked for below every comment header.
    "comment-headers": (
        lambda n: "".join(f"Comments\nName {i}\nThis is comment number {i} of a thread.\n"
                          for i in range(n)),
        30_000, ("text",), "30,000 comment headers, each above a name and a comment",
    ),
    # The region: every dated copyright notice may end the run, and every comment section
    # is a barrier; the parts between them are many.
    "copyright-notices": (
        lambda n: "".join(
            f"12 Comments\njoe says:\nThis is comment number {i} of the thread.\nReply\n"
            f"© 2008 Example Media\nA paragraph of article text that runs on for a while.\n"
            for i in range(n)
        ),
        30_000, ("text",), "30,000 comment sections, each above a copyright notice",
    ),
    # B207: comments signed by a name and a date, each longer than a signature's usual
    # reach, so every pair of signatures is compared across the long gap.
    "signed-comments": (
        lambda n: "Comments\n" + "".join(
            f"Posted by: jo{i % 7} | Mar 20, 2007 10:19 PM\nThis is comment number {i}.\n"
            + "A point of it.\n" * 9 for i in range(n)
        ),
        20_000, ("text",), "20,000 comments signed by names and dates, each eleven lines",
    ),
    # B209: author boxes whose biography opens with a name, each above more prose, so
    # every biography asks whether the page has a byline of that name.
    "author-boxes": (
        lambda n: (
            "About Me\nJane Doe covers the town and the council for us.\n"
            "The council voted on Monday to close the old bridge to traffic for a year.\n"
        ) * n,
        40_000, ("text",), "40,000 author boxes, each above a paragraph",
    ),
    # B304: a paragraph and a headline that come back again and again, so every later
    # block repeats a run that reaches back to the first.
    "repeated-passage": (
        lambda n: (
            "The council voted on Monday to close the old bridge to traffic for a year.\n"
            "Storm leaves thousands without power across the coast tonight\n"
        ) * n,
        50_000, ("text",), "a paragraph and a headline, 50,000 times each",
    ),
    # B206: every related list's reason names the line it starts on; counted from the top
    # of the text for each, 60,000 lists took minutes.
    "related-lists": (
        lambda n: "".join(
            f"Related Articles\nStorm hits the coast {i}\n"
            "The council voted on Monday to close the old bridge to traffic.\n" for i in range(n)
        ),
        60_000, ("text",), "60,000 related lists, each a header, a headline and a paragraph",
    ),
    # B208: a folded caption's pair, again and again, each whole caption compared with the
    # folded one below it.
    "folded-captions": (
        lambda n: "Share this article\n" + (
            "Crews repair a power line near the harbour on Tuesday. less\n"
            "Crews repair a power line near the... more\n"
        ) * n,
        50_000, ("text",), "50,000 folded captions, each whole above its folded copy",
    ),
    # B207: comment counts with a post's title, each above a name, a time and a comment.
    "titled-comment-counts": (
        lambda n: "".join(
            f"{i} thoughts on “Storm hits the coast, number {i} of the series”\nJo Lee\n"
            f"May 1, 2012 at 3:04 pm\nThis is comment number {i} of a thread.\n"
            for i in range(n)
        ),
        20_000, ("text",), "20,000 titled comment counts, each above a signed comment",
    ),
    # Scripts without spaces between words: runs of Thai counted for their length, and the
    # pauses between Thai and Chinese clauses looked for in every long line; a last line of
    # a million Thai letters.
    "unspaced-text": (
        lambda n: "".join(
            f"ฝนตกหนักทั่วภาคเหนือ {i} ประชาชนควรเตรียมพร้อม\n清晨六點出發 沿著山路一路往上開 雲霧慢慢散開 {i}\n"
            for i in range(n)
        ) + "ก" * (10 * n),
        100_000, ("text",), "200,000 lines of Thai and Chinese clauses, and a line of Thai",
    ),
    # The title anchor: a title line of many parts, none of them repeated below, so every
    # part of two words or more could be a search of the page.
    "title-parts": (
        lambda n: " - ".join(f"storm hits coast{k}" for k in range(n)) + "\n"
        + "The council voted on Monday to close the old bridge.\n" * n,
        20_000, ("text",), "a title line of 20,000 parts above 20,000 lines",
    ),
    # The title line's separators: spaces that no repair collapses (em and ideographic
    # spaces, a space and a no-break space in turn) were read to the run's end from each of
    # its characters; 32,000 of them took half a minute.
    "title-spaces": (
        lambda n: "Storm" + "\u2003" * n + "x | Site\nThe storm arrived at dawn.\n"
        + "Gale" + "\u3000" * n + "x - Site\n" + "Rain" + " \u00a0" * n + "x _ Site\n",
        100_000, ("text",), "title lines with runs of 100,000 em, ideographic and no-break spaces",
    ),
}

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
            "splititer")


# --- what runs in the child interpreter -------------------------------------------------------

class _GuardedPattern:
    """A compiled ``regex`` pattern whose matching methods (``search``, ``sub``...) get
    ``timeout=CALL_TIMEOUT`` at every call; its other attributes are the pattern's own (a
    lazily compiled pattern of newsclean takes them all: see newsclean.lazy_pattern)."""

    def __init__(self, pattern: Any) -> None:
        for name in dir(pattern):
            if not name.startswith("_"):
                value = getattr(pattern, name)
                setattr(self, name, partial(value, timeout=CALL_TIMEOUT)
                        if name in _METHODS else value)


def _install_guard() -> None:
    """Make ``regex.compile`` return guarded patterns and give module-level calls a timeout."""
    import regex

    compile_ = regex.compile

    def guarded_compile(pattern: Any, flags: int = 0, **kwargs: Any) -> _GuardedPattern:
        if isinstance(pattern, _GuardedPattern):
            pattern = pattern.pattern
        return _GuardedPattern(compile_(pattern, flags, **kwargs))

    regex.compile = guarded_compile  # type: ignore[assignment]
    for name in _METHODS:
        setattr(regex, name, partial(getattr(regex, name), timeout=CALL_TIMEOUT))


def _patterns() -> tuple[int, list[str]]:
    """How many patterns newsclean's modules hold behind the guard, and those that escaped
    it. A lazily compiled pattern not used yet counts as guarded: it is compiled by the
    guarded ``regex.compile`` when first used, and then takes that pattern's calls."""
    import regex

    from newsclean.lazy_pattern import CompiledPattern, LazyPattern

    guarded, unguarded = 0, []
    for name, module in list(sys.modules.items()):
        if name != "newsclean" and not name.startswith("newsclean."):
            continue
        for attr, value in vars(module).items():
            if isinstance(value, (_GuardedPattern, LazyPattern)) or (
                isinstance(value, CompiledPattern) and isinstance(value.search, partial)
            ):
                guarded += 1
            elif isinstance(value, (regex.Pattern, CompiledPattern)):
                unguarded.append(f"{name}.{attr}")
    return guarded, unguarded


def _child(name: str) -> dict[str, Any]:
    """Analyse one hostile input under the guard, in each of its formats; a summary."""
    import faulthandler

    faulthandler.dump_traceback_later(BACKSTOP, exit=True)
    _install_guard()
    import newsclean

    build, size, formats, _ = INPUTS[name]
    text = build(size)
    results = {}
    for fmt in formats:
        doc = newsclean.analyze(text, input_format=fmt)
        results[fmt] = {"blocks": len(doc.blocks), "kept": len(doc.kept_blocks),
                        "length": len(doc.text), "text": doc.text[:100]}
    guarded, unguarded = _patterns()
    return {"guarded": guarded, "unguarded": unguarded, "results": results}


def _self_test(kind: str) -> None:
    """Run something the guard or the backstop must stop (the test expects a failure)."""
    import faulthandler
    import time

    faulthandler.dump_traceback_later(1.0, exit=True)
    _install_guard()
    import regex

    if kind == "backtracking":
        regex.compile(r"(a|aa)+$").match("a" * 60 + "!")
    else:
        time.sleep(30)


# --- the tests -------------------------------------------------------------------------------

def _run(*args: str, timeout: float = BACKSTOP + 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), *args],
        capture_output=True, text=True, timeout=timeout, check=False,
    )


@pytest.fixture(scope="module")
def runs() -> dict[str, subprocess.CompletedProcess[str]]:
    """Every hostile input's run, two at a time (the runs are independent)."""
    with ThreadPoolExecutor(2) as pool:
        return dict(zip(INPUTS, pool.map(_run, INPUTS), strict=True))


def _results(runs: dict[str, subprocess.CompletedProcess[str]], name: str) -> dict[str, Any]:
    result = runs[name]
    assert result.returncode == 0, (
        f"{INPUTS[name][3]}: exit {result.returncode}\n{result.stderr[-4000:]}"
    )
    summary: dict[str, Any] = json.loads(result.stdout.splitlines()[-1])
    assert summary["unguarded"] == [], "patterns compiled outside the guard"
    assert summary["guarded"] > 50, "the guard found no patterns"
    return summary["results"]


Runs = dict[str, subprocess.CompletedProcess[str]]


def test_line_without_spaces(runs: Runs) -> None:
    for got in _results(runs, "line-without-spaces").values():
        assert (got["blocks"], got["kept"]) == (1, 1)
        assert got["length"] == INPUTS["line-without-spaces"][1]


def test_repeated_punctuation(runs: Runs) -> None:
    for got in _results(runs, "repeated-marks").values():
        assert got["blocks"] == 1 and got["length"] == INPUTS["repeated-marks"][1]
    assert _results(runs, "mark-lines")["text"]["blocks"] == INPUTS["mark-lines"][1]


def test_heading_like_lines(runs: Runs) -> None:
    got = _results(runs, "heading-lines")["text"]
    assert got["blocks"] == INPUTS["heading-lines"][1]
    assert got["text"].startswith("Storm Hits The Coast Number 0")


def test_deeply_nested_quotes(runs: Runs) -> None:
    got = _results(runs, "nested-quotes")
    assert got["text"]["blocks"] == 2 and got["text"]["kept"] == 2


def test_a_million_blank_lines(runs: Runs) -> None:
    for got in _results(runs, "blank-lines").values():
        assert got["text"] == "Start.\n\nEnd."


def test_long_run_of_spaces(runs: Runs) -> None:
    for got in _results(runs, "space-run").values():
        assert got["text"] == "x y"


def test_separator_runs(runs: Runs) -> None:
    got = _results(runs, "byline-capitals")["text"]
    assert got["blocks"] == 2
    assert _results(runs, "footer-separators")["text"]["blocks"] == 2
    got = _results(runs, "comment-openers")["markdown"]
    assert got["length"] == INPUTS["comment-openers"][1] * len("x <!--")


def test_page_source_that_never_closes(runs: Runs) -> None:
    got = _results(runs, "markup-openers")["text"]
    assert got["length"] == INPUTS["markup-openers"][1] * len("<!--<script><style>x")
    assert _results(runs, "markup-tags")["text"]["text"] == "Text."


def test_comment_headers_above_names(runs: Runs) -> None:
    assert _results(runs, "comment-headers")["text"]["blocks"] == 3 * INPUTS["comment-headers"][1]


def test_copyright_notices_between_comment_sections(runs: Runs) -> None:
    got = _results(runs, "copyright-notices")["text"]
    assert got["blocks"] == 6 * INPUTS["copyright-notices"][1]


def test_long_comments_signed_by_names_and_dates(runs: Runs) -> None:
    got = _results(runs, "signed-comments")["text"]
    assert got["blocks"] == 1 + 11 * INPUTS["signed-comments"][1]


def test_many_author_boxes(runs: Runs) -> None:
    got = _results(runs, "author-boxes")["text"]
    assert got["blocks"] == 3 * INPUTS["author-boxes"][1]


def test_a_passage_repeated_many_times(runs: Runs) -> None:
    got = _results(runs, "repeated-passage")["text"]
    assert got["blocks"] == 2 * INPUTS["repeated-passage"][1]


def test_a_title_line_of_many_parts(runs: Runs) -> None:
    got = _results(runs, "title-parts")["text"]
    assert got["blocks"] == 1 + INPUTS["title-parts"][1]


def test_title_lines_with_long_runs_of_spaces(runs: Runs) -> None:
    got = _results(runs, "title-spaces")["text"]
    assert got["blocks"] == 4


def test_many_related_lists(runs: Runs) -> None:
    got = _results(runs, "related-lists")["text"]
    assert got["blocks"] == 3 * INPUTS["related-lists"][1]


def test_many_folded_captions(runs: Runs) -> None:
    got = _results(runs, "folded-captions")["text"]
    assert got["blocks"] == 1 + 2 * INPUTS["folded-captions"][1]
    assert got["kept"] == 0  # every pair is a caption's, the share line a share bar


def test_many_titled_comment_counts(runs: Runs) -> None:
    got = _results(runs, "titled-comment-counts")["text"]
    assert got["blocks"] == 4 * INPUTS["titled-comment-counts"][1]


def test_unspaced_text(runs: Runs) -> None:
    got = _results(runs, "unspaced-text")["text"]
    assert got["blocks"] == 2 * INPUTS["unspaced-text"][1] + 1


@pytest.mark.parametrize("kind", ["backtracking", "hang"])
def test_the_guard_stops_what_would_not_finish(kind: str) -> None:
    result = _run("--self-test", kind, timeout=60)
    assert result.returncode != 0
    if kind == "backtracking":
        assert "TimeoutError" in result.stderr and "(a|aa)+$" in result.stderr
    else:
        assert "Timeout (0:00:01)!" in result.stderr and "_self_test" in result.stderr


if __name__ == "__main__":
    if sys.argv[1] == "--self-test":
        CALL_TIMEOUT = 0.2
        _self_test(sys.argv[2])
    else:
        print(json.dumps(_child(sys.argv[1]), ensure_ascii=False))
