"""benchmarks/instructions.py --cache-sim: cachegrind's summary read and its cycles
estimated (the simulation itself needs valgrind and minutes: not run here)."""

from __future__ import annotations

import pytest

from benchmark_modules import load

instructions = load("instructions")

# The summary cachegrind printed for one run of this benchmark's child (three passes).
SUMMARY = """\
==7955== I   refs:      8,196,106,290
==7955== I1  misses:       78,409,024
==7955== LLi misses:           64,621
==7955== I1  miss rate:          0.96%
==7955== D   refs:      3,704,351,375  (2,522,788,391 rd   + 1,181,562,984 wr)
==7955== D1  misses:       61,438,277  (   53,120,465 rd   +     8,317,812 wr)
==7955== LLd misses:        1,585,676  (    1,062,139 rd   +       523,537 wr)
==7955== LL refs:         139,847,301  (  131,529,489 rd   +     8,317,812 wr)
==7955== LL misses:         1,650,297  (    1,126,760 rd   +       523,537 wr)
==7955== Branches:      1,312,576,018  (1,071,832,095 cond +   240,743,923 ind)
==7955== Mispredicts:     129,374,409  (   46,441,920 cond +    82,932,489 ind)
"""


def test_the_summary_totals_are_read_not_their_parts() -> None:
    assert instructions.summary_counts(SUMMARY) == {
        "instructions": 8_196_106_290, "I1 misses": 78_409_024, "D1 misses": 61_438_277,
        "LL misses": 1_650_297, "mispredicts": 129_374_409,
    }


def test_a_summary_without_the_simulation_lacks_its_counts() -> None:
    # A run without --cache-sim prints instructions alone: simulate() then fails loudly.
    counts = instructions.summary_counts("==1== I   refs:      8,196,106,290\n")
    assert counts == {"instructions": 8_196_106_290}


def test_the_estimate_weighs_each_event_by_its_assumed_cost() -> None:
    counts = instructions.summary_counts(SUMMARY)
    expected = (
        8_196_106_290 + instructions.L1_MISS_CYCLES * (78_409_024 + 61_438_277)
        + instructions.LL_MISS_CYCLES * 1_650_297
        + instructions.MISPREDICT_CYCLES * 129_374_409
    )
    assert instructions.estimated_cycles(counts) == expected
    with pytest.raises(KeyError):
        instructions.estimated_cycles({"instructions": 1})
