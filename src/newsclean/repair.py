"""Stage 4, repair: punctuation and drop-cap rules inside the blocks that are kept.

Each block is repaired on its own map, so an edit's span goes block -> normalised text ->
input. The rules run again while they still find something (at most a few rounds), so the
result is stable: cleaning clean text changes nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

import regex

from .apply import apply_text_rule
from .chars import LINE_BREAK, with_newlines
from .context import TextContext
from .document import Block, Edit
from .io.markdown import Protected
from .labels import VERBATIM
from .options import Options
from .registry import Rule, enabled_rules
from .spans import SpanMap

__all__ = ["repair"]

#: Rounds of repair per block at most (one more than any known chain of rules needs).
MAX_ROUNDS = 3


def repair(
    doc_map: SpanMap,
    blocks: list[Block],
    spans: list[tuple[int, int]],
    options: Options,
    protected: Protected | None = None,
) -> tuple[list[Edit], str]:
    """Repair the kept blocks in place.

    Returns the edits, with spans in the input, and the whole normalised text with the
    repaired blocks in place (line breaks of wrapped paragraphs kept), recording in each
    block where it stands in that text. In Markdown, a block's text becomes its repaired
    source (markers and line breaks kept), and verbatim blocks are not repaired.
    """
    markdown = options.input_format == "markdown"
    rules = enabled_rules("repair", options)
    text = doc_map.text
    edits: list[Edit] = []
    candidates = _candidate_blocks(text, spans, at_line_starts=not markdown) if rules else []
    # The document's style is the kept text's: boilerplate removed cannot tip it, and a
    # second clean decides as the first did.
    kept = [span for b, span in zip(blocks, spans, strict=True) if b.kept] if candidates else None
    ctx = TextContext(text, options, protected, kept)
    # The repaired text of the blocks the rules changed, by index; every other block stands
    # in the result as it stands in the normalised text.
    changed: dict[int, str] = {}
    for i in candidates:
        block = blocks[i]
        if not block.kept or block.label == VERBATIM:
            continue
        start, end = spans[i]
        before = text[start:end]
        local = _repair_block(SpanMap.identity(before), rules, ctx, doc_map, start, edits)
        if local.text != before:
            changed[i] = local.text
            if not markdown:  # a wrapped block's lines joined again ("\r" too, see segment)
                joined = with_newlines(local.text)
                block.text = LINE_BREAK_RE.sub(" ", joined) if "\n" in joined else joined
    if not changed and not markdown:  # the blocks stand where they stand in the text
        for block, (start, end) in zip(blocks, spans, strict=True):
            block.repaired_start, block.repaired_end = start, end
        return edits, text
    out: list[str] = []
    shift = 0  # how much longer the result is than the normalised text, so far
    pos = 0
    for i, (block, (start, end)) in enumerate(zip(blocks, spans, strict=True)):
        new = changed.get(i)
        if markdown:
            block.text = text[start:end] if new is None else new
        block.repaired_start = start + shift
        if new is not None:
            out.append(text[pos:start])
            out.append(new)
            pos = end
            shift += len(new) - (end - start)
        block.repaired_end = end + shift
    out.append(text[pos:])
    return edits, "".join(out)


# What every repair rule needs: a space before a mark or a closing quote somewhere in the
# block (P1xx), or a capital letter split from its word at the block's start (W201). Blocks
# with neither cannot change, and are skipped. Matches " .", " ”"; and "W hile" at a start.
SPACE_BEFORE_MARK_RE = re.compile(r" [,.;:!?”]")
# A line break and the spaces around it, inside a block (joined again after its repairs).
LINE_BREAK_RE = regex.compile(LINE_BREAK)
DROP_CAP_START_RE = regex.compile(r"(?>[^\S\n]*)[\"'“‘«„]?\p{Lu} \p{Ll}")
# The letters of a drop cap anywhere: each match at a block's start (or one character in,
# after a quotation mark) is tested with DROP_CAP_START_RE. Matches "W h" in "W hile".
DROP_CAP_LETTERS_RE = regex.compile(r"\p{Lu} \p{Ll}")


def _candidate_blocks(
    text: str, spans: list[tuple[int, int]], at_line_starts: bool = False
) -> list[int]:
    """The blocks (by index, in order; ``spans``: theirs) in which a repair rule could find
    something: one scan of the text for spaces before marks, and for a drop cap one test at
    each block's start, or (where every block starts with its first character:
    ``at_line_starts``, as :func:`segment` cuts plain text) a test where the letters of one
    stand at a block's start or one character in (after a quotation mark): only where a
    space follows the first or second character."""
    starts = [s for s, _ in spans]
    found: set[int] = set()
    for m in SPACE_BEFORE_MARK_RE.finditer(text):
        i = bisect_right(starts, m.start()) - 1
        if i >= 0 and m.start() < spans[i][1]:
            found.add(i)
    if at_line_starts:
        # (The letters hold a space second: a block without one there has no drop cap, and
        # the test of two characters costs less than a scan of the whole text for them.)
        letters = DROP_CAP_LETTERS_RE.match
        found.update(
            i for i, (start, end) in enumerate(spans)
            if " " in text[start + 1 : start + 3]
            and (letters(text, start) or letters(text, start + 1))
            and DROP_CAP_START_RE.match(text, start, end)
        )
    else:
        match = DROP_CAP_START_RE.match
        found.update(i for i, (start, end) in enumerate(spans) if match(text, start, end))
    return sorted(found)


def _repair_block(
    local: SpanMap,
    rules: Sequence[Rule],
    ctx: TextContext,
    doc_map: SpanMap,
    start: int,
    edits: list[Edit],
) -> SpanMap:
    """Run the repair rules on one block until they find nothing more."""
    for _ in range(MAX_ROUNDS):
        changed = False
        for rule in rules:
            local, found = apply_text_rule(rule, local, ctx, doc_map, start)
            edits.extend(found)
            changed = changed or bool(found)
        if not changed:
            break
    return local
