"""The main run of article text on a page, found from block shape alone.

A scraped page is menus, teasers and footers around one run of long prose blocks. Each free
block gets a score: running text counts for its length in words (once, where the page
repeats it), short link-like lines and headline-like lines count against. A labelled block
counts by its rule's role (see ``newsclean.registry.Role``): inline boilerplate (an advert
marker, a prompt, a caption) is stepped over as if it were not there, furniture (a related
list, a footer) counts its rule's region score, and no run crosses a barrier (a comment
section), before which the article is looked for first. The article is the contiguous run
of blocks with the highest total score (the maximum-sum segment), so a heading or a short
line inside the article is carried by the paragraphs around it, while a menu of fifty short
lines is not. Where the page's title line names a headline that stands again above running
text, the article starts there, even when a list of posts further down scores more.

>>> from newsclean.features import Features
>>> block_score(Features.of("Home"), 0.0, False)
-4.0
>>> block_score(Features.of("The storm arrived at dawn and the rain fell all day long."), 0.4, False)
12.0
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import partial
from itertools import compress, count, islice
from operator import eq, itemgetter
from typing import NamedTuple

import regex

from .chars import BULLET_MARK
from .document import Block
from .features import Features, is_question, is_quotation, is_title_case, is_unspaced
from .lexicon.dates import is_date_anchor
from .registry import Role, Rule, label_roles
from .title import title_anchor

__all__ = [
    "MENU_RUN",
    "MENU_WORDS",
    "SENTENCE_BREAK_RE",
    "Region",
    "back_to_back_copies",
    "block_score",
    "find_region",
    "has_menu",
    "is_running_text",
]

# A block cut off with an ellipsis right after a word or a comma: a teaser of another
# article. Matches "Realtek Bluetooth...", "body parts suit …", "in the second half of
# 2009,...", "a new ad network...."; not "he said . . ." or "“Wait…”".
TRUNCATED_RE = regex.compile(r"[\w,;:] ?(?:\.\.\.\.?|…)\s*$")
ELLIPSES = ("...", "…")

# A sentence ending inside a block, then the next sentence: a headline or a menu item is one
# phrase. The word before the mark is in lower case, so abbreviations and exclamations of a
# headline do not count. Matches "mine alone. All opinions" (from the mark on); not "U.S.
# economy", "Sen. David Perdue", "Surprise! Report". The word is looked behind for from the
# mark, so a scan stops only at marks, not at every word.
SENTENCE_BREAK_RE = regex.compile(r"(?<=(?<!\w)\p{Ll}{2,})[.!?] +\p{Lu}")

#: A block of at least this many words, ending like a sentence, is running text.
MIN_PROSE_WORDS = 10
#: ... and so is one this long without a final mark (a long list sentence, a quote).
MIN_LONG_WORDS = 25
#: Below this stop-word density (where the language is known) a long block reads as a list.
MIN_PROSE_DENSITY = 0.12
#: Scores of the lines that are not running text.
MENU_SCORE = -4.0  # one to three words
HEADLINE_SCORE = -2.0  # a heading-like line of four words or more
REPEAT_PENALTY = -3.0  # a line that occurs more than once on the page
LONE_LINE_SCORE = -1.0  # a short line alone between running text (a subheading)
#: A colon, Latin or full width (``以下三點：``): a line that ends with one announces what
#: follows.
COLONS = (":", "：")
#: How a line that goes on below it ends (a line of verse, an address, a wrapped sentence):
#: a comma or a semicolon, Latin, CJK (full width, and the ideographic comma) or Arabic.
CONTINUED_ENDS = (",", ";", "，", "；", "、", "،", "؛")
#: Size of a data row, in words (see :func:`is_data_row`).
MIN_ROW_WORDS, MAX_ROW_WORDS, MAX_LIST_ROW_WORDS = 2, 16, 60
TRUNCATED_SCORE = -2.0  # a teaser cut off with "..." (a link to another article)
#: A teaser is at most this long, in words; a longer paragraph may end with an ellipsis.
MAX_TEASER_WORDS = 40
#: Running text standing alone between headlines (a teaser) counts this share of its length.
LONE_PROSE_SHARE = 0.2
#: Scores of labelled blocks come from their rule's role (see newsclean.registry.Role):
#: inline boilerplate is stepped over, furniture counts its rule's ``region_score``, and no
#: run crosses a barrier (a comment section).


#: A menu: at least MENU_RUN lines in a row of at most MENU_WORDS words, none a sentence.
MENU_WORDS, MENU_RUN = 3, 8


def has_menu(features: Sequence[Features]) -> bool:
    """Whether :data:`MENU_RUN` blocks in a row have the shape of menu items: at most
    :data:`MENU_WORDS` words and no final mark.

    >>> has_menu([Features.of(w) for w in "Home World Sport Arts Travel Opinion Video Food".split()])
    True
    """
    run = 0
    for f in features:
        run = run + 1 if f.n_words <= MENU_WORDS and not f.terminal else 0
        if run >= MENU_RUN:
            return True
    return False


_FIRST = itemgetter(0)  # a word's first character


def is_data_row(f: Features) -> bool:
    """Whether a short block is a row of a table or a dated list (neither for nor against).

    Tour dates, standings and schedules follow an article as rows with numbers in them;
    menus and headline lists have few numbers.

    >>> is_data_row(Features.of("June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL"))
    True
    >>> is_data_row(Features.of("Storm hits the coast overnight"))
    False
    """
    if not MIN_ROW_WORDS <= f.n_words <= MAX_LIST_ROW_WORDS:
        return False
    words = f.words
    if "".join(words).isalpha():
        return False  # letters alone (most lines): no word opens with a digit
    digits = sum(map(str.isdigit, map(_FIRST, words)))  # words opening with a digit
    if f.n_words <= MAX_ROW_WORDS:
        return digits >= 1 and digits * 10 >= f.n_words
    return digits * 6 >= f.n_words  # a long row (ingredients, results) is dense with numbers


# A pause inside text of a script written without spaces between words (Chinese, Japanese,
# Thai, Lao, Myanmar, Khmer): a space between two of its characters. A space there parts
# clauses or sentences, and a blog written one line per thought, or Thai text, which has no
# final marks, marks its sentences so. Matches "山頭 順路", "ภาคเหนือ ประชาชน"; not "東京",
# "NHK ニュース" or "露營、民宿" (a headline's list of names).
UNSPACED_PAUSE_RE = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Myanmar}\p{Khmer}][ \u3000]+"
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Myanmar}\p{Khmer}]"
)


def _has_unspaced_pause(text: str) -> bool:
    """Whether ``text`` holds a pause between clauses of a script written without spaces
    between words (see :data:`UNSPACED_PAUSE_RE`).

    >>> _has_unspaced_pause("清晨出發 沿著山路往上開"), _has_unspaced_pause("清晨出發，沿著山路往上開")
    (True, False)
    """
    return is_unspaced(text) and UNSPACED_PAUSE_RE.search(text) is not None


def _may_break(text: str) -> bool:
    """Whether ``text`` holds a mark and a space, as a sentence break needs (a quick test
    before :data:`SENTENCE_BREAK_RE`)."""
    return ". " in text or "? " in text or "! " in text


def _is_cut(text: str) -> bool:
    """Whether a block is cut off with an ellipsis right after a word (see
    :data:`TRUNCATED_RE`); the pattern runs only where the block ends in an ellipsis."""
    return text.rstrip().endswith(ELLIPSES) and TRUNCATED_RE.search(text) is not None


def _below_paragraph(
    index: int, blocks: Sequence[Block], features: Sequence[Features], texts: Sequence[str]
) -> bool:
    """Whether the nearest block with words above block ``index`` is a whole paragraph of
    the page's own: free, a sentence of :data:`MIN_LONG_WORDS` words or more, not cut off
    as a teaser is.
    Running text cut off with an ellipsis there is the article's, cut short by a paywall;
    elsewhere (below a headline, a byline) it is a teaser of another article."""
    k = index - 1
    while k >= 0 and not features[k].n_words:
        k -= 1
    if k < 0 or blocks[k].code:
        return False
    f = features[k]
    return f.terminal and f.n_words >= MIN_LONG_WORDS and not (
        f.n_words <= MAX_TEASER_WORDS and _is_cut(texts[k])
    )


def is_running_text(f: Features) -> bool:
    """Whether a block reads as running text: a sentence of ten words or more, or a long
    block.

    >>> is_running_text(Features.of("The storm arrived at dawn, and rain fell all day."))
    True
    >>> is_running_text(Features.of("Storm hits the coast"))
    False
    """
    return (f.n_words >= MIN_PROSE_WORDS and f.terminal) or f.n_words >= MIN_LONG_WORDS


#: A line that stands this many times in a row or more (a gallery's title above each of
#: its pictures) is one widget's text shown again and again.
MIN_BACK_TO_BACK = 3


def back_to_back_copies(
    texts: Sequence[str], features: Sequence[Features], order: Sequence[int]
) -> dict[int, int]:
    """The later copies of the lines that stand :data:`MIN_BACK_TO_BACK` times or more in
    a row among the blocks ``order`` (indices of ``texts`` and ``features``), each with its
    first copy: lines that are no sentence, as a heading or a menu item is not, with a
    letter. Such copies are one widget's text, not a wall of furniture that the article
    cannot be read across, nor the article's words. A sentence said again and again stays
    (a chant that the article quotes), and so do a line said twice (a verse, a headline
    above its own link) and a figure (the cells of a table's column: ``0``, ``0``, ``0``).

    >>> lines = ["The gallery opened on Friday.", "Gallery", "Gallery", "Ad", "Gallery", "Go."]
    >>> back_to_back_copies(lines, Features.many(lines), range(6))  # the advert parts them
    {}
    >>> back_to_back_copies(lines, Features.many(lines), [0, 1, 2, 4, 5])  # not once it goes
    {2: 1, 4: 1}
    >>> chant = ["We love you, we do."] * 3
    >>> back_to_back_copies(chant, Features.many(chant), range(3))
    {}
    >>> back_to_back_copies(["0"] * 3, Features.many(["0"] * 3), range(3))
    {}
    """
    lines = list(map(texts.__getitem__, order))
    # The positions whose text is the one right above (compared in one pass, in C).
    again = list(compress(count(1), map(eq, lines, islice(lines, 1, None))))
    copies: dict[int, int] = {}
    k, n = 0, len(again)
    while k < n:
        j = k + 1
        while j < n and again[j] == again[j - 1] + 1:
            j += 1
        first = again[k] - 1
        f = features[order[first]]
        if j - k + 1 >= MIN_BACK_TO_BACK and f.n_words and not (
            f.terminal or is_running_text(f)
        ) and any(map(str.isalpha, lines[first])):
            copies.update(dict.fromkeys(map(order.__getitem__, again[k:j]), order[first]))
        k = j
    return copies


def block_score(
    f: Features,
    density: float | None,
    repeated: bool,
    truncated: bool = False,
    sentences: bool = False,
    continued: bool = False,
) -> float:
    """How much a free block speaks for being inside the article (positive) or not.

    ``sentences``: the block holds a sentence end followed by another sentence (see
    :data:`SENTENCE_BREAK_RE`), or is a sentence that ends in a colon to announce what
    follows (``The council published the letter on Monday:``), or is text of a script
    written without spaces between words, parted into clauses by spaces (see
    :data:`UNSPACED_PAUSE_RE`), so it is running text even without a final mark
    (``… mine alone. #ad``).

    ``continued``: the block ends with a comma or a semicolon (see :data:`CONTINUED_ENDS`),
    so a line of four words or more is a line of verse or of a sentence that goes on below
    it, neither for nor against: a heading or a menu item does not end so:

    >>> block_score(Features.of("The river runs beside the mill,"), None, False, continued=True)
    0.0

    Running text counts for its length whether or not the page repeats it (a page may hold
    the article twice: a print copy, a teaser and the body; :func:`find_region` counts only
    the first copy); a short line the page repeats (a menu in the header and the footer)
    counts against.
    """
    n = f.n_words
    if n <= MENU_WORDS:
        return _short_line_score(f, truncated, repeated)
    score: float
    if truncated:
        score = TRUNCATED_SCORE
    elif not f.terminal and is_data_row(f):
        score = 0.0
    elif is_running_text(f) or (sentences and n >= MIN_PROSE_WORDS):
        if density is not None and density < MIN_PROSE_DENSITY and not f.terminal:
            score = -n / 4
        else:
            score = float(n)
    elif f.terminal:
        score = n / 2
    elif continued:
        score = 0.0
    else:
        score = HEADLINE_SCORE
    if repeated and score <= 0:
        score += REPEAT_PENALTY  # a menu or teaser line repeated over the page
    return score


def _short_line_score(f: Features, truncated: bool, repeated: bool) -> float:
    """:func:`block_score` of a line of at most :data:`MENU_WORDS` words: too short for
    running text, a sentence break or a line that goes on, so only a teaser's cut
    (``truncated``), a final mark and a figure tell it from a menu's item.

    >>> _short_line_score(Features.of("Home"), False, False)
    -4.0
    >>> _short_line_score(Features.of("May 9"), False, True)  # a row's date, repeated
    -3.0
    """
    if not f.n_words:
        score = 0.0
    elif truncated:
        score = TRUNCATED_SCORE
    elif f.terminal or is_data_row(f):
        score = 0.0
    else:
        score = MENU_SCORE
    return score + REPEAT_PENALTY if repeated else score


def _discount_lone_prose(
    scores: list[float], headlines: AbstractSet[int] = frozenset()
) -> None:
    """Running text alone between headlines is a teaser; an article's paragraphs come in runs.

    A positive block whose neighbours on both sides are negative, or ``headlines`` (lines
    with a figure that score nothing but head it: see :func:`_figure_headlines`), counts
    :data:`LONE_PROSE_SHARE` of its score.
    """
    n = len(scores)
    lone = [
        i for i in range(n)
        if scores[i] > 0
        and (i == 0 or scores[i - 1] < 0 or i - 1 in headlines)
        and (i == n - 1 or scores[i + 1] < 0 or i + 1 in headlines)
    ]
    for i in lone:
        scores[i] *= LONE_PROSE_SHARE


def _soften_lone_lines(labelled: Sequence[bool], scores: list[float]) -> None:
    """A short line standing alone between running text is a subheading, not a menu.

    Menus and teaser lists come in runs (labelled bylines and dates between headlines are
    part of the run); a run of one short line costs :data:`LONE_LINE_SCORE` only.
    """
    i = 0
    n = len(scores)
    while i < n:
        if scores[i] >= 0:
            i += 1
            continue
        j = i
        while j < n and scores[j] < 0:
            j += 1
        if j - i == 1 and not labelled[i]:
            scores[i] = max(scores[i], LONE_LINE_SCORE)
        i = j


def _figure_headlines(
    rows: AbstractSet[int], raw: Sequence[float], seq: Sequence[int],
    features: Sequence[Features],
) -> set[int]:
    """The lines with a figure (``rows``, positions in ``seq`` of free blocks that
    :func:`is_data_row` finds) that stand alone right above running text: headlines with a
    number (``9 arrested in fraud probe``) over a teaser's summary, not rows of a table.

    Such a line counts neither for nor against the run (``raw`` is 0), since rows of a
    table or a dated list come in runs; alone above running text it heads it, as a
    headline does, for :func:`_discount_lone_prose`. A line with a date's words
    (``Published: May 5, 2012``) is a dateline over the article's lead, not a headline.

    >>> lines = ["9 arrested in fraud probe", "Police arrested nine people on Monday after a "
    ...          "long inquiry into the sale of fake tickets.", "Storm hits the coast"]
    >>> _figure_headlines({0}, [0.0, 19.0, -2.0], range(3), Features.many(lines))
    {0}
    >>> dated = ["Published: May 5, 2012", *lines[1:]]
    >>> _figure_headlines({0}, [0.0, 19.0, -2.0], range(3), Features.many(dated))
    set()
    """
    n = len(seq)
    return {
        k for k in rows
        if k - 1 not in rows and k + 1 not in rows and k + 1 < n and raw[k + 1] > 0
        and is_running_text(features[seq[k + 1]])
        and not any(map(is_date_anchor, features[seq[k]].words))
    }


def _discount_lone_copies(scores: list[float], first_copies: Sequence[int]) -> None:
    """Running text the page repeats counts (once) only in a run of running text: a copy of
    the article (a print copy, a teaser above the body) comes with its paragraphs, while a
    teaser repeated in two headline lists stands alone and counts against (where the page
    has more article than the teaser: see :func:`find_region`)."""
    n = len(scores)
    lone = [
        i for i in first_copies
        if (i == 0 or scores[i - 1] <= 0) and (i == n - 1 or scores[i + 1] <= 0)
    ]
    for i in lone:
        scores[i] = REPEAT_PENALTY


def _adjusted(raw: Sequence[float], labelled: Sequence[bool], lone_copies: Sequence[int],
              headlines: AbstractSet[int] = frozenset()) -> list[float]:
    """The blocks' scores with their neighbours taken into account: repeated running text
    alone (of ``lone_copies``, the first copies), short lines alone, running text alone
    (between headlines, or ``headlines`` with a figure: see :func:`_figure_headlines`)."""
    scores = list(raw)
    _discount_lone_copies(scores, lone_copies)
    _soften_lone_lines(labelled, scores)
    _discount_lone_prose(scores, headlines)
    return scores


@dataclass(frozen=True)
class Region:
    """The article's blocks ``[start, end)``, the score of every block, the heading that
    repeats the headline of a whole page's title line (``Headline | Site``; see
    :func:`~newsclean.title.title_anchor`), if any, and the later copies of lines shown
    again and again in a row, which the run was found without, each with its first copy
    (see :func:`back_to_back_copies`)."""

    start: int
    end: int
    scores: tuple[float, ...]
    heading: int | None = None
    copies: Mapping[int, int] = field(default_factory=dict)

    def __contains__(self, index: object) -> bool:
        return isinstance(index, int) and self.start <= index < self.end


#: The run goes on below a page's notice that closes the article (a dated copyright
#: notice, a comment prompt, a line of tags) where what follows it in the run, up to the
#: next furniture, scores this much at least (60 words of running text: more article), not
#: for a few teasers or the site's closing lines.
MIN_AFTER_NOTICE_SCORE = 60.0
#: A notice right above a free block of this many words or more stands inside the article:
#: a picture's credit above a paragraph.
MIN_PARAGRAPH_WORDS = 15
#: A list of other articles' headlines: at least this many heading-like lines in a row (of
#: two words or more, no final mark), in title case. Page text, as furniture is (see
#: :func:`newsclean.rules.article.headline_lists`).
HEADLINE_RUN = 6


def is_listed_headline(f: Features, text: str) -> bool:
    """Whether a line reads as one of a list's headlines: heading-like, of two words or
    more, in title case.

    >>> lines = ["Mets Come To Terms With Heilman", "The vote passed on Monday", "Home"]
    >>> [is_listed_headline(Features.of(line), line) for line in lines]
    [True, False, False]
    """
    return f.heading_like and f.n_words >= 2 and is_title_case(text)


def _closing_notices(
    notices: Sequence[int], seq: Sequence[int], blocks: Sequence[Block],
    features: Sequence[Features],
) -> list[int]:
    """Of ``notices`` (positions in ``seq`` of blocks whose rule declares them a page's
    notice, see ``notice`` in :func:`newsclean.registry.block_rule`), those that close
    the article: the next block with words below is not a free paragraph of
    :data:`MIN_PARAGRAPH_WORDS` words or more (then the notice is a credit inside it)."""
    closing = []
    for k in notices:
        below = next((m for m in range(k + 1, len(seq)) if features[seq[m]].n_words), None)
        if below is None or blocks[seq[below]].code or (
            features[seq[below]].n_words < MIN_PARAGRAPH_WORDS
        ):
            closing.append(k)
    return closing


def _end_at_notice(
    scores: Sequence[float], labelled: Sequence[bool], closing: Sequence[int], start: int,
    end: int, listed: Callable[[int], bool] = lambda k: False,
) -> int:
    """The end of the run ``[start, end)`` (positions in ``scores``, the blocks' scores
    before any discount): at the first of the ``closing`` notices inside it below which
    the run, up to the next ``labelled`` block (furniture) or list of
    :data:`HEADLINE_RUN` headlines (``listed(k)``: the block at ``k`` reads as one),
    scores less than :data:`MIN_AFTER_NOTICE_SCORE`. More article right below a notice
    keeps the run going; a product list, a comment form, a menu or other articles'
    headlines between it and the next footer line do not, however much text the run holds
    below them. Only the run's tail goes: what stands above a notice is never cut (a
    credit may stand in the article's first lines).

    >>> _end_at_notice([30.0, -12.0, 9.0, 5.0], [False, True, False, False], [1], 0, 4)
    1
    >>> _end_at_notice([30.0, -12.0, 40.0, 35.0], [False, True, False, False], [1], 0, 4)
    4
    >>> _end_at_notice([30.0, -12.0, -4.0, -6.0, 90.0], [False, True, False, True, False],
    ...                [1], 0, 5)
    1
    """
    for notice in closing:
        if not start < notice < end:
            continue
        after = 0.0  # what the run scores below the notice, up to the next furniture
        k, headlines = notice + 1, 0
        while k < end and not labelled[k]:
            headlines = headlines + 1 if listed(k) else 0
            if headlines == HEADLINE_RUN:
                after -= sum(scores[k - HEADLINE_RUN + 1:k])  # the list's first lines
                break
            after += scores[k]
            k += 1
        if after < MIN_AFTER_NOTICE_SCORE:
            return notice
    return end


#: A run scoring less than this (a paragraph of twenty words) holds too little running text
#: for its length to tell the article from a profile or a sidebar blurb ...
WEAK_RUN_SCORE = 20.0
#: ... and there, the blocks right below the headline are the article when the first of
#: them has this many words at least (a line, not a menu's "Home" or "My Profile").
MIN_UNDER_HEADLINE_WORDS = 4


#: The run before a comment section is the article when it scores at least this much
#: (a sentence of running text); otherwise the best run anywhere is.
MIN_ARTICLE_SCORE = 1.0


#: Below the headline, the article starts within this many blocks (a byline, a date) ...
ANCHOR_REACH = 6
#: ... and is taken when it scores at least this much (a sentence of running text, however
#: alone: see _discount_lone_prose) ...
MIN_ANCHORED_SCORE = MIN_PROSE_WORDS * LONE_PROSE_SHARE
#: ... and at least this share of the best run further down (comments, a forum box).
ANCHORED_SHARE = 0.25


def _best_run(scores: Sequence[float], lo: int, hi: int) -> tuple[float, int, int]:
    """The maximum-sum run of ``scores[lo:hi]``: its sum, start and end (0, lo, lo if none)."""
    best_sum, best = 0.0, (lo, lo)
    run_sum, run_start = 0.0, lo
    for i in range(lo, hi):
        if run_sum <= 0:
            run_sum, run_start = 0.0, i
        run_sum += scores[i]
        if run_sum > best_sum:
            best_sum, best = run_sum, (run_start, i + 1)
    return best_sum, best[0], best[1]


def _best_run_from(
    scores: Sequence[float], lo: int, hi: int, reach: int
) -> tuple[float, int, int]:
    """The maximum-sum run of ``scores[lo:hi]`` that starts on a positive block within
    ``reach`` blocks of ``lo``: its sum, start and end (0, lo, lo if none)."""
    best = (0.0, lo, lo)
    # The best end for every start: the largest prefix sum at or after it.
    prefix = [0.0]
    for i in range(lo, hi):
        prefix.append(prefix[-1] + scores[i])
    top, top_at = float("-inf"), hi
    best_end = [0] * len(prefix)
    best_val = [0.0] * len(prefix)
    for k in range(len(prefix) - 1, -1, -1):
        if prefix[k] > top:
            top, top_at = prefix[k], k
        best_val[k], best_end[k] = top, top_at
    for k in range(min(reach, hi - lo)):
        if scores[lo + k] <= 0:
            continue
        total = best_val[k + 1] - prefix[k]
        if total > best[0]:
            best = (total, lo + k, lo + best_end[k + 1])
    return best


def _choose_run(
    scores: Sequence[float], barrier: Sequence[bool], anchor: int | None = None
) -> tuple[int, int]:
    """The article run: the best run between barriers; when the page has a comment section
    (a barrier), the best run before it, even when the comments score more.

    ``anchor`` is the position right below the page's headline (see :func:`title_anchor`).
    When the best run lies further down, the article is the run that starts right below
    the headline, if it has running text and is not dwarfed by the run further down: a
    list of forum posts or comments below the article is not the article, however long.
    When the best run holds the headline, the article starts below it: a poll or teasers
    above the headline are the page's.
    """
    best, start, end = _choose_unanchored(scores, barrier)
    if anchor is not None and start > anchor and not any(barrier[:anchor]):
        total, a, b = _best_run_from(scores, anchor, start, ANCHOR_REACH)
        if total >= max(MIN_ANCHORED_SCORE, ANCHORED_SHARE * best):
            return a, b
    if anchor is not None and start < anchor < end:
        # The run holds the headline: the article starts below it, and what stands above
        # it (a poll, teasers, a most-read list) is the page's.
        total, a, b = _best_run_from(scores, anchor, end, ANCHOR_REACH)
        if total >= max(MIN_ANCHORED_SCORE, ANCHORED_SHARE * best):
            return a, b
    return start, end


def _under_headline(
    seq: Sequence[int],
    texts: Sequence[str],
    labelled: Sequence[bool],
    features: Sequence[Features],
    heading: int,
    anchor: int,
    run: tuple[int, int],
) -> tuple[int, int] | None:
    """On a page with little running text, the free blocks right below the headline.

    Where the best run (``run``, in positions of ``seq``) scores under
    :data:`WEAK_RUN_SCORE`, the page's article is short (a picture's caption, a two-line
    post, a week's list of headlines) and a profile or a sidebar blurb outscores it by
    length; where it lies past the comment section, a comment or the sidebar below them
    outscores it. The headline tells more there: the article is the run of free blocks that
    starts right below its repeat (``anchor``) and ends at the first labelled one, if the
    first of them has :data:`MIN_UNDER_HEADLINE_WORDS` words (a menu's one or two words
    are no article). A run that holds a repeat of the headline, or stands right below one
    (within :data:`ANCHOR_REACH` blocks, with nothing but short lines between: a byline, a
    date), is kept as it is.
    """
    start, end = run
    headline = texts[heading]
    if any(texts[seq[k]] == headline for k in range(start, end)):
        return None
    for k in range(start - 1, max(0, start - ANCHOR_REACH) - 1, -1):
        if texts[seq[k]] == headline:
            return None
        if features[seq[k]].n_words >= MIN_UNDER_HEADLINE_WORDS:
            break
    if (
        anchor == len(seq) or labelled[anchor]
        or features[seq[anchor]].n_words < MIN_UNDER_HEADLINE_WORDS
    ):
        return None
    k = anchor + 1
    while k < len(seq) and not labelled[k]:
        k += 1
    return anchor, k


def _choose_unanchored(
    scores: Sequence[float], barrier: Sequence[bool]
) -> tuple[float, int, int]:
    """The best run between barriers (before the first, when that scores at least
    :data:`MIN_ARTICLE_SCORE`): its sum, start and end."""
    segments: list[tuple[int, int]] = []
    lo = 0
    for i in compress(count(), barrier):  # the barriers' positions (found in C)
        segments.append((lo, i))
        lo = i + 1
    segments.append((lo, len(scores)))
    runs = [_best_run(scores, a, b) for a, b in segments]
    if len(runs) > 1 and runs[0][0] >= MIN_ARTICLE_SCORE:
        return runs[0]
    best = max(runs, key=itemgetter(0))
    return best if best[0] > 0 else (0.0, 0, 0)


class _Kind(NamedTuple):
    """What a label that the article run does not step over means for it."""

    score: float  # the region score of a block with the label
    barrier: bool  # whether the label is a barrier
    notice: regex.Pattern[str] | None  # what in a block with the label makes it a notice


def _label_kinds() -> dict[str, _Kind]:
    """Each label that the article run does not step over: its region score, whether it
    is a barrier and what makes a block of it a page's notice (from the rules' roles;
    inline and unknown labels are left out)."""
    global _kinds_made
    roles = label_roles()
    if _kinds_made is None or _kinds_made[0] is not roles:
        # (Made once: label_roles gives the same dict until a rule is added.)
        _kinds_made = roles, {
            label: _Kind(rule.region_score, rule.role is Role.BARRIER, rule.notice)
            for label, rule in roles.items() if rule.role is not Role.INLINE
        }
    return _kinds_made[1]


#: The roles :func:`_label_kinds` last read, and what it made of them.
_kinds_made: tuple[dict[str, Rule], dict[str, _Kind]] | None = None


class _Scored(NamedTuple):
    """The blocks' scores before their neighbours are taken into account (see
    :func:`_score_blocks`)."""

    all_scores: list[float]  # by block index
    seq: list[int]  # the blocks the run is found over: all but inline boilerplate
    barrier: list[bool]  # by position in seq
    repeated_prose: list[int]  # positions in seq of the first copies of repeated prose
    # positions in seq of blocks whose rule declares what makes them a page's notice, and
    # that pattern (looked for once the run is known: see find_region)
    notices: list[tuple[int, regex.Pattern[str]]]
    rows: set[int]  # positions in seq of lines with a figure (see is_data_row)
    in_a_row: bool  # whether a free block's text stands MIN_BACK_TO_BACK times in a row


def _score_blocks(
    blocks: Sequence[Block], features: Sequence[Features], texts: Sequence[str],
    counts: Counter[str], kinds: dict[str, _Kind],
    density_of: Callable[[int], float | None], copies: AbstractSet[int],
) -> _Scored:
    """Score every block that the run is found over: free blocks by shape (see
    :func:`block_score`), labelled ones by their rule's role (``kinds``); inline
    boilerplate and ``copies`` are left out."""
    n = len(blocks)
    all_scores = [0.0] * n
    seq: list[int] = []  # the blocks the run is found over: all but inline boilerplate
    barrier: list[bool] = []
    seen: set[str] = set()  # running text the page repeats, once its first copy is scored
    repeated_prose: list[int] = []  # positions in seq of the first copies
    add_barrier, add_block = barrier.append, seq.append
    last, times, in_a_row = "", 0, False  # the last free block's text, and how often in a row
    notices: list[tuple[int, regex.Pattern[str]]] = []  # blocks that may be a page's notice
    rows: set[int] = set()  # positions in seq of lines with a figure (see is_data_row)
    for i, (block, f, text) in enumerate(zip(blocks, features, texts, strict=True)):
        if block.code:
            kind = kinds.get(block.label)
            if kind is None:
                continue  # inline boilerplate, or a label no rule declares
            score, is_barrier, notice = kind
            if notice is not None:
                notices.append((len(seq), notice))
            add_barrier(is_barrier)
        elif copies and i in copies:
            continue
        else:
            if text == last:
                times += 1
                in_a_row = in_a_row or times == MIN_BACK_TO_BACK
            else:
                last, times = text, 1
            terminal, n_words = f.terminal, f.n_words
            repeated = counts[text] > 1
            if n_words <= MENU_WORDS:
                # A line of one to three words (most of a page's lines: menus, buttons,
                # dates): nothing else to read (see _short_line_score).
                score = _short_line_score(f, _is_cut(text), repeated)
            else:
                # block_score reads the density of a long block without a final mark only
                # (not of text whose script puts no spaces between words: the page's function
                # words are not its words); a short block cut off with an ellipsis is a
                # teaser, but right below a whole paragraph the article's paywall cut (see
                # _below_paragraph).
                end = text.rstrip()  # how the block ends, stripped once for the tests below
                # (_is_cut, the end stripped once)
                truncated = n_words <= MAX_TEASER_WORDS and end.endswith(ELLIPSES) and (
                    TRUNCATED_RE.search(text) is not None
                ) and not (
                    n_words >= MIN_PROSE_WORDS and text not in seen
                    and _below_paragraph(i, blocks, features, texts)
                )
                score = block_score(
                    f,
                    density_of(i) if n_words >= MIN_LONG_WORDS and not terminal
                    and not is_unspaced(text) else None,
                    repeated,
                    truncated,
                    not terminal and n_words >= MIN_PROSE_WORDS and (
                        end.endswith(COLONS)
                        or (_may_break(text) and SENTENCE_BREAK_RE.search(text) is not None)
                        or _has_unspaced_pause(text)
                    ),
                    not terminal and n_words < MIN_LONG_WORDS and end.endswith(CONTINUED_ENDS),
                )
                if not score and not terminal and is_data_row(f):
                    rows.add(len(seq))  # a line with a figure: a row, or a headline's number
                if repeated and score > 0:
                    if text in seen:
                        score = 0.0  # a later copy: neither for nor against
                    else:
                        repeated_prose.append(len(seq))
                    seen.add(text)
            add_barrier(False)
        add_block(i)
        all_scores[i] = score
    return _Scored(all_scores, seq, barrier, repeated_prose, notices, rows, in_a_row)


def find_region(
    blocks: Sequence[Block],
    features: Sequence[Features],
    density_of: Callable[[int], float | None],
    texts: Sequence[str] | None = None,
) -> Region:
    """The maximum-sum run of blocks (free blocks scored by shape, labelled ones by role).

    Inline boilerplate (an advert marker, a prompt, a caption) is stepped over, as if it
    were not there; furniture counts its rule's region score; no run crosses a barrier.
    ``density_of(i)`` is the stop-word density of block ``i``; it is asked only for the
    blocks whose score depends on it (long blocks without a final mark). ``texts`` are the
    blocks' texts, where the caller has them as a list.
    """
    kinds = _label_kinds()
    if texts is None:
        texts = [b.text for b in blocks]
    counts = Counter(texts)
    n = len(blocks)
    scored = _score_blocks(blocks, features, texts, counts, kinds, density_of, frozenset())
    # The later copies of a line shown again and again in a row, among the blocks that no
    # rule has labelled (so the verdict stays once an advert marker between two copies is
    # removed): the run is found without them, as without inline boilerplate, and B304
    # removes them.
    copies: dict[int, int] = {}
    if scored.in_a_row:
        free = [i for i, b in enumerate(blocks) if not b.code]
        copies = back_to_back_copies(texts, features, free)
        if copies:
            scored = _score_blocks(
                blocks, features, texts, counts, kinds, density_of, copies.keys()
            )
    all_scores, seq, barrier, repeated_prose, notices, rows, _ = scored
    raw = [all_scores[i] for i in seq]
    # A paragraph with a block that counts against the run below it: where a list may start
    # (the same places after each of these, which only make such blocks count 0).
    # (Indexed, not paired: a pair made for every position cost a third more.)
    drops = [k for k in range(len(raw) - 1) if raw[k] > 0 >= raw[k + 1]]
    _neutral_lists(raw, seq, texts, features, blocks, barrier, drops)
    _neutral_label_pairs(raw, seq, texts, features, blocks, barrier, drops)
    _neutral_announcements(raw, seq, texts, features, blocks, drops)
    _announced_lists(raw, seq, texts, features, blocks, barrier, drops)
    headlines = _figure_headlines(rows, raw, seq, features)
    labelled = [bool(blocks[i].code) for i in seq]
    scores = _adjusted(raw, labelled, repeated_prose, headlines)
    heading = title_anchor(texts)
    anchor = None if heading is None else bisect_right(seq, heading)  # the block below it
    start, end = _choose_run(scores, barrier, anchor)
    if repeated_prose:
        # A lone copy counts against only where the page has more article than it: a post
        # of one paragraph that the page shows twice is still the article.
        best = sum(scores[start:end])
        outdone = [k for k in repeated_prose if raw[k] * LONE_PROSE_SHARE <= best]
        if len(outdone) < len(repeated_prose):
            scores = _adjusted(raw, labelled, outdone, headlines)
            start, end = _choose_run(scores, barrier, anchor)
    for i, score in zip(seq, scores, strict=True):
        all_scores[i] = score
    if start == end:  # nothing reads as running text: leave the page as it is
        return Region(0, n, tuple(all_scores), copies=copies)
    if (
        anchor is not None and heading is not None and not any(barrier[:anchor])
        and (
            sum(score for score in scores[start:end] if score > 0) < WEAK_RUN_SCORE
            or any(barrier[anchor:start])
        )
    ):
        start, end = _under_headline(
            seq, texts, labelled, features, heading, anchor, (start, end)
        ) or (start, end)
    # Only a notice inside the run can end it: its pattern runs on those blocks alone (a
    # footer's is slow on a long line, and most footers stand below the run).
    in_run = [k for k, notice in notices if start < k < end and notice.search(texts[seq[k]])]
    closing = _closing_notices(in_run, seq, blocks, features)
    # What follows a notice counts at full weight: a paragraph between subheadings is
    # running text there, however alone it stands.
    end = _end_at_notice(
        raw, labelled, closing, start, end,
        lambda k: is_listed_headline(features[seq[k]], texts[seq[k]]),
    )
    start = _extend_start_over_list(seq, texts, features, blocks, scores, barrier, start)
    # Blocks that speak neither for nor against (short sentences) go with the article; not
    # above the headline of a whole page's title line (``Headline | Site``: more words than
    # the headline; a title line of the headline's words alone may be the document's first
    # paragraph, repeated) when the run starts below it: a blurb that reaches the headline
    # over such blocks (a breadcrumb) is the page's.
    titled = heading is not None and features[heading].n_words < next(
        f.n_words for f, text in zip(features, texts, strict=True) if text.strip()
    )
    floor = anchor if titled and anchor is not None and start >= anchor else 0
    while start > floor and scores[start - 1] >= 0 and not barrier[start - 1]:
        start -= 1
    end = _extend_end(scores, barrier, end)
    end = _extend_over_rows(seq, texts, blocks, barrier, end)
    end = _extend_over_table(seq, features, blocks, barrier, end)
    end = _extend_over_list(seq, texts, features, blocks, scores, barrier, end)
    end = _extend_over_sections(seq, blocks, features, kinds, start, end)
    end = _extend_over_headed_sentences(seq, features, blocks, barrier, end)
    return Region(
        seq[start], seq[end - 1] + 1, tuple(all_scores), heading if titled else None, copies
    )


#: A line that announces what follows (ends with a colon) is this many words long at most.
MAX_ANNOUNCE_WORDS = 8


def _neutral_announcements(
    raw: list[float], seq: Sequence[int], texts: Sequence[str], features: Sequence[Features],
    blocks: Sequence[Block], drops: Sequence[int],
) -> None:
    """A short free line that ends with a colon between two blocks of running text, the one
    below a quotation, announces it (``He said:`` above the quote): neither for nor
    against, like a sentence that goes on below it, so the paragraph above it is not taken
    for a teaser standing alone. A label (``Read the letter here:``) above a paragraph of
    the page's own, or a line in title case (``Our Partners:``), still counts against.
    (``drops``: the positions whose block counts for the run and the next against it.)"""
    last = len(seq) - 1
    for k in [d + 1 for d in drops if d + 1 < last and raw[d + 1] < 0 < raw[d + 2]]:
        i, below = seq[k], seq[k + 1]
        if (
            not blocks[i].code
            and texts[i].rstrip().endswith(COLONS)
            and 0 < features[i].n_words <= MAX_ANNOUNCE_WORDS
            and not is_title_case(texts[i])
            and is_running_text(features[below]) and is_quotation(texts[below])
        ):
            raw[k] = 0.0


#: A list's heading is this many words at most where a bullet opens the line below it.
MAX_BULLETED_HEADING_WORDS = 8
#: Short items under their own heading are a list's, not buttons, from this many on.
MIN_HEADED_ITEMS = 3
# A number opening a line as a list's step does. Matches "1. Water", "10) Tap"; not "1912
# Fowler", "3.5 million".
NUMBERED_RE = regex.compile(r"\d{1,2}[.)]\s")
# A bullet opening a line. Matches "• Apple iPad", "- one"; not "-1", "Apple".
BULLET_START_RE = regex.compile(BULLET_MARK + r"\s")
#: A list that a sentence ending in a colon introduces (of this many words at least: a
#: form's "Message:" is a label) has at least this many items...
MIN_INTRO_WORDS, MIN_LIST_ITEMS = 3, 2
#: ... each this many words at most.
MAX_ITEM_WORDS = 40
#: ... or, under a short sentence, names of this many words at most (``Jane Ward``).
MAX_NAME_WORDS = 3
#: A line this short between the run and the sentence that introduces a list (a link, a
#: caption: "View larger map.") does not part them.
MAX_ASIDE_WORDS = 4


def _extend_over_list(
    seq: Sequence[int], texts: Sequence[str], features: Sequence[Features],
    blocks: Sequence[Block], scores: Sequence[float], barrier: Sequence[bool], end: int,
) -> int:
    """Carry the end of the run (``end``, a position in ``seq``) over the items of a list
    that its last block introduces with a colon ("... you'll find the following:"), or
    that the block right below it does (or the one below a short line such as "Enlarge
    this map"): lines of a few words in sentence case (or after a bullet), which a menu or
    a list of headlines is not; under a sentence of :data:`MIN_PROSE_WORDS` words or more
    ("Here are the places we will visit in the spring:"), names in title case too.
    ``features`` are the blocks' (their word counts are read), by block index.

    >>> from newsclean.document import Block
    >>> lines = ["It rained.", "What is new in this version:", "new tasks for the game",
    ...          "better support for phones", "Home"]
    >>> blocks = [Block(i, 0, 0, t, t) for i, t in enumerate(lines)]
    >>> _extend_over_list(range(5), lines, Features.many(lines), blocks,
    ...                   [10.0, 0, -2, -2, -4], [False] * 5, 2)
    4
    >>> form = ["It rained.", "Message:", "send a copy to my email", "remember my name"]
    >>> blocks = [Block(i, 0, 0, t, t) for i, t in enumerate(form)]
    >>> _extend_over_list(range(4), form, Features.many(form), blocks,
    ...                   [10.0, 0, -2, -2], [False] * 4, 2)
    2
    """
    free = partial(_free_block, seq, blocks, barrier)

    def intro(k: int) -> bool:
        return _is_intro(texts[seq[k]], features[seq[k]].n_words)

    if end > 0 and intro(end - 1):
        first = end
    elif free(end) and intro(end):
        first = end + 1
    elif free(end) and free(end + 1) and scores[end] <= 0 and (
        features[seq[end]].n_words <= MAX_ASIDE_WORDS
    ) and intro(end + 1):
        first = end + 2  # a short line between ("View larger map."), then the introduction
    else:
        return end
    pos = first
    # A sentence that announces the list may list names (places, people, products), in
    # title case as headlines are: a related list's header is no such sentence.
    # A shorter one in sentence case ("The winners are:") may list names of a few words
    # ("Jane Ward"), not headlines ("You may like to read:" above other articles' titles).
    announced = features[seq[first - 1]].n_words >= MIN_PROSE_WORDS
    names = announced or not is_title_case(texts[seq[first - 1]])
    while free(pos) and scores[pos] <= 0 and (
        _is_item(texts[seq[pos]], features[seq[pos]].n_words)
        or (announced and features[seq[pos]].n_words <= MAX_ITEM_WORDS)
        or (names and 2 <= features[seq[pos]].n_words <= MAX_NAME_WORDS)
    ):
        pos += 1
    return pos if pos - first >= MIN_LIST_ITEMS else end


#: The lengths of a section, in blocks with words, that :func:`_extend_over_sections`
#: looks for (a name, its paragraph, a link below it: 3).
SECTION_LENGTHS = (2, 3, 4)
#: Sections of the run's shape that must follow it before they count as its own.
MIN_SECTIONS_AFTER = 2


def _is_long(f: Features) -> bool:
    """A block's shape in a section: a paragraph (True) or a short line (False)."""
    return f.n_words >= MIN_PROSE_WORDS


def _extend_over_sections(
    seq: Sequence[int], blocks: Sequence[Block], features: Sequence[Features],
    kinds: dict[str, _Kind], start: int, end: int,
) -> int:
    """Carry the end of the run (``end``, a position in ``seq``) over sections shaped as
    its last two are, when :data:`MIN_SECTIONS_AFTER` or more of them follow it.

    A page of features or products repeats one shape (a name, a paragraph, ``Learn more
    about ...``) from its first section to its last: summaries under headings, as
    teasers are, which count against the run, so it may end after the sections its lead
    carried. Where the run's last blocks repeat a shape of short lines and paragraphs
    (:func:`_is_long`) twice, sections of that shape that follow, whole and before any
    furniture (``kinds``: a labelled block that is not inline ends them; an inline one
    counts as the line it is, since a section's name may read as a stray heading
    fragment), are the article's too: the page does not change what a section is. One
    section of the shape after the run proves nothing (a closing link and a line below
    it) and is not taken. A run of paragraphs alone, or of short lines alone, has no
    sections.

    >>> from newsclean.document import Block
    >>> lines = ["Every tool in the app is free, and all of them work without a signal."]
    >>> for name in ["Planner", "Weather", "Journal", "Maps"]:
    ...     lines += [name, f"The {name.lower()} tool works offline, on every phone we "
    ...               "support, in all the languages of the app.", f"Learn more about {name}"]
    >>> blocks = [Block(i, 0, 0, t, t) for i, t in enumerate(lines)]
    >>> feats = Features.many(lines)
    >>> _extend_over_sections(range(13), blocks, feats, {}, 0, 7), len(lines)
    (13, 13)
    >>> _extend_over_sections(range(13), blocks, feats, {}, 0, 10)  # one section after it
    10
    """
    def furniture(k: int) -> bool:
        return bool(blocks[k].code) and blocks[k].label in kinds

    # The run's last blocks with words, up to two sections of the longest length.
    last, first = seq[end - 1], seq[start]
    shapes: list[bool] = []
    k = last
    while k >= first and len(shapes) < 2 * SECTION_LENGTHS[-1] and not furniture(k):
        if features[k].n_words:
            shapes.append(_is_long(features[k]))
        k -= 1
    shapes.reverse()
    length = next((n for n in SECTION_LENGTHS if len(shapes) >= 2 * n
                   and shapes[-2 * n:-n] == shapes[-n:] and 0 < sum(shapes[-n:]) < n), None)
    if length is None:
        return end
    section = shapes[-length:]
    whole, at, reach = 0, 0, last
    for k in range(last + 1, len(blocks)):
        if not features[k].n_words:
            continue
        if furniture(k) or _is_long(features[k]) != section[at]:
            break
        at += 1
        if at == length:
            at, whole, reach = 0, whole + 1, k
    return bisect_right(seq, reach) if whole >= MIN_SECTIONS_AFTER else end


#: Short sections (a heading and one short sentence) that must follow the run, in a row,
#: before they count as its own.
MIN_HEADED_SENTENCES = 3


def _extend_over_headed_sentences(
    seq: Sequence[int], features: Sequence[Features], blocks: Sequence[Block],
    barrier: Sequence[bool], end: int,
) -> int:
    """Carry the end of the run (``end``, a position in ``seq``) over short sections right
    below it: a heading of up to :data:`MAX_ASIDE_WORDS` words without a final mark, and
    under it one sentence of fewer than :data:`MIN_PROSE_WORDS` words (``Plant garlic`` /
    ``Push cloves in 15cm apart.``), :data:`MIN_HEADED_SENTENCES` of them or more in a row,
    those that end the run counted too. A list of such tips is the article's: each counted
    against the run (a short sentence alone between headings reads as a teaser), yet a menu
    has no sentences and a teaser's summary is running text.

    >>> from newsclean.document import Block
    >>> lines = ["Before the frosts settle in, a few hours of work now will pay off.",
    ...          "Plant garlic", "Push cloves in 15cm apart.", "Lift the carrots",
    ...          "Store them in sand.", "Mulch the beds", "Compost will do.", "Share"]
    >>> blocks = [Block(i, 0, 0, t, t) for i, t in enumerate(lines)]
    >>> feats = Features.many(lines)
    >>> [_extend_over_headed_sentences(range(8), feats, blocks, [False] * 8, end)
    ...  for end in (1, 3)]
    [7, 7]
    >>> _extend_over_headed_sentences(range(6), feats, blocks, [False] * 6, 1)  # two: no list
    1
    >>> teasers = [lines[0], "Storm hits", "The storm arrived at dawn and the rain fell all day.",
    ...            "Fans cheer", "The team won the cup after a long night in the rain."]
    >>> blocks = [Block(i, 0, 0, t, t) for i, t in enumerate(teasers * 2)]
    >>> _extend_over_headed_sentences(range(10), Features.many(teasers * 2), blocks,
    ...                               [False] * 10, 1)  # summaries of running text
    1
    """
    free = partial(_free_block, seq, blocks, barrier)

    def section(k: int) -> bool:  # a heading at k, its sentence at k + 1
        if not (free(k) and free(k + 1)):
            return False
        heading, sentence = features[seq[k]], features[seq[k + 1]]
        return (0 < heading.n_words <= MAX_ASIDE_WORDS and not heading.terminal
                and sentence.terminal and 0 < sentence.n_words < MIN_PROSE_WORDS)

    pos = end
    while section(pos):
        pos += 2
    if pos == end:
        return end
    before = end - 2
    while before >= 0 and section(before):
        before -= 2
    return pos if (pos - before - 2) // 2 >= MIN_HEADED_SENTENCES else end


def _free_block(
    seq: Sequence[int], blocks: Sequence[Block], barrier: Sequence[bool], k: int
) -> bool:
    """Whether position ``k`` of ``seq`` (the blocks the run is found over) is in it and
    holds a block that no rule labelled and that is no barrier."""
    return 0 <= k < len(seq) and not barrier[k] and not blocks[seq[k]].code


def _paragraph_test(
    raw: Sequence[float], seq: Sequence[int], texts: Sequence[str],
    features: Sequence[Features], blocks: Sequence[Block], barrier: Sequence[bool],
) -> Callable[[int], bool]:
    """Whether position ``k`` of ``seq`` holds a paragraph that a list between paragraphs
    stands next to: a free block that scores for the run in ``raw`` (read when asked), a
    sentence of :data:`MIN_PROSE_WORDS` words or more that asks no question (a question
    may be a headline of a related list)."""
    free = partial(_free_block, seq, blocks, barrier)

    def paragraph(k: int) -> bool:
        if not free(k) or raw[k] <= 0:
            return False
        f = features[seq[k]]
        return f.terminal and f.n_words >= MIN_PROSE_WORDS and not is_question(texts[seq[k]])

    return paragraph


def _neutral_lists(
    raw: list[float], seq: Sequence[int], texts: Sequence[str], features: Sequence[Features],
    blocks: Sequence[Block], barrier: Sequence[bool], drops: Sequence[int],
) -> None:
    """Score the lists between two paragraphs as neither for nor against the article (0 in
    ``raw``, the scores of the blocks of ``seq``). ``features`` are the blocks', by block
    index.

    Such lists are the article's (release notes, a recipe, what a plan changes); as
    heading-like lines they counted against it, and a short article's lead or last
    paragraph went with them. A list here is one or more lines with figures
    (:func:`is_data_row`: times, dates, prices), after a bullet, or in sentence case
    (:func:`_is_item`, and a word in lower case: a menu or a list of headlines is in title
    case, and a script without case tells nothing), under a short heading of its own or
    none (``New features``, ``Ingredients``, ``Sunday``; over bulleted items, a longer one:
    ``The Role of a Copywriter``, see :data:`MAX_BULLETED_HEADING_WORDS`). The lists hold
    :data:`MIN_LIST_ITEMS` items each on average (one line under a heading may be a
    teaser's headline), and no more than half of them are as short as a menu's items
    (:data:`MENU_WORDS`) without a bullet (``Normal font``, ``Large font`` are buttons),
    unless every list stands under its heading with :data:`MIN_HEADED_ITEMS` items or more,
    each of words with one in lower case (``Things you'll need``: ``Sharp scissors``,
    ``Orchid bark mix``). One line in title case between two items is an item too (a
    gallery's caption that names a place: ``Sawmill demonstration by the Wessex Timber
    Group``), and a line of facts may stand above a list's heading (``Difficulty: Easy``).
    Above them and below them (under its own heading, if any: ``Verdict``) is a
    paragraph: a free block of running text that asks no question (a question may be a
    headline of a related list); below them, a method's first numbered step may stand for
    it (``1. Water the plant the day before.``).

    >>> from newsclean.document import Block
    >>> lines = ["The app's new version came out on Thursday with offline maps.", "New",
    ...          "offline maps for any region", "directions for cyclists", "Fixes",
    ...          "no crash on long routes", "faster search on slow links",
    ...          "The next release will focus on the public transport timetables."]
    >>> blocks = [Block(i, 0, 0, t, t) for i, t in enumerate(lines)]
    >>> raw = [5.5, -4.0, -2.0, -2.0, -4.0, -2.0, -2.0, 4.5]
    >>> _neutral_lists(raw, range(8), lines, Features.many(lines), blocks, [False] * 8, [0])
    >>> raw
    [5.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.5]
    """
    free = partial(_free_block, seq, blocks, barrier)
    paragraph = _paragraph_test(raw, seq, texts, features, blocks, barrier)

    def heading(k: int) -> bool:
        if not free(k) or raw[k] > 0:
            return False
        n = features[seq[k]].n_words
        return 0 < n <= MAX_ASIDE_WORDS or (
            n <= MAX_BULLETED_HEADING_WORDS and k + 1 < len(seq)
            and BULLET_START_RE.match(texts[seq[k + 1]]) is not None
        )

    def item(k: int) -> bool:
        if not free(k) or raw[k] > 0:
            return False
        f, text = features[seq[k]], texts[seq[k]]
        return not f.terminal and (is_data_row(f) or (
            (BULLET_START_RE.match(text) is not None or any(w[:1].islower() for w in f.words))
            and _is_item(text, f.n_words)
        ))

    def outlier(k: int) -> bool:  # a caption in title case by its names, between items
        if not free(k) or raw[k] > 0:
            return False
        f = features[seq[k]]
        return (not f.terminal and MENU_WORDS < f.n_words <= MAX_ITEM_WORDS
                and any(w[:1].islower() for w in f.words))

    def step(k: int) -> bool:  # a numbered sentence: the first step of a method
        if not free(k) or raw[k] <= 0:
            return False
        return features[seq[k]].terminal and NUMBERED_RE.match(texts[seq[k]]) is not None

    def worded(k: int) -> bool:  # an item of words, not figures: ``Sharp scissors``
        f = features[seq[k]]
        return f.n_words >= 2 and not is_data_row(f) and any(w[:1].islower() for w in f.words)

    def button(k: int) -> bool:  # a line as short as a menu's, without a bullet
        return (features[seq[k]].n_words <= MENU_WORDS
                and BULLET_START_RE.match(texts[seq[k]]) is None)

    done = 0  # the lists end before this position
    for k in drops:  # a paragraph with a block that counts against the run below it
        if k < done or not paragraph(k):
            continue
        pos, lists, items, buttons, headed = k + 1, 0, 0, 0, 0
        while True:  # the lists below the paragraph at k, each under its heading if any
            head = pos
            if heading(pos):
                pos += 1
                if ":" in texts[seq[pos - 1]].rstrip()[:-1] and heading(pos) and not item(pos):
                    pos += 1  # a line of facts above the list's heading ("Difficulty: Easy")
            first = pos
            while item(pos) or (pos > first and item(pos - 1) and outlier(pos)
                                and item(pos + 1)):
                pos += 1
            if pos == first:
                pos = head
                break
            lists, items = lists + 1, items + pos - first
            headed += first > head and pos - first >= MIN_HEADED_ITEMS and all(
                worded(m) for m in range(first, pos))
            buttons += sum(map(button, range(first, pos)))
        if heading(pos) and (paragraph(pos + 1) or step(pos + 1)):
            pos += 1  # the closing paragraph's own heading (``Verdict``, ``Instructions``)
        # Short items (``Sharp scissors``) are a list's, not buttons, under their heading.
        few_buttons = buttons * 2 <= items or headed == lists
        if lists and items >= MIN_LIST_ITEMS * lists and few_buttons and (
            paragraph(pos) or step(pos)
        ):
            raw[k + 1:pos] = [0.0] * (pos - k - 1)
        done = pos


#: Pairs of a label and its value (see :func:`_neutral_label_pairs`) in a row, at least.
MIN_LABEL_PAIRS = 3
#: A label of such a pair has this many words at most (``Best show for young people``).
MAX_LABEL_WORDS = 6


def _neutral_label_pairs(
    raw: list[float], seq: Sequence[int], texts: Sequence[str], features: Sequence[Features],
    blocks: Sequence[Block], barrier: Sequence[bool], drops: Sequence[int],
) -> None:
    """Score a list of labels and their values between two paragraphs as neither for nor
    against the article (0 in ``raw``, the scores of the blocks of ``seq``; ``features``
    are the blocks', by block index): a label of two to :data:`MAX_LABEL_WORDS` words in
    sentence case (``Best new play``, ``Opening hours``), and on the line below it its
    value, names in title case without a final mark (``Small Hours, by Bea Thornton``),
    :data:`MIN_LABEL_PAIRS` times or more in a row. Award winners, results and facts
    stand so in an article; a menu or a list of headlines does not alternate the two
    cases line by line, nor does a form (``Your name``, ``Your comment``), and a value in
    title case is no item of a list (see :func:`_neutral_lists`).

    >>> lines = ["The winners were named at a ceremony in the Corn Exchange on Saturday.",
    ...          "Best production", "The Lighthouse Keepers", "Best new play",
    ...          "Small Hours, by Bea Thornton", "Best actor", "Samir Qadri, Othello",
    ...          "The judges said the standard this year had been the highest yet."]
    >>> from newsclean.document import Block
    >>> blocks = [Block(i, 0, 0, t, t) for i, t in enumerate(lines)]
    >>> raw = [13.0, -4.0, -2.0, -4.0, -2.0, -4.0, -2.0, 12.0]
    >>> _neutral_label_pairs(raw, range(8), lines, Features.many(lines), blocks, [False] * 8,
    ...                      [0])
    >>> raw
    [13.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 12.0]
    """
    free = partial(_free_block, seq, blocks, barrier)
    paragraph = _paragraph_test(raw, seq, texts, features, blocks, barrier)

    def pair(k: int) -> bool:  # a label at k, its value at k + 1
        if not (free(k) and free(k + 1)) or raw[k] > 0 or raw[k + 1] > 0:
            return False
        label, value = features[seq[k]], features[seq[k + 1]]
        return (2 <= label.n_words <= MAX_LABEL_WORDS and not label.terminal
                and 0 < value.n_words <= MAX_ITEM_WORDS and not value.terminal
                and not is_title_case(texts[seq[k]]) and is_title_case(texts[seq[k + 1]]))

    for k in drops:  # a paragraph with a block that counts against the run below it
        if not pair(k + 1) or not paragraph(k):  # (the pair first: most blocks are none)
            continue
        pos = k + 3
        while pair(pos):
            pos += 2
        if (pos - k - 1) // 2 >= MIN_LABEL_PAIRS and paragraph(pos):
            raw[k + 1:pos] = [0.0] * (pos - k - 1)


#: A paragraph announces a list by its count from this many items on ("Here are 30 designs").
MIN_ANNOUNCED_ITEMS = 5
#: ... and up to this many.
MAX_ANNOUNCED_ITEMS = 100
# A number of items a paragraph may announce: a whole number of one to three digits.
# Matches "30" in "Here are 30 designs"; not "3.5", "1,200" or "2012".
COUNT_RE = regex.compile(r"(?<![\d.,])\d{1,3}(?![\d.,]\d)")
_LETTER_RE = regex.compile(r"\p{L}")


def _announced_lists(
    raw: list[float], seq: Sequence[int], texts: Sequence[str], features: Sequence[Features],
    blocks: Sequence[Block], barrier: Sequence[bool], drops: Sequence[int],
) -> None:
    """Score as neither for nor against the article (0 in ``raw``) the short lines right
    below a paragraph that announce themselves by their number: a showcase's ``Here are 30
    designs ...`` over the thirty designs' titles, one a line. In title case such lines
    look like a list of other articles' headlines (see :func:`_neutral_lists`), and the
    article's closing paragraph went with them; that their count is the one the paragraph
    gives (one more or fewer, or a tenth, for a heading or a picture without a title), and
    that a heading above (the headline: ``30 Designs to Inspire You``) gives too, is
    evidence no menu has. Between :data:`MIN_ANNOUNCED_ITEMS` and
    :data:`MAX_ANNOUNCED_ITEMS` items, each of at most :data:`MAX_ITEM_WORDS` words with a
    letter (a pager's ``1``, ``2``, ``3`` are no titles) and no paragraph; a paragraph (or
    the end of the page) below them.

    >>> from newsclean.document import Block
    >>> lines = ["5 Gardens We Loved", "Here are 5 of the best designs we saw at the show.",
    ...          "Rose Arbour", "Gravel Court", "Fern Gully", "Pond Life", "The Long Border",
    ...          "Which one would you plant at home? Tell us what you think of them."]
    >>> blocks = [Block(i, 0, 0, t, t) for i, t in enumerate(lines)]
    >>> raw = [-1.0, 8.0, -2.0, -2.0, -2.0, -2.0, -2.0, 6.0]
    >>> _announced_lists(raw, range(8), lines, Features.many(lines), blocks, [False] * 8, [1])
    >>> raw
    [-1.0, 8.0, 0.0, 0.0, 0.0, 0.0, 0.0, 6.0]
    """
    free = partial(_free_block, seq, blocks, barrier)

    def paragraph(k: int) -> bool:
        f = features[seq[k]]
        return f.terminal and f.n_words >= MIN_PROSE_WORDS

    n = len(seq)
    for k in drops:
        if not free(k) or not paragraph(k):
            continue
        counts = _counts_of(texts[seq[k]])
        if not counts:
            continue
        pos = k + 1
        while (pos < n and pos - k <= MAX_ANNOUNCED_ITEMS + 10 and free(pos)
               and not paragraph(pos) and features[seq[pos]].n_words <= MAX_ITEM_WORDS
               and _LETTER_RE.search(texts[seq[pos]])):  # a title, not a pager's "2"
            pos += 1
        items = pos - k - 1
        if pos < n and not (free(pos) and paragraph(pos)):
            continue  # no paragraph below the list
        counts = {c for c in counts if abs(items - c) <= max(1, c // 10)}
        if counts and any(features[i].heading_like and _counts_of(texts[i]) & counts
                          for i in seq[:k]):
            raw[k + 1:pos] = [0.0] * items


def _counts_of(text: str) -> set[int]:
    """The numbers of items ``text`` may announce (see :data:`COUNT_RE`).

    >>> sorted(_counts_of("Top 10 gadgets of 2012, from 3.5 to 1,200 dollars"))
    [10]
    """
    return {c for m in COUNT_RE.finditer(text)
            if MIN_ANNOUNCED_ITEMS <= (c := int(m.group())) <= MAX_ANNOUNCED_ITEMS}


def _extend_start_over_list(
    seq: Sequence[int], texts: Sequence[str], features: Sequence[Features],
    blocks: Sequence[Block], scores: Sequence[float], barrier: Sequence[bool], start: int,
) -> int:
    """Carry the start of the run (``start``, a position in ``seq``) up over the items of a
    list right above it, and the sentence that introduces them with a colon ("In this
    webinar we'll cover:"): the article's own list, which pushed its lead out of the run.
    ``features`` are the blocks', by block index.

    >>> from newsclean.document import Block
    >>> lines = ["Home", "We will cover:", "how the metrics work", "why they matter", "It rained."]
    >>> blocks = [Block(i, 0, 0, t, t) for i, t in enumerate(lines)]
    >>> _extend_start_over_list(range(5), lines, Features.many(lines), blocks,
    ...                         [-4, 5.0, -2, -2, 10.0], [False] * 5, 4)
    1
    """
    free = partial(_free_block, seq, blocks, barrier)

    pos = start - 1
    # Up over the items, to the line that introduces them (or to what is no item); names in
    # title case are items only under a sentence (see _extend_over_list).
    names = False
    while free(pos) and scores[pos] <= 0 and not texts[seq[pos]].rstrip().endswith(COLONS) and (
        features[seq[pos]].n_words <= MAX_ITEM_WORDS
    ):
        names = names or not _is_item(texts[seq[pos]], features[seq[pos]].n_words)
        pos -= 1
    if start - 1 - pos < MIN_LIST_ITEMS or not free(pos):
        return start
    intro = features[seq[pos]].n_words
    if _is_intro(texts[seq[pos]], intro) and (not names or intro >= MIN_PROSE_WORDS):
        return pos
    return start


def _is_intro(text: str, n_words: int) -> bool:
    """Whether a line of ``n_words`` words (as a block's are counted: two CJK characters a
    word) introduces a list: it ends with a colon (Latin or full width), and has
    :data:`MIN_INTRO_WORDS` words at least (a form's ``Message:`` is a label).

    >>> [_is_intro(t, Features.of(t).n_words) for t in ["We packed these:", "以下的裝備：", "Message:"]]
    [True, True, False]
    """
    return text.rstrip().endswith(COLONS) and n_words >= MIN_INTRO_WORDS


def _is_item(text: str, n_words: int) -> bool:
    """Whether a line of ``n_words`` words can be an item of a list that the article
    introduces: a few words (:data:`MAX_ITEM_WORDS` at most), in sentence case, or after a
    bullet (a list of names: ``• Amazon Kindle``); a menu or a list of headlines is in title
    case."""
    return 2 <= n_words <= MAX_ITEM_WORDS and (
        not is_title_case(text) or BULLET_START_RE.match(text) is not None
    )


#: A row's key is the shape of its first this many words.
ROW_KEY_WORDS = 3


def _word_shape(word: str) -> str:
    """A word's shape in a row key: ``9`` with a figure in it, ``A`` capitalised, ``a`` in
    lower case, else the word itself (a dash, a bullet)."""
    if any(map(str.isdigit, word)):
        return "9"
    first = word[0]
    if first.isupper():
        return "A"
    return "a" if first.islower() else word


def row_key(text: str) -> str | None:
    """The shape of a line's first words, where one of them holds a figure: rows of one
    table or dated list share it (``June 9 – Coral Sky``, ``Aug. 2 – Riverbend``), a
    headline list's lines seldom do. ``None`` for a line whose first words hold no figure.

    >>> row_key("June 20 – Raleigh, NC @ Coastal Credit Union Music Park")
    'A 9 –'
    >>> row_key("Aug. 2 – Clarkston, MI @ DTE Energy Music Theatre")
    'A 9 –'
    >>> row_key("Tickets go on sale on Friday.") is None
    True
    """
    words = text.split(maxsplit=ROW_KEY_WORDS)[:ROW_KEY_WORDS]
    if not any(any(map(str.isdigit, word)) for word in words):
        return None
    return " ".join(map(_word_shape, words))


def _extend_over_rows(
    seq: Sequence[int], texts: Sequence[str], blocks: Sequence[Block],
    barrier: Sequence[bool], end: int,
) -> int:
    """Carry the end of the run (``end``, a position in ``seq``) over the rest of a table or
    dated list whose first rows it holds: where its last two blocks share a :func:`row_key`,
    the free lines below with the same key (of :data:`MAX_LIST_ROW_WORDS` words at most) are
    more rows of it, however many words they have (``June 20 – Coastal Credit Union Music
    Park at Walnut Creek, Raleigh, NC`` reads like a headline on its own).

    >>> from newsclean.document import Block
    >>> lines = ["The tour starts in June.", "June 9 – Coral Sky, FL", "June 10 – Tampa, FL",
    ...          "June 20 – Coastal Credit Union Music Park at Walnut Creek, Raleigh, NC",
    ...          "Trending Now On The Site"]
    >>> blocks = [Block(i, 0, 0, t, t) for i, t in enumerate(lines)]
    >>> _extend_over_rows(range(5), lines, blocks, [False] * 5, 3)
    4
    """
    if end < 2:
        return end
    key = row_key(texts[seq[end - 1]])
    if key is None or row_key(texts[seq[end - 2]]) != key:
        return end
    n = len(seq)
    while end < n and not barrier[end] and not blocks[seq[end]].code:
        text = texts[seq[end]]
        if len(text.split()) > MAX_LIST_ROW_WORDS or row_key(text) != key:
            break
        end += 1
    return end


#: A table below the run: this many short lines at most above its rows, or between two of
#: its parts (its title, a team's name: ``SCOREBOARD``, ``Bangladesh:``)...
MAX_TABLE_TITLE_LINES = 2
#: ... and this many rows in a row at least under them.
MIN_TABLE_ROWS = 3
#: A title line of a table has this many words at most.
MAX_TABLE_TITLE_WORDS = 3


def _extend_over_table(
    seq: Sequence[int], features: Sequence[Features], blocks: Sequence[Block],
    barrier: Sequence[bool], end: int,
) -> int:
    """Carry the end of the run (``end``, a position in ``seq``) over a table right below
    it whose title lines kept it out of the run: parts of :data:`MIN_TABLE_ROWS` rows or
    more with figures in them (:func:`is_data_row`: a scoreboard, standings, results),
    each under at most :data:`MAX_TABLE_TITLE_LINES` short lines (``SCOREBOARD``,
    ``Bangladesh:``). Rows alone right below the run go with it anyway (their score is
    nil); a title line counts against it, as a menu item does, and a menu or a list of
    headlines has few figures. ``features`` are the blocks', by block index.

    >>> from newsclean.document import Block
    >>> lines = ["The visitors won by ten wickets.", "SCOREBOARD", "Bangladesh:",
    ...          "Tamim Iqbal c Styris b Mason 13", "Junaid Siddique b Mills 1",
    ...          "Extras lb1, w3 4", "New Zealand:", "J. How not out 7",
    ...          "B. McCullum not out 80", "Total for no loss 95", "AFP", "Home"]
    >>> blocks = [Block(i, 0, 0, t, t) for i, t in enumerate(lines)]
    >>> _extend_over_table(range(12), Features.many(lines), blocks, [False] * 12, 1)
    10
    """
    free = partial(_free_block, seq, blocks, barrier)

    reach = end
    while True:
        k, titles = reach, 0
        while (free(k) and titles < MAX_TABLE_TITLE_LINES
               and 0 < features[seq[k]].n_words <= MAX_TABLE_TITLE_WORDS
               and not is_data_row(features[seq[k]])):
            k, titles = k + 1, titles + 1
        rows = 0
        while free(k) and not features[seq[k]].terminal and is_data_row(features[seq[k]]):
            k, rows = k + 1, rows + 1
        if rows < MIN_TABLE_ROWS:
            return reach
        reach = k


def _extend_end(scores: Sequence[float], barrier: Sequence[bool], end: int) -> int:
    """Carry the end of the run over neutral blocks (rows of a list, short sentences).

    A subheading between them (one short line) is carried too, so a list of tour dates
    under its own heading stays with the article; the run never ends on a negative block.
    """
    total, pos = 0.0, end
    while pos < len(scores) and not barrier[pos]:
        total += scores[pos]
        if total < LONE_LINE_SCORE:
            break
        pos += 1
        if scores[pos - 1] >= 0:
            end = pos
    return end
