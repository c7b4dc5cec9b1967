"""The invariants every input must keep, shared by the hypothesis tests (``test_fuzz.py``) and
the long-running atheris target (``benchmarks/fuzz_atheris.py``).

Each function raises ``AssertionError`` with what broke; none depends on the test runner.
"""

from __future__ import annotations

import newsclean
from newsclean.findings import check_text
from newsclean.io.markdown import structure_change


def spans_are_true(text: str, input_format: str = "text") -> None:
    """Every block and edit points at the input text it names."""
    doc = newsclean.analyze(text, input_format=input_format)
    for block in doc.blocks:
        assert text[block.start : block.end] == block.source, ("block", block)
    for edit in doc.edits:
        assert text[edit.start : edit.end] == edit.old, ("edit", edit)


def safe_findings_are_what_fix_writes(text: str, input_format: str = "text") -> None:
    """The safe findings never overlap, each is applicable alone, and together they give
    exactly what ``fix`` writes."""
    opts = newsclean.Options(input_format=input_format)  # type: ignore[arg-type]
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # as files are read (textio)
    result = check_text(text, opts)
    safe = sorted((f for f in result.findings if f.safe and f.code != "W101"),
                  key=lambda f: (f.start, f.end))
    pos = 0
    parts: list[str] = []
    for f in safe:
        assert f.start >= pos, ("findings overlap", f)
        assert text[f.start : f.end] == f.old, ("finding does not apply alone", f)
        parts.append(text[pos : f.start])
        parts.append(f.new)
        pos = f.end
    parts.append(text[pos:])
    assert "".join(parts) == result.fixed, ("fix differs from its findings", result.fixed)


def markdown_structure_is_kept(text: str) -> None:
    """Safe fixes never change what a Markdown document is made of."""
    doc = newsclean.analyze(text, input_format="markdown")
    assert structure_change(text, doc.repaired) is None, ("structure changed", doc.repaired)


def clean_is_idempotent(text: str) -> None:
    """Cleaning clean text changes nothing."""
    once = newsclean.clean(text)
    assert newsclean.clean(once) == once, ("not idempotent", once)


ALL = (spans_are_true, safe_findings_are_what_fix_writes, markdown_structure_is_kept,
       clean_is_idempotent)


def check_all(text: str) -> None:
    """Every invariant, on one input (text and Markdown where both apply)."""
    spans_are_true(text)
    spans_are_true(text, "markdown")
    safe_findings_are_what_fix_writes(text)
    safe_findings_are_what_fix_writes(text, "markdown")
    markdown_structure_is_kept(text)
    clean_is_idempotent(text)
