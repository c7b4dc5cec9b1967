"""``benchmarks/layouts.py``: the table and JSON on two made-up sets, and its errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmark_modules import load, write_jsonl_sets

layouts = load("layouts")

BODY = ("The council approved the new bridge on Monday after a long debate that ran well past "
        "midnight, and work on the river crossing will start in the spring, the mayor said.")
PAGES = {
    "one-dev": {
        "a": ("Home\nNews\nSport\nWeather\nTravel\nArts\nFood\nVideo\n" + BODY
              + "\n© 2024 Example News", BODY),
    },
    "two-dev": {
        "b": ("Related stories\n" + BODY, BODY),
    },
}


def test_table_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = write_jsonl_sets(tmp_path / "sets", PAGES)
    out = tmp_path / "out.json"
    argv = [str(root), "--jobs", "1", "--width", "40", "--json", str(out)]
    assert layouts.main(argv) == 0
    printed = capsys.readouterr().out
    assert "wrapped at 40" in printed and "| wrapped-tight |" in printed
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["width"] == 40
    assert list(data["figures"]) == ["as-is", "blank-lines", "wrapped", "wrapped-tight"]
    assert data["figures"]["as-is"]["one-dev"]["pages"] == 1
    assert data["figures"]["as-is"]["one-dev"]["recall"] == pytest.approx(1.0)


def test_layouts_keep_the_words_in_order() -> None:
    text = PAGES["one-dev"]["a"][0]
    words = text.split()
    for layout in layouts.LAYOUTS.values():
        assert layout(text, 30).split() == words


def test_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert layouts.main([str(tmp_path)]) == 2
    assert "no data set" in capsys.readouterr().err
    root = write_jsonl_sets(tmp_path / "sets", PAGES)
    with pytest.raises(SystemExit):
        layouts.main([str(root), "--layouts", "folded"])
    assert "unknown layout(s) folded" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        layouts.main([str(root), "--width", "5"])
    assert "too narrow" in capsys.readouterr().err
