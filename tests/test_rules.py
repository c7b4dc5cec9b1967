"""Per-rule cases: what each rule fixes, and text that nothing may change."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import newsclean
from newsclean.context import MAX_NUMBERED_WORDS, BlockContext
from newsclean.document import Block
from newsclean.features import MAX_HEADING_WORDS
from newsclean.findings import check_text
from newsclean.registry import (
    STAGES,
    all_rules,
    apply_rule,
    enabled_rules,
    get_rule,
    rules_in_stage,
)
from newsclean.rules.comments import MAX_SIGNATURE_WORDS, MAX_STAMP_WORDS
from newsclean.rules.fragments import MAX_FRAGMENT_WORDS
from newsclean.rules.page import MAX_DATELINE_WORDS
from newsclean.rules.structure import LIST_ITEM_RE, QUOTE_RE

CASES = Path(__file__).parent / "cases"
FIXES = json.loads((CASES / "fixes.json").read_text(encoding="utf-8"))
NEGATIVE = json.loads((CASES / "negative.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", FIXES, ids=lambda c: f"{c['rule']}:{c['text'][:20]}")
def test_rule_fixes(case: dict[str, str]) -> None:
    assert apply_rule(case["rule"], case["text"]) == case["fixed"]


@pytest.mark.parametrize("case", FIXES, ids=lambda c: f"{c['rule']}:{c['text'][:20]}")
def test_fixed_text_is_left_alone_by_its_rule(case: dict[str, str]) -> None:
    assert apply_rule(case["rule"], case["fixed"]) == case["fixed"]


@pytest.mark.parametrize("text", NEGATIVE)
def test_clean_text_is_unchanged(text: str) -> None:
    assert newsclean.clean(text) == text
    assert newsclean.analyze(text).edits == []


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.code)
def test_every_rule_is_documented_with_an_example(rule: newsclean.Rule) -> None:
    assert rule.summary and rule.summary[0].isupper()
    # A whole sentence, however the docstring wraps it (``newsclean rules`` shows it).
    assert rule.summary.endswith((".", ".)")), rule.summary
    assert ">>>" not in rule.summary and len(rule.summary) < 250, rule.code
    assert ">>>" in rule.doc, f"{rule.code} needs an example in its docstring"
    assert get_rule(rule.code) is rule
    assert get_rule(rule.name) is rule


def test_unknown_rule_is_a_clear_error() -> None:
    with pytest.raises(KeyError, match="newsclean rules"):
        get_rule("X999")


def test_rules_can_be_ignored_by_prefix() -> None:
    text = "Title here\nThe economy. . Jobs  rose ."
    assert newsclean.clean(text, ignore=["P"]) == "Title here\n\nThe economy. . Jobs rose ."
    assert newsclean.clean(text, ignore=["P1"], extend_select=["P101"]) == (
        "Title here\n\nThe economy. Jobs rose ."
    )


@pytest.mark.parametrize("selection", [
    {}, {"ignore": ("P",)}, {"ignore": ("P1",), "extend_select": ("P101",)},
    {"select": ("B2", "U"), "ignore": ("B20",)}, {"select": ("H101",), "ignore": ("ALL",)},
])
def test_enabled_rules_are_the_stage_rules_the_options_turn_on(selection: dict) -> None:
    options = newsclean.Options(**selection)
    for stage in STAGES:
        expected = [r.code for r in rules_in_stage(stage) if options.enabled(r.code)]
        assert [r.code for r in enabled_rules(stage, options)] == expected
        # equal options made anew (as every call with keyword arguments makes them) agree
        assert enabled_rules(stage, newsclean.Options(**selection)) == enabled_rules(stage, options)


def test_space_before_marks_is_kept_where_the_document_spaces_them() -> None:
    stray = "Is it true ? Yes: the team won! Fans cheered: loudly."
    assert newsclean.clean(stray) == "Is it true? Yes: the team won! Fans cheered: loudly."
    habit = "Is it true ? Yes : the team won !"
    assert newsclean.clean(habit) == habit


def test_drop_cap_is_joined_when_the_word_is_attested() -> None:
    text = "H ong Kong protests grew on Sunday. Hong Kong police responded."
    assert newsclean.clean(text).startswith("Hong Kong protests")
    assert newsclean.clean("W ord that appears nowhere else.").startswith("W ord")


def test_keep_option_keeps_boilerplate_kind() -> None:
    text = "Body text of the story.\nAdvertisement\nMore body text here."
    assert "Advertisement" not in newsclean.clean(text)
    assert "Advertisement" in newsclean.clean(text, keep=["advert"])


def test_bytes_input_is_a_clear_error() -> None:
    # The message names the function the caller called.
    with pytest.raises(TypeError, match=r"^clean\(\) needs str, not bytes: decode"):
        newsclean.clean(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^analyze\(\) needs str, not NoneType"):
        newsclean.analyze(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^check_text\(\) needs str, not bytes: decode"):
        check_text(b"x. .")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^options must be an Options, not dict"):
        check_text("x. .", {"ignore": ["P1"]})  # type: ignore[arg-type]


def test_a_long_edit_is_quoted_by_its_ends_and_length() -> None:
    # A million blank lines, a megabyte of spaces: one finding each, a line long, with the
    # whole text still in the finding's ``old`` (the JSON output's).
    for text, code in (("a" + "\n" * 1_000_000 + "b", "W104"), ("a" + " " * 100_000 + "b", "W103")):
        (finding,) = check_text(text).findings
        assert finding.code == code and len(finding.message) < 200
        assert f"({len(text) - 2:,} characters) -> " in finding.message
        assert len(finding.old) == len(text) - 2


def test_unknown_option_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match="unknown option"):
        newsclean.clean("text", colour=True)


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"uncurl_quotes": "no"}, r"^uncurl_quotes must be True or False, not str \('no'\)"),
    ({"ignore": 5}, r"^ignore takes rule codes, .* not int \(5\)"),
    ({"select": None}, r"^select takes rule codes, .* not None"),
    ({"keep": ["embed", 1]}, r"^keep takes boilerplate kinds, .* not a list with int \(1\)$"),
    # The item that is no string is named, not the list as a tuple ("not tuple (('P1', 5))"),
    # and bytes are no list of numbers ("not tuple ((80, 49))").
    ({"select": ["P1", 5]}, r"^select takes rule codes, .* not a list with int \(5\)$"),
    ({"select": b"P1"}, r"^select takes rule codes, .* not bytes \(b'P1'\)$"),
])
def test_option_of_the_wrong_type_is_a_clear_error(kwargs: dict, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        newsclean.clean("text", **kwargs)


def test_normalization_none_is_spelt_as_on_the_command_line_too() -> None:
    """``--normalization none`` and ``normalization = "none"`` in a configuration file."""
    text = "Cafe\u0301 open."
    assert newsclean.clean(text, normalization="none") == text
    assert newsclean.clean(text, normalization=None) == text
    assert newsclean.clean(text) == "Caf\u00e9 open."
    with pytest.raises(ValueError, match=r"^normalization must be .* not 'NFKC'"):
        newsclean.clean(text, normalization="NFKC")  # type: ignore[arg-type]


def test_settings_given_as_a_dict_are_a_clear_error() -> None:
    with pytest.raises(TypeError, match=r"^options must be an Options, not dict .* keyword"):
        newsclean.clean("text", {"ignore": ["P1"]})  # type: ignore[arg-type]


def test_keep_all_keeps_every_block_and_repairs_it() -> None:
    text = "Body text. .\nAdvertisement\nShare this article\nMore body text . ."
    doc = newsclean.analyze(text, keep=["all"])
    assert [b.label for b in doc.blocks] == ["paragraph", "advert", "share", "paragraph"]
    assert doc.text == "Body text.\n\nAdvertisement\n\nShare this article\n\nMore body text."
    assert doc.repaired == "Body text.\nAdvertisement\nShare this article\nMore body text."


def test_an_appeal_ends_at_somebodys_reported_words() -> None:
    text = ("The clinic opened a second room on Monday, the city said.\n"
            "Donate today and help our clinic\n"
            "Every gift of $10 a month keeps our doors open.\n"
            "\u201cOur main challenge is keeping donors for life,\u201d says Ann Lee, who runs "
            "the clinic's recruitment.\n"
            "The clinic plans to open a third room in the spring.")
    out = newsclean.clean(text)
    assert "Donate today" not in out and "Every gift" not in out
    assert "Our main challenge" in out and "third room" in out


def test_a_paragraph_that_asks_for_a_donation_goes_alone() -> None:
    # A paragraph that asks for the publisher goes on its own evidence; the paragraphs below
    # it, which address the reader too, stay.
    text = ("The museum reopens on Friday after two years of work on its roof and galleries.\n"
            "If you value our reporting, please consider a donation to keep this site free "
            "for everyone.\n"
            "Here is how it works:\n"
            "Beyond the new roof, you will find three galleries that were closed for a decade "
            "before the work.\n"
            "Trust me. It feels great.\n"
            "The museum opens at ten every day but Monday, and entry is free for children.")
    out = newsclean.clean(text)
    assert "If you value our reporting" not in out
    for kept in ("Here is how", "Beyond the new roof", "Trust me", "The museum opens"):
        assert kept in out


def test_a_paragraph_on_how_to_give_to_somebody_else_is_article_text() -> None:
    # A blogger's post about the charity it supports tells the reader how to give: article
    # text, as is everything below it.
    text = ("Tim turns 35 this week, and his birthday wish is to help students finish school.\n"
            "If you prefer to donate, you can have the funds reinvested in the charity, which "
            "is what I do.\n"
            "Here is how it works:\n"
            "Beyond the prizes, you will feel awesome about doing real good for people who "
            "have so little.\n"
            "The students repay their loans within two years, and the money goes on to the "
            "next class.")
    assert newsclean.clean(text) == text.replace("\n", "\n\n")


def test_an_appeal_ends_at_its_last_request_when_the_article_resumes() -> None:
    # A box (a prompt, a promotion that asks again) above the article's headline and its
    # first paragraph, which addresses the reader: the box goes, the article stays.
    text = ("The site has covered the science of sport for years, in depth and in plain words.\n"
            "Consider a donation if you like what you see here!\n"
            "Our book on running injuries helps support our work on this site.\n"
            "A fictional portrayal of running injuries\n"
            "This weekend the marathon will be run, and you can follow our live analysis of "
            "the race here.\n"
            "The course runs through all five boroughs of the city and finishes in the park.")
    doc = newsclean.analyze(text)
    assert [b.code for b in doc.blocks] == ["S100", "B102", "B102", "S102", "S100", "S100"]


def test_no_list_item_or_quote_opens_with_a_letter() -> None:
    # The structure rules call neither pattern on a block that opens with a letter: the
    # pattern needs a space, a bullet, a digit, ">" or a quotation mark there.
    letters = [chr(code) for code in range(sys.maxunicode + 1) if chr(code).isalpha()]
    assert not any(LIST_ITEM_RE.match(c + rest) for c in letters for rest in (" x", ". x"))
    assert not any(QUOTE_RE.match(c + rest) for c in letters for rest in ("", "x”"))


@pytest.mark.parametrize(("line", "fragment"), [
    ("Although Kirby", True), ("“Although Kirby", False), ("Although Kirby.", False),
    ("although Kirby", False),
])
def test_a_heading_fragment_is_heading_like(line: str, fragment: bool) -> None:
    # H101 reads a line's heading shape from its fields, up to MAX_FRAGMENT_WORDS words:
    # the lines Features.heading_like finds where that is no more than a heading's most.
    assert MAX_FRAGMENT_WORDS <= MAX_HEADING_WORDS
    doc = newsclean.analyze(f"{line}\nAlthough Kirby spoke on Friday, nothing changed.")
    assert (doc.blocks[0].code == "H101") is fragment


def test_rules_that_read_numbered_blocks_ask_for_short_ones_only() -> None:
    # BlockContext.short_with_numbers leaves out the blocks of more than MAX_NUMBERED_WORDS
    # words: the dateline and comment rules that read it take shorter blocks only.
    assert max(MAX_DATELINE_WORDS, MAX_SIGNATURE_WORDS, MAX_STAMP_WORDS) <= MAX_NUMBERED_WORDS
    texts = ["May 3, 2024", "No digit here", " ".join(["word"] * MAX_NUMBERED_WORDS) + " 7"]
    ctx = BlockContext([Block(i, 0, 0, t, t) for i, t in enumerate(texts)])
    assert ctx.short_with_numbers == [0]
