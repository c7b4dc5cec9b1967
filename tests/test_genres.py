"""Article bodies of many kinds keep every line in the pages a scraper gives
(``benchmarks/genres.py``, on the bodies in ``tests/fixtures/genres``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsclean
from benchmark_modules import load

genres = load("genres")

BODIES = genres.read_bodies(Path(__file__).parent / "fixtures" / "genres")
#: Known losses, each a decision left open (see benchmarks/README.md, "Kinds of article"):
#: the test fails when one of them is mended, so that it is moved out of here.
KNOWN = {
    # A wire story's credit line right above a share bar reads as a heading after the
    # article; on the development pages such a line is kept where a paragraph follows it.
    ("wire", "page"): "a credit line right above a share bar",
    ("wire", "blank lines"): "a credit line right above a share bar",
    # German capitalises its nouns: a list's lines read as title case, as headlines do, and
    # the case of a line tells nothing; a list needs a figure or a bullet there.
    ("german_list", "page"): "a German list without bullets between two paragraphs",
    ("german_list", "blank lines"): "a German list without bullets between two paragraphs",
    ("wire", "newsletter"): "a credit line right above a newsletter box",
    ("german_list", "newsletter"): "a German list without bullets between two paragraphs",
}
CASES = [
    pytest.param(name, template, marks=[pytest.mark.xfail(strict=True, reason=KNOWN[key])]
                 if (key := (name, template)) in KNOWN else [])
    for name in BODIES for template in genres.TEMPLATES
]


@pytest.mark.parametrize(("name", "template"), CASES)
def test_every_line_of_the_article_is_kept(name: str, template: str) -> None:
    lines = BODIES[name]
    page = "\n".join(genres.TEMPLATES[template](lines))
    assert genres.lost(lines, newsclean.clean(page)) == []


def test_table_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "bodies"
    folder.mkdir()
    (folder / "one.txt").write_text(
        "The storm arrived at dawn, and rain fell all day long in the town.\n", encoding="utf-8")
    out = tmp_path / "out.json"
    assert genres.main([str(folder), "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert f"| one | 1 |{' 0 |' * len(genres.TEMPLATES)}\n" in printed
    assert json.loads(out.read_text(encoding="utf-8"))["one"]["page"] == []


def test_an_empty_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        genres.main([str(tmp_path)])
    assert exit_info.value.code == 2
