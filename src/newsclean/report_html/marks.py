"""Text as a report shows it: escaped, and each edit in place as old → new with its rule code.

Everything that comes from the input goes through :func:`escape`, so a page holding
``<script>`` shows it as text. Inside an edit, characters that would be invisible (spaces,
line ends, zero-width and control characters) are drawn as visible signs, since an edit that
removes one must still show what it removed.

>>> escape('<img src=x onerror="alert(1)">')
'&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
>>> visible(" .\\u200b")
'<span class="ws" title="space">␣</span>.<span class="ws" title="U+200B">⟨200B⟩</span>'
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Sequence

from ..document import Edit
from .links import rule_anchor

__all__ = ["edit_mark", "escape", "marked_text", "visible"]

#: Signs for the invisible characters that have a usual one.
_SIGNS = {" ": ("␣", "space"), "\n": ("↵", "line end"), "\t": ("⇥", "tab"),
          "\u00a0": ("⍽", "no-break space"), "\r": ("␍", "carriage return")}


#: The controls that reorder the text around them (embeddings, overrides, isolates): raw in a
#: page, ``gpj.exe`` after U+202E reads ``exe.jpg``, and the edits beside it move.
_BIDI_CONTROLS_RE = re.compile("[\u202a-\u202e\u2066-\u2069]")


def escape(text: str) -> str:
    """``text`` escaped for HTML content and attribute values (quotes included); a control
    that reorders text (U+202E) drawn as its code, so the page shows the text as it is.

    >>> escape("Invoice \u202egpj.exe")
    'Invoice ⟨202E⟩gpj.exe'
    """
    escaped = html.escape(text, quote=True)
    if _BIDI_CONTROLS_RE.search(escaped) is None:
        return escaped
    return _BIDI_CONTROLS_RE.sub(lambda m: f"⟨{ord(m.group()):04X}⟩", escaped)


def _is_invisible(char: str) -> bool:
    return unicodedata.category(char) in ("Cc", "Cf", "Zs", "Zl", "Zp", "Co", "Cn", "Cs")


def visible(text: str) -> str:
    """``text`` escaped, with its white space and invisible characters drawn as signs."""
    if not any(c in _SIGNS or _is_invisible(c) for c in text):
        return escape(text)
    parts: list[str] = []
    for char in text:
        if char in _SIGNS:
            sign, name = _SIGNS[char]
            parts.append(f'<span class="ws" title="{name}">{sign}</span>')
        elif _is_invisible(char):
            parts.append(f'<span class="ws" title="U+{ord(char):04X}">⟨{ord(char):04X}⟩</span>')
        else:
            parts.append(escape(char))
    return "".join(parts)


def edit_mark(edit: Edit) -> str:
    """One edit, in place: ``<del>old</del>`` → ``<ins>new</ins>`` and its rule code (linked
    to the rule's entry in the report); hovering shows the rule's message.

    >>> from newsclean.document import Edit
    >>> print(edit_mark(Edit("P101", "doubled-terminal-punctuation", 0, 2, " .", "", "m")))
    ... # doctest: +NORMALIZE_WHITESPACE
    <span class="edit" title="P101 m"><del><span class="ws"
    title="space">␣</span>.</del><span class="arrow"> → </span><ins class="none"
    title="nothing">∅</ins><a class="code" href="#rule-P101">P101</a></span>
    """
    old = f"<del>{visible(edit.old)}</del>" if edit.old else '<del class="none" title="nothing">∅</del>'
    new = f"<ins>{visible(edit.new)}</ins>" if edit.new else '<ins class="none" title="nothing">∅</ins>'
    title = escape(f"{edit.code} {edit.message}")
    return (f'<span class="edit" title="{title}">{old}<span class="arrow"> → </span>{new}'
            f'<a class="code" href="#{rule_anchor(edit.code)}">{escape(edit.code)}</a></span>')


def marked_text(source: str, start: int, end: int, edits: Sequence[Edit]) -> str:
    """``source[start:end]`` escaped, with each of ``edits`` (in order, inside the span)
    shown in place by :func:`edit_mark`. An edit that overlaps the one before it is shown
    where that one ends, so none is lost.

    >>> from newsclean.document import Edit
    >>> marked_text("a<b> c. .", 0, 9, [Edit("P101", "d", 7, 9, " .", "", "m")])[:18]
    'a&lt;b&gt; c.<span'
    """
    parts: list[str] = []
    pos = start
    for edit in edits:
        if edit.start > pos:
            parts.append(escape(source[pos : edit.start]))
        parts.append(edit_mark(edit))
        pos = max(pos, edit.end)
    if end > pos:
        parts.append(escape(source[pos:end]))
    return "".join(parts)
