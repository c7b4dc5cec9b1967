"""Article-region rules (B3xx): everything outside the main run of article text.

They run after the evidence rules and the fragment rule, on what is left: see
:mod:`newsclean.region` for how the run is found. The title is the heading-like line just
above the run, and stays.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..context import BlockContext
from ..registry import block_rule

#: Lines of at most this many words are navigation when they come in runs.
MAX_NAV_WORDS = 4
#: A run of at least this many short lines is a menu.
MIN_NAV_RUN = 3
#: The title may stand this many free blocks above the article run at most.
TITLE_REACH = 1


def title_index(ctx: BlockContext) -> int | None:
    """The heading-like block just above the article run, if any (the title)."""
    region = ctx.region
    seen = 0
    for i in range(region.start - 1, -1, -1):
        if not ctx.is_free(i):
            continue
        f = ctx.features[i]
        if f.heading_like and f.n_words >= 2:
            return i
        seen += 1
        if seen >= TITLE_REACH:
            return None
    return None


def _outside(ctx: BlockContext) -> list[int]:
    region, title = ctx.region, title_index(ctx)
    return [
        i for i in range(len(ctx.blocks))
        if i not in region and i != title and ctx.is_free(i)
    ]


@block_rule("B301", "navigation", stage="context", label="navigation", priority=60)
def navigation(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """Menus: runs of three or more short lines (at most four words) outside the article.

    >>> from newsclean import clean
    >>> clean("Home\\nWorld\\nSport\\nOpinion\\n"
    ...       "Storm hits the coast overnight\\n"
    ...       "The storm arrived at dawn, and the rain fell all day long in the town.\\n"
    ...       "Officials said the damage would take weeks to repair, and schools closed.")
    'Storm hits the coast overnight\\n\\nThe storm arrived at dawn, and the rain fell all day long in the town.\\n\\nOfficials said the damage would take weeks to repair, and schools closed.'
    """
    feats = ctx.features
    outside = _outside(ctx)
    run: list[int] = []

    def flush() -> Iterator[tuple[int, str]]:
        if len(run) >= MIN_NAV_RUN:
            for i in run:
                yield i, f"navigation: {len(run)} short link-like lines outside the article"
        run.clear()

    previous = -2
    for i in outside:
        if feats[i].n_words <= MAX_NAV_WORDS and not feats[i].terminal:
            if run and i != previous + 1 and any(
                ctx.is_free(j) for j in range(previous + 1, i)
            ):
                yield from flush()
            run.append(i)
            previous = i
        else:
            yield from flush()
    yield from flush()


@block_rule("B302", "outside-article", stage="context", label="outside", priority=61)
def outside_article(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """Teasers, headline lists and other page text outside the main run of article text.

    The article is the run of blocks with the most running text (see ``newsclean.region``);
    a block outside it, that no other rule explains, is left out with its score as the reason.

    >>> from newsclean import analyze
    >>> doc = analyze("The storm arrived at dawn, and the rain fell all day long in the town.\\n"
    ...               "Officials said the damage would take weeks to repair, and schools closed.\\n"
    ...               "Most Popular\\nTeam wins the cup after a long night\\nCat rescued from tree")
    >>> [(b.code, b.label) for b in doc.removed_blocks]
    [('B206', 'related'), ('B206', 'related'), ('B206', 'related')]
    """
    region = ctx.region
    for i in _outside(ctx):
        where = "before" if i < region.start else "after"
        yield i, (
            f"outside the article: {ctx.features[i].n_words} words {where} the main run of "
            f"text (blocks {region.start}-{region.end - 1}), score {region.scores[i]:+.0f}"
        )
