"""``benchmarks/sensitivity.py``: the tables and JSON on two made-up sets, and its errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmark_modules import load, write_jsonl_sets

sens = load("sensitivity")

PAGES = {
    "one-dev": {
        "a": ("Home\nNews\nSport\nWeather\nTravel\nArts\nFood\nVideo\n"
              "The council approved the new bridge on Monday after a long debate.\n"
              "© 2024 Example News", "The council approved the new bridge on Monday after a "
              "long debate."),
        "b": ("Rain is expected across the north of the country for most of the week.",
              "Rain is expected across the north of the country for most of the week."),
    },
    "two-dev": {
        "c": ("Related stories\nThe museum reopens its doors after two years of repairs.",
              "The museum reopens its doors after two years of repairs."),
    },
}


def test_tables_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = write_jsonl_sets(tmp_path / "sets", PAGES)
    out = tmp_path / "out.json"
    argv = [str(root), "--only", "MENU_SCORE,B205", "--jobs", "1", "--json", str(out),
            "--sets", "one-dev,TWO"]
    assert sens.main(argv) == 0
    printed = capsys.readouterr().out
    assert "| MENU_SCORE = -3 |" in printed and "| B205 = -16 |" in printed
    assert "Leave one set out" in printed
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data["base"]) == {"one-dev", "two-dev"}
    assert data["base"]["one-dev"]["pages"] == 2
    assert [(s["name"], s["value"]) for s in data["singles"]] == [
        ("MENU_SCORE", -3.0), ("MENU_SCORE", -5.0), ("B205", -8.0), ("B205", -16.0)
    ]
    assert [h["set"] for h in data["leave_one_set_out"]] == ["one-dev", "two-dev"]


def test_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert sens.main([str(tmp_path)]) == 2
    assert "no data set" in capsys.readouterr().err
    root = write_jsonl_sets(tmp_path / "sets", PAGES)
    assert sens.main([str(root), "--only", "NO_SUCH_CONSTANT"]) == 2
    assert "unknown constant" in capsys.readouterr().err
    assert sens.main([str(root), "--sets", "one,three"]) == 2
    assert "unknown set(s) three; found: one-dev, two-dev" in capsys.readouterr().err
    with pytest.raises(ValueError, match="no furniture rule"):
        sens.apply_overrides({"B101": -1.0})  # an inline rule: no region score
    with pytest.raises(ValueError, match="no numeric constant"):
        sens.apply_overrides({"COLONS": 1.0})
