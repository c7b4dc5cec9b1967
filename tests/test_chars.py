"""The character sets used by fast paths are exactly the classes of the patterns."""

from __future__ import annotations

import sys

import regex

from newsclean.chars import HORIZONTAL_SPACE, WHITESPACE


def test_whitespace_is_the_pattern_class_on_every_code_point() -> None:
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    assert "".join(regex.findall(r"\s", every)) == WHITESPACE
    assert "".join(regex.findall(r"[^\S\n]", every)) == HORIZONTAL_SPACE
