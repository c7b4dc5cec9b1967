"""The report in a real browser: headless Chromium loads the seed's report and the report of a
folder, runs the page's script under its content security policy, and the test reads the
rendered DOM (``--dump-dom``) and takes a screenshot to a temporary folder.

CI installs Debian's ``chromium`` (``.ci/run``); elsewhere the test is skipped, saying so,
when no Chromium can be found.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

import newsclean
from html_tree import Element, parse
from newsclean.cli import main
from newsclean.report_html.links import rule_url

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_68972bff8665e00a.txt"
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def _browser() -> str:
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    if os.environ.get("CI"):
        pytest.fail("no Chromium in CI: .ci/run installs Debian's chromium package")
    pytest.skip(f"no Chromium found (looked for {', '.join(BROWSERS)}): "
                f"apt-get install chromium to run this test")


def _run(url: str, tmp_path: Path, *options: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / "profile"
    command = [_browser(), "--headless", "--no-sandbox", "--disable-gpu",
               "--disable-dev-shm-usage", "--no-first-run", f"--user-data-dir={profile}",
               "--window-size=1280,900", *options, url]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def _rendered(url: str, tmp_path: Path) -> Element:
    result = _run(url, tmp_path, "--virtual-time-budget=3000", "--dump-dom")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "<html" in result.stdout, result.stderr[-2000:]
    return parse(result.stdout)


def test_the_seed_report_renders_and_has_a_screenshot(tmp_path: Path) -> None:
    doc = newsclean.analyze(SEED.read_text(encoding="utf-8"))
    page = tmp_path / "seed.html"
    page.write_text(doc.to_html("seeds/000_68972bff8665e00a.txt"), encoding="utf-8")
    tree = _rendered(page.as_uri(), tmp_path)
    text = " ".join(tree.find("body").text().split())
    assert "newsclean report" in text and "Input with marks" in text and "Clean output" in text
    assert "1,457 words kept, 236 removed (14%)" in text
    assert "section-label B106 removed section label: 2-word line above the title" in text
    assert "Biden-Putin diplomacy on the Russia-Ukraine conflict" in text
    assert len(tree.find_all("span", "edit")) == 6
    shot = tmp_path / "seed.png"
    result = _run(page.as_uri(), tmp_path, f"--screenshot={shot}")
    assert result.returncode == 0, result.stderr[-2000:]
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 20_000


def test_a_folder_report_shows_a_document_on_demand(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("Advertisement\nIt rained. .\n", encoding="utf-8")
    (tmp_path / "docs" / "b.txt").write_text(
        "</script><script>document.title='owned'</script>\n<img src=x onerror=alert(1)>\n"
        "The storm came in from the sea and it rained all day long. .\n", encoding="utf-8")
    assert main(["report", "docs", "-o", "r.html", "-q"]) == 0
    uri = (tmp_path / "r.html").as_uri()
    listing = _rendered(uri, tmp_path)
    assert listing.find("section").attrs.get("id") == "viewer" and "hidden" in listing.find(
        "section").attrs
    view = _rendered(uri + "#doc-2", tmp_path)
    viewer = view.find("section")
    assert "hidden" not in viewer.attrs  # the script ran: the view is on screen
    shown = " ".join(viewer.text().split())
    # M101 takes the markup out: it is shown as each edit's old text, not run
    assert "docs/b.txt" in shown
    assert "</script> → ∅M101<script>document.title='owned'</script> → ∅M101" in shown
    assert view.find("title").text() == "newsclean report"  # the input's script did not run
    assert not view.find_all("img")


def _with_clicks(page: str, script: str) -> str:
    """``page`` with ``script`` run after its own: the test stands in for a person's clicks
    (the policy is opened to inline scripts for it)."""
    page = re.sub(r"script-src [^;]*;", "script-src 'unsafe-inline';", page, count=1)
    return page.replace("</body>", f"<script>{script}</script></body>")


def test_a_click_on_a_label_opens_the_reason_and_the_rule(tmp_path: Path) -> None:
    doc = newsclean.analyze(SEED.read_text(encoding="utf-8"))
    page = tmp_path / "seed.html"
    page.write_text(_with_clicks(doc.to_html("seed.txt"), """
        document.querySelectorAll(".b.x > a.c")[1].click();
        var title = document.querySelector(".b.l-title > a.c");
        title.click();
        title.click();
    """), encoding="utf-8")
    tree = _rendered(page.as_uri(), tmp_path)
    (pop,) = tree.find_all("div", "pop")
    lines = [p.text() for p in pop.find_all("p")]
    assert lines[0] == "heading fragment: repeats the opening 3 words of the paragraph below"
    assert lines[1].startswith("H101 heading-fragment: ")
    assert lines[2] == "Rule documentation · on the documentation site"
    hrefs = [a.attrs["href"] for a in pop.find_all("a")]
    assert hrefs == ["#rule-H101", rule_url("H101")]


def test_the_table_sorts_by_a_column(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d").mkdir()
    for name, text in [("a.txt", "It rained all day long over the hills and the sea.\n"),
                       ("b.txt", "Advertisement\nShare this article\nIt rained.\n"),
                       ("c.txt", "Advertisement\nIt rained all day, and then it stopped.\n")]:
        (tmp_path / "d" / name).write_text(text, encoding="utf-8")
    assert main(["report", "d", "-o", "r.html", "-q"]) == 0
    page = tmp_path / "r.html"
    page.write_text(_with_clicks(page.read_text(encoding="utf-8"), """
        document.querySelectorAll("table.docs th button")[4].click();
    """), encoding="utf-8")
    table = _rendered(page.as_uri(), tmp_path).find("table", "sortable")
    names = [row.find_all("td")[1].text() for row in table.find_all("tr")[1:]]
    assert names == ["d/b.txt", "d/c.txt", "d/a.txt"]  # most removed first
    assert table.find_all("th")[4].attrs["aria-sort"] == "descending"
