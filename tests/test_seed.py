"""The seed document, cleaned end to end and compared exactly."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsclean

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_68972bff8665e00a.txt"
EXPECTED = Path(__file__).parent / "fixtures" / "seed_expected.txt"


@pytest.fixture(scope="module")
def seed() -> str:
    return SEED.read_text(encoding="utf-8")


def test_clean_matches_expected_exactly(seed: str) -> None:
    assert newsclean.clean(seed) + "\n" == EXPECTED.read_text(encoding="utf-8")


def test_title_and_real_subheadings_are_kept(seed: str) -> None:
    doc = newsclean.analyze(seed)
    labels = {b.text: b.label for b in doc.kept_blocks}
    title = "Biden-Putin diplomacy on the Russia-Ukraine conflict is not likely to happen anytime soon"
    assert labels[title] == "title"
    assert labels["Biden’s comments point toward solidarity with the West"] == "heading"
    assert (
        "It’s important to keep an open channel with Russia, but don’t expect peace talks any "
        "time soon." in labels
    )


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("General news", "B106"),
        ("Although Kirby", "H101"),
        ("Kharkiv and Kherson", "H101"),
        ("Jake Sullivan and Defense Secretary Lloyd Austin", "H101"),
        ("Chancellor Scholz", "H101"),
        ("— Embassy of Germany (@GermanyinUSA) December 2, 2022", "B101"),
        ("Help keep items like this free", "B102"),
        ("Yes I will give $120/year", "B102"),
        ("We accept credit card, Apple Pay and Google Pay. You can also contribute through", "B102"),
    ],
)
def test_removed_blocks_name_their_rule(seed: str, text: str, code: str) -> None:
    removed = {b.text: b for b in newsclean.analyze(seed).removed_blocks}
    assert removed[text].code == code
    assert removed[text].reason


def test_every_removed_block_has_a_rule_and_reason(seed: str) -> None:
    doc = newsclean.analyze(seed)
    assert len(doc.removed_blocks) == 29
    for block in doc.removed_blocks:
        assert block.code and block.reason and not block.is_body


def test_damaged_paragraphs_are_repaired_and_odd_text_stays(seed: str) -> None:
    out = newsclean.clean(seed)
    assert "Russian economy.\n" in out + "\n"
    assert "what he is doing”." in out
    assert "without power, heating or running water. The ongoing" in out
    assert "given that the US Act." in out
    codes = sorted(e.code for e in newsclean.analyze(seed).edits if e.code.startswith("P"))
    assert codes == ["P101", "P101", "P102", "P103"]


def test_edits_point_at_the_input(seed: str) -> None:
    for edit in newsclean.analyze(seed).edits:
        assert seed[edit.start : edit.end] == edit.old
