"""Heading-fragment rule (H): short lines a scraper copied out of the paragraph below."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import BlockContext
from ..features import Features, copied_phrase, word_count
from ..registry import Role, block_rule

#: The label of a heading fragment (other rules look for it).
FRAGMENT = "fragment"
#: A fragment is at most this many words (fewer than a heading's most: every fragment is
#: heading-like; tests/test_rules.py checks it).
MAX_FRAGMENT_WORDS = 12
#: The quotation marks a line may open with: a quotation, which no scraper makes up (``”``
#: and ``»`` open one in Swedish and Finnish, and in German and Danish; the corner brackets
#: are Japanese and Chinese quotation marks, ``「これ以上は無理」``).
QUOTE_OPENERS = frozenset("\"'“‘«„‚”»「『＂")

def _describe(f: Features, how: str) -> str:
    if how == "opening words":
        words = word_count(f.n_words)
        return f"heading fragment: repeats the opening {words} of the paragraph below"
    return f"heading fragment: copies a {f.n_words}-word phrase of the paragraph below"


@block_rule(
    "H101", "heading-fragment", stage="context", role=Role.INLINE, marks_page=False,
    label=FRAGMENT, priority=10,
)
def heading_fragment(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """Stray heading fragments: short lines that copy words of the paragraph below them.

    A fragment is a short line without terminal punctuation that repeats the opening words
    of the next paragraph (``Although Kirby``) or a name or phrase found in it
    (``Kharkiv and Kherson``).

    Real subheadings, which do not copy the paragraph below, stay and are labelled heading;
    so do lines in quotation marks (a pull quote quotes the text below on purpose).
    The paragraph below is the next block that is not itself a fragment; the next block
    that is kept counts too, so removing boilerplate in between never changes the verdict.
    A line shaped like a heading is no such paragraph: a name above ``Mara Oyelaran is head
    of planning`` heads an expert's answer in a round-up, and stays.

    >>> from newsclean import analyze
    >>> doc = analyze("Title of the story here\\nAlthough Kirby\\n"
    ...               "Although Kirby spoke on Friday, nothing changed.\\n"
    ...               "What comes next\\nThe talks in Kharkiv and Kherson resume on Monday.")
    >>> [(b.label, b.code) for b in doc.blocks]
    [('title', 'S101'), ('fragment', 'H101'), ('paragraph', 'S100'), ('heading', 'S102'), ('paragraph', 'S100')]
    >>> doc = analyze("路線バスの減便を発表した\\n「これ以上は維持できない」\\n"
    ...               "担当者は「これ以上は維持できない」と話した。運転手が足りない。")
    >>> [b.code for b in doc.blocks]
    ['S101', 'S102', 'S100']
    """
    blocks, feats = ctx.blocks, ctx.features
    # Heading-like lines (see Features.heading_like: words, no final mark, a capital first)
    # of at most MAX_FRAGMENT_WORDS words (fewer than a heading's most), that no rule took
    # and that open with no quotation mark; the fields read as they stand, not through the
    # property, once per block.
    candidates = [
        i for i, f in enumerate(feats)
        if 0 < f.n_words <= MAX_FRAGMENT_WORDS and f.capital_start and not f.terminal
        and not blocks[i].code and blocks[i].text[:1] not in QUOTE_OPENERS
    ]
    n = len(blocks)
    next_any: int | None = None  # the next block that is not a fragment
    next_kept: int | None = None  # the next block that no rule has removed
    above = n  # the candidate looked at last (the blocks between it and the next are not)
    for i in reversed(candidates):
        f = feats[i]
        if len(f.words) < 2 or (i + 1 == above and next_any == next_kept == above):
            # One word copies no phrase (see copied_phrase), and a line right above a
            # candidate that copied nothing has only that heading-like line below it, no
            # paragraph: the line is the next block for the candidates above it, and nothing
            # else is asked (most candidates are a menu's items, one below the other).
            above = next_any = next_kept = i
            continue
        if i + 1 < above:  # blocks that are no candidates lie between: the nearest counts
            next_any = i + 1
            kept = next((j for j in range(i + 1, above) if ctx.is_free(j)), None)
            if kept is not None:
                next_kept = kept
        above = i
        least = len(f.words) + 3  # a paragraph copied from is longer (see copied_phrase)
        for j in (next_any,) if next_any == next_kept else (next_any, next_kept):
            if j is None or len(feats[j].words) < least or feats[j].heading_like:
                continue
            how = copied_phrase(f.words, feats[j].words)
            if how is not None:
                yield i, _describe(f, how)
                break
        else:
            next_any = next_kept = i
