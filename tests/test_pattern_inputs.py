"""No pattern that reads input backtracks without end on adversarial input.

Each pattern newsclean runs on input (and each variant the engine derives from it) is run
with ``finditer`` over runs of each character class and of its own literal fragments, under
the ``regex`` module's ``timeout``: a catastrophic pattern raises ``TimeoutError`` here
instead of hanging a run. How the time grows with the input (linear, or worse) is measured
by ``benchmarks/patterns.py``, not here: timings in a test fail on a busy machine.

The inputs are the benchmark's own (imported from ``benchmarks/patterns.py``), so a pattern
added to any module is covered without a list to keep.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

import newsclean
from benchmark_modules import load

#: Characters per input: a pattern that backtracks without end never finishes here, while a linear one takes well under a millisecond.
SIZE = 2000
#: Seconds one pattern may take over one input (a linear one takes well under a millisecond).
TIMEOUT = 2.0


BENCH = load("patterns")
PATTERNS: dict[str, regex.Pattern[str]] = BENCH.input_patterns()


def test_the_patterns_are_found() -> None:
    names = set(PATTERNS)
    assert len({n.split("[")[0] for n in names}) > 60  # 79 when written: a floor, not a count
    assert "newsclean.lexicon.BYLINE_RE[multiline]" in names
    assert "newsclean.lexicon.FOOTER_LINKS_RE" in names
    assert any(n.startswith("newsclean.lexicon.FOOTER_RE[alt") for n in names)


def test_patterns_run_as_they_are_never_go_through_the_literal_search() -> None:
    # Their MULTILINE and anchored forms are not timed (see AS_IS_ONLY), so no module may
    # hand them to BlockContext.find (or to the functions that derive those forms).
    src = Path(newsclean.__file__).parent
    names = {full.rsplit(".", 1)[1] for full in BENCH.AS_IS_ONLY}
    assert {f"newsclean.lexicon.{n}" for n in names} <= set(PATTERNS)
    handed = regex.compile(r"\b(?:find|multiline|search_block|first_match|alternatives)\(\s*"
                           r"\[?\s*(" + "|".join(names) + r")\b")
    found = [f"{path.name}: {m.group()}" for path in src.rglob("*.py")
             for m in handed.finditer(path.read_text(encoding="utf-8"))]
    assert not found, found


def test_literal_units_come_from_the_pattern() -> None:
    units = BENCH.literal_units(regex.compile(r"<!--.*?-->|\bBy \p{Lu}"))
    assert "<!--" in units and "By" in units and "bBy" not in units


@pytest.mark.parametrize("name", sorted({n.split("[")[0] for n in PATTERNS}))
def test_no_pattern_runs_away(name: str) -> None:
    for full, pattern in PATTERNS.items():
        if full.split("[")[0] != name:
            continue
        anchored = BENCH.is_match_only(full)
        for label, text in BENCH.adversarial_inputs(pattern, SIZE):
            try:
                BENCH.run_all(pattern, text, timeout=TIMEOUT, anchored=anchored)
            except TimeoutError:
                pytest.fail(f"{full} ran over {TIMEOUT} s on {label!r} x {SIZE:,} characters")


def test_the_timeout_stops_a_catastrophic_pattern() -> None:
    with pytest.raises(TimeoutError):
        BENCH.run_all(regex.compile(r"(?:a|aa)+$"), "a" * 80 + "!", timeout=0.2)
