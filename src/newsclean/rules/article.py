"""Article-region rules (B3xx): page text outside the main run of article text.

They run after the evidence rules and the fragment rule, on what is left; see
:mod:`newsclean.region` for how the run is found. The blocks above the run (the head) and
below it (the tail) are removed only where that part of the document holds page furniture:
a block that phrase evidence labelled as never part of an article (a footer, a related
list, a share bar...) or a menu. An article that was already extracted has no furniture, so
its tail (a list of tour dates, a note) and its head stay; a whole page has menus above the
article and footers below it, and everything outside the article goes. The title (the
heading-like line just above the run) stays in an extracted article; on a whole page it is
part of the page around the article body and is labelled ``headline`` (B303).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..context import MENU_RUN, MENU_WORDS, PAGE_FURNITURE, BlockContext
from ..registry import block_rule

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


def menu_blocks(ctx: BlockContext) -> set[int]:
    """Free blocks outside the article run that stand in runs of short menu-like lines."""
    found: set[int] = set()
    run: list[int] = []
    region, blocks = ctx.region, ctx.blocks
    for i, f in enumerate(ctx.features):
        labelled = blocks[i].code
        if not labelled and f.n_words <= MENU_WORDS and not f.terminal \
                and not region.start <= i < region.end:
            run.append(i)
            continue
        if labelled and blocks[i].label != "fragment":
            continue  # labelled furniture between menu items does not break the run
        if len(run) >= MENU_RUN:
            found.update(run)
        run = []
    if len(run) >= MENU_RUN:
        found.update(run)
    return found


def cut_zone(ctx: BlockContext) -> tuple[set[int], set[int]]:
    """The free blocks to remove (outside the run, in a furniture zone) and the menu blocks."""
    cached = ctx.memo.get("article.cut_zone")
    if cached is not None:
        return cached  # type: ignore[return-value]
    region, blocks = ctx.region, ctx.blocks
    menus = menu_blocks(ctx)
    furniture = [i in menus or b.label in PAGE_FURNITURE for i, b in enumerate(blocks)]
    head = range(region.start)
    tail = range(region.end, len(blocks))
    cut: set[int] = set()
    for zone in (head, tail):
        if any(furniture[zone.start:zone.stop]):
            cut.update(i for i in zone if not blocks[i].code)
    result = (cut, menus & cut)
    ctx.memo["article.cut_zone"] = result
    return result


@block_rule("B303", "page-headline", stage="context", label="headline", priority=55)
def page_headline(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """The headline of a whole page: the title line between page furniture and the body.

    An extracted article keeps its title; a scraped page's headline belongs to the page
    around the article body, like the byline and the date. Keep it with ``keep=["headline"]``.

    >>> from newsclean import analyze
    >>> page = ("Home\\nNews\\nSport\\nWorld\\nArts\\nTravel\\nOpinion\\nVideo\\n"
    ...         "Storm hits the coast\\nThe storm arrived at dawn, and rain fell all day long.")
    >>> [b.label for b in analyze(page).blocks][-2:]
    ['headline', 'paragraph']
    >>> [b.label for b in analyze("Storm hits the coast\\nThe storm arrived at dawn.").blocks]
    ['title', 'paragraph']
    """
    title = title_index(ctx)
    if title is None:
        return
    cut, _ = cut_zone(ctx)
    if title in cut:
        yield title, "page headline: the title above the article body of a whole page"


@block_rule("B301", "navigation", stage="context", label="navigation", priority=60)
def navigation(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """Menus: runs of eight or more short lines (at most three words) outside the article.

    >>> from newsclean import clean
    >>> clean("Home\\nWorld\\nSport\\nOpinion\\nBusiness\\nScience\\nArts\\nTravel\\n"
    ...       "Storm hits the coast overnight\\n"
    ...       "The storm arrived at dawn, and the rain fell all day long in the town.\\n"
    ...       "Officials said the damage would take weeks to repair, and schools closed.")
    'The storm arrived at dawn, and the rain fell all day long in the town.\\n\\nOfficials said the damage would take weeks to repair, and schools closed.'
    """
    _, menus = cut_zone(ctx)
    count = len(menus)
    for i in sorted(menus):
        yield i, f"navigation: one of {count} short link-like lines in runs outside the article"


@block_rule("B302", "outside-article", stage="context", label="outside", priority=61)
def outside_article(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """Teasers, headline lists and other page text between the article and page furniture.

    The article is the run of blocks with the most running text (see ``newsclean.region``).
    A block outside it that no other rule explains is removed when page furniture (a menu,
    a footer, a related list...) stands beyond it; its score is given in the reason.

    >>> from newsclean import analyze
    >>> doc = analyze("The storm arrived at dawn, and the rain fell all day long in the town.\\n"
    ...               "Officials said the damage would take weeks to repair, and schools closed.\\n"
    ...               "Team wins the cup after a long night\\nCat rescued from a tall tree\\n"
    ...               "© 2024 Example News")
    >>> [(b.code, b.label) for b in doc.removed_blocks]
    [('B302', 'outside'), ('B302', 'outside'), ('B205', 'footer')]
    >>> analyze("A storm came. It rained, and the town flooded overnight.\\nJune 9 -- Tampa, FL"
    ...         ).removed_blocks
    []
    """
    region = ctx.region
    cut, _ = cut_zone(ctx)
    for i in sorted(cut):
        if not ctx.is_free(i):
            continue
        where = "before" if i < region.start else "after"
        yield i, (
            f"outside the article: {ctx.features[i].n_words} words {where} the main run of "
            f"text (blocks {region.start}-{region.end - 1}) with page furniture beyond, "
            f"score {region.scores[i]:+.0f}"
        )
