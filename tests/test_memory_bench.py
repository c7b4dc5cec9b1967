"""benchmarks/memory.py: a row per kind of text, with the peak per byte it measured."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from benchmark_modules import load

memory = load("memory")


@pytest.mark.skipif(sys.platform == "win32", reason="the resource module is POSIX")
def test_every_kind_is_measured_and_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "set" / "text"
    data.mkdir(parents=True)
    page = "Storm hits the coast\nRoads shut. .\nHome\nNews\n"
    (data / "a.txt").write_text(page, encoding="utf-8")
    out = tmp_path / "memory.json"
    assert memory.main([str(tmp_path / "set"), "--mb", "0.02", "--json", str(out),
                        "--workdir", str(tmp_path)]) == 0
    rows = json.loads(out.read_text(encoding="utf-8"))["rows"]
    assert list(rows) == list(memory.KINDS)
    for row in rows.values():
        assert row["bytes"] == pytest.approx(20_000, abs=4)
        assert row["peak"] >= row["before"] > 0
    table = capsys.readouterr().out
    assert table.count("\n| ") == 1 + len(memory.KINDS)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["memory.json", "set"]


def test_the_kinds_texts_are_what_they_say() -> None:
    pages = ["A long line of the article, well over forty characters in all.\nHome\n"]
    assert memory.base_text("short lines", pages) == "Home\n"
    assert memory.base_text("article", pages) == pages[0]
    with pytest.raises(ValueError):
        memory.base_text("poetry", pages)
