"""``benchmarks/fit_blocks.py``: the cross-set table and JSON on made-up sets, and errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmark_modules import load, write_jsonl_sets

fit = load("fit_blocks")

MENU = "Home\nNews\nSport\nWeather\nTravel\nArts\nFood\nVideo\n"
STORIES = {
    "a": "The council approved the new bridge on Monday after a long debate.",
    "b": "Rain is expected across the north of the country for most of the week.",
    "c": "The museum reopens its doors to visitors after two years of repairs.",
    "d": "Farmers say the late frost cut the apple harvest by half this year.",
}
FOOTER = "\n© 2024 Example News. All rights reserved."


def page(story: str) -> tuple[str, str]:
    return MENU + story + FOOTER, story


def test_cross_set_table_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sets = {"one-dev": {k: page(STORIES[k]) for k in "ab"},
            "two-dev": {k: page(STORIES[k]) for k in "cd"}}
    root = write_jsonl_sets(tmp_path / "sets", sets)
    out = tmp_path / "fit.json"
    assert fit.main([str(root), "--jobs", "1", "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "| one-dev | 2 | 1.0000 / 0 |" in printed and "| intercept |" in printed
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data["left_out"]) == {"one-dev", "two-dev"}
    assert len(data["weights"]) == len(fit.FEATURES) == len(data["features"])
    assert data["left_out"]["two-dev"]["rules"]["f1"] == 1.0


def test_needs_two_sets(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = write_jsonl_sets(tmp_path / "sets", {"one-dev": {"a": page(STORIES["a"])}})
    assert fit.main([str(root)]) == 2
    assert "needs two data sets" in capsys.readouterr().err
    assert fit.main([str(tmp_path / "missing")]) == 2


def test_the_rows_follow_the_rules_decisions() -> None:
    rows = fit.block_rows(MENU + STORIES["a"] + FOOTER, STORIES["a"])
    kept = [(text, in_gold) for _, in_gold, is_kept, text, _ in rows if is_kept]
    assert kept == [(STORIES["a"], True)]
    features = dict(zip(fit.FEATURES, rows[0][0], strict=True))
    assert features["above it"] == 1.0 and features["kept 2 below"] == 0.0
