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

__all__ = ["HORIZONTAL_SPACE", "WHITESPACE"]

#: Every character ``regex`` matches with ``\\s`` (all of them lie below U+3001).
WHITESPACE = "".join(regex.findall(r"\s", "".join(map(chr, range(0x3001)))))
#: White space other than the newline (``[^\\S\\n]`` in a pattern).
HORIZONTAL_SPACE = WHITESPACE.replace("\n", "")
