"""Boilerplate rules (B): text of the page that is not the article.

Evidence rules (B101-B105) look at a block's own words and shape; the context rules B106 and
B107 look at where a block stands. Every verdict carries a reason a person can read.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import chain, compress, count, repeat
from operator import contains

import regex

from ..context import BlockContext
from ..features import Features, inside_quotes, is_quotation, is_reported_speech, word_count
from ..lexicon import (
    ADVERT_LINE_RE,
    APPEAL_PRONOUN_RE,
    DONATION_RE,
    EMBED_CAPTION_RE,
    MONEY_RE,
    NEWSLETTER_RE,
    PAYMENT_RE,
    POLL_BUTTON_RE,
    POLL_HEADER_RE,
    PUBLISHER_PRONOUN_RE,
    SHARE_COUNTER_WORDS,
    SHARE_LINE_RE,
    SHARE_PLATFORMS,
    SHARE_STRONG_WORDS,
    SHARE_WORDS,
    TOOL_STRONG_WORDS,
    TOOL_WORDS,
    TWEET_BYLINE_RE,
    TWEET_LINK_RE,
)
from ..registry import Role, block_rule
from .page import HANDLE_RE, is_dateline

#: What may stand before a prompt that opens a block or a sentence ("» Donate now").
NON_WORD = " \t-–—•·»›>*:|"

#: The longest embedded post, in characters (a tweet is at most 280, with links around it).
MAX_POST_CHARS = 400
#: A short sentence that opens with a request is a prompt ("Make a donation today.");
#: a longer one that opens with the same words is news ("Donations to the fund rose ...").
MAX_SHORT_PROMPT_WORDS = 8
#: Prompts (newsletter, donation start) are short; a longer block is article text.
MAX_PROMPT_WORDS = 60
#: Words of a block that ends an appeal when it carries no appeal evidence at all.
APPEAL_END_WORDS = 12
#: Short blocks without appeal evidence an appeal runs through in a row ("Apple Pay").
MAX_BARE_LINES = 2
#: An appeal box opens with a heading or a prompt of fewer words than this; a longer block
#: that asks (for the publisher: see B102) goes alone.
MAX_OPENING_PROMPT_WORDS = APPEAL_END_WORDS
#: The longest share or follow bar, in words.
MAX_SHARE_WORDS = 14
#: A button's word alone between two paragraphs is a subheading up to this many words.
MAX_HEADING_BUTTON_WORDS = 1


@block_rule("B101", "embedded-post", stage="evidence", role=Role.INLINE, label="embed")
def embedded_post(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """Embedded social posts and polls: tweets with their attribution line, embed captions,
    a post's counters, a post printed a line at a time, a poll.

    A tweet's text and its ``— Name (@handle) Date`` line are removed, as are the captions
    and counters of Instagram, Facebook, YouTube and TikTok embeds (``View this post on
    Instagram``, ``4,218 people like this.``). A tweet is recognised by its closing
    ``pic.twitter.com/…`` or ``t.co`` link, or by the attribution line after it (then the
    short block above it is the tweet's text). A post printed as a card, a line at a time
    (the author's name, the ``@handle`` alone, the text, a date line), gives its name and
    text to the embed. A poll is a question, two to eight short answers and its button
    (``Vote``, ``View results``), with a short header above (``POLL``, ``What do you
    think?``). Article text that only *mentions* Twitter stays, and so does a question over
    short lines without a poll's button.

    >>> from newsclean import analyze
    >>> doc = analyze("Body text of the article goes here.\\n"
    ...               "Great day! pic.twitter.com/abc123\\n"
    ...               "— Jane Doe (@jane) May 1, 2022\\n"
    ...               "View this post on Instagram")
    >>> [(b.label, b.code) for b in doc.blocks]
    [('paragraph', 'S100'), ('embed', 'B101'), ('embed', 'B101'), ('embed', 'B101')]
    """
    blocks = ctx.blocks
    for i in _embed_candidates(ctx):
        text = blocks[i].text
        if TWEET_BYLINE_RE.match(text):
            yield i, "embedded post: a tweet's '— Name (@handle) date' line"
            prev = i - 1
            if (
                prev >= 0
                and ctx.is_free(prev)
                and len(blocks[prev].text) <= MAX_POST_CHARS
                and not TWEET_BYLINE_RE.match(blocks[prev].text)
            ):
                yield prev, "embedded post: the text of the tweet above its attribution line"
        elif (
            len(text) <= MAX_POST_CHARS
            and ("twitter.com/" in text or "t.co/" in text)  # what TWEET_LINK_RE needs
            and TWEET_LINK_RE.search(text)
        ):
            yield i, "embedded post: a tweet ending in a pic.twitter.com or t.co link"
        elif len(text) <= MAX_POST_CHARS and EMBED_CAPTION_RE.match(text):
            yield i, f"embedded post: the embed caption {text[:40]!r}"
    yield from _polls(ctx)
    yield from _post_cards(ctx)


#: A poll offers this many answers at least and at most, each of this many words at most.
MIN_POLL_OPTIONS, MAX_POLL_OPTIONS, MAX_OPTION_WORDS = 2, 8, 12
#: A poll's question, and the header above it (``POLL``, ``What do you think?``), are this
#: many words long at most.
MAX_POLL_QUESTION_WORDS, MAX_POLL_HEADER_WORDS = 25, 4
#: Lines of a poll's buttons and results in a row (``Vote``, ``View results``, ``12 votes``).
MAX_POLL_BUTTONS = 3


def _is_poll_header(text: str, f: Features) -> bool:
    """Whether a short line above a poll's question heads the poll: a question or a line
    that ends with a colon (``What do you think?``, ``Have your say:``), or a line that names
    a poll (``POLL``)."""
    return 0 < f.n_words <= MAX_POLL_HEADER_WORDS and (
        text.rstrip().endswith(("?", "？", ":")) or POLL_HEADER_RE.search(text) is not None
    )


def _polls(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """Polls: a question (a line ending in ``?``), two to eight short answers, each a line
    without a final period, then the poll's button (``Vote``, ``View results``, ``1,846
    votes``: see the lexicon's ``POLL_BUTTON_RE``), and a short header above the question
    (``POLL``, ``What do you think?``), whatever their words. A question in the article with
    short lines under it and no button below them is no poll."""
    blocks, feats = ctx.blocks, ctx.features
    found = [i for i, _, _ in ctx.find(POLL_BUTTON_RE, MAX_POLL_HEADER_WORDS, anchored=True)]
    buttons = frozenset(found)
    done = -1
    for i in found:
        if i <= done or not ctx.is_free(i):
            continue
        k = i - 1
        while k >= 0 and i - k <= MAX_POLL_BUTTONS and k in buttons:
            k -= 1  # "Vote" above "View results"
        options = 0
        while (
            k >= 0 and options < MAX_POLL_OPTIONS and ctx.is_free(k)
            and 0 < feats[k].n_words <= MAX_OPTION_WORDS
            and not blocks[k].text.rstrip().endswith(("?", "."))
        ):
            options += 1
            k -= 1
        if (
            options < MIN_POLL_OPTIONS or k < 0 or not ctx.is_free(k)
            or not 0 < feats[k].n_words <= MAX_POLL_QUESTION_WORDS
            or not blocks[k].text.rstrip().endswith(("?", "？"))
        ):
            continue
        start = k
        head = k - 1
        if head >= 0 and ctx.is_free(head) and _is_poll_header(blocks[head].text, feats[head]):
            start = head
        end = i
        while end + 1 < len(blocks) and end + 1 - i < MAX_POLL_BUTTONS and (
            end + 1 in buttons and ctx.is_free(end + 1)
        ):
            end += 1
        for j in range(start, end + 1):
            yield j, f"embedded post: a poll of {options} answers above its button"
        done = end


#: An embedded post's author's name, above the handle, is this many words long at most.
MAX_POST_NAME_WORDS = 6


def _post_cards(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """An embedded post printed as a card, a line at a time: the author's name, the
    ``@handle`` alone on its line, the post's text, and the date line right below it
    (``6:41 PM - 22 Feb 2014``). The name and the text are the embed's (the handle and the
    date are a byline's, B201); a writer's handle under the byline, above the article's
    first paragraph, has no date right below that paragraph."""
    blocks, feats = ctx.blocks, ctx.features
    n = len(blocks)
    for h, _, _ in ctx.find(HANDLE_RE, 1):
        post, date = h + 1, h + 2
        if (
            date >= n or not HANDLE_RE.match(blocks[h].text) or not ctx.is_free(post)
            or len(blocks[post].text) > MAX_POST_CHARS or not is_dateline(feats[date])
        ):
            continue
        name = h - 1
        if (
            name >= 0 and ctx.is_free(name)
            and 0 < feats[name].n_words <= MAX_POST_NAME_WORDS and not feats[name].terminal
        ):
            yield name, "embedded post: the name above the post's handle"
        yield post, "embedded post: the text between the handle and the date of a post"


def _embed_candidates(ctx: BlockContext) -> list[int]:
    """The blocks that can hold an embedded post, in order: those holding ``(@`` (what
    TWEET_BYLINE_RE needs), a tweet link's host, or EMBED_CAPTION_RE at their start (found by
    :meth:`BlockContext.find` up to 80 words, and tested on longer blocks of at most
    :data:`MAX_POST_CHARS` characters)."""
    texts = ctx.texts
    found = set(compress(count(), map(contains, texts, repeat("(@"))))
    found.update(compress(count(), map(contains, texts, repeat("twitter.com/"))))
    found.update(compress(count(), map(contains, texts, repeat("t.co/"))))
    found.update(i for i, _, _ in ctx.find(EMBED_CAPTION_RE, 80, anchored=True))
    found.update(
        i for i, f in enumerate(ctx.features)
        if f.n_words > 80 and len(texts[i]) <= MAX_POST_CHARS  # a block of very short words
    )
    return sorted(found)


def _opens_sentence(text: str, at: int) -> bool:
    """Whether position ``at`` of ``text`` starts a sentence (a prompt is a request of its
    own: "Join us! Subscribe to our newsletter."), not the middle of one.

    >>> _opens_sentence("Join 1,000 readers! Subscribe now.", 20), _opens_sentence("We subscribe", 3)
    (True, False)
    """
    before = text[:at].rstrip(NON_WORD)
    return not before or before[-1] in ".!?:"


def _is_appeal_start(text: str, n_words: int, heading_like: bool) -> str | None:
    """The prompt that opens an appeal in ``text``, if it opens one (see B102)."""
    m = DONATION_RE.search(text)
    if m is None or n_words > MAX_PROMPT_WORDS:
        return None
    if is_quotation(text) or is_reported_speech(text):
        return None  # somebody's words reported in the article
    # A news sentence about donations is no appeal: an appeal is a short prompt, or a short
    # sentence that opens with its request ("Donate now."), or speaks to the reader or for
    # the publisher.
    opens = _opens_sentence(text, m.start()) and (n_words <= MAX_SHORT_PROMPT_WORDS)
    if heading_like or opens:
        return m.group()
    # The request speaks to the reader or for the publisher in its own sentence ("Consider
    # a donation if you like what you see"): "our donors" two sentences away is news. In a
    # paragraph it speaks for the publisher ("If you value our work, ..."): one that tells
    # the reader how to give to somebody else (a charity, a family) is the article's.
    pronouns = APPEAL_PRONOUN_RE if n_words < MAX_OPENING_PROMPT_WORDS else PUBLISHER_PRONOUN_RE
    return m.group() if pronouns.search(_sentence_around(text, m.start(), m.end())) else None


# The end of a sentence: a final mark and a space.
SENTENCE_END_RE = regex.compile(r"[.!?…][\"”’')\]]*\s")


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` that holds ``text[start:end]``.

    >>> _sentence_around("It rained. Give to our fund today! Thanks.", 11, 15)
    'Give to our fund today! '
    """
    ends = [m.end() for m in SENTENCE_END_RE.finditer(text, 0, start)]
    after = SENTENCE_END_RE.search(text, end)
    return text[ends[-1] if ends else 0:after.end() if after else len(text)]


@block_rule("B102", "donation-appeal", stage="evidence", role=Role.INLINE, label="donation")
def donation_appeal(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """Donation and membership appeals, from their first prompt to their last request.

    An appeal starts at a block asking for money or support (``Help keep articles like
    this free``, ``Donate``, ``Jetzt spenden``). Beyond a heading or a short request
    (``Donate now.``), the request and its ``you`` or ``our`` stand in one sentence
    (``Consider a donation if you like what you see``): ``our donors`` two sentences away is
    news. A block of 12 words or more asks only where its request speaks for the publisher
    (``If you value our work, ...``), and then goes alone: a paragraph that tells the reader
    how to give to somebody else (a charity, a family) is article text.

    Below a heading or a short prompt, the appeal's box runs on through blocks that ask
    again, offer a sum (``$120/year``) or list ways to pay (``PayPal``, ``credit card``),
    through blocks that address the reader or speak for the publisher (``you``, ``our``),
    and through short lines (two in a row at most); it stops at the first block with none
    of these, or at somebody's reported words. The box ends at its last block that asks,
    offers or lists: what only addresses the reader below that is the article's again.

    >>> from newsclean import clean
    >>> clean("The minister resigned on Friday after weeks of pressure.\\n"
    ...       "Help keep articles like this free\\n"
    ...       "Our goal is to explain the news to all who want it.\\n"
    ...       "Yes I will give $120/year")
    'The minister resigned on Friday after weeks of pressure.'
    >>> clean("Donations to the campaign rose sharply in May, filings show.")
    'Donations to the campaign rose sharply in May, filings show.'
    """
    blocks, feats = ctx.blocks, ctx.features
    last = -1  # the last block of the latest appeal
    for i, _, _ in ctx.find(DONATION_RE, MAX_PROMPT_WORDS):
        f = feats[i]
        if i <= last or not ctx.is_free(i):
            continue
        phrase = _is_appeal_start(blocks[i].text, f.n_words, f.heading_like)
        if phrase is None:
            continue
        yield i, f"donation appeal: starts with the prompt {phrase!r}"
        last = i
        if f.heading_like or f.n_words < MAX_OPENING_PROMPT_WORDS:
            last = _appeal_end(ctx, i)
            for k in range(i + 1, last + 1):
                yield k, f"donation appeal: continues the appeal that starts on line {ctx.line(i)}"


def _appeal_end(ctx: BlockContext, start: int) -> int:
    """The last block of the appeal box that opens at block ``start`` (see B102)."""
    blocks, feats = ctx.blocks, ctx.features
    last = start  # the last block that asks (a request or a sum)
    bare = 0  # short blocks in a row without appeal evidence
    j = start + 1
    while j < len(blocks) and ctx.is_free(j):
        text = blocks[j].text
        if is_quotation(text) or is_reported_speech(text):
            break  # somebody's words: the article again (a page never quotes its prompts)
        if DONATION_RE.search(text) or MONEY_RE.search(text) or PAYMENT_RE.search(text):
            bare, last = 0, j
        elif APPEAL_PRONOUN_RE.search(text):
            bare = 0
        elif feats[j].n_words < APPEAL_END_WORDS and bare < MAX_BARE_LINES:
            bare += 1
        else:
            break
        j += 1
    return last


@block_rule("B103", "newsletter-prompt", stage="evidence", role=Role.INLINE, label="newsletter")
def newsletter_prompt(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """Newsletter and e-mail sign-up prompts (``Sign up for our daily newsletter``).

    Only short blocks count: an article *about* a newsletter keeps its paragraphs. A
    sentence is a prompt only where it opens with it or speaks to the reader or for the
    publisher (``your inbox``, ``our newsletter``), and never when it reports somebody's
    words (``..., the publisher said.``).

    >>> from newsclean import clean
    >>> clean("Prices rose again in March, the data showed.\\n"
    ...       "Sign up for our morning newsletter\\nEnter your email address")
    'Prices rose again in March, the data showed.'
    """
    blocks, feats = ctx.blocks, ctx.features
    for i, m, offset in ctx.find(NEWSLETTER_RE, MAX_PROMPT_WORDS):
        if not ctx.is_free(i):
            continue
        text = blocks[i].text
        if inside_quotes(text, m.start() - offset):
            continue  # words the article quotes ("The paper said: \"Sign up for ...\"")
        if feats[i].terminal and (
            is_quotation(text) or is_reported_speech(text) or not (
                APPEAL_PRONOUN_RE.search(text) or (
                    _opens_sentence(text, m.start() - offset)
                    and feats[i].n_words <= MAX_SHORT_PROMPT_WORDS
                )
            )
        ):
            continue  # a sentence of the article about a newsletter or an e-mail address
        yield i, f"newsletter prompt: {m.group()!r}"


@block_rule("B104", "share-prompt", stage="evidence", role=Role.INLINE, label="share")
def share_prompt(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """Share and follow bars (``Share this article``, ``Facebook Twitter Email``).

    A block of at most 14 words, all of them words of such bars (``Share``, ``Tweet``,
    ``Facebook``, ``Email``, ``Follow us on``...), one of them a strong one (not ``on``);
    in Chinese, Japanese and Korean, where a character is a word, a whole line that is such
    a bar's prompt or platform (``分享到：``, ``微信``, ``この記事をシェア``, ``공유하기``);
    a like button's counter, a sentence of its own (``Be the first to like this.``).
    One such word alone between two paragraphs is a subheading (``Facebook``) and stays.
    With counts beside them, the buttons' and a post's counters (``Share 412``, ``Facebook
    2.1K``, ``612 shares``, ``318 Retweets 204 Favorites``).

    >>> from newsclean import clean
    >>> clean("Share this article\\nFacebook Twitter Email\\nThe vote passed.\\nFollow us on X")
    'The vote passed.'
    """
    blocks, feats = ctx.blocks, ctx.features
    # A bar holds a strong share word, and a counter a figure: only the blocks that hold
    # one (a word that is one in lower case is one case-folded: see _SHARE_KEYS) or a digit
    # are read, found in the word index and in the short blocks with numbers rather than by
    # a test of every block.
    numbered = frozenset(ctx.short_with_numbers)  # the blocks a counter may be
    for i in sorted(numbered.union(ctx.blocks_holding(_SHARE_KEYS))):
        f = feats[i]
        if not 0 < f.n_words <= MAX_SHARE_WORDS or f.terminal or blocks[i].code:
            continue
        if _is_share_bar(f.words):
            if f.n_words <= MAX_HEADING_BUTTON_WORDS and ctx.between_sentences(i):
                continue  # "Facebook" between two paragraphs: a subheading
            yield i, f"share prompt: {word_count(f.n_words)}, all of a share or follow bar"
        elif i in numbered and _is_counter(list(map(str.lower, f.words))):
            yield i, "share prompt: a share button's or a post's counter"
    # A bar in a script without spaces between words, read a line at a time, and a like
    # button's counter (a sentence: no subheading, wherever it stands).
    for i, _, _ in ctx.find(SHARE_LINE_RE, MAX_SHARE_WORDS, anchored=True):
        if not blocks[i].code and (feats[i].terminal or not ctx.between_sentences(i)):
            yield i, "share prompt: a share bar's prompt or platform"


#: The strong share words (a bar holds one) case-folded, as the word index holds a block's
#: words: a word whose lower case is one of SHARE_STRONG_WORDS is one of these case-folded
#: (folding a character's lower case folds the character: tests/test_search.py checks every
#: code point).
_SHARE_KEYS = frozenset(map(str.casefold, SHARE_STRONG_WORDS))
#: The strong words of a tool bar (B107: it holds one), case-folded likewise.
_TOOL_KEYS = frozenset(map(str.casefold, TOOL_STRONG_WORDS))


# A count beside a button, as a word: "412", "2.1K" (read as "2" and "1K"), "1,204".
_COUNT_RE = regex.compile(r"\d+[km]?", regex.IGNORECASE)


def _is_counter(words: list[str]) -> bool:
    """Whether the words (in lower case) of a short line are a share bar's or an embed's
    counter: counts, and words of a share bar or of a platform's counter, one of them a
    button, a platform or a counter's word other than ``comments`` (a comment section's
    header).

    >>> [_is_counter(t.lower().split()) for t in ("Share 412", "Twitter 112", "612 shares",
    ...                                          "318 retweets 204 favorites")]
    [True, True, True, True]
    >>> [_is_counter(t.lower().split()) for t in ("Page 2", "Comments 12", "Twitter", "12")]
    [False, False, False, False]
    """
    if not any(map(_COUNTER_BUTTONS.__contains__, words)):
        return False  # no button, platform or counter's word (most lines: at once)
    counts = [w for w in words if w not in _COUNTER_WORDS]
    return bool(counts) and all(map(_COUNT_RE.fullmatch, counts))


#: The words of a counter's line besides its counts ...
_COUNTER_WORDS = SHARE_WORDS | SHARE_COUNTER_WORDS | SHARE_PLATFORMS
#: ... and those of them it needs one of.
_COUNTER_BUTTONS = SHARE_STRONG_WORDS | SHARE_PLATFORMS | (SHARE_COUNTER_WORDS - {"comments"})


def _is_share_bar(words: Sequence[str]) -> bool:
    """Whether ``words`` are all a share bar's, one of them a strong one (each lowered as it
    is looked up: most lines fail at their first word)."""
    return all(map(SHARE_WORDS.__contains__, map(str.lower, words))) and any(
        map(SHARE_STRONG_WORDS.__contains__, map(str.lower, words)))


@block_rule(
    "B107", "article-tools", stage="context", role=Role.INLINE, marks_page=False,
    label="tools", priority=64,
)
def article_tools(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """Article tool bars: print, e-mail and bookmarking links (``Email to a friend Printer
    friendly``, ``Digg This | Save to del.icio.us``), labelled once the article run is found.

    A block of at most 14 words that no rule has labelled, all of them words of such bars
    (B104's share words, and ``printer``, ``friendly``, ``bookmark``, ``add``, ``send``,
    the bookmarking sites of the 2000s: ``Digg``, ``del.icio.us``, ``StumbleUpon``...),
    one of them a strong one (``print``, ``email``, ``digg``...), and no share bar (B104's,
    also where B104 is not selected).
    Only once the run is found (and B302 has removed the page around it): such a bar is
    what parts the article from a sidebar, so the run is found without this rule's labels.
    One such word alone between two paragraphs is a subheading.

    >>> from newsclean import clean
    >>> clean("The vote passed on Monday, officials said.\\nEmail to a friend Printer friendly\\n"
    ...       "Counting ends on Friday.")
    'The vote passed on Monday, officials said.\\n\\nCounting ends on Friday.'
    """
    blocks, feats = ctx.blocks, ctx.features
    # (only the blocks that hold a strong tool word, found in the word index: _TOOL_KEYS)
    for i in ctx.blocks_holding(_TOOL_KEYS):
        f = feats[i]
        if blocks[i].code or not 0 < f.n_words <= MAX_SHARE_WORDS or f.terminal:
            continue
        if f.words[0].lower() not in TOOL_WORDS or not all(
            map(TOOL_WORDS.__contains__, map(str.lower, f.words))
        ):
            continue  # (most lines at their first word, looked up before the maps are set up)
        if any(map(TOOL_STRONG_WORDS.__contains__, map(str.lower, f.words))) and not (
            _is_share_bar(f.words)
        ):
            # (a share bar is B104's, also where B104 is not selected)
            if f.n_words <= MAX_HEADING_BUTTON_WORDS and ctx.between_sentences(i):
                continue  # "Print" between two paragraphs: a subheading
            yield i, f"article tools: {word_count(f.n_words)}, all of a tool bar"


@block_rule("B105", "advert-marker", stage="evidence", role=Role.INLINE, label="advert")
def advert_marker(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """Advertising markers standing alone on a line (``Advertisement``, ``Anzeige``).

    >>> from newsclean import clean
    >>> clean("First paragraph.\\nADVERTISEMENT\\nSecond paragraph.")
    'First paragraph.\\n\\nSecond paragraph.'
    """
    for i, _, _ in ctx.find(ADVERT_LINE_RE, 10, anchored=True):
        if ctx.is_free(i):
            yield i, f"advert marker: {ctx.blocks[i].text.strip()!r}"


#: A section label is at most this many words.
MAX_SECTION_LABEL_WORDS = 3
#: At most this many section labels stand above a title (more short lines are a menu).
MAX_SECTION_LABELS = 2


@block_rule(
    "B106", "section-label", stage="context", role=Role.INLINE, marks_page=False,
    label="section-label", priority=50,
)
def section_label(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """Section labels above the title (``General news``, ``Politics``).

    At the top of the document, one or two lines of at most three words, without terminal
    punctuation,
    that stands above a longer title-like line which the body text follows. A short line above
    two headings in a row is a heading of its own and stays. Not in a Markdown document
    (``input_format="markdown"``): a short first line there is the writer's.

    >>> from newsclean import clean
    >>> clean("World news\\nFloods force thousands from their homes in the north\\n"
    ...       "Heavy rain has fallen for a week, officials said.")
    'Floods force thousands from their homes in the north\\n\\nHeavy rain has fallen for a week, officials said.'
    """
    if ctx.options.input_format == "markdown":
        return
    feats, blocks = ctx.features, ctx.blocks
    # A line repeated in a row counts once, and its copies go with it: B304 (which runs
    # later) would leave one copy, and that text cleaned again must lose it too. Only the
    # first lines can be labels, a title and the body below: read no further.
    free: list[int] = []
    copies: dict[int, list[int]] = {}
    for i, b in enumerate(blocks):
        if b.code:
            continue
        if free and b.text == blocks[free[-1]].text:
            copies.setdefault(free[-1], []).append(i)
        elif len(free) == MAX_SECTION_LABELS + 2:
            break
        else:
            free.append(i)
    labels: list[int] = []
    for pos, i in enumerate(free):
        f = feats[i]
        if not (f.heading_like and f.n_words <= MAX_SECTION_LABEL_WORDS) or (
            len(labels) == MAX_SECTION_LABELS
        ):
            break
        labels.append(i)
        if pos + 2 < len(free):
            title, body = feats[free[pos + 1]], feats[free[pos + 2]]
            if (
                title.heading_like
                and title.n_words > MAX_SECTION_LABEL_WORDS
                and not body.heading_like
            ):
                for j in sorted(chain.from_iterable([k, *copies.get(k, ())] for k in labels)):
                    yield j, (
                        f"section label: {feats[j].n_words}-word line above the title"
                    )
                return
