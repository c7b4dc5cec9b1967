"""M101: page source passed through as text becomes the lines a reader sees."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

import newsclean
from newsclean.findings import check_text

MENU = "".join(f'<li><a href="/{w.lower()}/">{w}</a></li>' for w in
               ("News", "Sports", "Business", "Weather", "Opinion", "Travel", "Video", "Jobs",
                "Homes", "Cars"))
PARAGRAPHS = (
    "The city council voted on Tuesday to keep the old library open for another year.",
    "Members said the building needs a new roof, which will cost more than the budget "
    "allows, but that closing it would leave the east side without a reading room.",
    "A final decision on the roof is expected in the spring, after an engineer's report.",
)
#: A whole page's source on one line, as some scrapers hand it over.
PAGE = (
    "<html><head><title>Library stays open</title>"
    '<script type="text/javascript">function ad(p) { if (p > 1) { return "<div>"; } }</script>'
    "<style>.nav li { float: left }</style></head><body>"
    f'<div id="nav"><ul>{MENU}</ul></div><!-- story -->'
    '<div class="story"><h1>Library stays open</h1>'
    + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    + '</div><div id="footer"><p>© 2024 Example Media. All rights reserved.</p></div>'
    "</body></html>"
)


def test_a_page_on_one_line_gives_its_article() -> None:
    # The menu goes as navigation, the footer as a footer, the headline as the page's (B303).
    assert newsclean.clean(PAGE) == "\n\n".join(PARAGRAPHS)


def test_each_tag_is_a_finding_on_its_span_in_the_input() -> None:
    doc = newsclean.analyze(PAGE)
    markup = [e for e in doc.edits if e.code == "M101"]
    assert markup, "the tags are reported"
    for edit in markup:
        assert PAGE[edit.start:edit.end] == edit.old
        assert edit.old.startswith("<") and edit.old.endswith(">")
        assert edit.new in ("", "\n")
    script = next(e for e in markup if e.old.startswith("<script"))
    assert script.old.endswith("</script>"), "a script goes with its code"


def test_a_script_between_two_spaces_is_the_markup_rules_finding() -> None:
    # The script goes (M101), then the two spaces around it are one (W103): one finding,
    # named by the rule that removed the most, not by the spaces'.
    text = "Library stays open\n\nThe council has <script>var a = 1;</script> voted.\n"
    findings = check_text(text).findings
    assert [(f.code, f.old, f.new) for f in findings] == [
        ("M101", " <script>var a = 1;</script> ", " ")]


def test_a_script_over_several_lines_goes_whole() -> None:
    text = ("Library stays open\n<script>\nvar a = 1;\nvar b = '<p>';\n</script>\n"
            + "\n".join(PARAGRAPHS))
    assert newsclean.clean(text) == "\n\n".join(("Library stays open", *PARAGRAPHS))


def test_tags_in_prose_and_in_markdown_stay() -> None:
    prose = "To make a word bold, put it between <b> and </b>, the tutorial says."
    assert newsclean.clean(prose) == prose
    markdown = "# Notes\n\n<details><summary>More</summary><p>Hidden text.</p></details>\n"
    doc = newsclean.analyze(markdown, input_format="markdown")
    assert not [e for e in doc.edits if e.code == "M101"]


def test_the_rule_can_be_ignored() -> None:
    assert "<p>" in newsclean.clean(PAGE, ignore=["M101"])


TAG = st.sampled_from(["<p>", "</p>", "<div class='x'>", "</div>", "<b>", "</b>", "<br/>",
                       "<a href=\"/a?b>c\">", "</a>", "<!-- c -->", "<script>x<y</script>",
                       "<span>", "</span>", "<td>", "</td>", "<", ">", "&lt;p&gt;"])
WORDS = st.sampled_from(["The vote passed.", "Fans cheered", "and", " ", "\n", "a < b", "Rain"])


@given(st.lists(st.one_of(TAG, WORDS), max_size=30))
# Two tags on a line and three on the next, which the clean text joins into one line.
@example(["<div class='x'></a>The vote passed.# - <!-- c -->Fans cheered\n",
          "é&lt;p&gt;<script></td></div>&lt;/b&gt; \n<div class='x'></div><p>"])
# A short line three times in a row above a title: B106 left the row alone (three short
# lines), B304 then kept its first copy, and cleaned again that copy was a section label.
@example(["Fans cheered", "<p>", "Fans cheered", "<p>", "Fans cheered", "<p>",
          "The vote passed.", "Fans cheered", "<p>", "<"])
def test_cleaning_page_source_twice_changes_nothing_more(parts: list[str]) -> None:
    once = newsclean.clean("".join(parts))
    assert newsclean.clean(once) == once


def test_prose_that_mentions_a_script_tag_keeps_every_word() -> None:
    # A start tag after words is a sentence's mention of it: it opens no script that would
    # run to an end tag paragraphs later (the safe fix took the words between them out).
    text = (
        "Hackers hid a <script> tag in the checkout page of the retailer.\n\n"
        "The retailer said card numbers of 40,000 customers were copied over three weeks.\n\n"
        "Researchers published the injected line, <script src=\"https://evil.example/s.js\">"
        "</script>, on Tuesday.\n"
    )
    out = newsclean.clean(text)
    assert out.split()[:15] == text.split()[:15]
    assert "40,000 customers were copied over three weeks." in out
    assert out.endswith("Researchers published the injected line, on Tuesday.")
    style = "The word <style> is an HTML element; CSS goes in <style>p{}</style> blocks."
    assert newsclean.clean(style) == "The word <style> is an HTML element; CSS goes in blocks."


def test_a_script_after_words_over_lines_is_page_source_where_its_end_tag_ends_a_line() -> None:
    # Page source: code on the lines below, the end tag on a line of its own.
    text = ("The council met on Monday to discuss the budget, officials said.\n\n"
            "Watch the video below <script type=\"text/javascript\">\n"
            "  window.player = new Player({ id: \"abc123\" });\n</script>\n\n"
            "The vote passed after a long count, and turnout was high.\n")
    assert "Player" not in newsclean.clean(text) and "Watch the video below" in newsclean.clean(text)
    # A sentence that mentions the end tag paragraphs later: no script between.
    text = ("<script> tags were found in the page, researchers said on Monday.\n\n"
            "The company patched it.\n\nThey removed every </script> tag and the code.")
    assert newsclean.clean(text) == text
