"""The HTML report of one document, read with an HTML parser: every block and every edit is
on the page with its code, input is escaped, and the page needs nothing from outside."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

import pytest

import newsclean
from html_tree import Element, parse
from newsclean.report_html import document_page
from newsclean.report_html.assets import SCRIPT
from newsclean.report_html.colours import TEXT, contrast, label_colour
from newsclean.report_html.links import rule_url
from newsclean.report_html.segments import report_edits, segments

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_68972bff8665e00a.txt"
CASES = json.loads((Path(__file__).parent / "cases" / "fixes.json").read_text(encoding="utf-8"))
HOSTILE = (
    "<script>alert('x')</script>\n"
    '<img src=x onerror="alert(1)">\n'
    "Advertisement\n"
    "It rained </script><script>alert(2)</script> all day. .\n"
    "&amp; &lt;b&gt; stays as typed\u200b.\n"
)
# What a sign stands for inside an edit: the report draws invisible characters.
SIGNS = {"␣": " ", "↵": "\n", "⇥": "\t", "⍽": "\u00a0", "␍": "\r"}


@pytest.fixture(scope="module")
def seed_doc() -> newsclean.Document:
    return newsclean.analyze(SEED.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed_page(seed_doc: newsclean.Document) -> Element:
    return parse(seed_doc.to_html("seed.txt"))


def _unsigned(element: Element) -> str:
    """The text of an edit's old or new side, with the signs back to what they stand for."""
    out = []
    for child in element.children:
        if isinstance(child, str):
            out.append(child)
        elif "ws" in child.classes:
            sign = child.text()
            match = re.fullmatch(r"⟨([0-9A-F]{4,6})⟩", sign)
            out.append(chr(int(match.group(1), 16)) if match else SIGNS[sign])
        else:
            out.append(_unsigned(child))
    return "".join(out)


def shown_blocks(tree: Element) -> list[tuple[Element, Element]]:
    """Each block's box and text element, in order (a run of removed blocks alike shares a
    box: one text element each)."""
    return [(box, text) for box in tree.find_all("div", "b")
            for text in box.children if isinstance(text, Element) and "t" in text.classes]


def test_every_block_is_shown_with_its_label_code_and_verdict(
    seed_doc: newsclean.Document, seed_page: Element
) -> None:
    shown = shown_blocks(seed_page)
    assert len(shown) == len(seed_doc.blocks)
    for (box, text), block in zip(shown, seed_doc.blocks, strict=True):
        assert f"l-{block.label}" in box.classes
        assert ("x" in box.classes) == (not block.kept)
        chip = box.find("a", "c")
        assert chip.attrs["href"] == f"#rule-{block.code}"
        assert chip.text().startswith(f"{block.label} {block.code}")
        if block.kept:
            name = newsclean.get_rule(block.code).name
            assert box.attrs["title"].startswith(f"{block.code} {name}")
            assert block.reason.split(": ", 1)[1] in box.attrs["title"]
        else:
            assert "removed" in chip.text()
            assert box.find("span", "why").text() == block.reason
        assert block.source.split()[0] in text.text()


def test_removed_blocks_alike_share_a_box(seed_page: Element) -> None:
    appeal = [box for box in seed_page.find_all("div", "b") if "l-donation" in box.classes]
    assert [len(shown_blocks(box)) for box in appeal] == [1, 7]  # the prompt, then the rest
    assert appeal[1].find("a", "c").text() == "donation B102 removed ×7"


def test_every_edit_is_shown_in_place_as_old_and_new_with_its_code(
    seed_doc: newsclean.Document, seed_page: Element
) -> None:
    edits = report_edits(seed_doc)
    marks = seed_page.find_all("span", "edit")
    assert len(marks) == len(edits) == 6
    for mark, edit in zip(marks, edits, strict=True):
        assert mark.find("a", "code").text() == edit.code
        assert mark.find("a", "code").attrs["href"] == f"#rule-{edit.code}"
        old, new = mark.find("del"), mark.find("ins")
        assert (_unsigned(old) if edit.old else "") == edit.old
        assert (_unsigned(new) if edit.new else "") == edit.new
        assert edit.code in mark.attrs["title"]


def test_each_rule_used_is_documented_in_the_page_and_linked_online(
    seed_doc: newsclean.Document, seed_page: Element
) -> None:
    codes = {b.code for b in seed_doc.blocks} | {e.code for e in seed_doc.edits}
    entries = {e.attrs["id"]: e for e in seed_page.find_all("div", "rule")}
    assert set(entries) == {f"rule-{code}" for code in codes}
    for code in codes:
        rule = newsclean.get_rule(code)
        entry = entries[f"rule-{code}"]
        assert rule.summary in entry.text()
        assert entry.find("pre").text() == rule.doc
        assert rule_url(code) in [a.attrs.get("href") for a in entry.find_all("a")]
    assert rule_url("H101").endswith("/rules/#h101")  # the anchor MkDocs gives "## H101"


def clean_view_blocks(tree: Element) -> list[str]:
    """The blocks of text the clean output shows: what its CSS leaves of the marked input (removed
    blocks, gaps, labels and the old side of edits hidden; a block's own clean text where
    it has one)."""
    hidden = {"x", "gap", "c", "why", "arrow", "code"}

    def text(element: Element) -> str:
        out = []
        for child in element.children:
            if isinstance(child, str):
                out.append(child)
            elif not (child.classes & hidden or child.tag == "del"
                      or (child.tag == "ins" and "none" in child.classes)):
                out.append(text(child))
        return "".join(out)

    blocks = []
    for block in tree.find("div", "marked").find_all("div", "b"):
        if "x" in block.classes:
            continue
        blocks.append(block.find("div", "t2").text() if "a" in block.classes
                      else text(block.find("div", "t")))
    return blocks


def test_clean_output_view_is_the_clean_text(seed_doc: newsclean.Document,
                                             seed_page: Element) -> None:
    assert "\n\n".join(clean_view_blocks(seed_page)) == seed_doc.text
    radios = seed_page.find_all("input")
    assert [r.attrs["class"] for r in radios] == ["mode-marked", "mode-clean"]
    assert "checked" in radios[0].attrs
    style = seed_page.find("style").text()
    assert ".mode-clean:checked~.marked :is(.x,.gap,.c,.why,.pop,del,.arrow,.code,ins.none,.a>.t)" \
        "{display:none}" in style


@pytest.mark.parametrize("text", [
    "A title for the story\nThe storm came in from the sea\nand it rained all day. .\n",
    "Advertisement\n\nIt rained\u200b. .\n\nShare this article\n",
    "caf\u00c3\u00a9 au lait . \n\n\n\nIt rained ,  then it stopped .\n",
])
def test_clean_output_view_is_the_clean_text_of_wrapped_and_repaired_blocks(text: str) -> None:
    doc = newsclean.analyze(text)
    assert "\n\n".join(clean_view_blocks(parse(doc.to_html()))) == doc.text


def test_sidebar_counts_labels_and_rules(seed_page: Element) -> None:
    side = seed_page.find("aside", "side")
    text = " ".join(side.text().split())
    assert "fragment 18 removed" in text and "paragraph 25 kept" in text
    assert "H101 heading-fragment 18 removed" in text and "P101 doubled-terminal-punctuation 2 repairs" in text
    assert "1,457 words kept, 236 removed (14%)" in seed_page.find("p", "stats").text()


def test_hostile_input_is_shown_as_text() -> None:
    doc = newsclean.analyze(HOSTILE)
    page = doc.to_html('<b onmouseover="x">name</b>')
    tree = parse(page)
    tags = {e.tag for e in tree.iter()}
    assert "img" not in tags
    assert [s.text() for s in tree.find_all("script")] == [SCRIPT]  # the page's own only
    assert not any(k.startswith("on") for e in tree.iter() for k in e.attrs)
    marked = tree.find("div", "marked").text()
    # M101 takes the markup out: shown as the edit's old text, spaces drawn as ␣
    assert "<script>alert('x')</script> → ∅M101" in marked
    assert '<img␣src=x␣onerror="alert(1)"> → ∅M101' in marked
    assert "&amp; → &U102 &lt; → <U102b&gt; → >U102" in marked  # entities: repaired, shown
    assert '<b onmouseover="x">name</b>' in tree.find("h2").text()
    assert "⟨200B⟩" in marked  # the removed zero-width space is drawn


def test_the_page_is_self_contained(seed_doc: newsclean.Document) -> None:
    page = seed_doc.to_html()
    tree = parse(page)
    assert not tree.find_all("link") and not tree.find_all("img") and not tree.find_all("iframe")
    (script,) = tree.find_all("script")  # the page's own, inline
    assert set(script.attrs) == set()
    for element in tree.iter():
        for name in ("src", "srcset", "data", "poster", "action"):
            assert name not in element.attrs
        if element.tag != "a":
            assert "href" not in element.attrs
    style = tree.find("style").text()
    assert "url(" not in style and "@import" not in style
    policy = next(m.attrs["content"] for m in tree.find_all("meta")
                  if m.attrs.get("http-equiv") == "Content-Security-Policy")
    def digest(text: str) -> str:
        return base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()

    assert "default-src 'none'" in policy
    assert f"style-src 'sha256-{digest(style)}'" in policy
    assert f"script-src 'sha256-{digest(script.text())}'" in policy


@pytest.mark.parametrize("case", CASES, ids=[c["rule"] for c in CASES])
def test_segments_cover_the_input_once_and_hold_every_edit(case: dict[str, str]) -> None:
    doc = newsclean.analyze(case["text"])
    segs = segments(doc)
    assert "".join(doc.source[s.start : s.end] for s in segs) == doc.source
    assert [e for s in segs for e in s.edits] == report_edits(doc)
    for seg in segs:
        assert all(seg.start <= e.start and e.end <= seg.end for e in seg.edits)
    page = parse(doc.to_html())
    assert len(page.find_all("span", "edit")) == len(report_edits(doc))


def test_markdown_documents_are_reported_too() -> None:
    doc = newsclean.analyze("# Storm\n\nIt rained. .\n\n- one\n- two\n", input_format="markdown")
    tree = parse(doc.to_html("a.md"))
    assert len(shown_blocks(tree)) == len(doc.blocks)
    assert clean_view_blocks(tree) == [b.text for b in doc.kept_blocks]


def test_an_empty_document_has_a_page_that_says_so() -> None:
    tree = parse(newsclean.analyze("").to_html())
    assert "Nothing is kept" in tree.find("p", "empty").text()


def test_a_long_document_comes_in_parts_with_links_between_them() -> None:
    from newsclean.report_html.document_view import document_view

    doc = newsclean.analyze(SEED.read_text(encoding="utf-8"))
    view = document_view(doc, "seed.txt", 7, part_size=5000)
    assert len(view.parts) >= 2
    pages = [parse(view.html).find("div", "marked"), *(parse(p) for p in view.parts)]
    assert sum(len(shown_blocks(page)) for page in pages) == len(doc.blocks)
    first = pages[0].find("nav", "pager")
    assert f"Part 1 of {len(pages)}" in first.text()
    assert [a.attrs["href"] for a in first.find_all("a")][:2] == ["#doc-7-p-2", "#doc-7-p-3"]
    assert "Part 2 of" in pages[1].find("nav", "pager").text()


def test_a_page_with_parts_holds_them_as_data_with_its_script() -> None:
    from newsclean.report_html import document_page

    doc = newsclean.analyze(SEED.read_text(encoding="utf-8"))
    assert len(parse(doc.to_html()).find_all("script")) == 1  # the page's own
    tree = parse(document_page(doc, "seed.txt", part_size=8000))
    scripts = tree.find_all("script")
    data = [s for s in scripts if s.attrs.get("type") == "application/json"]
    assert [s.attrs["id"] for s in data][:2] == ["part-0-2", "part-0-3"]
    assert len(scripts) == len(data) + 1  # and the page's script
    assert all(json.loads(s.text()).startswith('<nav class="pager"') for s in data)


def test_a_view_can_stop_after_some_parts_and_says_so() -> None:
    from newsclean.report_html.document_view import document_view

    doc = newsclean.analyze(SEED.read_text(encoding="utf-8"))
    view = document_view(doc, "seed.txt", 3, part_size=4000, max_parts=2)
    assert len(view.parts) == 1
    pages = [parse(view.html).find("div", "marked"), parse(view.parts[0])]
    shown = sum(len(shown_blocks(page)) for page in pages)
    assert 0 < shown < len(doc.blocks)
    pager = " ".join(pages[1].find("nav", "pager").text().split())
    assert f"The rest, from block {shown + 1}, is left out of this report" in pager
    assert "of 2" not in pager


@pytest.mark.parametrize("label", ["title", "paragraph", "advert", "fragment", "donation",
                                   "embed", "comments", "navigation", "no-such-label"])
def test_colours_keep_text_readable(label: str) -> None:
    colour = label_colour(label)
    assert contrast(TEXT, colour.background) >= 7  # WCAG AAA for body text
    assert contrast(colour.edge, "#ffffff") >= 3  # a border that stands out


def test_boilerplate_kinds_do_not_share_a_colour() -> None:
    from newsclean.registry import boilerplate_kinds

    colours = [label_colour(k).background for k in boilerplate_kinds()]
    assert len(set(colours)) == len(colours)
    assert label_colour("paragraph").background not in colours


def test_cleaning_does_not_import_the_report() -> None:
    import os
    import subprocess
    import sys

    code = ("import sys, newsclean; newsclean.clean('It rained. .'); "
            "print('newsclean.report_html' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env=dict(os.environ, PYTHONPATH=str(ROOT / "src")))
    assert out.stdout.strip() == "False"


def test_wrong_arguments_are_named_in_a_type_error() -> None:
    from newsclean import analyze, get_rule
    from newsclean.report_html import CorpusReport

    doc = analyze("It rained. .")
    with pytest.raises(TypeError, match="to_html: name must be a string"):
        doc.to_html(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="sample must be a whole number"):
        CorpusReport(sample="5")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="takes a Document"):
        CorpusReport().add("some text", "a")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="name must be a string"):
        CorpusReport().add(doc, None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="get_rule takes a rule code or name"):
        get_rule(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):  # the counters are the report's own
        CorpusReport(documents=5)  # type: ignore[call-arg]


def test_a_control_that_reorders_text_is_drawn_not_obeyed() -> None:
    """U+202E would show "gpj.exe" as "exe.jpg", and move the edits beside it."""
    doc = newsclean.analyze("Invoice for \u202egpj.exe here. .\n")
    html = document_page(doc, name="in\u202evoice.txt")
    assert "\u202e" not in html
    assert "⟨202E⟩gpj.exe" in html and "in⟨202E⟩voice.txt" in html


def test_the_helpers_refuse_arguments_of_the_wrong_type_at_once() -> None:
    """They failed later, deep inside (``AttributeError`` in ``page()``)."""
    from newsclean.io.textio import decode
    from newsclean.report_html import CorpusReport

    with pytest.raises(TypeError, match="document_page takes a Document"):
        document_page("text")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="name must be a string"):
        document_page(newsclean.analyze("It rained."), 5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="add_error: name must be a string"):
        CorpusReport().add_error(5, None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="decode takes the file's bytes"):
        decode("abc", "x")  # type: ignore[arg-type]
