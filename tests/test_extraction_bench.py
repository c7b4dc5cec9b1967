"""``benchmarks/extraction.py``: both data layouts, folders of sets and peers.json scores.

Every data set here is a few made-up sentences written to a temporary folder.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from benchmark_modules import load

ext = load("extraction")

GOLD = {
    "b": "The council approved the new bridge on Monday after a long debate.",
    "a": "Rain is expected across the north of the country for most of the week.",
    "c": "The museum reopens its doors to visitors after two years of repairs.",
}
FURNITURE = "Home News Sport Weather\nShare this story on social media today"

#: peers.json of the JSON Lines set: precision null where the output was empty.
PEERS = {
    "metric": "precision and recall per page, as [P, R]",
    "pages": {
        "c4-lines": {"a": [1.0, 0.5], "b": [None, 0.0], "c": [0.5, 1.0]},
        "trafilatura(html)": {"a": [1.0, 1.0], "b": [1.0, 1.0], "c": [1.0, 0.25]},
    },
}


def write_jsonl_set(folder: Path, peers: dict[str, Any] | None = PEERS) -> Path:
    """A JSON Lines set with pages ``b``, ``a``, ``c`` (in that file order)."""
    folder.mkdir(parents=True)
    with gzip.open(folder / "pages.jsonl.gz", "wt", encoding="utf-8") as handle:
        for page_id, gold in GOLD.items():
            entry = {"id": page_id, "lang": "en", "text": f"{FURNITURE}\n{gold}", "gold": gold}
            handle.write(json.dumps(entry) + "\n")
    if peers is not None:
        (folder / "peers.json").write_text(json.dumps(peers), encoding="utf-8")
    return folder


def write_scrapinghub_set(folder: Path) -> Path:
    """A Scrapinghub-layout set of the same pages, without HTML."""
    (folder / "text").mkdir(parents=True)
    truth = {
        pid: {"articleBody": gold, "url": f"https://x.test/{pid}"} for pid, gold in GOLD.items()
    }
    (folder / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    for page_id, gold in GOLD.items():
        (folder / "text" / f"{page_id}.txt").write_text(f"{FURNITURE}\n{gold}", encoding="utf-8")
    return folder


def write_folder(root: Path) -> Path:
    """A folder of three sets; its README names ``zeta-dev`` before ``alpha-dev``."""
    write_jsonl_set(root / "alpha-dev")
    write_jsonl_set(root / "zeta-dev")
    write_scrapinghub_set(root / "hub-dev")
    (root / "README.md").write_text(
        "| `hub-dev/` | 3 |\n| `zeta-dev/` | 3 |\n| `alpha-dev/` | 3 |\n", encoding="utf-8"
    )
    return root


def test_jsonl_layout_loads_sorted_pages_without_html(tmp_path: Path) -> None:
    folder = write_jsonl_set(tmp_path / "alpha-dev")
    assert ext.data_layout(folder) == ext.JSONL
    pages, missing = ext.load_pages(folder, None)
    assert [p.id for p in pages] == ["a", "b", "c"] and missing == []
    assert pages[0].read(ext.TEXT) == f"{FURNITURE}\n{GOLD['a']}"
    assert pages[0].read(ext.HTML) is None
    assert pages[0].gold == GOLD["a"] and pages[0].lang == "en"
    limited, _ = ext.load_pages(folder, 2)
    assert [p.id for p in limited] == ["a", "b"]


def test_jsonl_layout_rejects_a_repeated_id(tmp_path: Path) -> None:
    folder = tmp_path / "dup-dev"
    folder.mkdir()
    line = json.dumps({"id": "a", "text": "x", "gold": "x"}) + "\n"
    with gzip.open(folder / "pages.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(line + line)
    with pytest.raises(ValueError, match="repeated id"):
        ext.load_pages(folder, None)


def test_peer_aggregation_is_scoring_aggregate() -> None:
    """Pairs taken from page scores aggregate exactly as the page scores do."""
    scoring = load("scoring")
    pairs_of_texts = [
        ("a b c d e f", "a b c d e f"),
        ("", "a b c d e"),  # empty output: precision None
        ("x y z a b c d", "a b c d"),
        ("a b c d", ""),  # empty gold: recall None
    ]
    scores = [scoring.page_score(output, gold) for output, gold in pairs_of_texts]
    expected = scoring.aggregate(scores)
    got = ext.aggregate_pairs((s.precision, s.recall) for s in scores)
    assert (got.f1, got.precision, got.recall) == (
        expected.f1,
        expected.precision,
        expected.recall,
    )


def test_peer_row_by_hand(tmp_path: Path) -> None:
    path = tmp_path / "peers.json"
    path.write_text(json.dumps(PEERS), encoding="utf-8")
    peers = ext.load_peers(path)
    assert peers["c4-lines"]["b"] == (None, 0.0)
    row = ext.peer_row("c4-lines", list(peers["c4-lines"].values()))
    # precision over a, c: 0.75; recall over a, b, c: 0.5; F1 2 * .75 * .5 / 1.25
    assert row["precision"] == pytest.approx(0.75) and row["recall"] == pytest.approx(0.5)
    assert row["f1"] == pytest.approx(0.6)
    assert (row["low_recall"], row["source"], row["accuracy"]) == (1, "peers.json", None)
    assert ext.peer_row("trafilatura(html)", [(1.0, 1.0)])["input"] == ext.HTML


def test_load_peers_rejects_a_malformed_file(tmp_path: Path) -> None:
    path = tmp_path / "peers.json"
    path.write_text(json.dumps({"pages": {"x": {"a": [0.5]}}}), encoding="utf-8")
    with pytest.raises(ValueError, match="precision, recall"):
        ext.load_peers(path)


def test_sets_are_ordered_jsonl_first_then_by_readme(tmp_path: Path) -> None:
    root = write_folder(tmp_path / "bench")
    write_jsonl_set(root / "beta-dev")  # not in the README: after the named ones
    sets, folder = ext.find_sets(root)
    assert folder
    assert [s.name for s in sets] == ["zeta-dev", "alpha-dev", "beta-dev", "hub-dev"]
    single, folder = ext.find_sets(root / "hub-dev")
    assert not folder and [s.layout for s in single] == [ext.SCRAPINGHUB]


def test_folder_of_sets_tables_summary_and_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = write_folder(tmp_path / "bench")
    out = tmp_path / "report.json"
    argv = [str(root), "--systems", "html-text", "--json", str(out), "--per-page"]
    assert ext.main(argv) == 0
    printed = capsys.readouterr().out
    headings = [line for line in printed.splitlines() if line.startswith("### ")]
    assert [h.split(":")[0] for h in headings] == [
        "### zeta-dev",
        "### alpha-dev",
        "### hub-dev",
        "### Summary",
    ]
    assert "| c4-lines | text | peers.json | 3 | 0.600 | 0.750 | 0.500 | - | 1 (33.3%) | - |" in (
        printed
    )
    assert "| alpha-dev | 3 |" in printed and "trafilatura(html)* 0.857" in printed

    report = json.loads(out.read_text(encoding="utf-8"))
    assert [s["name"] for s in report["sets"]] == ["zeta-dev", "alpha-dev", "hub-dev"]
    alpha = report["sets"][1]
    assert [(r["system"], r["source"]) for r in alpha["rows"]] == [
        ("html-text", "run"),
        ("c4-lines", "peers.json"),
        ("trafilatura(html)", "peers.json"),
    ]
    assert alpha["per_page"]["peers.json"]["c4-lines"]["b"] == [None, 0.0]
    assert set(alpha["per_page"]["run"]["html-text"]) == {"a", "b", "c"}
    assert report["summary"][2]["best_html_peer"] is None  # no HTML peer ran on hub-dev
    best_text = report["summary"][1]["best_text_peer"]  # html-text (run) 0.65 > c4-lines 0.6
    assert (best_text["system"], best_text["source"]) == ("html-text", "run")


def test_sets_option_dump_and_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = write_folder(tmp_path / "bench")
    dump = tmp_path / "dump"
    argv = [str(root), "--sets", "ALPHA,hub-dev", "--systems", "html-text", "--dump", str(dump)]
    assert ext.main([*argv, "--errors", "html-text", "--worst", "2"]) == 0
    printed = capsys.readouterr().out
    assert "### zeta-dev" not in printed and "### alpha-dev" in printed
    assert printed.count("Worst 2 pages for html-text") == 2
    assert "[en]" in printed and "https://x.test/" in printed  # jsonl: lang; hub: url
    assert (
        (dump / "alpha-dev" / "html-text" / "a.txt").read_text(encoding="utf-8").endswith(GOLD["a"])
    )
    assert (dump / "hub-dev" / "html-text" / "c.txt").is_file()
    assert ext.main([str(root), "--sets", "nope"]) == 2


def test_html_systems_are_skipped_on_jsonl_sets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_jsonl_set(tmp_path / "alpha-dev", peers=None)
    assert ext.main([str(folder), "--systems", "html-text,trafilatura-html"]) == 0
    printed = capsys.readouterr().out
    assert "skipped trafilatura(html): no HTML in this layout" in printed
    assert "### Summary" not in printed  # one set: no summary


def test_jobs_give_the_same_scores(tmp_path: Path) -> None:
    root = write_folder(tmp_path / "bench")
    reports = []
    for jobs in ("1", "2"):
        out = tmp_path / f"jobs{jobs}.json"
        argv = [str(root), "--systems", "html-text,c4-lines", "--jobs", jobs, "--json", str(out)]
        assert ext.main(argv) == 0
        reports.append(json.loads(out.read_text(encoding="utf-8")))
    keys = ("system", "pages", "f1", "precision", "recall", "accuracy", "low_recall")
    rows = [[{k: r[k] for k in keys} for s in rep["sets"] for r in s["rows"]] for rep in reports]
    assert rows[0] == rows[1]


def test_single_scrapinghub_set_keeps_its_json_keys(tmp_path: Path) -> None:
    folder = write_scrapinghub_set(tmp_path / "hub-dev")
    out = tmp_path / "report.json"
    assert ext.main([str(folder), "--systems", "html-text", "--json", str(out)]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["pages"] == 3 and [r["system"] for r in report["rows"]] == ["html-text"]
    assert "per_page" not in report["sets"][0]


def test_not_a_data_directory(tmp_path: Path) -> None:
    assert ext.main([str(tmp_path)]) == 2
