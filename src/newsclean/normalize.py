"""Stage 1, normalise: Unicode and whitespace repair over the whole text.

Runs every enabled ``normalize`` rule in order, each on the output of the one before, and
records each change as an :class:`~newsclean.document.Edit` on the input's span.

>>> smap, edits = normalize("caf\\u00c3\\u00a9  au lait\\r\\n", Options())
>>> smap.text, [e.code for e in edits]
('café au lait\\n', ['W101', 'U101', 'W103'])
"""

from __future__ import annotations

from .apply import apply_text_rule
from .context import TextContext
from .document import Edit
from .io.markdown import Protected
from .options import Options
from .registry import enabled_rules
from .spans import SpanMap

__all__ = ["normalize"]

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
    ctx = TextContext(smap.text, options, protected)
    for _ in range(MAX_ROUNDS):
        for rule in rules:
            if quiet == len(rules):
                return smap, edits
            if ctx.document_text is not smap.text:  # a rule changed the text: a new context
                ctx = TextContext(smap.text, options, protected)
            smap, found = apply_text_rule(rule, smap, ctx)
            edits.extend(found)
            quiet = 0 if found else quiet + 1
        if quiet == len(rules):
            break
    return smap, edits
