"""``newsclean report``: the page of one file, of a folder and of a JSON Lines corpus, its
sample and totals, and the errors a person can make (one line, status 2, nothing written)."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

import newsclean
from cli_output import one_error
from html_tree import Element, parse
from newsclean.cli import main
from newsclean.report_html import CorpusReport

Capture = pytest.CaptureFixture[str]
ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_68972bff8665e00a.txt"
HOSTILE = "</script><script>alert(1)</script>\n<img src=x onerror=alert(2)>\nIt rained. .\n"


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _data(tree: Element) -> dict[str, str]:
    """The documents' views a page holds as data, by element id."""
    return {s.attrs["id"]: json.loads(s.text()) for s in tree.find_all("script")
            if s.attrs.get("type") == "application/json"}


def test_one_file_makes_the_page_of_one_document(here: Path, capsys: Capture) -> None:
    (here / "seed.txt").write_bytes(SEED.read_bytes())
    assert main(["report", "seed.txt", "-o", "report.html"]) == 0
    page = (here / "report.html").read_text(encoding="utf-8")
    doc = newsclean.analyze(SEED.read_text(encoding="utf-8"))
    assert page == doc.to_html("seed.txt")
    assert "wrote report.html (1 document" in capsys.readouterr().err
    assert sorted(p.name for p in here.iterdir()) == ["report.html", "seed.txt"]  # no temp


def test_a_folder_makes_a_table_with_a_view_per_document(here: Path, capsys: Capture) -> None:
    (here / "docs").mkdir()
    (here / "docs" / "seed.txt").write_bytes(SEED.read_bytes())
    (here / "docs" / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    (here / "docs" / "ad.txt").write_text("Advertisement\nIt snowed. .\n", encoding="utf-8")
    assert main(["report", "docs", "-o", "r.html", "-q"]) == 0
    assert capsys.readouterr().err == ""
    tree = parse((here / "r.html").read_text(encoding="utf-8"))
    rows = tree.find("table", "sortable").find_all("tr")[1:]
    names = [r.find_all("td")[1].text() for r in rows]
    assert names == ["docs/ad.txt", "docs/hostile.txt", "docs/seed.txt"]
    links = [r.find("a").attrs["href"] for r in rows]
    assert links == ["#doc-1", "#doc-2", "#doc-3"]
    data = _data(tree)
    assert set(data) == {"data-1", "data-2", "data-3"}
    view = parse(data["data-2"])  # the hostile document's view, as the script would show it
    assert not view.find_all("script") and not view.find_all("img")
    marked = view.find("div", "marked").text()  # the markup is M101's to take out, as text
    assert "</script> → ∅M101<script>alert(1)</script> → ∅M101" in marked
    # The page's own script, then the data: nothing in the input started an element.
    scripts = tree.find_all("script")
    assert len(scripts) == 4 and sum("type" not in s.attrs for s in scripts) == 1
    seed_row = rows[2].find_all("td")
    assert [c.text() for c in seed_row[2:6]] == ["1,457", "236", "14%", "6"]
    assert "H101 ×18" in seed_row[6].text()
    assert "All 3 documents shown." in tree.find("p", "note").text()


def test_a_corpus_is_sampled_and_its_totals_count_every_document(
    here: Path, capsys: Capture
) -> None:
    lines = [json.dumps({"id": i, "text": f"Advertisement\nStory {i} went on and on. ."})
             for i in range(30)]
    (here / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["report", "--jsonl", "c.jsonl", "--sample", "5", "-o", "r.html"]) == 0
    page = (here / "r.html").read_text(encoding="utf-8")
    tree = parse(page)
    assert len(_data(tree)) == 5
    assert "5 of 30 documents shown" in tree.find("p", "note").text()
    assert "30 documents" in tree.find("h1").text()
    totals = " ".join(tree.find("div", "totals").text().split())
    assert "30 documents" in totals and "30 blocks removed" in totals and "30 repairs" in totals
    names = [r.find_all("td")[1].text() for r in tree.find("table", "sortable").find_all("tr")[1:]]
    assert len(names) == 5 and all(re.fullmatch(r"c\.jsonl:\d+", n) for n in names)
    assert main(["report", "--jsonl", "c.jsonl", "--sample", "5", "-o", "again.html"]) == 0
    assert (here / "again.html").read_text(encoding="utf-8") == page  # the same sample
    assert main(["report", "--jsonl", "c.jsonl", "--sample", "0", "-o", "all.html"]) == 0
    assert len(_data(parse((here / "all.html").read_text(encoding="utf-8")))) == 30


def test_a_name_field_names_the_documents(here: Path) -> None:
    (here / "c.jsonl").write_text(
        '{"url": "https://example.org/<a>", "text": "It rained."}\n{"text": "It snowed."}\n',
        encoding="utf-8")
    assert main(["report", "--jsonl", "c.jsonl", "--name-field", "url", "-o", "r.html"]) == 0
    tree = parse((here / "r.html").read_text(encoding="utf-8"))
    names = [r.find_all("td")[1].text() for r in tree.find("table", "sortable").find_all("tr")[1:]]
    assert names == ["c.jsonl:1 https://example.org/<a>", "c.jsonl:2"]


def test_a_name_field_that_no_line_has_is_a_warning(here: Path, capsys: Capture) -> None:
    """A misspelt --name-field names nothing: said once, and the report is still written."""
    (here / "c.jsonl").write_text('{"url": "u", "text": "It rained."}\n', encoding="utf-8")
    assert main(["report", "--jsonl", "c.jsonl", "--name-field", "link", "-o", "r.html"]) == 0
    err = capsys.readouterr().err
    assert "warning: no line has a field 'link' (--name-field)" in err
    assert main(["report", "--jsonl", "c.jsonl", "--name-field", "url", "-o", "r.html"]) == 0
    assert "--name-field" not in capsys.readouterr().err


@pytest.mark.parametrize("jsonl", [False, True], ids=["folder", "jsonl"])
def test_worker_processes_make_the_same_page(here: Path, capsys: Capture, jsonl: bool) -> None:
    texts = [f"Advertisement\nStory {i} went on and on. ." for i in range(40)]
    if jsonl:
        lines = [json.dumps({"text": t}) for t in texts]
        lines[7] = "not json"
        (here / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        argv = ["report", "--jsonl", "c.jsonl", "--sample", "9"]
    else:
        (here / "d").mkdir()
        for i, text in enumerate(texts):
            (here / "d" / f"{i:02}.txt").write_text(text, encoding="utf-8")
        (here / "d" / "07.txt").write_bytes(b"caf\xe9")
        argv = ["report", "d", "--sample", "9"]
    assert main([*argv, "-o", "one.html", "-q"]) == 2
    one = capsys.readouterr().err
    assert main([*argv, "-o", "two.html", "-q", "--jobs", "2"]) == 2
    assert capsys.readouterr().err == one and one.count("newsclean: error:") == 1
    assert (here / "two.html").read_bytes() == (here / "one.html").read_bytes()


def test_a_reservoir_sample_reaches_the_end_of_the_corpus() -> None:
    report = CorpusReport(sample=10)
    for i in range(200):
        report.add(newsclean.analyze(f"Story {i}."), f"d{i}")
    numbers = [s.number for s in report.shown]
    assert len(numbers) == 10 and max(numbers) > 100 and report.documents == 200


def test_a_long_document_of_a_corpus_keeps_only_the_first_parts_of_its_view() -> None:
    text = SEED.read_text(encoding="utf-8")
    report = CorpusReport(part_size=3000, view_parts=2)
    report.add(newsclean.analyze(text), "seed.txt")
    report.add(newsclean.analyze("It rained. ."), "short.txt")
    data = _data(parse(report.page()))
    assert sorted(data) == ["data-1", "data-2", "part-1-2"]
    assert "is left out of this report of many documents" in data["part-1-2"]
    assert report.words_kept == 1_457 + 2  # the totals count the whole document


def test_bad_lines_and_files_are_listed_and_end_with_status_2(here: Path, capsys: Capture) -> None:
    (here / "c.jsonl").write_text(
        '{"text": "It rained. ."}\nnot json\n{"text": 3}\n{"body": "x"}\n', encoding="utf-8")
    assert main(["report", "--jsonl", "c.jsonl", "-o", "r.html"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("newsclean: error:") == 3
    tree = parse((here / "r.html").read_text(encoding="utf-8"))
    errors = [td.text() for td in tree.find_all("td", "err") if td.text()]
    assert errors == ["c.jsonl:2: not valid JSON (Expecting value: line 1 column 1 (char 0))",
                      "c.jsonl:3: field 'text' is not a string",
                      "c.jsonl:4: no field 'text' (its fields: 'body'; "
                      "--text-field NAME reads another)"]
    assert "3 could not be read or analysed" in tree.find("p", "note").text()
    (here / "a.txt").write_text("It rained. .\n", encoding="utf-8")
    (here / "b.txt").write_bytes(b"caf\xe9\n")
    assert main(["report", "a.txt", "b.txt", "-o", "f.html"]) == 2
    assert "b.txt: not valid utf-8" in one_error(capsys)
    tree = parse((here / "f.html").read_text(encoding="utf-8"))
    assert [td.text()[:20] for td in tree.find_all("td", "err")] == ["", "b.txt: not valid utf"]


def test_names_and_text_that_utf8_cannot_hold(here: Path, capsys: Capture) -> None:
    name = b"caf\xe9.txt".decode("utf-8", "surrogateescape")
    (here / "d").mkdir()
    (here / "d" / name).write_text("It rained. .\n", encoding="utf-8")
    (here / "d" / "b.txt").write_text("Advertisement\n", encoding="utf-8")
    assert main(["report", "d", "-o", "r.html", "-q"]) == 0
    page = (here / "r.html").read_text(encoding="utf-8")
    assert "d/caf\\xe9.txt" in page
    (here / "s.jsonl").write_text('{"text": "It rained \\ud800 all day."}\n{"text": "x"}\n',
                                  encoding="utf-8")
    assert main(["report", "--jsonl", "s.jsonl", "-o", "s.html", "-q"]) == 0
    page = (here / "s.html").read_text(encoding="utf-8")
    # The lone surrogate is shown where it stands, as the repair U103 makes of it (U+FFFD).
    assert "It rained <span class=\\\"edit\\\" title=\\\"U103 control-character" in page
    assert "\u27e8D800\u27e9" in page and "all day." in page
    assert capsys.readouterr().err == ""


def test_standard_output_with_dash(here: Path, capsys: Capture) -> None:
    (here / "a.txt").write_text("It rained. .\n", encoding="utf-8")
    assert main(["report", "a.txt", "-o", "-"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("<!DOCTYPE html>") and out.rstrip().endswith("</html>")


@pytest.mark.parametrize(("argv", "message"), [
    (["report", "a.txt"], "give the report's file with -o FILE"),
    (["report", "a.txt", "-o", "."], "-o is a folder"),
    (["report", "a.txt", "-o", "a.txt"], "-o would overwrite the input"),
    (["report", ".", "-o", "a.txt"], "a.txt: -o would overwrite this input, found in ."),
    (["report", "a.txt", "-o", "no/such/r.html"], "no such folder"),
    (["report", "missing.txt", "-o", "r.html"], "missing.txt: no such file or directory"),
    (["report", "--jsonl", ".", "-o", "r.html"], "is a directory (--jsonl reads JSON Lines"),
    (["report", "--select", "ZZZ", "a.txt", "-o", "r.html"], "unknown rule code"),
])
def test_usage_errors_are_one_line_and_write_nothing(
    here: Path, capsys: Capture, argv: list[str], message: str
) -> None:
    (here / "a.txt").write_text("It rained. .\n", encoding="utf-8")
    assert main(argv) == 2
    assert message in one_error(capsys)
    assert sorted(os.listdir(here)) == ["a.txt"]


def test_an_output_that_links_to_the_input_is_named(here: Path, capsys: Capture) -> None:
    (here / "a.txt").write_text("It rained. .\n", encoding="utf-8")
    (here / "link.txt").symlink_to("a.txt")
    assert main(["report", "a.txt", "-o", "link.txt"]) == 2
    assert "-o would overwrite the input (link.txt is a.txt)" in one_error(capsys)
    assert main(["clean", "a.txt", "-o", "link.txt"]) == 2
    assert "-o would overwrite the input (link.txt is a.txt)" in capsys.readouterr().err
    assert (here / "a.txt").read_text(encoding="utf-8") == "It rained. .\n"


def test_standard_input_is_one_document(here: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    stdin = io.TextIOWrapper(io.BytesIO(b"Advertisement\nIt rained. .\n"))
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["report", "-", "--stdin-filename", "story.txt", "-o", "r.html", "-q"]) == 0
    tree = parse((here / "r.html").read_text(encoding="utf-8"))
    assert tree.find("h2").text() == "story.txt" and len(tree.find_all("div", "b")) == 2


def test_no_input_is_an_error_not_a_walk_of_the_current_folder(
    here: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsclean.cli.inputs

    (here / "a.txt").write_text("It rained. .\n", encoding="utf-8")
    monkeypatch.setattr(newsclean.cli.inputs, "_stdin_is_data", lambda: False)
    assert main(["report", "-o", "r.html"]) == 2
    assert "no input: give a file, a folder, or -" in one_error(capsys)
    assert not (here / "r.html").exists()


@pytest.mark.parametrize(("option", "message"), [
    (["--sample", "-1"], "must be 0 (every document) or more"),
    (["--sample", "many"], "not a number"),
    (["--docs-url", "javascript:alert(1)"], "not an http(s) address"),
])
def test_bad_option_values(here: Path, capsys: Capture, option: list[str], message: str) -> None:
    assert main(["report", *option, "a.txt", "-o", "r.html"]) == 2
    assert message in capsys.readouterr().err


def test_docs_url_sets_where_rules_link(here: Path) -> None:
    (here / "a.txt").write_text("It rained. .\n", encoding="utf-8")
    assert main(["report", "--docs-url", "https://example.org/nc", "a.txt", "-o", "r.html"]) == 0
    page = (here / "r.html").read_text(encoding="utf-8")
    assert 'href="https://example.org/nc/rules/#p101"' in page
