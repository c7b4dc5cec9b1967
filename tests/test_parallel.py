"""The map over worker processes: errors, early stops and dead workers end cleanly."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from newsclean.parallel import WorkerDied, WorkerError, ordered_map

EARLY_STOP = """
import multiprocessing
from newsclean.parallel import ordered_map

def big(i):
    return str(i) * 1_000_000

if __name__ == "__main__":
    for _ in range(10):
        results = ordered_map(big, range(200), jobs=2, chunksize=2)
        assert next(results) == "0" * 1_000_000 and next(results)[0] == "1"
        results.close()
        assert multiprocessing.active_children() == []
    print("stopped")
"""


def test_results_left_unread_do_not_hold_up_an_early_stop(tmp_path: Path) -> None:
    # Each result is a megabyte, more than a pipe holds: the workers are blocked writing
    # when the reader stops. multiprocessing.Pool's terminate() could wait for ever there
    # (a race: it hung in one run of these ten tries in three). In a process of its own
    # here, with a time limit.
    script = tmp_path / "early_stop.py"
    script.write_text(EARLY_STOP, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "stopped\n"


def _seven_fails(i: int) -> int:
    if i == 7:
        raise ValueError("seven")
    return i


def test_an_error_in_a_worker_comes_after_the_results_before_it() -> None:
    seen: list[int] = []
    with pytest.raises(ValueError, match="seven"):
        for value in ordered_map(_seven_fails, range(20), jobs=2, chunksize=3):
            seen.append(value)
    assert seen == list(range(7))
    assert multiprocessing.active_children() == []


def _dies_at_five(i: int) -> int:
    if i == 5:
        os._exit(3)
    return i


def test_a_worker_that_dies_is_an_error_that_says_so() -> None:
    with pytest.raises(WorkerDied, match="exit code 3"):
        list(ordered_map(_dies_at_five, range(20), jobs=2, chunksize=2))
    assert multiprocessing.active_children() == []


class _Unpicklable(Exception):
    def __init__(self) -> None:
        super().__init__("cannot travel")
        self.lock = threading.Lock()


def _raises_unpicklable(i: int) -> int:
    if i == 4:
        raise _Unpicklable
    return i


def test_an_error_that_does_not_pickle_is_told_by_name() -> None:
    with pytest.raises(WorkerError, match="_Unpicklable: cannot travel"):
        list(ordered_map(_raises_unpicklable, range(10), jobs=2, chunksize=2))


def test_many_workers_keep_the_order() -> None:
    assert list(ordered_map(abs, range(-500, 0), jobs=3, chunksize=7)) == list(
        range(500, 0, -1))
