"""benchmarks/startup.py: fresh interpreters timed on one file; bad arguments refused."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from benchmark_modules import load

startup = load("startup")


def test_one_round_times_every_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.txt"
    page.write_text("Share this article\nThe vote passed on Monday.\n", encoding="utf-8")
    out = tmp_path / "startup.json"
    assert startup.main([str(page), "--runs", "1", "--json", str(out)]) == 0
    table = capsys.readouterr().out
    for row in ("python -c pass", "import newsclean", "clean page.txt"):
        assert f"| {row} |" in table
    seconds = json.loads(out.read_text(encoding="utf-8"))["seconds"]
    assert all(len(s) == 1 and s[0] > 0 for rows in seconds.values() for s in rows.values())


def test_a_failing_run_is_reported_not_timed(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="exited 2"):
        startup.timed_run([sys.executable, "-m", "newsclean", "clean", str(tmp_path / "none.txt")],
                          None)


@pytest.mark.parametrize("argv", [["no-such-file.txt"], ["--runs", "0"], ["--src", "."]])
def test_bad_arguments_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert startup.main(argv) == 2
    assert capsys.readouterr().err.startswith("error: ")
