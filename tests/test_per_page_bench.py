"""benchmarks/per_page.py: each page timed in a child per tree, grouped by size, a line
fitted through them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmark_modules import load

per_page = load("per_page")

SRC = Path(__file__).resolve().parent.parent / "src"


def test_two_trees_give_a_row_per_group_and_a_line_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = tmp_path / "text"
    pages.mkdir()
    (pages / "a.txt").write_text("Storm hits the coast\nIt rained. .\n", encoding="utf-8")
    (pages / "b.txt").write_text("Home\nNews\n" + "The storm came at dawn. " * 40 + "\n",
                                 encoding="utf-8")
    out = tmp_path / "per_page.json"
    assert per_page.main([str(tmp_path), "--src", str(SRC), "--src", str(SRC), "--rounds",
                          "1", "--groups", "2", "--json", str(out)]) == 0
    table = capsys.readouterr().out
    assert table.count("\n| ") == 2 + 3 + 2  # headers, two groups and all, two lines
    written = json.loads(out.read_text(encoding="utf-8"))
    assert [p["name"] for p in written["pages"]] == ["a.txt", "b.txt"]
    assert all(ms > 0 for page in written["pages"] for ms in page["ms"].values())
    assert [g["n"] for g in written["groups"]] == [1, 1, 2]
    assert written["trees"] == [str(SRC), f"{SRC} #2"]  # the same tree twice: the noise


def test_no_pages_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert per_page.main([str(tmp_path)]) == 2
    assert "no .txt pages" in capsys.readouterr().err
