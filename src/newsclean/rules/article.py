"""Article-region rules (B3xx): page text outside the main run of article text.

They run on scraped text only: a Markdown document (``input_format="markdown"``) is a
document a person wrote, with no page around it, and its lists, quotes and prose all stay.

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

from ..context import BlockContext
from ..region import MENU_RUN, is_menu_line
from ..registry import Role, block_rule, label_roles

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
        if not labelled and is_menu_line(f) and i not in region:
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
    """The free blocks to remove (outside the run, in a furniture zone) and the menu blocks.

    The part above the article is page text when it holds a menu or any boilerplate that
    marks a page (a sign-in link, a share bar); the part below it only when it holds a menu
    or furniture (a related list, a footer, comments): an advert marker or a prompt after
    the last paragraph does not make the lists and tables that follow it page text.
    """
    cached = ctx.memo.get("article.cut_zone")
    if cached is not None:
        return cached  # type: ignore[return-value]
    region, blocks = ctx.region, ctx.blocks
    menus = menu_blocks(ctx)
    roles = label_roles()
    rules = [roles.get(b.label) if b.code else None for b in blocks]
    ends_article = [
        i in menus or (rule is not None and rule.role in (Role.FURNITURE, Role.BARRIER))
        for i, rule in enumerate(rules)
    ]
    marks_page = [
        furniture or (rule is not None and rule.marks_page)
        for furniture, rule in zip(ends_article, rules, strict=True)
    ]
    head = range(region.start)
    tail = range(region.end, len(blocks))
    cut: set[int] = set()
    for zone, evidence in ((head, marks_page), (tail, ends_article)):
        if any(evidence[zone.start:zone.stop]):
            cut.update(i for i in zone if not blocks[i].code)
    result = (cut, menus & cut)
    ctx.memo["article.cut_zone"] = result
    return result


@block_rule(
    "B303", "page-headline", stage="context", role=Role.INLINE, marks_page=False,
    label="headline", priority=55,
)
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
    if ctx.options.input_format == "markdown":
        return  # a document a person wrote has no page around it
    title = title_index(ctx)
    if title is None:
        return
    cut, _ = cut_zone(ctx)
    if title in cut:
        yield title, "page headline: the title above the article body of a whole page"


@block_rule(
    "B301", "navigation", stage="context", role=Role.FURNITURE, region_score=-4.0,
    label="navigation", priority=60,
)
def navigation(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """Menus: runs of eight or more short lines (at most three words) outside the article.

    >>> from newsclean import clean
    >>> clean("Home\\nWorld\\nSport\\nOpinion\\nBusiness\\nScience\\nArts\\nTravel\\n"
    ...       "Storm hits the coast overnight\\n"
    ...       "The storm arrived at dawn, and the rain fell all day long in the town.\\n"
    ...       "Officials said the damage would take weeks to repair, and schools closed.")
    'The storm arrived at dawn, and the rain fell all day long in the town.\\n\\nOfficials said the damage would take weeks to repair, and schools closed.'
    """
    if ctx.options.input_format == "markdown":
        return  # a document a person wrote has no page around it
    _, menus = cut_zone(ctx)
    count = len(menus)
    for i in sorted(menus):
        yield i, f"navigation: one of {count} short link-like lines in runs outside the article"


@block_rule(
    "B302", "outside-article", stage="context", role=Role.INLINE, marks_page=False,
    label="outside", priority=61,
)
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
    if ctx.options.input_format == "markdown":
        return  # a document a person wrote has no page around it
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
