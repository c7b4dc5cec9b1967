"""Stage 1, normalise: Unicode and whitespace repair over the whole text.

Runs every enabled ``normalize`` rule in order, each on the output of the one before, and
records each change as an :class:`~newsclean.document.Edit` on the input's span.

>>> smap, edits = normalize("caf\\u00c3\\u00a9  au lait\\r\\n", Options())
>>> smap.text, [e.code for e in edits]
('café au lait\\n', ['W101', 'U101', 'W103'])
"""

from __future__ import annotations

from collections.abc import Iterable

from .context import TextContext
from .document import Edit
from .markdown import Protected
from .options import Options
from .registry import Finding, Rule, enabled_rules, iter_findings
from .spans import Replacement, SpanMap

__all__ = ["apply_text_rule", "normalize"]

#: Rules allowed inside protected spans: line endings belong to the file, not its content.
UNGUARDED = frozenset({"W101"})


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
    guard = ctx.protected if rule.code not in UNGUARDED else None
    edits = []
    applied = []
    for start, end, new in found:
        ostart, oend = smap.original_span(start, end)
        if to_source is not None:
            ostart, oend = to_source.original_span(offset + ostart, offset + oend)
        if guard is not None and guard.overlaps(ostart, oend):
            continue  # the rule may not touch this part of the input
        old = source[ostart:oend]
        edits.append(
            Edit(rule.code, rule.name, ostart, oend, old, new, f"{rule.name}: {old!r} -> {new!r}")
        )
        applied.append(Replacement(start, end, new, rule.code))
    return smap.apply(applied), edits


#: Rounds of normalization at most. One repair can expose another (removing a control
#: character can complete a mojibake sequence), so the rules run again while they find
#: something; clean text takes one round.
MAX_ROUNDS = 4


def normalize(
    text: str, options: Options, protected: Protected | None = None
) -> tuple[SpanMap, list[Edit]]:
    """Apply the enabled normalization rules to ``text``, until nothing more changes."""
    smap = SpanMap.identity(text)
    edits: list[Edit] = []
    rules = enabled_rules("normalize", options)
    # Rules run in rounds until each has run on the current text and found nothing. A rule
    # is a function of the text, so the round can stop as soon as every rule, in a row, found
    # nothing: those after the last change already saw the final text.
    quiet = 0  # rules in a row that found nothing
    for _ in range(MAX_ROUNDS):
        for rule in rules:
            if quiet == len(rules):
                return smap, edits
            ctx = TextContext(smap.text, options, protected)
            smap, found = apply_text_rule(rule, smap, ctx)
            edits.extend(found)
            quiet = 0 if found else quiet + 1
        if quiet == len(rules):
            break
    return smap, edits
