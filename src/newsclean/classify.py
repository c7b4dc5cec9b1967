"""Stage 3, classify: label every block, evidence first, then context, then structure.

The first rule to label a block decides; later rules see that decision (a fragment check
skips blocks already labelled boilerplate). Blocks whose label is not an article label are
left out of the clean text unless their kind is in ``Options.keep``.
"""

from __future__ import annotations

from .context import BlockContext
from .document import Block
from .labels import BODY_LABELS
from .options import Options
from .registry import BlockRuleFunc, enabled_rules

__all__ = ["classify"]

BLOCK_STAGES = ("evidence", "context", "structure")


def classify(blocks: list[Block], options: Options, source: str = "") -> None:
    """Label ``blocks`` in place and decide which are kept (``source``: the input text,
    whose line numbers the reasons name)."""
    ctx = BlockContext(blocks, options, source=source)
    # One string per distinct reason: a long page of menu lines or repeated lines gives
    # thousands of blocks the same reason, each made afresh by its rule.
    shared: dict[str, str] = {}
    share = shared.setdefault
    for stage in BLOCK_STAGES:
        for rule in enabled_rules(stage, options):  # type: ignore[arg-type]
            func: BlockRuleFunc = rule.func  # type: ignore[assignment]
            # (read once a rule, not once a verdict: a page has thousands)
            code, label = rule.code, rule.label
            for index, reason in func(ctx):
                block = blocks[index]
                if not block.code:  # the first verdict stands
                    block.label = label or block.label
                    block.code = code
                    block.reason = share(reason, reason)
    keep_all = "all" in options.keep
    kept_labels = BODY_LABELS | set(options.keep)
    for block in blocks:
        if not block.code:
            block.reason = "paragraph: no enabled rule labelled this block"
        block.kept = keep_all or block.label in kept_labels
