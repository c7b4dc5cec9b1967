"""benchmarks/written.py: marked pages read, scored, and their lost lines named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmark_modules import load

written = load("written")

PAGE = """Home
World
Sport
Business
Arts
Travel
Opinion
Video
+Bridge to close for a year
+The council voted on Monday to close the old bridge for a year while it is repaired.
+Engineers found cracks in two of its piers during an inspection last month.
Advertisement
© 2024 Example News
"""


def test_pages_are_scored_and_lost_lines_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "bridge.marked").write_text(PAGE, encoding="utf-8")
    text, article = written.read_marked(tmp_path / "bridge.marked")
    assert "+" not in text and text.startswith("Home\n") and len(article) == 3
    out = tmp_path / "scores.json"
    assert written.main([str(tmp_path), "--flag", "1.01", "--json", str(out)]) == 0
    (row,) = json.loads(out.read_text(encoding="utf-8"))
    assert row["page"] == "bridge" and row["recall_without_headline"] == 1.0
    assert row["recall"] < 1.0  # the headline of a whole page goes (B303)
    assert [lost["code"] for lost in row["lost"]] == ["B303"]
    table = capsys.readouterr().out
    assert "| bridge |" in table and "| bridge | Bridge to close for a year | B303 |" in table
