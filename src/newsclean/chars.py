"""Character sets shared by rules, as plain strings for ``str`` methods and ``re`` classes.

The ``regex`` module's ``\\s`` is the Unicode White_Space property; Python's ``str.isspace``
and the standard ``re`` module's ``\\s`` also count the separators U+001C to U+001F. Fast
paths written with ``str`` methods use these sets, so they see exactly the white space the
rules' patterns see.

>>> " " in WHITESPACE and "\\u3000" in WHITESPACE and "\\x1c" not in WHITESPACE
True
>>> "\\n" in HORIZONTAL_SPACE
False
"""

from __future__ import annotations

import regex

__all__ = [
    "BULLET", "BULLET_MARK", "HORIZONTAL_SPACE", "LINE_BREAK", "WHITESPACE", "with_newlines",
]

#: A line break inside a wrapped paragraph, with the spaces around it, as a pattern (one
#: definition for segmentation, which joins the lines, and repair, which does it again
#: after a block's repairs). Matches "\\n", "  \\n   "; not a space alone.
LINE_BREAK = r"[^\S\n]*\n[^\S\n]*"

# A line end that W101 leaves where it is ignored: "\r\n" or a lone "\r" (old Mac files).
_CARRIAGE_RETURN_RE = regex.compile(r"\r\n?")


def with_newlines(text: str) -> str:
    """``text`` with each line end W101 left (it is ignored) as ``\\n``, offsets kept: a lone
    ``\\r`` as ``\\n``, and the ``\\r`` of ``\\r\\n`` as a space, which a line's strip removes.

    >>> with_newlines("a\\rb\\r\\nc")
    'a\\nb \\nc'
    """
    if "\r" not in text:
        return text
    return _CARRIAGE_RETURN_RE.sub(lambda m: " \n" if len(m.group()) == 2 else "\n", text)


#: A bullet or dash that marks a list item, as a pattern. Matches "-", "•"; not "12.".
BULLET_MARK = r"[-*•·▪◦‣–]"
#: A list item's marker, as a pattern (one definition for segmentation, the list-item rule
#: and Markdown output): a bullet or dash, or a number of up to three digits with ``.``
#: or ``)``. Matches "-", "•", "12."; not "1,000".
BULLET = rf"(?:{BULLET_MARK}|\d{{1,3}}[.)])"

#: Every character ``regex`` matches with ``\\s`` (all of them lie below U+3001).
WHITESPACE = "".join(regex.findall(r"\s", "".join(map(chr, range(0x3001)))))
#: White space other than the newline (``[^\\S\\n]`` in a pattern).
HORIZONTAL_SPACE = WHITESPACE.replace("\n", "")
