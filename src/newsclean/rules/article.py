"""Article-region rules (B3xx): page text outside the main run of article text, and text
the page holds twice.

They run on scraped text only: a Markdown document (``input_format="markdown"``) is a
document a person wrote, with no page around it, and its lists, quotes and prose all stay.

They run after the evidence rules, the fragment rule and the comment sections, on what is
left; see :mod:`newsclean.region` for how the run is found. The blocks above the run (the
head) and below it (the tail) are removed only where that part of the document holds page
evidence (see :func:`cut_zone`): a menu, a list of other articles' headlines (see
:func:`headline_lists`), or a block whose rule's role is furniture or a barrier (a footer, a
related list, comments); above the article, the page's title line repeated as the heading
right above the run, and boilerplate that marks a page (a sign-in link) from the first of it
down. An article that was already extracted has none, so its tail (a list of tour dates, a
note) and its head stay; a whole page has menus above the article and footers below it, and
everything outside the article goes, but for the closing lines right above furniture (a
few, or sections under labels of the article's own), and paragraphs a short related box
pushed out of the run. The title (the heading-like line just above the run) stays in an
extracted article; on a whole page it is part of the page around the article body and is
labelled ``headline`` (B303).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from itertools import compress

import regex

from ..context import BlockContext
from ..document import Block
from ..features import MAX_HEADING_WORDS, Features, is_quotation, is_title_case, word_count
from ..region import (
    ANCHOR_REACH,
    HEADLINE_RUN,
    HEADLINE_SCORE,
    LONE_LINE_SCORE,
    MAX_ASIDE_WORDS,
    MENU_RUN,
    MENU_SCORE,
    MENU_WORDS,
    MIN_LIST_ITEMS,
    MIN_PROSE_WORDS,
    SENTENCE_BREAK_RE,
    is_data_row,
    is_running_text,
)
from ..registry import Role, block_rule, label_roles
from .comments import comment_sections
from .fragments import FRAGMENT
from .structure import LIST_ITEM_RE

#: Inline boilerplate below the article that makes it page text without furniture, in
#: separate runs of blocks: one advert marker or one embedded post after the last paragraph
#: does not, a newsletter box and a donation appeal do.
MIN_TAIL_PROMPTS = 2

#: Short lines that no rule names (a bar's buttons: ``Twitter``) between two blocks of
#: inline boilerplate that keep them one run, at most.
MAX_UNNAMED_BUTTONS = 3

#: Lines between the article's last paragraph and furniture right below them that stay
#: with the article, at most.
MAX_CLOSING_LINES = 5
#: ... and the inline boilerplate among them (an advert marker, a prompt), at most.
MAX_CLOSING_MARKERS = 1
#: More lines stay when this many distinct short lines among them (fewer words than a
#: copy's :data:`MIN_REPEAT_WORDS`) are lines of the article run too: the labels of the
#: article's own sections (``Pros``, ``Cons``; ``Eat every 2-3 hours``), which a menu or a
#: list of other articles does not repeat.
MIN_RECURRING_LINES = 2

#: The title may stand this many free blocks above the article run at most.
TITLE_REACH = 1
#: An article of fewer words than this (a post of a sentence or two) keeps its headline.
SHORT_POST_WORDS = 40


def title_index(ctx: BlockContext) -> int | None:
    """The heading-like block just above the article run, if any (the title)."""
    region = ctx.region
    seen = 0
    for i in range(region.start - 1, -1, -1):
        if not ctx.is_free(i):
            continue
        f = ctx.features[i]
        if f.heading_like and f.n_words >= 2 and not SENTENCE_BREAK_RE.search(ctx.blocks[i].text):
            return i
        seen += 1
        if seen >= TITLE_REACH:
            return None
    return None


# A run of headline-like lines ("h"), labelled blocks ("l") between them not breaking it.
_HEADLINE_RUN_RE = re.compile(rb"h(?:l*h)*")


def headline_lists(ctx: BlockContext, *, above: bool = True,
                   below_until: int | None = None) -> set[int]:
    """Free blocks outside the article run that stand in runs of :data:`HEADLINE_RUN`
    heading-like lines or more (two words or more each, no final mark), most of them in
    title case: the headlines of other articles, a list of links of its own, on a whole page
    (in an extracted article a list of names or dates is the article's own). A run that a
    sentence ending in a colon introduces ("... at these blogs:") is that sentence's list,
    until a paragraph ends it. ``above``: look above the article run too; ``below_until``:
    only runs that start before this block.

    Every block is one letter of a byte string (labelled, colon, headline-like,
    paragraph, other), and the runs are found by a pattern: only the parts of the page
    asked about are read.
    """
    if not ctx.is_page:
        return set()  # in an extracted article, a list of names or dates is the article's
    region, blocks, feats = ctx.region, ctx.blocks, ctx.features
    n = len(blocks)
    last = n if below_until is None else below_until
    zones = []  # (first block, end of the blocks read, runs start before this)
    if above and region.start > 0:
        zones.append((0, region.start, region.start))
    if last > region.end:
        zones.append((region.end, n, last))
    found: set[int] = set()
    for lo, hi, stop in zones:
        kinds = _block_kinds(blocks[lo:hi], feats[lo:hi])
        for m in _HEADLINE_RUN_RE.finditer(kinds):
            if lo + m.start() >= stop:
                break
            if m.end() - m.start() < HEADLINE_RUN:
                continue
            run = [lo + m.start() + k for k, kind in enumerate(m.group()) if kind == _H]
            if len(run) < HEADLINE_RUN or _introduced(kinds, m.start(), blocks, feats, lo):
                continue  # short, or a list that a sentence introduced
            if sum(is_title_case(blocks[i].text) for i in run) * 2 > len(run):
                found.update(run)
    return found


# The letters of the blocks' kinds (see _block_kinds).
_L, _C, _H, _P, _O = b"lchpo"
#: Blocks read back at a time above a part of the page, for the line that introduces a list.
_READ_BACK = 16


def _block_kinds(blocks: Sequence[Block], feats: Sequence[Features]) -> bytes:
    """One letter per block: ``l`` labelled, ``c`` ends in a colon, ``h`` headline-like (two
    to MAX_HEADING_WORDS words, no final mark, a capital first), ``p`` a paragraph, ``o``
    anything else; the first that holds, in that order.

    (A loop over the blocks: the flags mapped a list at a time with operator functions and
    or-ed together as big integers cost nearly three times the instructions.)

    >>> from newsclean.document import Block
    >>> lines = ["Related:", "Storm Hits The Coast", "Home",
    ...          "It rained all day in the town, and the river rose overnight."]
    >>> _block_kinds([Block(i, 0, 0, t, t) for i, t in enumerate(lines)], Features.many(lines))
    b'chop'
    """
    kinds = bytearray()
    add = kinds.append
    for block, f in zip(blocks, feats, strict=True):
        if block.code:
            add(_L)
        elif block.text.rstrip().endswith(":"):
            add(_C)
        elif 2 <= f.n_words <= MAX_HEADING_WORDS and not f.terminal and f.capital_start:
            add(_H)
        elif f.terminal and f.n_words >= MIN_PROSE_WORDS:
            add(_P)
        else:
            add(_O)
    return bytes(kinds)


def _introduced(kinds: bytes, at: int, blocks: Sequence[Block], feats: Sequence[Features],
                lo: int) -> bool:
    """Whether the run at ``at`` of ``kinds`` (the kinds of the blocks from ``lo``) follows a
    line ending in a colon with no paragraph since; above ``lo``, the blocks are read back
    a few at a time (the article's last lines: one of them is usually a paragraph)."""
    colon, paragraph = kinds.rfind(b"c", 0, at), kinds.rfind(b"p", 0, at)
    end = lo
    while colon < 0 and paragraph < 0 and end > 0:
        start = max(0, end - _READ_BACK)
        back = _block_kinds(blocks[start:end], feats[start:end])
        colon, paragraph = back.rfind(b"c"), back.rfind(b"p")
        end = start
    return colon > paragraph


def menu_blocks(ctx: BlockContext) -> set[int]:
    """Free blocks outside the article run that stand in runs of short menu-like lines:
    :data:`~newsclean.region.MENU_RUN` of them, or :data:`HEAD_MENU_RUN` above the article
    of a whole page with furniture below it and no running text above the article (see
    :func:`_introduced_run`)."""
    found: set[int] = set()
    run: list[int] = []
    region, blocks = ctx.region, ctx.blocks
    start, end = region.start, region.end
    # A blog's short menu: above the article of a whole page with furniture below it and
    # no running text above the article (a lead above a short list makes it the article's).
    # Asked only where a run of that length stands above the article.
    short_menus: bool | None = None
    for i, f in enumerate(ctx.features):
        labelled = blocks[i].code
        # a menu item's shape (see region.has_menu), outside the run
        if not labelled and f.n_words <= MENU_WORDS and not f.terminal and not start <= i < end:
            run.append(i)
            continue
        if labelled and blocks[i].label != FRAGMENT:
            continue  # labelled furniture between menu items does not break the run
        if len(run) >= MENU_RUN:
            found.update(run)
        elif len(run) >= HEAD_MENU_RUN and run[-1] < start:
            if short_menus is None:
                short_menus = _furniture_below(ctx) and not _prose_above(ctx)
            if short_menus and not _introduced_run(ctx, run):
                found.update(run)
        run = []
    if len(run) >= MENU_RUN:
        found.update(run)
    return found


#: Above the article of a whole page with furniture below it, a run of this many menu-like
#: lines is a menu too: a blog's ``Home``, ``Archives``, ``About``, ``Contact``.
HEAD_MENU_RUN = 4


def _furniture_below(ctx: BlockContext) -> bool:
    """Whether page furniture or a comment section (a block whose label's role is
    ``furniture`` or ``barrier``) stands below the article run of a whole page."""
    if not ctx.is_page:
        return False
    roles = label_roles()
    return any(
        (rule := roles.get(b.label)) is not None and rule.role in _PAGE_ROLES
        for b in ctx.blocks[ctx.region.end:] if b.code
    )


_PAGE_ROLES = frozenset({Role.FURNITURE, Role.BARRIER})


def _prose_above(ctx: BlockContext) -> bool:
    """Whether a free block of running text stands above the article run."""
    blocks, feats = ctx.blocks, ctx.features
    return any(not blocks[i].code and is_running_text(feats[i])
               for i in range(ctx.region.start))


def _introduced_run(ctx: BlockContext, run: list[int]) -> bool:
    """Whether a line ending in a colon leads into a run of short lines or stands among
    them: a list's items (``Ingredients:``), not a menu."""
    blocks, feats = ctx.blocks, ctx.features
    above = next((k for k in range(run[0] - 1, -1, -1) if feats[k].n_words), run[0])
    return any(blocks[k].text.rstrip().endswith((":", "：")) for k in (above, *run))


#: A related box between two paragraphs of an article is this many blocks long at most,
#: counted by their lines with a letter (a rank on a line of its own goes with its item) ...
MAX_BOX_BLOCKS = 6
#: ... and this many with a line of the article that leads into it ("Read more below:").
MAX_LED_BOX_BLOCKS = 8
#: ... and the article's rows and subheadings between the box and the paragraph it pushed
#: out of the run are this many lines at most (a recipe's ingredients above the box).
MAX_BOXED_LIST_LINES = 20


#: Labels of boxes that close an article (the writer's biography): what stands below one
#: is not the article's paragraph that the box pushed out of the run, unless the box names
#: its writer (see :data:`BOX_NAME_RE`) and the paragraph does not: a biography that goes
#: on below the box names its writer again ("Hi, I am Jo Lee ..."), the article does not.
CLOSING_BOX_LABELS = frozenset({"author"})
# A person's name in a box's lines: two words or more in title case in a row, the last of
# them the surname. Matches "Dana Whitcomb" (of "Dana Whitcomb has written ..."), "About
# Jo Lee"; not "About the author". Scripts without case have none, and their boxes still
# close the article.
BOX_NAME_RE = regex.compile(r"\b\p{Lu}\p{Ll}+(?:[ \u00a0]+\p{Lu}\p{Ll}+)+\b")


def _boxed_paragraph(
    ctx: BlockContext, menus: set[int], step: int
) -> tuple[int, int] | None:
    """The paragraph right above (``step`` -1) or below (+1) the article run when only a
    short box of labelled blocks (a related list, not a menu, nor below the run an author
    box) stands between them: the article's lead or last paragraph, which the box pushed
    out of the run. One line of the article that ends with a colon may lead into the box
    (``Scroll down to read more:``). Above the run, the lead may stand over the article's
    rows and subheadings (a recipe's ingredients). Returns the block next to the box (the
    first of those rows, or the paragraph itself) and the paragraph."""
    region, blocks, feats = ctx.region, ctx.blocks, ctx.features
    edge = region.start - 1 if step < 0 else region.end
    # The box's length counts its lines with a letter: a most-read list's rank that stands
    # on a line of its own ("1", then the headline) is part of the item below it, not a line
    # of the box (nor is a rule, "___").
    i, labelled, lead, size = edge, 0, 0, 0
    surname = ""  # of the writer a closing box below the run names: "" where it names none
    while 0 <= i < len(blocks) and i not in menus and size < MAX_LED_BOX_BLOCKS:
        if step > 0 and blocks[i].label in CLOSING_BOX_LABELS and not surname:
            name = BOX_NAME_RE.search(blocks[i].text)
            if name is None:
                if blocks[i + 1:i + 2] and blocks[i + 1].label == blocks[i].label:
                    i, size = i + 1, size + 1  # a header ("About the author"): the name below
                    labelled += 1
                    continue
                return None
            surname = name.group().split()[-1]
        lettered = any(map(str.isalpha, blocks[i].text))
        if not blocks[i].code and lettered:
            # One line of the article may lead into the box ("Scroll down to read more:").
            if lead or not blocks[i].text.rstrip().endswith(":") or is_running_text(feats[i]):
                break
            lead += 1
        labelled += bool(blocks[i].code)
        size += lettered
        i += step
    if not 0 <= i < len(blocks) or not labelled or blocks[i].code or i in menus or (
        not lead and size > MAX_BOX_BLOCKS
    ):
        return None
    # Running text (see region.block_score); below the article, a paragraph of it. Above
    # the article, rows and subheadings (neutral, or a lone line's score) may stand between
    # the box and the lead, a paragraph that ends as a sentence: the ingredients of a recipe
    # whose box stands above its method, a list of rows (:data:`MIN_LIST_ITEMS` at least).
    # (Below the article, a comment's signature is such a row.)
    first, rows = i, 0
    while step < 0 and first - i < MAX_BOXED_LIST_LINES and i >= 0 and _row_or_subheading(
        blocks[i], feats[i], region.scores[i]
    ):
        rows += region.scores[i] == 0
        i += step
    if i < 0 or blocks[i].code or region.scores[i] <= 0:
        return None
    if i != first and (rows < MIN_LIST_ITEMS or not (
        feats[i].terminal and is_running_text(feats[i])
    )):
        return None  # a subheading alone is no list (a teaser's headline above the box)
    if surname and surname in blocks[i].text:
        return None  # the biography goes on below the box
    if step < 0 or is_running_text(feats[i]):
        return first, i
    return None


def _row_or_subheading(block: Block, f: Features, score: float) -> bool:
    """Whether a free block is a row of the article's list (neutral: a figure, a line that
    goes on below) or a subheading (a lone line's score, or a short line's: ``Method``)."""
    return not block.code and (
        LONE_LINE_SCORE <= score <= 0 or (score == MENU_SCORE and f.n_words <= MAX_ASIDE_WORDS)
    )


def _keep_boxed_run(ctx: BlockContext, menus: set[int], step: int, cut: set[int]) -> None:
    """Take out of ``cut`` the paragraph a short box pushed out of the article run (see
    :func:`_boxed_paragraph`), the article's lines before it and the running text in a row
    beyond it (rules such as ``___`` between them too). Below the article, a list that a
    line ending in a colon leads into stays with that running text where more of it follows
    the list (``The new prices:``, four rows of prices, the last paragraph): rows of a list,
    :data:`MIN_LIST_ITEMS` or more, each with figures or a bullet; teasers under a colon's
    line (``In other news:``, a headline, its summary) are no such rows. So does a table
    under its subheading (``Standings``, a header line, :data:`MIN_LIST_ITEMS` rows with
    figures or more), and a colon's line right above a quotation, with it (``He added:``);
    inline boilerplate (an advert slot) is stepped over: it goes where it stands."""
    region, blocks, feats = ctx.region, ctx.blocks, ctx.features
    found = _boxed_paragraph(ctx, menus, step)
    if found is None:
        return
    first, i = found
    cut.difference_update(range(first, i, step))  # the rows and subheadings stepped over
    led: list[int] = []  # the colon's line and the list under it, while no paragraph follows
    table: list[int] = []  # a subheading and the rows under it, while no paragraph follows
    roles = label_roles()
    while 0 <= i < len(blocks):
        text = blocks[i].text
        if blocks[i].code:
            rule = roles.get(blocks[i].label)
            if step > 0 and rule is not None and rule.role is Role.INLINE:
                i += step  # an advert slot between two parts of the article
                continue
            break
        if led == [i - step] and is_quotation(text):
            cut.difference_update((led.pop(), i))  # "He added:" over the quote: the article's
        elif (region.scores[i] > 0 and is_running_text(feats[i])) or not any(
            map(str.isalpha, text)
        ):
            if led and len(led) <= MIN_LIST_ITEMS:
                break  # a colon's line over a teaser or two ("In other news:"), no list
            if table and sum(is_data_row(feats[k]) for k in table) < MIN_LIST_ITEMS:
                break  # a headline over its summary (a teaser), no table
            cut.difference_update(led)
            cut.difference_update(table)
            led.clear()
            table.clear()
            cut.discard(i)
        elif step > 0 and not led and text.rstrip().endswith(":"):
            led.append(i)
        elif led and (is_data_row(feats[i]) or LIST_ITEM_RE.match(text)):
            led.append(i)  # a row of the list: figures in it, or a bullet
        elif step > 0 and not led and len(table) < MAX_BOXED_LIST_LINES and (
            is_data_row(feats[i]) or region.scores[i] in (MENU_SCORE, HEADLINE_SCORE)
            or _row_or_subheading(blocks[i], feats[i], region.scores[i])
        ):
            table.append(i)  # a subheading, a header line or a row of a table
        else:
            break
        i += step


def cut_zone(ctx: BlockContext) -> tuple[set[int], set[int]]:
    """The free blocks to remove (outside the run, in a furniture zone) and the menu blocks.

    Above the article, every block is page text when a menu or furniture (a related list,
    a footer) stands there, or the heading that repeats the page's title line stands right
    above the run (a title and its heading are a whole page's: blurbs and links above them
    are its sidebar); where only boilerplate that can stand inside an article does
    (a sign-in link, a share bar, an advert marker), the blocks from the first of it down
    and, above that, all but running text: a paragraph above an advert marker is article
    text the marker pushed out of the run.
    Below the article, every block is page text when a menu or furniture (a related list,
    a footer) stands there; where a comment section is all there is, the blocks from the
    comments down: an advert marker or a prompt after the last paragraph does not make
    the lists and tables that follow it page text, and nor does a comment section.
    The heading that repeats the page's title line stays above a short post (see
    :func:`page_headline`).
    """
    cached = ctx.memo.get("article.cut_zone")
    if cached is not None:
        return cached  # type: ignore[return-value]
    region, blocks = ctx.region, ctx.blocks
    n = len(blocks)
    menus = menu_blocks(ctx)
    roles = label_roles()
    labelled = [(i, roles.get(b.label)) for i, b in enumerate(blocks) if b.code]
    ends_article = menus | {i for i, rule in labelled if rule is not None
                            and rule.role in (Role.FURNITURE, Role.BARRIER)}
    # Lists of headlines count where nothing else does: above the article when no menu or
    # furniture stands there, below it up to the first (beyond that the tail goes anyway).
    ends_article |= headline_lists(
        ctx,
        above=not _any_above(ends_article, region.start),
        below_until=min(filter(region.end.__le__, ends_article), default=n),
    )
    # Part of the page's title line (``Headline | Site``) repeated as a heading right above
    # the run: a whole page's title tag and headline, whose head is above that heading.
    heading = region.heading
    if heading is not None and 0 < heading < region.start <= heading + ANCHOR_REACH:
        if not _any_above(ends_article, region.start):
            ctx.memo["article.head_heading"] = heading  # the head's only evidence: a reason
        ends_article.add(heading)
    marks_page = ends_article | {i for i, rule in labelled if rule is not None
                                 and rule.marks_page}
    cut: set[int] = set()
    head = range(region.start)
    if _any_above(ends_article, region.start):
        cut.update(i for i in head if not blocks[i].code)
        _keep_boxed_run(ctx, menus, -1, cut)
    else:  # only inline boilerplate above the article: page text from the first of it down,
        # and above it all but running text (a paragraph an advert marker pushed out of the run)
        first = min(marks_page, default=None)
        if first is not None and first < region.start:
            cut.update(i for i in head if not blocks[i].code
                       and (i > first or region.scores[i] <= 0))
    # Runs of inline boilerplate below the article (an embedded post's two lines are one,
    # and so is a share bar with a button's name between its lines: "Twitter"), counted
    # where no furniture stands below it.
    feats = ctx.features
    if _any_below(ends_article, region.end) or sum(
        1 for i in marks_page if i >= region.end and not _continues_run(marks_page, feats, i)
    ) >= MIN_TAIL_PROMPTS:
        # Where a comment section is the first furniture below the article, the lines
        # between the last paragraph and the comments are the article's own closing lines.
        close = region.end
        section = next((first for first, _, _ in comment_sections(ctx) if first >= close), None)
        if section is not None and not any(close <= i < section for i in ends_article):
            close = section
        else:
            # A few lines between the last paragraph and furniture right below them (a
            # related list, a footer) are the article's closing lines (a place, its hours),
            # with one advert marker or prompt among them or none (more: a share bar's);
            # so are more of them where they go on under the run's own section labels.
            inline = {i for i, rule in labelled if rule is not None and rule.role is Role.INLINE}
            nxt = next((i for i in range(close, len(blocks))
                        if (blocks[i].code and i not in inline) or i in menus), None)
            if nxt is not None and nxt in ends_article:
                markers = sum(1 for i in range(close, nxt) if i in inline)
                if markers <= MAX_CLOSING_MARKERS and nxt - close - markers <= MAX_CLOSING_LINES:
                    close = nxt
                else:
                    close = _sections_end(ctx, range(close, nxt))
        cut.update(i for i in range(close, n) if not blocks[i].code)
        _keep_boxed_run(ctx, menus, 1, cut)
    if (
        heading is not None and heading < region.start and heading in cut
        and _is_short_post(ctx, cut, heading)
    ):
        cut.discard(heading)
    result = (cut, menus & cut)
    ctx.memo["article.cut_zone"] = result
    return result


def _any_above(indices: AbstractSet[int], start: int) -> bool:
    """Whether one of ``indices`` is above block ``start`` (the least is found in C).

    >>> _any_above({4, 9}, 5), _any_above({5, 9}, 5), _any_above(set(), 5)
    (True, False, False)
    """
    return min(indices, default=start) < start


def _any_below(indices: AbstractSet[int], end: int) -> bool:
    """Whether one of ``indices`` is block ``end`` or below it (the greatest is found in C).

    >>> _any_below({1, 5}, 5), _any_below({1, 4}, 5), _any_below(set(), 0)
    (True, False, False)
    """
    return max(indices, default=-1) >= end


def _sections_end(ctx: BlockContext, zone: range) -> int:
    """Where the article's sections end in ``zone`` (the blocks between the article run and
    the furniture below it): they go on below the run under the labels they had in it,
    where :data:`MIN_RECURRING_LINES` distinct free short lines of the zone are lines of the
    run too (``Pros``, ``Cons``, ``Verdict``; ``Pre-workout meal``), up to the last of them
    and the free lines after it. ``zone.start`` where they do not.

    A copy of the article's paragraphs is no such evidence (see B304), nor is one
    subheading that a list of other articles repeats.

    >>> from newsclean import analyze
    >>> lead = ("Every meal of the plan below fits in the boxes of the kit, and each one "
    ...         "takes ten minutes to make.")
    >>> first = ("Oats cooked in milk with a cup of berries and a spoon of honey, left to "
    ...          "cool for a while before you eat them.")
    >>> foods = [first, "Rice and beans", "Soup of the day", "Fish and greens"]
    >>> meals = [line for n, food in enumerate(foods, 1)
    ...          for line in (f"Meal {n}", "Snack", food, "Kit: one green box")]
    >>> page = ["Home", "News", "Sport", "Food", "Travel", "Style", "Money", "Video", lead,
    ...         *meals, "Share this", "Facebook", "Email", "Related Articles",
    ...         "Ten ways to eat more greens"]
    >>> [b.text for b in analyze("\\n".join(page)).blocks if b.kept][-4:]
    ['Meal 4', 'Snack', 'Fish and greens', 'Kit: one green box']
    """
    region, blocks, feats = ctx.region, ctx.blocks, ctx.features
    run = {blocks[i].text for i in range(region.start, region.end)
           if 0 < feats[i].n_words < MIN_REPEAT_WORDS and ctx.is_free(i)}
    labels = [i for i in zone if ctx.is_free(i) and blocks[i].text in run]
    if len({blocks[i].text for i in labels}) < MIN_RECURRING_LINES:
        return zone.start
    end = labels[-1] + 1
    while end < zone.stop and not blocks[end].code:  # the last section's lines
        end += 1
    return end


def _continues_run(marks: AbstractSet[int], features: Sequence[Features], i: int) -> bool:
    """Whether block ``i`` of ``marks`` (boilerplate that marks a page) continues the run of
    them above it: right below one, or below one and up to :data:`MAX_UNNAMED_BUTTONS`
    short lines without a final mark (:data:`~newsclean.region.MENU_WORDS` words at most:
    a bar's button that no rule names, ``Twitter``).

    >>> from newsclean.features import Features
    >>> lines = ["Share this", "Facebook", "Twitter", "Email", "It rained all day."]
    >>> feats = Features.many(lines)
    >>> [_continues_run({0, 1, 3}, feats, i) for i in (0, 1, 3)]
    [False, True, True]
    """
    k = i - 1
    while k >= 0 and k not in marks:
        f = features[k]
        if i - k > MAX_UNNAMED_BUTTONS or f.terminal or not 0 < f.n_words <= MENU_WORDS:
            return False
        k -= 1
    return k >= 0


@block_rule(
    "B303", "page-headline", stage="context", role=Role.INLINE, marks_page=False,
    label="headline", priority=55,
)
def page_headline(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """The headline of a whole page: the title line above the body of a scraped page.

    An extracted article keeps its title; a scraped page's headline belongs to the page
    around the article body, like the byline and the date. Keep it with ``keep=["headline"]``.
    A document is a whole page where page furniture (a menu, a related list, a footer)
    stands above the body, or where boilerplate that marks a page (a share bar, a sign-in
    link, an advert marker) stands between the title and the body: ``Storm hits the coast``,
    ``Share this article``, the body is a page's headline, share bar and article.

    A short post keeps its headline: where the article below the heading that repeats the
    page's title line has fewer than :data:`SHORT_POST_WORDS` words (a picture and its
    line, a link and a sentence), the headline is most of what the page says, and the post
    without it does not say what it is about.

    >>> from newsclean import analyze
    >>> page = ("Home\\nNews\\nSport\\nWorld\\nArts\\nTravel\\nOpinion\\nVideo\\n"
    ...         "Storm hits the coast\\nThe storm arrived at dawn, and rain fell all day long.")
    >>> [b.label for b in analyze(page).blocks][-2:]
    ['headline', 'paragraph']
    >>> [b.label for b in analyze("Storm hits the coast\\nThe storm arrived at dawn.").blocks]
    ['title', 'paragraph']
    >>> page = "Storm hits the coast | Daily Planet\\nHome\\nNews\\nSport\\nStorm hits the coast"
    >>> analyze(page + "\\nThe storm arrived at dawn.\\n© Daily Planet").text.split("\\n\\n")
    ['Storm hits the coast', 'The storm arrived at dawn.']
    """
    if ctx.options.input_format == "markdown":
        return  # a document a person wrote has no page around it
    title = title_index(ctx)
    if title is None:
        return
    cut, _ = cut_zone(ctx)
    if title in cut:
        yield title, "page headline: the title above the article body of a whole page"


def _is_short_post(ctx: BlockContext, cut: AbstractSet[int], heading: int) -> bool:
    """Whether the article below ``heading`` (the free blocks outside ``cut``) is a post of
    fewer than :data:`SHORT_POST_WORDS` words: there the headline is most of what the page
    says, and the post without it is a line that does not say what it is about."""
    feats, blocks = ctx.features, ctx.blocks
    words = 0
    for i in range(heading + 1, len(blocks)):
        if not blocks[i].code and i not in cut:
            words += feats[i].n_words
            if words >= SHORT_POST_WORDS:
                return False
    return True


# No region score: menus are found outside the article run, once it is found (and the
# label's score in the run is interface text's, B210, the first rule to give it).
@block_rule(
    "B301", "navigation", stage="context", role=Role.FURNITURE, label="navigation",
    priority=60,
)
def navigation(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """Menus: runs of eight or more short lines (at most three words) outside the article.

    Above the article of a whole page with furniture below it, four are a menu (a blog's
    ``Home``, ``Archives``, ``About``, ``Contact``), unless a line ending in a colon leads
    into them or running text stands above them or between them and the article.

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
    reason = f"navigation: one of {len(menus)} short link-like lines in runs outside the article"
    for i in sorted(menus):
        yield i, reason


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
    ...               "© 2024 Example News\\n"
    ...               "Team wins the cup after a long night\\nCat rescued from a tall tree")
    >>> [(b.code, b.label) for b in doc.removed_blocks]
    [('B205', 'footer'), ('B302', 'outside'), ('B302', 'outside')]
    >>> analyze("A storm came. It rained, and the town flooded overnight.\\nJune 9 -- Tampa, FL"
    ...         ).removed_blocks
    []
    """
    if ctx.options.input_format == "markdown":
        return  # a document a person wrote has no page around it
    region = ctx.region
    cut, _ = cut_zone(ctx)
    memo = ctx.memo.get("article.head_heading")
    heading = memo if isinstance(memo, int) else None
    lines = ""
    # A reason by the block's words, side and score: blocks alike (a menu's one-word lines)
    # share it, made once.
    said: dict[tuple[int, str, float], str] = {}
    for i in sorted(cut):
        if not ctx.is_free(i):
            continue
        if not lines:  # the same for every block: found once
            lines = f"lines {ctx.line(region.start)}-{ctx.line(max(region.end - 1, 0))}"
        n_words, score = ctx.features[i].n_words, region.scores[i]
        if heading is not None and i < heading:
            side = "head"
        else:
            side = "before" if i < region.start else "after"
        reason = said.get((n_words, side, score))
        if reason is None:
            if heading is not None and side == "head":  # (heading: for the type checker)
                reason = (
                    f"outside the article: {word_count(n_words)} above the page's headline "
                    f"(line {ctx.line(heading)}), which repeats the title line: a whole "
                    f"page's head, score {score:+.0f}"
                )
            else:
                reason = (
                    f"outside the article: {word_count(n_words)} {side} the main run of text "
                    f"({lines}) with page furniture beyond, score {score:+.0f}"
                )
            said[n_words, side, score] = reason
        yield i, reason


#: A block repeats an earlier one when their texts are equal and at least this long, in
#: words (short lines such as a subheading or "Photo: AP" may fairly come twice).
MIN_REPEAT_WORDS = 8


def _repeats(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """Later copies of a run of blocks, and teasers of a later paragraph (see B304).

    Blocks are compared in the order of the free blocks with words: boilerplate already
    labelled (an advert marker between two copies) is left out, so the verdict does not
    change once it is removed."""
    feats = ctx.features
    seq = [i for i in ctx.free() if feats[i].n_words]
    texts = [ctx.blocks[i].text for i in seq]
    counts = Counter(texts)
    if not any(counts[text] > 1 and feats[i].n_words >= MIN_REPEAT_WORDS
               for i, text in zip(seq, texts, strict=True)):
        return  # no text long enough to be a copy comes twice (most pages)
    running = [is_running_text(feats[i]) for i in seq]
    n = len(seq)

    def beside_prose(k: int) -> bool:
        return (k > 0 and running[k - 1]) or (k + 1 < n and running[k + 1])

    def opens_prose(k: int) -> bool:  # the first paragraph of a run of them
        return not (k > 0 and running[k - 1]) and k + 1 < n and running[k + 1]

    # Running text that the page holds exactly twice, counted up to each position: a copy
    # holds two such paragraphs at least, and none that comes back three times or more (the
    # days of a meal plan are the article's own).
    twice = [0] * (n + 1)
    for m in range(n):
        twice[m + 1] = twice[m] + (running[m] and counts[texts[m]] == 2)
    first: dict[str, int] = {}
    k = 0
    while k < n:
        j = first.get(texts[k]) if feats[seq[k]].n_words >= MIN_REPEAT_WORDS else None
        if j is not None:
            # The run of blocks from k that repeats the run from j, block by block, ends
            # before k + (k - j) (it repeats what stands before it). Where it cannot hold
            # two paragraphs the page holds twice, it is no copy, and only whether it is
            # one block long (a teaser) is asked; where it reaches running text the page
            # holds three times or more, it is neither (so a page of one passage repeated
            # is read in linear time).
            end = min(n, 2 * k - j)
            size, copy = 1, twice[end] - twice[k] >= 2
            outlier = running[k] and counts[texts[k]] != 2
            if copy:
                while not outlier and k + size < end and texts[k + size] == texts[j + size]:
                    outlier = running[k + size] and counts[texts[k + size]] != 2
                    size += 1
            elif k + 1 < end and texts[k + 1] == texts[j + 1]:
                size = 2  # longer than one block: no teaser
            # A copy, apart from the first (some block, maybe labelled, stands between), of
            # text the page holds twice.
            if copy and not outlier and seq[j + size - 1] + 1 < seq[k] and len(
                {texts[m] for m in range(k, k + size) if running[m]}
            ) >= 2:
                for m in range(k, k + size):
                    yield seq[m], (
                        f"repeated text: a copy of line {ctx.line(seq[j + m - k])}, which is kept"
                    )
                k += size
                continue
            if size == 1 and counts[texts[k]] == 2 and running[k] and opens_prose(k) and (
                not beside_prose(j)
            ):
                yield seq[j], f"repeated text: a teaser of the paragraph on line {ctx.line(seq[k])}"
        first.setdefault(texts[k], k)
        k += 1


@block_rule(
    "B304", "repeated-text", stage="context", role=Role.INLINE, marks_page=False,
    label="duplicate", priority=62,
)
def repeated_text(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """Text the page holds twice: a print copy of the article, a teaser above the body.

    A later run of blocks that repeats an earlier run block by block, with two different
    paragraphs of running text that the page holds exactly twice, apart from the first run
    (not right after it), is a copy and goes; the first copy stays. A paragraph standing
    alone between other page text, whose text the page holds twice and which opens a
    later run of paragraphs, is a teaser of it and goes. A paragraph repeated right after
    itself stays (a page may show a passage twice on purpose). A line that is no sentence,
    shown three times or more in a row (a gallery's title above each of its pictures; with
    nothing between but boilerplate already labelled: see
    :func:`~newsclean.region.back_to_back_copies`), keeps its first copy.

    >>> from newsclean import clean
    >>> body = ("The storm arrived at dawn, and the rain fell all day long in the town.\\n"
    ...         "Officials said the damage would take weeks to repair, and schools closed.")
    >>> clean(f"{body}\\nPrint this article\\n{body}") == body.replace("\\n", "\\n\\n")
    True
    >>> after = "The river rose two metres overnight, and several roads were closed at noon."
    >>> print(clean(f"{body}\\n" + "Scenes from the storm\\n" * 3 + after))
    The storm arrived at dawn, and the rain fell all day long in the town.
    <BLANKLINE>
    Officials said the damage would take weeks to repair, and schools closed.
    <BLANKLINE>
    Scenes from the storm
    <BLANKLINE>
    The river rose two metres overnight, and several roads were closed at noon.
    """
    if ctx.options.input_format == "markdown":
        return
    found = dict(_repeats(ctx))
    # A line shown again and again in a row (a gallery's title above each picture): the
    # region was found without its later copies, and its first copy stays. The copies of
    # one line share their reason (a run can be a million lines long).
    reasons: dict[int, str] = {}
    for i, first in ctx.region.copies.items():
        if ctx.is_free(i):
            reason = reasons.get(first)
            if reason is None:
                reason = reasons[first] = (
                    f"repeated text: a copy of line {ctx.line(first)} in a row of the same "
                    "line, whose first copy is kept"
                )
            found.setdefault(i, reason)
    for i in sorted(found):
        yield i, found[i]


#: A page number has this many digits at most.
MAX_PAGE_DIGITS = 4
#: A pager's arrow: a line of arrow marks alone (``<<``, ``›``, ``→``).
PAGER_ARROW_RE = regex.compile(r"[<>«»‹›←→]+")
#: A pager shows this many page numbers in a row at least ...
MIN_PAGE_NUMBERS = 3
#: ... and this many arrows at most on each side of them (first and previous).
MAX_PAGER_ARROWS = 2


@block_rule(
    "B305", "page-numbers", stage="context", role=Role.INLINE, marks_page=False,
    label="pager", priority=63,
)
def page_numbers(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """A pager inside the article: page numbers that count up by one, each alone on its
    line (four digits at most), three or more in a row (``1``, ``2``, ``3``), and the arrow
    lines right beside them (``<<``, ``<``, ``>``).

    A slideshow that the article holds shows one below its pictures, and the article goes
    on after it. Numbers in any other order (a countdown, a column of scores) stay, and a
    pager's words (``Next``) are a language's and left to the other rules. Outside the
    article, the page-region rules remove a pager with the rest of the page. Only in a
    whole page (a footer below: a document a person wrote may list numbers so).

    >>> from newsclean import clean
    >>> paras = ["The gallery shows the damage along the coast, from the pier to the harbour.",
    ...          "The council said that the repairs would start in the spring, once it is dry."]
    >>> page = [paras[0], "<", "1", "2", "3", ">", paras[1], "© 2024 Example News"]
    >>> print(clean("\\n".join(page)))
    The gallery shows the damage along the coast, from the pier to the harbour.
    <BLANKLINE>
    The council said that the repairs would start in the spring, once it is dry.
    >>> clean("\\n".join(page[:-1])).split("\\n\\n")[1:6]  # no page: a document's lines
    ['<', '1', '2', '3', '>']
    >>> page[1:6] = ["3", "2", "1"]  # a countdown
    >>> clean("\\n".join(page)).split("\\n\\n")[1:4]
    ['3', '2', '1']
    """
    if ctx.options.input_format == "markdown" or not ctx.is_page:
        return
    blocks, n, region = ctx.blocks, len(ctx.blocks), ctx.region
    start, end, scores = region.start, region.end, region.scores
    # A number alone on its line counts against the run as a menu's item does (found among
    # the region's scores in C), and no page number has more digits than a year.
    numbers = [
        i for i in compress(range(start, end), map(MENU_SCORE.__ge__, scores[start:end]))
        if len(text := blocks[i].text) <= MAX_PAGE_DIGITS and text.isdecimal() and ctx.is_free(i)
    ]

    def arrow(i: int) -> bool:
        return 0 <= i < n and ctx.is_free(i) and (
            PAGER_ARROW_RE.fullmatch(blocks[i].text) is not None
        )

    k = 0
    while k < len(numbers):
        j = k + 1
        while j < len(numbers) and numbers[j] == numbers[j - 1] + 1 and (
            int(blocks[numbers[j]].text) == int(blocks[numbers[j - 1]].text) + 1
        ):
            j += 1
        if j - k >= MIN_PAGE_NUMBERS:
            first, last = numbers[k], numbers[j - 1]
            before = first
            while first - before < MAX_PAGER_ARROWS and arrow(before - 1):
                before -= 1
            after = last
            while after - last < MAX_PAGER_ARROWS and arrow(after + 1):
                after += 1
            reason = f"pager: page numbers {blocks[first].text} to {blocks[last].text}"
            for i in range(before, after + 1):
                yield i, reason
        k = j
