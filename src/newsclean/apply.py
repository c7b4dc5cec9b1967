"""Running one text rule: its findings applied to the text, and recorded as edits on the
input's spans. Both text stages use it: normalize on the whole text, repair inside each kept
block (through the block's own map, then the document's).
"""

from __future__ import annotations

from collections.abc import Iterable

from .context import TextContext
from .document import Edit, edit_message
from .registry import Finding, Rule, iter_findings
from .spans import Replacement, SpanMap

__all__ = ["UNGUARDED", "apply_text_rule"]

#: Rules allowed inside protected spans where they change a CR or CRLF line end: line
#: endings belong to the file, not its content (a line separator in a code block is content).
UNGUARDED = frozenset({"W101"})
#: The line ends those rules may change inside protected spans.
_FILE_LINE_ENDS = frozenset({"\r", "\r\n"})


def _non_overlapping(found: Iterable[Finding]) -> list[Finding]:
    out: list[Finding] = []
    last_end = -1
    for start, end, new in sorted(found, key=lambda f: (f[0], f[1])):
        if start >= last_end:
            out.append((start, end, new))
            last_end = max(end, start + 1) if end == start else end
    return out


def apply_text_rule(
    rule: Rule, smap: SpanMap, ctx: TextContext, to_source: SpanMap | None = None,
    offset: int = 0,
) -> tuple[SpanMap, list[Edit]]:
    """Run one text rule on ``smap.text``; return the new map and the edits it made.

    Edits point into the input: through ``smap`` alone, or, for a block's local map, through
    ``smap`` and then ``to_source`` (the document's map) after adding ``offset``.
    """
    found = _non_overlapping(iter_findings(rule, smap.text, ctx))
    if not found:
        return smap, []
    source = to_source.original if to_source is not None else smap.original
    guard = ctx.protected
    line_ends = rule.code in UNGUARDED
    edits = []
    applied = []
    # One string per distinct old text, new text and message: a rule that makes thousands
    # of edits mostly makes the same few (a blank line taken out of each run).
    shared: dict[object, str] = {}
    share = shared.setdefault
    for start, end, new in found:
        ostart, oend = smap.original_span(start, end)
        if to_source is not None:
            ostart, oend = to_source.original_span(offset + ostart, offset + oend)
        old = source[ostart:oend]
        if guard is not None and guard.overlaps(ostart, oend) and not (
            line_ends and old in _FILE_LINE_ENDS
        ):
            continue  # the rule may not touch this part of the input
        old, new = share(old, old), share(new, new)
        message = shared.get((old, new))
        if message is None:
            message = shared[old, new] = edit_message(rule.name, old, new)
        edits.append(Edit(rule.code, rule.name, ostart, oend, old, new, message))
        applied.append(Replacement(start, end, new, rule.code))
    return smap.apply(applied), edits
