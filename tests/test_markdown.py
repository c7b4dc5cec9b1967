"""Markdown input: protected parts never change, prose is repaired, spans stay true."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean.io.markdown import MarkdownLayout

POST = """---
title: Storm. .
tags: [a, b]
---
# Storm report

It rained all day. .  See `x = a. .` and [the map](https://example.org/a/../b) .
Visit <https://example.org/x..y> or www.example.org/a..b today .

* first item ,
* second item

> A quoted line , here.

```python
x = a. .
```

    indented code. .

| col . | two |
|---|---|
| a. . | b |

<div class="note">Raw html. .</div>

[ref]: https://example.org/c..d
"""


def test_protected_parts_are_untouched_and_prose_is_repaired() -> None:
    doc = newsclean.analyze(POST, input_format="markdown")
    fixed = doc.repaired
    for protected in ("title: Storm. .", "`x = a. .`", "(https://example.org/a/../b)",
                      "<https://example.org/x..y>", "www.example.org/a..b", "x = a. .\n```",
                      "    indented code. .", "| a. . | b |", "Raw html. .</div>",
                      "[ref]: https://example.org/c..d"):
        assert protected in fixed, protected
    assert "It rained all day. See" in fixed
    assert "/a/../b)." in fixed and "b today." in fixed
    assert "* first item," in fixed and "> A quoted line, here." in fixed
    for edit in doc.edits:
        assert POST[edit.start : edit.end] == edit.old


def test_labels_and_markers() -> None:
    doc = newsclean.analyze(POST, input_format="markdown")
    kinds = [(b.kind, b.label) for b in doc.blocks]
    assert kinds[0] == ("front-matter", "verbatim")
    assert ("heading", "heading") in kinds
    assert ("list_item", "list-item") in kinds and ("blockquote", "quote") in kinds
    assert sum(1 for k, label in kinds if label == "verbatim") == 6


def test_clean_returns_markdown() -> None:
    out = newsclean.clean(POST, input_format="markdown")
    assert out.startswith("---\ntitle: Storm. .\ntags: [a, b]\n---\n\n# Storm report\n\n")
    assert "* first item,\n* second item" in out  # a tight list stays tight
    assert "```python\nx = a. .\n```" in out
    assert out.endswith("[ref]: https://example.org/c..d")
    assert newsclean.clean(out, input_format="markdown") == out


def test_headings_are_never_fragments() -> None:
    text = "## Kharkiv and Kherson\n\nRussia has lost parts of Kharkiv and Kherson oblast.\n"
    doc = newsclean.analyze(text, input_format="markdown")
    assert [b.label for b in doc.blocks] == ["heading", "paragraph"]
    plain = newsclean.analyze("Kharkiv and Kherson\n" + text.split("\n\n")[1])
    assert plain.blocks[0].label == "fragment"


def test_toml_front_matter_and_setext_heading() -> None:
    text = "+++\ntitle = \"x. .\"\n+++\nStorm report\n============\n\nIt rained. .\n"
    doc = newsclean.analyze(text, input_format="markdown")
    assert [b.kind for b in doc.blocks] == ["front-matter", "heading", "paragraph"]
    assert doc.repaired == text.replace("rained. .", "rained.")


def test_layout_spans_are_inside_the_source() -> None:
    layout = MarkdownLayout.of(POST)
    for block in layout.blocks:
        assert 0 <= block.start <= block.end <= len(POST)
    for start, end in layout.protected:
        assert 0 <= start < end <= len(POST)


# --- minimal edits: fix changes nothing outside the spans its findings name ----------------

PIECES = st.sampled_from(
    [
        "It rained. . ", "power. , heating ", "doing ”. ", "word ,", "caf\u00c3\u00a9 ", "  ",
        "Plain words here. ", "\n", "\n\n", "`a. .`", "[x](http://a..b)", "# Head\n",
        "```\nx = a. .\n```\n", "- item ,\n", "> quote .\n", "Advertisement\n", "\t",
        "Share this article\n", "W hile ", "&amp; ", "\u200b",
    ]
)
DOCS = st.lists(PIECES, max_size=25).map("".join)


def _outside_edits_unchanged(source: str, fixed: str, spans: list[tuple[int, int]]) -> bool:
    """Whether ``fixed`` is ``source`` with only the given spans replaced (by anything)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    pattern, pos = [], 0
    for start, end in merged:
        pattern.append(regex.escape(source[pos:start]))
        pattern.append("(?s:.*?)")
        pos = end
    pattern.append(regex.escape(source[pos:]))
    return regex.fullmatch("".join(pattern), fixed) is not None


@given(DOCS, st.sampled_from(["text", "markdown"]))
def test_fix_changes_only_the_reported_spans(source: str, input_format: str) -> None:
    doc = newsclean.analyze(source, input_format=input_format, ignore=["W101"])
    fixed = doc.repaired
    assert _outside_edits_unchanged(source, fixed, [(e.start, e.end) for e in doc.edits])


def test_text_past_the_parsers_nesting_limit_is_kept() -> None:
    for text in (">" * 25 + " deep quote", "- " * 12 + "deep item\n\nNext paragraph."):
        doc = newsclean.analyze(text, input_format="markdown")
        assert doc.text.split("\n\n")[0] == text.split("\n\n")[0]
        assert all(b.kept for b in doc.blocks)


@pytest.mark.parametrize("between", ["\n", "\n\n"])
def test_a_heading_fragment_with_or_without_a_blank_line(between: str) -> None:
    """``Although Kirby`` right above its paragraph (a soft break) is found as with a blank
    line between; a first line that copies nothing stays part of its paragraph."""
    text = ("The talks began in Geneva on Monday and went on for most of the week.\n\n"
            f"Although Kirby{between}Although Kirby clarified the plan on Monday, talks went on.\n")
    doc = newsclean.analyze(text, input_format="markdown")
    assert [(b.code, b.text) for b in doc.blocks if b.code == "H101"] == [
        ("H101", "Although Kirby")
    ]
    assert doc.fixed_text == text.replace(f"Although Kirby{between}", "")
    kept = "Storm notes\nThe rain went on for days and the river rose.\n"
    doc = newsclean.analyze(kept, input_format="markdown")
    assert len(doc.blocks) == 1 and doc.repaired == kept


@pytest.mark.parametrize("text", [
    "See !\xad[x](y)\n",            # the soft hyphen keeps "!" from making an image
    "- \xef\xbb\xbf# x\n",           # mojibake of a byte-order mark, then "#": not a heading
    "Intro.\n\n>\u200b# Quote\n",    # a zero-width space before "#" in a quote
    "Run ```` here and `a  b. .` now.\n",  # an unmatched run of four backticks
])
def test_no_edit_changes_the_markdown_structure(text: str) -> None:
    from newsclean.io.markdown import structure_change

    doc = newsclean.analyze(text, input_format="markdown")
    assert structure_change(text, doc.repaired) is None
    assert structure_change(text, doc.fixed_text) is None or doc.removed_blocks


@pytest.mark.parametrize(("text", "expected"), [
    # The spaces after a list marker set where the item's later paragraphs start: with
    # "- ", the indented paragraph below became a code block.
    ("-   First item. .\n\n      second para of the item.\n",
     "-   First item.\n\n      second para of the item.\n"),
    ("1.  One  item\n", "1.  One item\n"),
    (">  A  quote\n", ">  A quote\n"),
    # A link target in angle brackets may hold spaces, and is the link's as much as any.
    ("See [report](<files/Report 2023 , final.pdf>) , now.\n",
     "See [report](<files/Report 2023 , final.pdf>), now.\n"),
])
def test_list_markers_and_angle_bracket_targets_are_kept(text: str, expected: str) -> None:
    from newsclean.io.markdown import structure_change

    doc = newsclean.analyze(text, input_format="markdown")
    assert doc.repaired == expected
    assert structure_change(text, doc.repaired) is None


def test_edits_elsewhere_in_the_document_still_apply() -> None:
    text = "It rained. .\n\nSee !\xad[x](y) and more.\n"
    doc = newsclean.analyze(text, input_format="markdown")
    assert doc.repaired == "It rained.\n\nSee !\xad[x](y) and more.\n"
    # A line separator would split the heading: the heading is protected, not the last
    # paragraph (the block the structure's first difference showed at), whose repairs apply.
    text = "# Storm hits\u2028the coast\n\nThe storm came. .\n\nIt rained  all day. .\n"
    doc = newsclean.analyze(text, input_format="markdown")
    assert doc.repaired == "# Storm hits\u2028the coast\n\nThe storm came.\n\nIt rained all day.\n"


@pytest.mark.parametrize(("text", "expected"), [
    ("First para.\u2028\u2029Second para.\n\nThird  para. .\n\nFourth. .\n",
     "First para.\u2028\u2029Second para.\n\nThird para.\n\nFourth."),
    ("# Budget\n\nThe council met , officials said.\n\nThe vote passed.\u2028\u2028Turnout "
     "was high.\n\nThe mayor said it was ready .\n",
     "# Budget\n\nThe council met, officials said.\n\nThe vote passed.\u2028\u2028Turnout "
     "was high.\n\nThe mayor said it was ready."),
])
def test_a_paragraph_made_two_among_paragraphs_is_found_by_its_line_ends(
    text: str, expected: str
) -> None:
    # Two separators make one paragraph two, among paragraphs alone: the structures do not
    # tell which block changed, the edit of line ends does. That paragraph stays as it is,
    # the others are repaired, in one run.
    once = newsclean.clean(text, input_format="markdown")
    assert once == expected
    assert newsclean.clean(once, input_format="markdown") == once


def test_a_line_separator_in_code_is_content_and_a_crlf_there_is_the_files() -> None:
    text = "Title\r\n\r\n```\r\ncode\u2028here\r\n```\r\n"
    doc = newsclean.analyze(text, input_format="markdown")
    assert doc.repaired == "Title\n\n```\ncode\u2028here\n```\n"


def test_a_nul_in_a_line_below_a_fragment_line_is_no_crash() -> None:
    """The parser reads a NUL as U+FFFD: the block below a split-off first line is placed
    by its line, not by searching the source for the parser's text."""
    doc = newsclean.analyze("Storm hits the coast\n\x00Storm hits the coast on Monday.\u2028More.",
                            input_format="markdown")
    assert [b.code for b in doc.blocks] == ["H101", "S100"]
    assert doc.text == "Storm hits the coast on Monday.\nMore."


@pytest.mark.parametrize(("source", "expected"), [
    ("Text here. .\n\n\u200b\n", "Text here."),
    ("\u200b\n\nText here. .", "Text here."),
    ("Para. .\n\n\u200b\n\nLast para. .\n", "Para.\n\nLast para."),
    ("\ufeff\nIt rained. . donâ€™t", "It rained. don’t"),
    ("\ufeff# Storm hits the coast\n\nIt rained. .", "# Storm hits the coast\n\nIt rained."),
    ("Rain on Monday.\u2028More. .", "Rain on Monday.\nMore."),
])
def test_invisible_characters_are_no_structure_to_protect(source: str, expected: str) -> None:
    """A paragraph of invisible characters alone, a leading byte-order mark and a line
    separator are removed (or become a line break) and the text around them is repaired,
    as in text mode: none of them is the author's Markdown structure."""
    assert newsclean.clean(source, input_format="markdown") == expected


@pytest.mark.parametrize(("source", "repaired"), [
    ("- \u00ad\n- item two\n", "-\n- item two\n"),
    ("> \u200b\n> quote\n", ">\n> quote\n"),
    ("1.  \u200b\n2. two\n", "1.\n2. two\n"),
    ("- one\n-   two\n\n    more of two\n", "- one\n-   two\n\n    more of two\n"),
])
def test_a_marker_before_invisible_characters_alone_ends_its_line(
    source: str, repaired: str
) -> None:
    """A list or quote marker whose line holds invisible characters alone keeps no space
    after them once they go, so a second run changes nothing; a marker before text keeps
    its spaces (they place the item's later paragraphs)."""
    doc = newsclean.analyze(source, input_format="markdown")
    assert doc.repaired == repaired
    once = newsclean.clean(source, input_format="markdown")
    assert newsclean.clean(once, input_format="markdown") == once


def test_a_line_separator_that_would_make_a_heading_is_kept() -> None:
    assert newsclean.clean("Rain\u2028# Head", input_format="markdown") == "Rain\u2028# Head"


def test_a_change_is_placed_in_the_block_it_shows_in_though_soft_breaks_are_not_compared() -> None:
    """A soft break is no structure (a line separator may become one), but it still tells
    where a change shows: here a soft hyphen removed before "- v6G" makes a list interrupt
    the paragraph, whose lines must be protected (atheris found the input)."""
    from fuzz_invariants import markdown_structure_is_kept

    markdown_structure_is_kept(
        "? ;\u200bXX/AgS-->::b)vnc\nü\"47t7voï»¿“’véP[x](y)```\x98n\xadQzx\t“-zG?/&amp;```By "
        "Jane Doe<!--q“# YR&amp;$@Â é\r\xad- v6GAdvertisement9Zdq”\r>–@"
    )


def test_a_paragraph_of_a_c1_control_is_no_blank_paragraph() -> None:
    """A C1 control may be repaired into the Windows-1252 character it stood for (\\x98 as
    ˜): its paragraph stays, and is structure (atheris found the input)."""
    from fuzz_invariants import markdown_structure_is_kept

    markdown_structure_is_kept("\x98\n- %``` \u200bH -éü\u200b–cV`東京—U— 4\nZ\ufeff\"üuÃ©m4k")


def test_a_line_of_invisible_characters_inside_a_paragraph_hides_no_finding() -> None:
    """Removed alone, the line would be blank and part the paragraph (so every edit in it
    was left out, the line's character too): it goes with its line end."""
    source = "It rained. .\n\u200b\nMore  text.\n"
    doc = newsclean.analyze(source, input_format="markdown")
    assert [e.code for e in doc.edits] == ["P101", "U104", "W103"]
    assert doc.repaired == "It rained.\nMore text.\n"
    once = newsclean.clean("\u200bIntro.\n\n\n\nText here.\n\u200b\nMore.\n",
                           input_format="markdown")
    assert newsclean.clean(once, input_format="markdown") == once


def test_many_blocks_whose_structure_an_edit_would_change_leave_the_document_as_it_is() -> None:
    """Each such block is kept as written; past the rounds that protect them one by one,
    the whole document (it kept the first eight and changed the others)."""
    source = "\n\n".join(f"Para {i} see !\u00ad[x](y) now. ." for i in range(12)) + "\n"
    doc = newsclean.analyze(source, input_format="markdown")
    assert doc.repaired == source and not doc.edits


def test_a_markdown_document_is_never_a_scraped_page() -> None:
    # Bylines, captions and dates go only in a whole scraped page, and a short line above
    # the title only there: a post a person wrote keeps them, whatever a "©" line says.
    md = "\n\n".join([
        "World News", "# Our week in the mountains", "By Jane Smith",
        "We drove up on Saturday and stayed in a small cabin near the lake, where the "
        "mornings were cold and clear.", "Photo: the cabin at dawn",
        "29 November 2018 | 20 January 2019", "© 2024 Jane Smith",
    ])
    codes = [b.code for b in newsclean.analyze(md, input_format="markdown").blocks]
    assert not {"B106", "B201", "B208"} & set(codes), codes
    assert "B205" in codes  # a phrase's evidence stays a finding
