"""Blocks and edits that say the same thing share one string (audit 28, item 1): a page of a
million blank-line runs or menu lines would otherwise hold a million copies of a reason or
a message."""

from __future__ import annotations

from newsclean import analyze


def test_repeated_reasons_and_messages_are_one_string_each() -> None:
    doc = analyze("w\n\n\n" * 200 + "Home\nNews\n" * 50)
    by_code: dict[str, set[int]] = {}
    for block in doc.blocks:
        by_code.setdefault(block.code, set()).add(id(block.reason))
    assert len(by_code["B304"]) == 1, by_code
    edits = [e for e in doc.edits if e.code == "W104"]
    assert len(edits) == 200
    assert len({id(e.message) for e in edits}) == len({id(e.old) for e in edits}) == 1
