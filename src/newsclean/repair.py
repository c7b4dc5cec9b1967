"""Stage 4, repair: punctuation and drop-cap rules inside the blocks that are kept.

Each block is repaired on its own map, so an edit's span goes block -> normalised text ->
input. The rules run again while they still find something (at most a few rounds), so the
result is stable: cleaning clean text changes nothing.
"""

from __future__ import annotations

from .context import TextContext
from .document import Block, Edit
from .normalize import apply_text_rule
from .options import Options
from .registry import rules_in_stage
from .segment import BREAK_RE
from .spans import Replacement, SpanMap

__all__ = ["repair"]

#: Rounds of repair per block at most (one more than any known chain of rules needs).
MAX_ROUNDS = 3


def repair(
    doc_map: SpanMap, blocks: list[Block], spans: list[tuple[int, int]], options: Options
) -> list[Edit]:
    """Repair the kept blocks in place; return the edits, with spans in the input."""
    rules = [r for r in rules_in_stage("repair") if options.enabled(r.code)]
    ctx = TextContext(doc_map.text, options)
    edits: list[Edit] = []
    for block, (start, end) in zip(blocks, spans, strict=True):
        if not block.kept or not rules:
            continue
        local = SpanMap.identity(doc_map.text[start:end])
        if "\n" in local.text:  # a wrapped paragraph: its line breaks read as spaces
            local = local.apply(
                Replacement(m.start(), m.end(), " ", "") for m in BREAK_RE.finditer(local.text)
            )
        for _ in range(MAX_ROUNDS):
            changed = False
            for rule in rules:
                local, found = apply_text_rule(rule, local, ctx, doc_map, start)
                edits.extend(found)
                changed = changed or bool(found)
            if not changed:
                break
        block.text = local.text
    return edits
