"""``benchmarks/errors.py``: the tables by set and kind, the JSON, and its errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmark_modules import load, write_jsonl_sets

errors = load("errors")

BODY = ("The council approved the new bridge on Monday after a long debate that ran well past "
        "midnight, and work on the river crossing will start in the spring, the mayor said.")
EXTRA = ("Readers who liked this story also read about the new park that opened in the north "
         "of the town last summer.")
FOOTER = "© 2024 Example News Group"
PAGES = {
    "one-dev": {
        # The gold holds the footer (removed: a false removal) but not the second paragraph
        # (kept: a false keep).
        "a": (f"{BODY}\n{EXTRA}\n{FOOTER}", f"{BODY}\n{FOOTER}"),
    },
    "two-dev": {
        "b": (BODY, BODY),
    },
}


def test_tables_by_set_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = write_jsonl_sets(tmp_path / "sets", PAGES)
    out = tmp_path / "out.json"
    assert errors.main([str(root), "--jobs", "1", "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "| false kept | one-dev | two-dev |" in printed
    assert "| kept paragraph | 21 | 0 |" in printed
    assert "| removed B205 footer | 4 | 0 |" in printed
    assert "one-dev: pages with most error words: a (25)" in printed
    assert "two-dev: pages with most error words: (none)" in printed
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["one-dev"]["false_kept"] == {"kept paragraph": 21}
    assert report["one-dev"]["false_removed"] == {"removed B205 footer": 4}
    assert report["two-dev"]["pages"] == {}


def test_no_set_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert errors.main([str(tmp_path)]) == 2
    assert "errors: no data set in" in capsys.readouterr().err
