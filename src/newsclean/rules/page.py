"""Page furniture rules (B2xx): bylines, consent, paywalls, footers, related links, comments,
captions. Each one is phrase evidence on a *short* block, so article paragraphs that merely
mention cookies or comments are never touched.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

import regex

from ..context import BlockContext
from ..features import (
    PLAIN_WORD_RE,
    Features,
    inside_quotes,
    is_quotation,
    is_reported_speech,
    word_count,
)
from ..lexicon import (
    ADBLOCK_RE,
    APPEAL_PRONOUN_RE,
    AUTHOR_BOX_RE,
    BYLINE_CREDIT_RE,
    BYLINE_RE,
    CAPTION_FOLDED_RE,
    CAPTION_RE,
    CAPTION_UNFOLDED_RE,
    CONSENT_RE,
    COPYRIGHT_NOTICE_RE,
    FOOTER_LINKS_RE,
    FOOTER_RE,
    GENERIC_AUTHOR_HEADER_RE,
    INTERFACE_RE,
    POST_FOOTER_RE,
    POST_NAV_RE,
    RELATED_RE,
    SCRIPT_APPEAL_RE,
    SCRIPT_NOTICE_RE,
    SKIP_LINK_RE,
    SUBSCRIPTION_RE,
    TAG_LABEL_RE,
    TAG_LINE_RE,
    TEASER_RE,
    VIDEO_CONTROL_RE,
    is_date_anchor,
    is_date_token,
)
from ..region import COLONS, MIN_PROSE_WORDS, SENTENCE_BREAK_RE, is_running_text
from ..registry import Role, block_rule
from ..stopwords import STOPWORDS

# The site speaking of itself. Matches "this site", "this website"; not "the site of".
THIS_SITE_RE = regex.compile(r"\b(?:this|our) (?:web)?site\b", regex.IGNORECASE)
# A social handle alone on a line. Matches "@BryanDeArdo"; not "@ 5pm".
HANDLE_RE = regex.compile(r"^\W*@\w{2,30}\W*$")
# A line that ends with a time of day written with periods. Matches "7:10 p.m."; not "ends."
AM_PM_END_RE = regex.compile(r"\b[ap]\.m\.\s*$", regex.IGNORECASE)
# The number that opens a line of a numbered list, or stands alone on it (a rank).
# Matches "4. A galaxy that ran out of gas", "7"; not "7 dead", "2025".
RANKED_RE = regex.compile(r"^\W*(\d{1,2})(?:[.)]\s|\W*$)")
# A number alone on a line (the rank of a most-read list). Matches "7"; not "7 dead".
RANK_RE = regex.compile(r"^\W*\d{1,2}\W*$")

# A copyright mark or year. Matches "©", "(c) 2019", "2019"; not "Careers".
COPYRIGHT_MARK_RE = regex.compile(r"©|\(c\)|\d{4}", regex.IGNORECASE)
#: What may follow a credit at the end of a caption. Matches the "." of "... Getty Images.".
CREDIT_TAIL = " .)]/|"
#: A blog post's footer in sentences ("This entry was posted on ...") is this long at most.
MAX_POST_FOOTER_WORDS = 60
#: Interface text is this many words long at most (Blogger's "skip to main | skip to sidebar").
MAX_INTERFACE_WORDS = 8
#: A footer line is this many words long at most; a copyright notice that holds two of its
#: formulas ("© 2012 X. All rights reserved. ... may not be reproduced ...") is longer.
MAX_FOOTER_WORDS, MAX_NOTICE_WORDS = 30, 80
#: Footer link words alone between two paragraphs are a subheading up to this many words.
MAX_LONE_LINK_WORDS = 2

#: Share of date words that makes a line a dateline.
DATELINE_SHARE = 0.7
#: Longest byline and dateline, in words ("Published: Nov. 19, 2019, 6:18 p.m. Updated: ...").
MAX_BYLINE_WORDS, MAX_DATELINE_WORDS = 14, 24


def _short_matches(
    ctx: BlockContext, pattern: regex.Pattern[str], max_words: int, *, anchored: bool = False
) -> Iterator[tuple[int, Features, regex.Match[str]]]:
    """The free blocks of at most ``max_words`` words in which ``pattern`` is found, but for
    reported speech (``..., the council said.``) and words in quotation marks (``Visitors
    were told to "Please disable your ad blocker"``): the page never quotes its own
    prompts."""
    feats = ctx.features
    blocks = ctx.blocks
    for i, m, offset in ctx.find(pattern, max_words, anchored=anchored):
        if ctx.is_free(i) and not (
            (feats[i].terminal and is_reported_speech(blocks[i].text))
            or inside_quotes(blocks[i].text, m.start() - offset)
        ):
            yield i, feats[i], m


def is_dateline(f: Features) -> bool:
    """Whether a block is a date, time or reading-time line.

    >>> is_dateline(Features.of("Nov 18, 2019 at 9:24 pm ET • 2 min read"))
    True
    >>> is_dateline(Features.of("18 people died on 2 May"))
    False
    >>> is_dateline(Features.of("1 Kyle Busch 5040 5 1 17 27"))
    False

    A figure may carry its unit in the same word, a date's (Korean ``2025년 3월 14일``), not
    another's (``4PM``: ``Tue – Sat 4PM (Closed on Sun & Mon)`` gives opening hours):

    >>> is_dateline(Features.of("2025년 3월 14일 오후 3시")), is_dateline(Features.of("2023年3月14日"))
    (True, True)
    """
    words = f.words
    if not 2 <= f.n_words <= MAX_DATELINE_WORDS or not (
        any(map(str.isdigit, words))
        or any(w[0].isdigit() and is_date_token(w) for w in words)
    ):
        return False
    if not any(map(is_date_anchor, words)):
        return False  # a row of numbers, not a date
    dated = sum(map(is_date_token, words))
    # (a character is a word of Chinese or Japanese text, which counts two a word)
    return dated >= DATELINE_SHARE * max(f.n_words, len(words))


#: A percent or currency sign: a line with one holds a rate or a price, not a date.
FIGURE_SIGN_RE = regex.compile(r"[%\p{Sc}]")


#: The most words of a name that signs a date (``Jason Fried 07 Nov 12``).
MAX_SIGNER_WORDS = 3


def date_signer(f: Features) -> str | None:
    """The name on a line that is a name and a date and nothing else, either way round
    (``Jason Fried 07 Nov 12``, ``07 Nov 12 Jason Fried``): how a comment or a post is
    signed. The name is a few capitalised words without figures; the date has a figure and
    a month, weekday or time word. ``None`` for any other line.

    >>> date_signer(Features.of("Jason Fried 07 Nov 12"))
    'Jason Fried'
    >>> date_signer(Features.of("November 7, 2012 | Ana"))
    'Ana'
    >>> date_signer(Features.of("Obama wins 07 Nov 12")) is None  # "wins" is no name
    True
    >>> date_signer(Features.of("07 Nov 12")) is None
    True
    >>> date_signer(Features.of(". The Moscow Times. Retrieved 1 May 2015.")) is None
    True
    """
    words = f.words
    n = len(words)
    if f.terminal or not 3 <= n <= MAX_SIGNER_WORDS + MAX_DATELINE_WORDS:
        return None  # a signature does not end like a sentence (a reference's date does)
    # The date's words at the end, else at the start; the rest is the name.
    start, stop = 0, n
    while stop and is_date_token(words[stop - 1]):
        stop -= 1
    if stop == n:  # no date at the end: at the start, then
        while start < n and is_date_token(words[start]):
            start += 1
    name, date = words[start:stop], words[:start] + words[stop:]
    if not (
        1 <= len(name) <= MAX_SIGNER_WORDS and len(date) >= 2
        and any(map(str.isdigit, date)) and any(map(is_date_anchor, date))
    ):
        return None
    if not all(w[0].isupper() and not any(map(str.isdigit, w)) for w in name):
        return None
    return " ".join(name)


@block_rule(
    "B201", "byline-dateline", stage="evidence", role=Role.INLINE, marks_page=False,
    label="byline", priority=150,
)
def byline_dateline(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """Bylines, datelines and handles: ``By Jane Doe``, ``Nov 18, 2019 at 9:24 pm ET``.

    A line of at most 14 words that names the author (``By``, ``von``, ``par``, ``por``...
    and capitalised names, not a sentence; a blog platform's ``Postado por Ana às 16:20``,
    ``Geplaatst door Jeroen op 3 november``; a newsroom's ``Redacción`` alone on its line;
    in Chinese and Korean a role word and the name:
    ``责任编辑：张明``, ``박지훈 기자``), or that is mostly date and time words (all of
    them where it ends like a sentence; with no percent or currency sign: ``May 3.4%`` is a
    table's row), or a lone ``@handle``.
    Only in a whole page (see ``BlockContext.is_page``): in an extracted article such a
    line (an event's dates, a signature) is part of the text.

    >>> from newsclean import clean
    >>> clean("Share this article\\nBy Jane Doe\\nUpdated Nov 18, 2019 at 9:24 pm ET\\n"
    ...       "The rain stopped at noon.")
    'The rain stopped at noon.'
    >>> clean("The festival runs all winter.\\n29 November 2018 | 20 January 2019")
    'The festival runs all winter.\\n\\n29 November 2018 | 20 January 2019'
    >>> clean("By the end of the day, the rain stopped.")
    'By the end of the day, the rain stopped.'
    >>> clean("Share this article\\nInflation by month:\\nMay 3.4%\\nJune 3.6%")
    'Inflation by month:\\n\\nMay 3.4%\\n\\nJune 3.6%'
    """
    if not ctx.is_page:
        return
    blocks, feats = ctx.blocks, ctx.features
    found: dict[int, str] = {}
    # Candidates from one search each (see BlockContext.find), then the exact test.
    for i, _, _ in ctx.find(BYLINE_RE, MAX_BYLINE_WORDS):
        # A sentence ("By Christmas, the company said, ...") is no byline.
        if ctx.is_free(i) and not feats[i].terminal and BYLINE_RE.match(blocks[i].text):
            found[i] = "byline: names the author"
    for i, _, _ in ctx.find(BYLINE_CREDIT_RE, MAX_BYLINE_WORDS):
        if ctx.is_free(i) and BYLINE_CREDIT_RE.match(blocks[i].text):
            found[i] = "byline: names the author"
    for i, _, _ in ctx.find(HANDLE_RE, MAX_BYLINE_WORDS):
        if i not in found and ctx.is_free(i) and HANDLE_RE.match(blocks[i].text):
            found[i] = "byline: a social media handle alone on a line"
    # A dateline has a word of digits: is_dateline's first test, which rejects most blocks.
    dated = [i for i in ctx.short_with_numbers if 2 <= feats[i].n_words <= MAX_DATELINE_WORDS]
    for i in dated:
        f = feats[i]
        if i in found or blocks[i].code or not is_dateline(f):
            continue
        if FIGURE_SIGN_RE.search(blocks[i].text):
            continue  # a rate or a price is no date: a table's row (``May 3.4%``)
        # A dateline ending in "p.m." is all date words; "Doors open Friday, Nov. 22, at
        # 6:30 p.m." is a sentence of the article.
        if not f.terminal or (
            AM_PM_END_RE.search(blocks[i].text) and all(map(is_date_token, f.words))
        ):
            found[i] = f"dateline: {word_count(f.n_words)}, mostly date and time"
    for i in sorted(found):
        yield i, found[i]


@block_rule(
    "B202", "cookie-consent", stage="evidence", role=Role.FURNITURE, region_score=-8.0,
    label="consent",
)
def cookie_consent(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """Cookie and consent notices (``We use cookies to improve your experience``).

    A notice addresses the reader (``we``, ``you``, ``this site``) or is a button
    (``Accept cookies``); an article sentence about cookies does not and stays, and so do
    quotations and reported speech (``..., the company said.``).

    >>> from newsclean import clean
    >>> clean("The vote passed.\\nWe use cookies to give you the best experience. Accept")
    'The vote passed.'
    """
    for i, m in _addressed_notices(ctx, CONSENT_RE, 80):
        if is_quotation(ctx.blocks[i].text):
            continue  # a quotation: somebody's words in the article
        yield i, f"consent notice: {m.group()[:40]!r}"


#: A block of more words than this that names a notice's subject is a notice only where it
#: addresses the reader or the site (see :func:`_addressed_notices`).
MAX_UNADDRESSED_NOTICE_WORDS = 8


def _addressed_notices(
    ctx: BlockContext, pattern: regex.Pattern[str], max_words: int
) -> Iterator[tuple[int, regex.Match[str]]]:
    """:func:`_short_matches` of ``pattern`` that are notices to the reader: a short line
    without a final mark (a button, ``Accept cookies``), or a block that addresses the
    reader or the site (``you``, ``please``, ``this site``). A sentence of the article about
    the same subject does neither."""
    for i, f, m in _short_matches(ctx, pattern, max_words):
        text = ctx.blocks[i].text
        if (f.n_words > MAX_UNADDRESSED_NOTICE_WORDS or f.terminal) and not (
            APPEAL_PRONOUN_RE.search(text) or THIS_SITE_RE.search(text)
        ):
            continue  # a sentence about the subject, not a notice addressed to the reader
        yield i, m


@block_rule("B203", "subscription-prompt", stage="evidence", role=Role.INLINE, label="subscription")
def subscription_prompt(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """Paywall, subscription and sign-in prompts (``Subscribe now``, ``Already a subscriber?``).

    Only blocks of at most 8 words that open with such a prompt; a sentence ending in a
    full stop is one only where it addresses the reader (``Register to vote by Oct. 5.``
    stays).

    >>> from newsclean import clean
    >>> clean("Subscribe Sign In\\nThe vote passed.\\nAlready a subscriber? Log in")
    'The vote passed.'
    """
    for i, f, m in _short_matches(ctx, SUBSCRIPTION_RE, 8, anchored=True):
        text = ctx.blocks[i].text
        if f.terminal and text.rstrip()[-1:] == "." and not APPEAL_PRONOUN_RE.search(text):
            continue  # "Register to vote by Oct. 5.": a sentence, not a button
        yield i, f"subscription prompt: {m.group().strip()[:40]!r}"


@block_rule("B204", "adblock-notice", stage="evidence", role=Role.INLINE, label="adblock")
def adblock_notice(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """Ad-blocker notices (``Please disable your ad blocker``).

    A notice addresses the reader (``you``, ``please``, ``us``) or the site; a sentence of
    the article about ad blockers does not, and stays, as cookie notices' do (B202).

    >>> from newsclean import clean
    >>> clean("The vote passed.\\nIt looks like you use an ad blocker. Please whitelist us.")
    'The vote passed.'
    >>> clean("The vote passed.\\nThe browser now comes with an ad blocker built in.")
    'The vote passed.\\n\\nThe browser now comes with an ad blocker built in.'
    """
    for i, m in _addressed_notices(ctx, ADBLOCK_RE, 60):
        yield i, f"ad-blocker notice: {m.group()!r}"


#: A notice that the page needs JavaScript is this many words at most (a sentence or two).
MAX_SCRIPT_NOTICE_WORDS = 30


@block_rule("B213", "script-notice", stage="evidence", role=Role.INLINE, label="noscript")
def script_notice(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """Notices that the page needs JavaScript, which a scraper keeps where a player, a
    slideshow or a comment widget did not run (``Please enable JavaScript to view the
    comments powered by Disqus.``, ``This slideshow requires JavaScript.``).

    A notice asks the reader (``please``, ``your browser``, ``you``) or names a part of
    the page that needs the script, in a block of at most 30 words; a sentence about
    JavaScript (``Developers must enable JavaScript to test the app.``) and reported speech
    stay.

    >>> from newsclean import clean
    >>> clean("The vote passed.\\nPlease enable JavaScript to view the comments.")
    'The vote passed.'
    >>> clean("The vote passed.\\nDevelopers must enable JavaScript to test the app.")
    'The vote passed.\\n\\nDevelopers must enable JavaScript to test the app.'
    """
    for i, _, m in _short_matches(ctx, SCRIPT_NOTICE_RE, MAX_SCRIPT_NOTICE_WORDS):
        text = ctx.blocks[i].text
        if not (SCRIPT_APPEAL_RE.search(text) or APPEAL_PRONOUN_RE.search(text)):
            continue  # a sentence about JavaScript, not a notice to the reader
        yield i, f"script notice: {m.group().strip()[:40]!r}"


@block_rule(
    "B205", "copyright-footer", stage="evidence", role=Role.FURNITURE, region_score=-12.0,
    notice=COPYRIGHT_NOTICE_RE,
    label="footer",
)
def copyright_footer(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """Footer lines: copyright notices and links such as ``Privacy Policy``, ``Contact us``.

    A footer link's words alone between two paragraphs (``Careers``) are a subheading, and a
    sentence that mentions copyright midway (``The song's copyright expired in 2019.``) is
    article text, as is one that writes the sign after words of its own (``The © sign on the
    crates was printed in red ...``) with no year and no rights reserved, or a paragraph that
    closes with such a credit after a sentence of its own (``... a pencil drawing. Artwork ©
    Jo Lee``). A footer line runs
    to 30 words; a longer block is a copyright notice where it holds two of the formulas
    (``©``, ``All rights reserved``, ``may not be reproduced``), up to 80 words. A page's
    copyright notice, dated (``© 2008 Example Media``) or reserving the rights (``All rights
    reserved``), ends the article, unless more article follows it before the next furniture
    (see ``newsclean.region``) or a paragraph follows it right away (then it is a picture's
    credit inside the article).

    >>> from newsclean import clean
    >>> clean("The vote passed.\\n© 2019 Example Media. All rights reserved.\\nPrivacy Policy")
    'The vote passed.'
    >>> clean("The vote passed.\\nThis document is subject to copyright. Apart from any fair "
    ...       "dealing for the purpose of private study or research, no part may be reproduced "
    ...       "without the written permission. The content is provided for information only.")
    'The vote passed.'
    """
    for i, f, m in _short_matches(ctx, FOOTER_RE, MAX_NOTICE_WORDS):
        text = ctx.blocks[i].text
        if f.n_words > MAX_FOOTER_WORDS:
            # A longer block is a notice where it holds two of the formulas at least.
            marks = {found.group().strip().lower() for found in FOOTER_RE.finditer(text)}
            if len(marks) >= 2:
                yield i, f"footer: a copyright notice ({', '.join(sorted(marks))[:60]!r})"
            continue
        if f.n_words <= MAX_LONE_LINK_WORDS and ctx.between_sentences(i) and (
            not COPYRIGHT_MARK_RE.search(text)
        ):
            continue  # "Careers" between two paragraphs: a subheading
        if f.terminal and "©" not in text and text[: m.start()].strip(" \t-–—•·|:"):
            continue  # "The song's copyright expired in 2019.": a sentence about copyright
        if f.n_words >= MIN_PROSE_WORDS and (f.terminal or _closes_a_paragraph(text)) and (
            _sign_in_a_sentence(text)
        ):
            # "Copyright © law was at the heart of the dispute ...", or a paragraph that
            # ends in a picture's credit ("... a pencil drawing. Artwork © Jo"): article text
            continue
        yield i, f"footer: {m.group().strip()[:40]!r}"
    for i, f, _ in _short_matches(ctx, FOOTER_LINKS_RE, 30):
        yield i, f"footer: a list of {word_count(f.n_words)} of footer links"


def _closes_a_paragraph(text: str) -> bool:
    """Whether the copyright sign in ``text`` comes after a sentence of the block's own
    (``... a pencil drawing. Artwork © Jo Lee``): a credit that closes a paragraph.

    >>> _closes_a_paragraph("It was drawn in pencil. Artwork © Jo Lee")
    True
    >>> _closes_a_paragraph("© Example Media, all of it, in print and online")
    False
    """
    at = text.find("©")
    return at > 0 and SENTENCE_BREAK_RE.search(text, 0, at) is not None


def _sign_in_a_sentence(text: str) -> bool:
    """Whether the copyright sign is the only footer formula in ``text``, stands as a word
    of its own after words of a sentence (not ``Copyright`` alone: ``© Example Ltd, P.O.
    Box 160`` opens a footer, ``RIM©`` marks a trademark) and no notice is made with it
    (no year after it, no rights reserved): running text that writes the sign, not a
    page's copyright line.

    >>> _sign_in_a_sentence("The © sign on the box was printed in red, the archivist said.")
    True
    >>> _sign_in_a_sentence("© 2019 Example Media. Content may not be copied.")
    False
    >>> _sign_in_a_sentence("© Example Publications Ltd, P.O. Box 160, Panjim, India.")
    False
    """
    marks = [found for found in FOOTER_RE.finditer(text)]
    if len({found.group() for found in marks}) != 1 or marks[0].group() != "©":
        return False
    at = marks[0].start()
    before = PLAIN_WORD_RE.findall(text[:at])
    return (
        text[at - 1 : at].isspace()  # a word of its own: "RIM©" marks a trademark
        and any(w.casefold() != "copyright" for w in before)
        and _YEAR_RE.search(text, at) is None
        and COPYRIGHT_NOTICE_RE.search(text) is None
    )


# A year of the last two centuries. Matches "2007"; not "12007".
_YEAR_RE = regex.compile(r"\b(?:19|20)\d\d\b")


def _prose_follows(ctx: BlockContext, index: int, subheadings: int) -> bool:
    """Whether a paragraph of sentences follows block ``index``: the next block with
    words, past separators (``___``) and up to ``subheadings`` short lines, is free and
    a sentence of :data:`~newsclean.region.MIN_PROSE_WORDS` words or more (not a list of
    tags without a final mark)."""
    blocks, feats = ctx.blocks, ctx.features
    k, seen = index + 1, 0
    while k < len(feats):
        if feats[k].n_words and any(map(str.isalpha, blocks[k].text)):  # not a rule, "___"
            if seen == subheadings or feats[k].n_words >= MIN_PROSE_WORDS or (
                not ctx.is_free(k)
            ):
                break
            seen += 1
        k += 1
    return k < len(feats) and ctx.is_free(k) and (
        feats[k].terminal and feats[k].n_words >= MIN_PROSE_WORDS
    )


@block_rule(
    "B206", "related-links", stage="evidence", role=Role.FURNITURE, region_score=-12.0,
    label="related", notice=TAG_LINE_RE,
)
def related_links(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """Related, read-more and most-read lists: the header and the headlines under it.

    A header (``Related``, ``Most Popular``, ``Recent Posts``, ``Lesen Sie auch``) or a line
    of tags (``Tags: budget, tax``, a blog post's ``Categories: News``, WordPress's ``Posted
    in News`` without a colon, if it holds no figure; not a sentence after
    such a label; the label alone above its tags, but not between two paragraphs, where
    ``Topics`` is a subheading), and the short headline or rank lines that follow a
    header, until a block of running text, a line without a letter (``___``), a number
    that goes back (``4.`` under a list ranked to ``5.``: a listicle's next item), a
    sentence that leads into what follows (``Here are the highlights:``) or the article's
    subheading over running text (``NISSAN SENTRA`` under headlines in sentence case, or
    right under the header: see :func:`_opens_a_section`). A blog post's
    links to its neighbours (``« Older post | Main | Newer post »``) and a line of tags
    after their label are a list on one line: the headline below them is not one of them.
    Like a dated copyright notice, a line of tags ends the article unless more article
    follows it before the next furniture (see ``newsclean.region``): what stands below a
    post's tags is the page's. A blogging platform's footer under a post, in sentences of
    up to 60 words (``This entry was posted on ... and is filed under ...``, ``Bookmark
    the permalink.``), is a list too. Such a list usually closes the article: it counts
    against the article run (an inline teaser, B212, does not).

    >>> from newsclean import analyze
    >>> doc = analyze("The vote passed, officials said, after a long count.\\nMost Popular\\n"
    ...               "1\\nStorm hits the coast\\nFans cheer the team\\nBy the end, all went home.")
    >>> [b.code for b in doc.blocks]
    ['S100', 'B206', 'B206', 'B206', 'B206', 'B302']
    """
    feats = ctx.features
    blocks = ctx.blocks
    for i, f, m in _short_matches(ctx, RELATED_RE, 25, anchored=True):
        if not ctx.is_free(i):
            continue  # taken as part of an earlier list
        text = blocks[i].text
        if f.terminal and m.group().strip() != text.strip():
            continue  # "Labels: the court ruled ...": a sentence after a label, not a list
        if TAG_LABEL_RE.match(text) and ctx.between_sentences(i):
            continue  # "Topics" between two paragraphs: a subheading
        yield i, f"related links: {text[:40]!r}"
        if POST_NAV_RE.match(text) or TAG_LINE_RE.match(text):
            continue  # the whole list on one line: the links to the posts before and after,
            # or the tags after their label
        j = i + 1
        rank = 0  # the number of the list's last numbered headline
        headline = ""  # the headlines' reason, made once a list (its line counted once)
        while j < len(blocks) and ctx.is_free(j):
            fj = feats[j]
            text = blocks[j].text
            number = RANKED_RE.match(text)
            if number is not None:
                if int(number.group(1)) <= rank:
                    break  # the numbering goes back: the article's own next item ("4.")
                rank = int(number.group(1))
            if not (fj.heading_like or RANK_RE.match(text)) or (
                text.rstrip().endswith(":") or SENTENCE_BREAK_RE.search(text)
                # "___", "10/01/2008": a line without a letter, no headline (a rank, "1",
                # has none either)
                or (not any(map(str.isalpha, text)) and RANK_RE.match(text) is None)
            ):
                break  # running text, or a sentence that leads into what follows
            if _opens_a_section(ctx, range(i + 1, j), j):
                break  # the article's subheading right below the list, not one of it
            if not headline:
                headline = (
                    f"related links: a headline of the list that starts on line {ctx.line(i)}"
                )
            yield j, headline
            j += 1
    for i, _, m in _short_matches(ctx, POST_FOOTER_RE, MAX_POST_FOOTER_WORDS):
        if ctx.is_free(i):
            yield i, f"related links: a blog post's footer ({m.group().strip()[:40]!r})"


#: A subheading has this many words at most; a list's headlines, more.
MAX_SUBHEADING_WORDS = 3


def _opens_a_section(ctx: BlockContext, headlines: range, index: int) -> bool:
    """Whether the heading-like line ``index``, below the headlines of a related list
    (``headlines``), is the article's subheading: running text follows it (the article
    goes on below the list), and it is not of the list's shape: in capitals where none of
    the headlines is, or of :data:`MAX_SUBHEADING_WORDS` words at most where every headline
    is longer (``NISSAN SENTRA``, ``Our ruling`` under three headlines of a sentence each).
    Right under the list's header (no headline above it) the same shape tells: another
    article's headline is a phrase of more words, in sentence or title case, and a header
    between two paragraphs is removed where it stands, without the subheading below it.

    >>> from newsclean import analyze
    >>> vote = ("The vote passed on Monday after a long count, officials said, and the "
    ...         "council will now set the budget.")
    >>> count = ("The count took a week, and turnout was the highest in years: more than "
    ...          "half of the town voted, most by post.")
    >>> page = analyze("\\n".join([vote, count, "Related", "Storm hits the coast as thousands "
    ...                "lose power", "Council approves new budget after long debate",
    ...                "Our ruling", count.replace("count", "vote"),
    ...                vote.replace("vote", "count")]))
    >>> [b.code for b in page.blocks]
    ['S100', 'S100', 'B206', 'B206', 'B206', 'S102', 'S100', 'S100']
    """
    feats, blocks = ctx.features, ctx.blocks
    short, upper = feats[index].n_words <= MAX_SUBHEADING_WORDS, _capitals(blocks[index].text)
    if not (short or upper):
        return False  # the usual case, told first: a headline's shape
    below = index + 1
    while below < len(feats) and not feats[below].n_words:
        below += 1
    if below == len(feats) or not ctx.is_free(below) or not is_running_text(feats[below]):
        return False
    if upper and not any(_capitals(blocks[k].text) for k in headlines):
        return True
    return short and all(feats[k].n_words > MAX_SUBHEADING_WORDS for k in headlines)


def _capitals(line: str) -> bool:
    """Whether ``line`` is in capitals (two letters or more)."""
    return line.isupper() and sum(map(str.isalpha, line)) > 1


@block_rule("B212", "read-more-teaser", stage="evidence", role=Role.INLINE, label="teaser")
def read_more_teaser(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """Inline teasers: a label and another article's headline on one line
    (``READ MORE: Storm hits coast``, ``Lire aussi : ...``).

    Removed where it stands: a teaser between two paragraphs never ends the article.

    >>> from newsclean import clean
    >>> clean("The vote passed on Monday, officials said, after a long count.\\n"
    ...       "Read more: Storm hits the coast\\nThe count took a week, and turnout was high.")
    'The vote passed on Monday, officials said, after a long count.\\n\\nThe count took a week, and turnout was high.'
    """
    for i, _, _ in _short_matches(ctx, TEASER_RE, 25, anchored=True):
        yield i, f"teaser of another article: {ctx.blocks[i].text[:40]!r}"


#: A caption runs to this many words at most.
MAX_CAPTION_WORDS = 80
#: A credit after a caption's sentence (``... at dawn. Photo: Jane Doe``) runs to the line's
#: end in this many words at most.
MAX_CREDIT_WORDS = 8
#: The brackets a credit opens with: ``(AP Photo/Jane Doe)``, ``（撮影・田中健一）``.
OPENING_BRACKETS = ("(", "（")
#: A folded caption keeps this many words of the whole at least (see _folded_captions).
MIN_FOLDED_WORDS = 5


@block_rule(
    "B208", "image-caption", stage="evidence", role=Role.INLINE, marks_page=False,
    label="caption", priority=150,
)
def image_caption(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """Image captions, credits and gallery controls (``Photo: AP``, ``Image 1 of 23``,
    ``Staff photos by Jane Doe``, ``1 of 24``, ``Buy this photo``).

    Captions that end in a credit (``(AP Photo/Jane Doe)``) or open with a label
    (``Photo: ...``) are recognised at any length up to 80 words, and so are those of up to
    20 words whose label follows the caption's sentence, with a credit of a few words to the
    line's end (``Crews clear the road at dawn. Photo: Jane Doe``); other caption markers
    only on short lines. A sentence that names an agency elsewhere than at its end (``Getty
    Images, the photo agency, bought ...``) is article text, and so is a gallery control's
    word alone between two paragraphs. A caption that a photo widget folds is a pair: the
    whole caption ending in ``less``, then the same caption cut off, ending in ``... more``.
    A video player's controls (``Autoplay: On | Off``, ``Play``, ``1:05 / 2:48``) are
    gallery controls too, and a time alone on a line beside one of them is the video's
    length (elsewhere such a time may be a live blog's stamp). Only in a whole page, like
    bylines.

    >>> from newsclean import clean
    >>> clean("Photo: Jane Doe, AP\\nImage 1 of 23\\nThe vote passed.\\nShare this article")
    'The vote passed.'
    """
    if not ctx.is_page:
        return
    blocks = ctx.blocks
    controls: list[int] = []  # a video player's controls among the lines found
    for i, m, offset in ctx.find(CAPTION_RE, MAX_CAPTION_WORDS):
        f = ctx.features[i]
        text = blocks[i].text
        found = m.group()
        opens = found.startswith(OPENING_BRACKETS)
        if not ctx.is_free(i) or (f.n_words > 20 and not (opens or m.start() == offset)):
            continue
        label = found.rstrip().endswith(COLONS)
        labelled = label or opens
        rest = text[m.end() - offset:]
        if m.start() > offset and label and len(rest.split()) > MAX_CREDIT_WORDS:
            continue  # "... in May. Source: the ministry, which ...": a sentence goes on
        at_end = not rest.strip(CREDIT_TAIL)
        if f.terminal and not (labelled or at_end):
            continue  # "Getty Images, the photo agency, bought ...": a sentence about it
        if f.n_words <= 1 and ctx.between_sentences(i):
            continue  # "Zoom" between two paragraphs: a subheading
        if f.n_words <= MAX_CONTROL_WORDS and VIDEO_CONTROL_RE.match(text):
            controls.append(i)
        yield i, f"image caption or credit: {found.strip()[:40]!r}"
    yield from _folded_captions(ctx)
    yield from _video_lengths(ctx, controls)


#: A picture's or a player's control is this many words long at most (``Autoplay: On | Off``,
#: ``1:05 / 2:48``).
MAX_CONTROL_WORDS = 4
#: A video's length stands this many blocks at most from a control of its player.
MAX_LENGTH_REACH = 2
# A time alone on its line. Matches "2:48", "(01:52)"; not "2:48 p.m.".
_CLOCK_LINE_RE = regex.compile(r"^\W*\d{1,2}:\d{2}\W*$")


def _video_lengths(ctx: BlockContext, controls: Sequence[int]) -> Iterator[tuple[int, str]]:
    """A time alone on its line next to a player's control (``Autoplay: On``, ``Play``,
    ``0:00 / 2:06``) is the video's length. Elsewhere it may be a live blog's stamp."""
    blocks = ctx.blocks
    for c in controls:
        for i in range(max(0, c - MAX_LENGTH_REACH), min(len(blocks), c + MAX_LENGTH_REACH + 1)):
            if i != c and ctx.is_free(i) and _CLOCK_LINE_RE.match(blocks[i].text):
                yield i, "image caption or credit: a video's length beside its player's control"


def _folded_captions(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """The captions a photo widget folds: a caption that ends in ``less`` (the control that
    folds it), and right below it the same caption cut off, ending in ``... more`` (the
    control that unfolds it). The pair is the widget's; a paragraph and its teaser are not
    folded that way. (Looked for from ``less``: the word is rarer on a page than ``more``.)"""
    blocks, n = ctx.blocks, len(ctx.blocks)
    for i, _, _ in ctx.find(CAPTION_UNFOLDED_RE, MAX_CAPTION_WORDS):
        below = i + 1
        if below == n or not (ctx.is_free(i) and ctx.is_free(below)):
            continue
        folded = blocks[below].text
        m = CAPTION_FOLDED_RE.search(folded)
        if m is None:
            continue
        cut = folded[: m.start() + 1]
        if len(cut.split()) >= MIN_FOLDED_WORDS and blocks[i].text.startswith(cut):
            yield i, "image caption: the whole caption of a folded pair (ending in 'less')"
            yield below, "image caption: the caption folded (ending in '... more')"


#: Words of an author's biography under an author-box header at most.
MAX_BIO_WORDS = 120
#: Lines of a profile box between its header and the biography (a name, a place), at most;
#: their words, at most; and the biography under them (a blog's profile runs longer).
MAX_PROFILE_LINES, MAX_PROFILE_LINE_WORDS, MAX_PROFILE_BIO_WORDS = 2, 6, 200


#: "by" and the words after it, of which a byline's name is the first few.
_BY_RE = regex.compile(r"\bby\b(?=((?:\W+\w+){1,4}))")
#: Words of a name that a byline gives, at most.
MAX_NAME_WORDS = 4


def _names_after_by(lowered: str) -> Counter[str]:
    """How often each run of one to four words follows ``by`` in ``lowered`` (``by Jane
    Doe, ...`` counts ``jane`` and ``jane doe``): the names of bylines, in one pass.

    >>> sorted(_names_after_by("by jane doe. by jane").items())
    [('jane', 2), ('jane doe', 1), ('jane doe by', 1), ('jane doe by jane', 1)]
    """
    names: Counter[str] = Counter()
    for m in _BY_RE.finditer(lowered):
        words = PLAIN_WORD_RE.findall(m.group(1))
        names.update(" ".join(words[:k]) for k in range(1, len(words) + 1))
    return names


def _has_byline(ctx: BlockContext, name: Sequence[str], index: int) -> bool:
    """Whether the page signs an article ``by`` the person ``name`` names (``by Jane
    Doe``, ``By: Jane Doe``) somewhere besides block ``index``. The page's bylines are
    read once (a page of many author boxes is not searched once for each)."""
    if not 0 < len(name) <= MAX_NAME_WORDS:
        return False
    names = ctx.memo.get("page.bylines")
    if not isinstance(names, Counter):
        names = ctx.memo["page.bylines"] = _names_after_by(ctx.lowered_text)
    key = " ".join(name).lower()
    return bool(names[key] > _names_after_by(ctx.blocks[index].text.lower())[key])


#: Words that open a sentence in the languages newsclean knows: not the first of a name.
_FUNCTION_WORDS = frozenset().union(*STOPWORDS.values())


def _names_the_writer(ctx: BlockContext, index: int) -> bool:
    """Whether block ``index`` opens with the name of the page's writer: two words in
    title case, the first not a function word, that the page's byline gives (``Jane Doe
    is a reporter ...`` on a page ``by Jane Doe``; not ``The Afghan Taliban ...`` on a
    page where a helicopter was shot down ``by the Afghan Taliban``)."""
    first = ctx.features[index].words[:2]
    return (
        len(first) == 2 and all(w[:1].isupper() for w in first)
        and first[0].lower() not in _FUNCTION_WORDS and _has_byline(ctx, first, index)
    )


#: Short lines (subheadings) looked past for the running text below a biography.
MAX_SUBHEADINGS = 1


@block_rule(
    "B209", "author-box", stage="evidence", role=Role.FURNITURE, region_score=-8.0,
    label="author",
)
def author_box(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """Author boxes: an ``About the author`` header and the short biography under it, or
    a blog's profile box (``About Me``, the name on a line of its own, the biography).

    A header that names someone (``About Jane Doe``, ``Über Anna Schmidt``) counts only
    where the block under it names them too, or the page has their byline (``by Jane
    Doe``): ``About New York`` is a subheading.

    A header that names nobody (``About the Author``, ``About Me``) takes the block under
    it as a biography on that block's own evidence only: the page's prose ends there (no
    paragraph follows it, past a subheading), or it opens with the name the page's byline
    gives. A biography is a sentence or a line of more than six words. Otherwise the header
    stands between two paragraphs of an article and goes alone.

    >>> from newsclean import clean
    >>> clean("The vote passed.\\nAbout the Author\\nJane Doe covers politics for us.")
    'The vote passed.'
    >>> from newsclean import analyze
    >>> page = analyze("The vote passed on Sunday, with two thirds of the members for it."
    ...                "\\nAbout the Author\\nThe mayor welcomed the result on Monday."
    ...                "\\nThe count took all night and ended at dawn, the clerk said.")
    >>> [b.code for b in page.blocks]
    ['S100', 'B209', 'S100', 'S100']
    """
    blocks, feats = ctx.blocks, ctx.features
    for i, f, _ in _short_matches(ctx, AUTHOR_BOX_RE, 8, anchored=True):
        j = i + 1
        generic = GENERIC_AUTHOR_HEADER_RE.match(blocks[i].text) is not None
        # A profile box may give its author's name (and place) on lines of their own above
        # the biography ("About Me", "Jane Doe", the biography; "Name: jo", "Location:
        # Ohio", the biography).
        if generic:
            while j - i <= MAX_PROFILE_LINES and j + 1 < len(blocks) and ctx.is_free(j) and (
                0 < feats[j].n_words <= MAX_PROFILE_LINE_WORDS and not feats[j].terminal
            ):
                j += 1
            if j > i + 1 and not (ctx.is_free(j) and feats[j].n_words > MAX_PROFILE_LINE_WORDS):
                j = i + 1  # no biography below the short lines: no profile
        name = j > i + 1
        longest = MAX_PROFILE_BIO_WORDS if name else MAX_BIO_WORDS
        bio = j < len(blocks) and ctx.is_free(j) and 0 < feats[j].n_words <= longest
        if bio and generic:
            # The header names nobody: the block under it is a biography where the page's
            # prose ends there, or where it names the page's writer; otherwise the header
            # stands between two paragraphs of an article and goes alone.
            bio = (feats[j].terminal or feats[j].n_words > MAX_PROFILE_LINE_WORDS) and (
                not _prose_follows(ctx, j, MAX_SUBHEADINGS) or _names_the_writer(ctx, j)
            )
        named = [w for w in f.words if w[:1].isupper()][1:]  # "About Jane Doe": Jane, Doe
        # "About New York" is a subheading unless the biography under it names the person
        # the header names, or the page has their byline ("by Jane Doe").
        if not generic and not (
            named and ((bio and any(w in feats[j].words for w in named))
                       or _has_byline(ctx, named, i))
        ):
            continue
        yield i, f"author box: the header {blocks[i].text.strip()!r}"
        if bio:
            for k in range(i + 1, j):
                yield k, f"author box: the name under the header on line {ctx.line(i)}"
            yield j, f"author box: the biography under the header on line {ctx.line(i)}"


@block_rule(
    "B210", "interface-text", stage="evidence", role=Role.FURNITURE, region_score=-4.0,
    label="navigation",
)
def interface_text(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """Interface text standing alone: ``Menu``, ``Search``, ``Skip to content``, ``Back to top``.

    Between two paragraphs such a line is a subheading of the article (``Menu`` in a
    restaurant review) and stays.

    >>> from newsclean import clean
    >>> clean("Skip to content\\nMenu\\nThe vote passed.\\nBack to top")
    'The vote passed.'
    """
    for i, _, m in _short_matches(ctx, INTERFACE_RE, MAX_INTERFACE_WORDS, anchored=True):
        if ctx.between_sentences(i) and not SKIP_LINK_RE.match(ctx.blocks[i].text):
            continue  # "Menu" between two paragraphs: a subheading (a skip link is none)
        yield i, f"interface text: {m.group().strip()!r}"
