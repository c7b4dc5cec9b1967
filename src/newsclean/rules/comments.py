"""Comment sections (B207) and lone comment prompts (B211), recognised by their structure.

A reader-comment section is not told by one phrase: a line like ``He added:`` or ``In a
statement, the minister said:`` reads like a commenter's name line, and a ``Leave a reply``
box can stand alone under an article. What only a comment section has is a *series* of
comment signatures close together, of at least two kinds:

* a header or prompt: ``12 Comments``, ``Leave a Reply``, ``Join the discussion``, a
  count with the post's title in quotes (``8 thoughts on “...”``, however long the title);
* an action line: ``Reply``, ``Like (3)``, ``Report abuse``, ``4 agree | 5 disagree``;
* an author line: ``joe says:``, ``Anna schrieb:``, ``Marie a écrit :``, or a commenter's
  web address and name (``http://twitter.com/jo Jo Lee``);
* a name and a time: ``Tim W 11.06.12 at 11:06 am``, ``Posted by: jo at 3:04 PM``;
* a time line: ``July 11, 2012 at 9:39 am``, ``3 hours ago``.

A section opens at a header or an action line (an author or time line alone may be the
article's own: its byline, a quoted ``X wrote:``), at the first of five author lines in a
row (an article quotes a few people that way, a comment section many), or at the first of
five lines that sign what follows them with a name and a date in one form, four names among
them (``Jason Fried 07 Nov 12``; a live blog's entries are signed by its one or two
reporters). It runs on while the next signature comes within :data:`MAX_GAP` blocks and
:data:`MAX_GAP_WORDS` words, or within :data:`MAX_LONG_GAP` and :data:`MAX_LONG_GAP_WORDS`
where both are the same signature in the same form (one long comment between); where the
series has a header, the section starts there (a ``Comments`` link in the page's
menu is no header; nor is a comment form's header below comments signed with ``Reply``
lines), and without one it starts at its first comment. It needs three signatures that
are not bare time lines (a name line with the time right below it counts twice: ``joe
says:`` above ``May 1, 2012 at 3:04 pm``), two kinds (or only action lines, or only
author lines), and comment text between them. A thread signed by its writers' names
alone is a section where a comment header stands right above the first name, four names
follow close together, and one of them comes twice (commenters answer each other; an
article's subheadings do not repeat). The article is what comes before it (see
:mod:`newsclean.region`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from enum import Enum
from itertools import pairwise
from typing import NamedTuple

import regex

from ..context import BlockContext
from ..features import Features, is_reported_speech, is_unspaced
from ..lazy_pattern import lazy_compile
from ..lexicon import (
    COMMENT_FORM_RE,
    COMMENT_TITLE_COUNT_RE,
    COMMENTS_RE,
    FULL_DATE_RE,
    is_date_token,
)
from ..registry import EVERY_BLOCK, Role, block_rule
from .page import date_signer, is_dateline

_I = regex.IGNORECASE | regex.VERSION1

# The words of a comment's action bar, in the six languages and in some twenty more (the
# comment systems' buttons: Polish "Odpowiedz", Swedish "Svara", Japanese "返信", Chinese
# "回复"): those that are actions of their own, and those that only go with them ("report
# abuse", "j'aime").
REPLY_WORDS = frozenset(
    """
    reply replies antworten répondre responder rispondi responda odpowiedz ответить
    відповісти reageren beantwoorden svara svar yanıtla cevapla odpovědět odpovedať απάντηση
    răspunde balas 返信 回复 回覆 답글 답장 رد válasz vastaa odgovori отговори
    """.split()
)
ACTION_WORDS = REPLY_WORDS | frozenset(
    """
    like likes unlike dislike dislikes report flag quote permalink agree disagree vote votes
    upvote downvote recommend recommended helpful point points antworten melden zitieren
    gefällt signaler citer aime denunciar citar gusta segnala piace curtir reportar
    zgłoś cytuj пожаловаться цитировать поскаржитися rapporteren citeren gilla rapportera
    anmäl citera beğen şikayet bildir nahlásit citovat nahlásiť αναφορά raportează
    laporkan 신고 공감 추천 إبلاغ 举报 檢舉 赞 讚 点赞 點讚 通報 いいね
    """.split()
)
# ("share" beside a reply link; "parent": Slashdot's "Reply to This Parent Share"; "number":
# the BBC's "Report this comment (Comment number 108)".)
_ACTION_FILLERS = frozenset(
    "abuse spam inappropriate as to this up down thumbs comment post mir j me mi share parent"
    " number".split()
)
# An action word anywhere in a block. Matches "Reply", "Like (3)"; not "Likely".
_ACTION_WORD_RE = lazy_compile(
    r"\b(?:" + "|".join(sorted(ACTION_WORDS, key=len, reverse=True)) + r")\b",
    regex.IGNORECASE,
)


# A run of word characters: a word of a script written without spaces as its buttons stand
# ("回复 赞 3 举报": the features count each of its characters as a word).
_WORD_RUN_RE = regex.compile(r"\w+")


def is_action_line(f: Features, text: str = "") -> bool:
    """Whether a block is a comment's action bar: only action words and counts, with a reply
    link, a count, or two actions (one word such as ``Like`` may be a button of anything).
    In a script written without spaces (``text``, where given) the words are the runs of
    word characters between spaces and marks, as the buttons stand.

    >>> [is_action_line(Features.of(t)) for t in ("Reply", "Like (3)", "Report abuse | Reply",
    ...                                             "Quote | Report this post", "Reply Share")]
    [True, True, True, True, True]
    >>> [is_action_line(Features.of(t)) for t in ("Like", "Recommended", "Reply to the minister",
    ...                                             "Share")]
    [False, False, False, False]
    >>> [is_action_line(Features.of(t), t) for t in ("回复", "赞 128", "回复 举报", "回复他")]
    [True, True, True, False]
    """
    if text and is_unspaced(text):
        words = [w.lower() for w in _WORD_RUN_RE.findall(text)]
    else:
        words = [w.lower() for w in f.words]
    if not words:
        return False
    actions = [w for w in words if w in ACTION_WORDS]
    if not actions or any(
        w not in ACTION_WORDS and w not in _ACTION_FILLERS and not w.isdigit() for w in words
    ):
        return False
    return (
        any(w in REPLY_WORDS for w in actions)
        or any(w.isdigit() for w in words)
        or len(set(actions)) >= 2
    )


# A short line that ends with a reply link (and a menu of actions after it, as SB Nation's
# comments have). Matches "by james on Jan 31, 2011 at 9:59 am. Reply #", "Jane | 3 hours ago
# | Reply", "by jo on Aug 8, 2012 5:21 PM PDT up reply actions"; not "He did not reply".
REPLY_END_RE = lazy_compile(
    r"(?:^|[|·•,.\-–—]\s*|\s(?=reply actions))"
    r"\b(?:" + "|".join(sorted(REPLY_WORDS - {"replies", "responda"})) + r")(?: actions)?\W*$",
    _I,
)
# A commenter's name line: a name and a word of saying, or (as comment systems print a
# commenter's avatar link) a web address and a name of up to four words without figures.
# Matches "joetoronto says:", "Anna schrieb:", "Marie a écrit :", "Jo said...",
# "http://twitter.com/danamac Dana McMahan"; not "He added:", "She said:", "http://example.org/The
# Demand Side part1.pdf" (a figure in a word). On its own "The minister said:" is an
# ordinary news line too, so it only corroborates a section.
AUTHOR_LINE_RE = lazy_compile(
    # (not a personal pronoun's: "She said:", "Er sagt:", "Il a écrit :" lead a quote in
    # the article; a commenter signs with a name)
    r"^(?!(?:he|she|they|it|we|i|you|er|sie|es|wir|il|elle|ils|elles|on|él|ella|ellos"
    r"|ellas|ele|ela|eles|elas|lui|lei|loro)\s)"
    r"\S.{0,40}?\s(?:says|said|wrote|writes|schrieb|sagt|a écrit|dit|dice|escribió"
    r"|disse|escreveu|scrive|ha scritto)\s?(?::|\.\.\.|…)\s*$"
    r"|^https?://\S+(?:\s+[^\W\d_][^\s\d/]*){1,4}\s*$",
    _I,
)
# The units of time in Swedish, Danish and Norwegian (see AGO_RE).
_NORDIC_UNITS = (
    r"(?:sekunder|minutter|minuter|timmar|timme|timer|time|dagar|dage|dager|dag|veckor|vecka"
    r"|uger|uker|uge|uke|månader|måneder|månad|år)"
)
# How long ago a comment was written. Matches "3 hours ago", "a week ago", "vor 2 Tagen",
# "il y a 5 jours", "hace una semana", "2 godziny temu", "3時間前", "3小时前"; not "years ago, the
# town".
AGO_RE = lazy_compile(
    r"\b(?:\d+|an?|one)\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)"
    r"\s+ago\b"
    r"|\bvor\s+(?:\d+|einer?|einem)\s+(?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?"
    r"|monat(?:en)?|jahr(?:en)?)\b"
    r"|\bil y a\s+(?:\d+|une?)\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)\b"
    r"|\bhace\s+(?:\d+|una?)\s+(?:segundos?|minutos?|horas?|días?|semanas?|mes(?:es)?"
    r"|años?)\b"
    # (the units written out as whole words: "h[áa]" gives the prefilter no word to look
    # for, and "mes(?:es)?" would be looked for inside "times", "dias?" inside "media")
    r"|\bh[áa]\s+(?:\d+|uma?)\s+(?:segundos|segundo|minutos|minuto|horas|hora|dias|dia"
    r"|semanas|semana|meses|mes|anos|ano)\b"
    r"|\b(?:\d+|una?)\s+(?:secondi|minuti|ore|giorni|settimane|mesi|anni|ora|giorno"
    r"|settimana|mese|anno)\s+fa\b"
    # ... and in some twenty more languages: "2 godziny temu", "3 часа назад", "2 saat önce",
    # "för 3 timmar sedan", "3時間前", "منذ 3 ساعات"
    r"|\b\d+\s+(?:sekund[ay]?|minut[ay]?|godzin[ay]?|dni|dzień|tygodni[ea]?|miesi[ęą]c[ey]?"
    r"|miesięcy|lat[a]?|rok)\s+temu\b"
    r"|\b\d+\s+(?:секунд[уы]?|минут[уы]?|час(?:а|ов)?|дн(?:я|ей)|день|недел[юиь]|месяц(?:а|ев)?"
    r"|год(?:а)?|лет)\s+назад\b"
    r"|\b\d+\s+(?:секунд[уи]?|хвилин[уи]?|годин[уи]?|дн(?:і|ів)|день|тижн(?:і|ів)|тиждень"
    r"|місяц(?:і|ів)|місяць|рок(?:и|ів)|рік)\s+тому\b"
    r"|\b\d+\s+(?:seconden?|minuten?|uur|dagen|dag|weken|week|maanden?|jaar)\s+geleden\b"
    # (Swedish "sedan" and Danish and Norwegian "siden" in two alternatives: in one group
    # their common "s" is set apart and "iden" looked for, inside "president")
    rf"|\b\d+\s+{_NORDIC_UNITS}\s+sedan\b|\b\d+\s+{_NORDIC_UNITS}\s+siden\b"
    r"|\b\d+\s+(?:saniye|dakika|saat|gün|hafta|ay|yıl)\s+önce\b"
    r"|\b\d+\s+(?:sekundami|minutami|minútami|minutou|minútou|hodinami|hodinou"
    r"|dny|dňami|dnem|dňom|týdny|týždňami|měsíci|mesiacmi|lety|rokmi)\b"
    r"|\bπριν(?:\s+από)?\s+\d+\s+(?:δευτερόλεπτα|λεπτά|ώρες|ώρα|μέρες|ημέρες|εβδομάδες|μήνες"
    r"|χρόνια)\b"
    r"|\b(?:acum|în urmă cu)\s+\d+\s+(?:secunde|minute|ore|oră|zile|zi|săptămâni|luni|ani)\b"
    r"|\b\d+\s+(?:detik|menit|minit|jam|hari|minggu|bulan|tahun)\s+(?:yang\s+)?lalu\b"
    r"|\b\d+\s+(?:sekuntia|minuuttia|tuntia|päivää|viikkoa|kuukautta|vuotta)\s+sitten\b"
    r"|\bprije\s+\d+\s+(?:sekundi|minuta|minute|sati|sat|dana|dan|tjedana|tjedna|mjeseci"
    r"|godina)\b"
    # (no word boundary before a figure after a Japanese or Korean word: not inside a run of
    # figures either, where each start would read the run to its end again)
    r"|(?<!\d)\d+\s*(?:秒|分|時間|日|週間|か月|ヶ月|年)前"
    # (Chinese, simplified and traditional: "3小时前", "15分鐘前", "2个月前")
    r"|(?<!\d)\d+\s*(?:秒钟|秒鐘|分钟|分鐘|小时|小時|天|周|週|个月|個月)前"
    r"|(?<!\d)\d+\s*(?:초|분|시간|일|주|개월|달|년)\s*전"
    r"|منذ\s+\d+\s+(?:ثوان|ثانية|دقائق|دقيقة|ساعات|ساعة|أيام|يوم|أسابيع|أسبوع|أشهر|شهر"
    r"|سنوات|سنة)",
    _I,
)

# A time of day. Matches "13:24", "5:49"; not "3.5".
_CLOCK_RE = regex.compile(r"\b\d{1,2}:\d{2}\b")
# A time of day or a date in figures. Matches "13:24", "07.08.12", "11/20/2019"; not "3.5".
STAMP_RE = regex.compile(_CLOCK_RE.pattern + r"|\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b")

#: The characters that separate the figures of a time or a date (what STAMP_RE needs).
_STAMP_MARKS = frozenset(":./-")

# A reply link on a line that says when the comment was written: a comment's signature
# wherever the link stands. Matches "November 12, 2012 18:06:00 Reply 0 Flag this comment",
# "Davey wrote on May 1st, 2012 at 5:49 am Link | Reply To Comment"; not "Government Reply
# Brief (Jan. 30, 2007)" (a date without a time of day).
_REPLY_WORD_RE = lazy_compile(r"\b(?:" + "|".join(sorted(REPLY_WORDS)) + r")\b", _I)


def _is_timed_reply(text: str) -> bool:
    """Whether a short line holds a reply link and a time of day or a ``3 hours ago``.

    >>> _is_timed_reply("Jo wrote on May 1st, 2012 at 5:49 am Link To Comment | Reply To Comment")
    True
    >>> _is_timed_reply("Government Reply Brief in NSA/FISA Case (Jan. 30, 2007)")
    False
    """
    return _REPLY_WORD_RE.search(text) is not None and (
        _CLOCK_RE.search(text) is not None or AGO_RE.search(text) is not None
    )


# A dated line that names who posted. Matches "Posted by: jo at", "by james on"; not "May 1".
POSTED_BY_RE = lazy_compile(
    r"^\W*(?:(?:posted|written|submitted|comment(?:ed)?|reply) )?(?:by|von|par|por|da|di)"
    r"\b:?\s*\S",
    _I,
)

#: The longest signature line, in words.
MAX_SIGNATURE_WORDS = 16
#: The longest line with a reply link and a time ("Jo responded to Al on May 1 at 8:19 am").
MAX_TIMED_REPLY_WORDS = 25
#: The longest line that a time or date in figures makes a time line ("Jo 07.08.12 at 13:24").
MAX_STAMP_WORDS = 10
#: The longest commenter's name on a line of its own, in words.
MAX_NAME_WORDS = 4
#: The longest comment header or prompt, in words.
MAX_HEADER_WORDS = 12
#: A comment form's moderation note or confirmation is this many words long at most; so
#: is a count with the post's title in quotes (``10 thoughts on “...”``, see the lexicon's
#: ``COMMENT_TITLE_COUNT_RE``), longer than a header by the title's words.
MAX_FORM_WORDS = MAX_TITLED_HEADER_WORDS = 30
#: The next signature of a section comes within this many blocks and words (a comment).
MAX_GAP, MAX_GAP_WORDS = 8, 300
#: ... or within this many, where it is the same signature in the same form (see _form).
MAX_LONG_GAP, MAX_LONG_GAP_WORDS = 24, 900
#: A section has at least MIN_SIGNATURES signatures, MIN_STRONG of them not time lines, of
#: at least MIN_KINDS kinds (or only action lines: ``Reply`` three times is a comment section).
MIN_SIGNATURES, MIN_STRONG, MIN_KINDS = 3, 3, 2
#: ... and between its signatures, comments: at least this many words of text.
MIN_COMMENT_WORDS = 8
#: Author lines in a row (``jo writes:``) that open a section without a header or action.
MIN_AUTHOR_LINES = 5
#: Name-and-date lines in a row (``Jason Fried 07 Nov 12``) that open a section without a
#: header or action, signed by this many names at least.
MIN_SIGNED_LINES, MIN_SIGNERS = 5, 4
#: A menu item is this many words long at most (see newsclean.region.MENU_WORDS).
MAX_MENU_WORDS = 3
#: A comment header's first comment signature comes within this many blocks below it.
MAX_HEADER_GAP = 2
#: A thread signed by names alone has this many name lines at least, ...
MIN_THREAD_NAMES = 4
#: ... each above a comment of this many words at least; its last comment runs on over
#: this many blocks at most.
MIN_THREAD_COMMENT_WORDS, MAX_LAST_COMMENT_BLOCKS = 3, 3


class Signature(Enum):
    """The kinds of line a comment section is made of."""

    HEADER = "header"  # "12 Comments", "Leave a Reply"
    ACTION = "action"  # "Reply", "Like (3)", "Report abuse"
    AUTHOR = "author"  # "joe says:", "Anna schrieb:", "http://twitter.com/jo Jo Lee"
    STAMP = "stamp"  # a name and a time: "Tim W 11.06.12 at 11:06 am", "Posted by jo at 3 pm"
    TIME = "time"  # a time alone: "May 1, 2012 at 3:04 pm", "3 hours ago"
    NAME = "name"  # a commenter's name alone, in a thread under a header (_name_threads)


#: A token between spaces that holds a letter or a digit (what _stamp_length counts). It
#: starts where a run of marks does (or where the last token ended), so a long run of
#: marks is not read again from each of its characters.
_WORD_TOKEN_RE = regex.compile(r"(?:(?<![^\s\w])|\G)[^\s\w]*\w\S*")


def _stamp_length(text: str) -> int:
    """A time line's length in words as a reader counts them: ``10/29/2012``, ``5:14:46``
    and a commenter's web address are one word each, a dash or a bar none.

    >>> _stamp_length("1 Stephan Kopp http://kopp.example | 10/29/2012 5:14:46 PM")
    7
    """
    return len(_WORD_TOKEN_RE.findall(text))


def _is_time_line(text: str, f: Features) -> bool:
    """Whether a short block holds when it was written (a date, a time, ``3 hours ago``)."""
    return bool(
        AGO_RE.search(text) or is_dateline(f) or (
            (f.n_words <= MAX_STAMP_WORDS or _stamp_length(text) <= MAX_STAMP_WORDS)
            and (STAMP_RE.search(text) or FULL_DATE_RE.search(text))
        )
    )


def signature(text: str, f: Features) -> Signature | None:
    """The comment signature a block is, if any.

    >>> [signature(t, Features.of(t)).value for t in
    ...  ("12 Comments", "Reply", "joe says:", "Nathan 07.16.12 at 21:35", "3 hours ago")]
    ['header', 'action', 'author', 'stamp', 'time']
    >>> signature("He added:", Features.of("He added:")) is None
    True
    """
    titled = _is_titled_count(text, f)
    if f.n_words > MAX_SIGNATURE_WORDS and not titled:
        timed = f.n_words <= MAX_TIMED_REPLY_WORDS and _is_timed_reply(text)
        return Signature.ACTION if timed else None
    if not f.n_words:
        return None
    return _classify(
        text, f,
        action=is_action_line(f, text) or REPLY_END_RE.search(text) is not None
        or _is_timed_reply(text),
        header=titled or (
            f.n_words <= MAX_HEADER_WORDS and COMMENTS_RE.search(text) is not None
        ),
        author=AUTHOR_LINE_RE.match(text) is not None,
        time=_is_time_line(text, f),
    )


def _is_titled_count(text: str, f: Features) -> bool:
    """Whether a block is a comment count with the post's title in quotes after it.

    >>> header = "8 thoughts on “Five Ways to Keep a Garden Through Winter”"
    >>> _is_titled_count(header, Features.of(header))
    True
    >>> _is_titled_count("8 thoughts on the budget", Features.of("8 thoughts on the budget"))
    False
    """
    return f.n_words <= MAX_TITLED_HEADER_WORDS and COMMENT_TITLE_COUNT_RE.match(text) is not None


def _titled_counts(ctx: BlockContext) -> dict[int, regex.Match[str]]:
    """The blocks that are comment counts with the post's title in quotes, and the match in
    each (looked for once: both the sections and the lone prompts ask)."""
    cached = ctx.memo.get("comments.titled")
    if cached is None:
        cached = ctx.memo["comments.titled"] = {
            i: m for i, m, _ in ctx.find(COMMENT_TITLE_COUNT_RE, MAX_TITLED_HEADER_WORDS,
                                         anchored=True)
        }
    return cached  # type: ignore[return-value]


def _headers(ctx: BlockContext) -> dict[int, regex.Match[str]]:
    """The blocks of :data:`MAX_HEADER_WORDS` words at most that :data:`COMMENTS_RE` finds a
    comment header in, and the match in each (looked for once: both the sections and the
    lone prompts ask)."""
    cached = ctx.memo.get("comments.headers")
    if cached is None:
        cached = ctx.memo["comments.headers"] = {
            i: m for i, m, _ in ctx.find(COMMENTS_RE, MAX_HEADER_WORDS)
        }
    return cached  # type: ignore[return-value]


def _classify(
    text: str, f: Features, *, action: bool, header: bool, author: bool, time: bool
) -> Signature | None:
    """The signature of a block from what its patterns found, in their order of precedence;
    a time line that names someone ("Tim W 11.06.12", "Posted by jo at ...") is a stamp."""
    if action:
        return Signature.ACTION
    if header:
        return Signature.HEADER
    if author:
        return Signature.AUTHOR
    if time:
        plain = all(map(is_date_token, f.words)) and not POSTED_BY_RE.match(text)
        return Signature.TIME if plain else Signature.STAMP
    return None


def _hits(ctx: BlockContext, pattern: regex.Pattern[str], limit: int, anchored: bool = False
          ) -> set[int]:
    """The blocks of at most ``limit`` words that ``pattern`` is found in."""
    return {i for i, _, _ in ctx.find(pattern, limit, anchored=anchored)}


class _LineHits(NamedTuple):
    """The short blocks three signature patterns are found in: a reply link at a line's end
    (:data:`REPLY_END_RE`), a commenter's name line (:data:`AUTHOR_LINE_RE`), an action
    word (what an action bar holds)."""

    replies: set[int]
    authors: set[int]
    actions: set[int]


def _line_hits(ctx: BlockContext) -> _LineHits:
    """The :class:`_LineHits` of the document, looked for once (both the test for an
    opener, :func:`_may_open_section`, and :func:`signatures` ask)."""
    cached = ctx.memo.get("comments.hits")
    if cached is None:
        cached = ctx.memo["comments.hits"] = _LineHits(
            _hits(ctx, REPLY_END_RE, MAX_SIGNATURE_WORDS),
            _hits(ctx, AUTHOR_LINE_RE, MAX_SIGNATURE_WORDS, anchored=True),
            # (an action bar holds an action word: is_action_line runs on those only)
            _hits(ctx, _ACTION_WORD_RE, MAX_TIMED_REPLY_WORDS),
        )
    return cached  # type: ignore[return-value]


def _may_open_section(ctx: BlockContext) -> bool:
    """Whether the document holds what opens every comment section (see
    :func:`comment_sections`): a header or an action line, :data:`MIN_AUTHOR_LINES`
    author lines, or :data:`MIN_SIGNED_LINES` lines that may sign comments with a name and
    a date (:func:`_signer_series`). Told from the patterns' hits alone, before any time
    line is read: most pages have none of these, and then no signature is worth telling.

    >>> from newsclean.context import BlockContext
    >>> from newsclean.document import Block
    >>> def page(*lines: str) -> BlockContext:
    ...     return BlockContext([Block(i, 0, 0, t, t) for i, t in enumerate(lines)])
    >>> _may_open_section(page("It rained.", "May 1, 2012 at 3:04 pm", "Like"))
    False
    >>> _may_open_section(page("It rained.", "joe says:", "Reply"))
    True
    """
    hits = _line_hits(ctx)
    if _headers(ctx) or _titled_counts(ctx) or hits.replies:
        return True
    if len(hits.authors) >= MIN_AUTHOR_LINES:
        return True
    feats, blocks = ctx.features, ctx.blocks
    if any(is_action_line(feats[i], blocks[i].text) or _is_timed_reply(blocks[i].text)
           for i in hits.actions):
        return True
    # A signer series: lines of a name and a date, or stamps that name who posted.
    named = sum(
        1 for i in ctx.short_with_numbers
        if feats[i].n_words <= MAX_STAMP_WORDS and not feats[i].terminal
        and date_signer(feats[i]) is not None
    )
    if named >= MIN_SIGNED_LINES:
        return True
    posted = _hits(ctx, POSTED_BY_RE, MAX_SIGNATURE_WORDS, anchored=True)
    return len(posted) >= MIN_SIGNED_LINES


def signatures(ctx: BlockContext) -> list[tuple[int, Signature]]:
    """Every block's comment signature (see :func:`signature`), in order, told from one
    literal search per pattern (:meth:`BlockContext.find`) rather than every pattern on
    every block: a page's blocks are mostly not signatures."""
    feats, blocks = ctx.features, ctx.blocks
    titled = _titled_counts(ctx).keys()
    headers = _headers(ctx).keys() | titled
    replies, authors, actions = _line_hits(ctx)
    # A time line in figures, a full date and a dateline (see is_dateline) hold a word of
    # digits: their patterns run on those only.
    dated = {i for i in ctx.short_with_numbers if feats[i].n_words <= MAX_SIGNATURE_WORDS}
    times = _hits(ctx, AGO_RE, MAX_SIGNATURE_WORDS)
    for i in dated:
        f, text = feats[i], blocks[i].text
        if f.n_words > MAX_STAMP_WORDS and _stamp_length(text) > MAX_STAMP_WORDS:
            continue
        # A time or date in figures has a ":", "." or "/" or "-"; a full date has a year.
        if (_STAMP_MARKS.intersection(text) and STAMP_RE.search(text)) or (
            any(len(w) == 4 and w.isdigit() for w in f.words) and FULL_DATE_RE.search(text)
        ):
            times.add(i)
    found: list[tuple[int, Signature]] = []
    for i in sorted(headers | replies | authors | times | actions | dated):
        f = feats[i]
        if f.n_words > MAX_SIGNATURE_WORDS and i not in titled:
            # only a reply link with a time may be longer (it names whom it answers)
            if i in actions and _is_timed_reply(blocks[i].text):
                found.append((i, Signature.ACTION))
            continue
        if not f.n_words:
            continue
        action = i in replies or (
            i in actions and (is_action_line(f, blocks[i].text) or _is_timed_reply(blocks[i].text))
        )
        header, author = i in headers, i in authors
        kind = _classify(
            blocks[i].text, f, action=action, header=header, author=author,
            # the dateline test only where nothing stronger was found
            time=not (action or header or author)
            and (i in times or (i in dated and is_dateline(f))),
        )
        if kind is not None:
            found.append((i, kind))
    return found


def _above_text(found_at: set[int], at: int, feats: list[Features]) -> bool:
    """Whether the block after a signature is text of its own (the comment it heads)."""
    nxt = at + 1
    return nxt < len(feats) and nxt not in found_at and feats[nxt].n_words > 0


#: Signatures that can open a section: an author or time line alone may be the article's.
_OPENERS = frozenset({Signature.HEADER, Signature.ACTION})
#: The kinds that make a section alone: ``Reply`` links, a series of ``jo writes:`` lines.
_ONE_KIND_SECTIONS = ({Signature.ACTION}, {Signature.AUTHOR})


def _strength(chain: Sequence[tuple[int, Signature]], found_at: set[int], feats: list[Features]
              ) -> int:
    """How many signatures of a series speak for comments: headers, actions and author
    lines; name-and-time lines when there are two or more (one may be the article's
    byline); an author line with a time line right below it once more; under a header,
    time lines heading text when there are three or more."""
    count = {kind: 0 for kind in Signature}
    for _, kind in chain:
        count[kind] += 1
    strong = count[Signature.HEADER] + count[Signature.ACTION] + count[Signature.AUTHOR]
    if count[Signature.STAMP] >= 2:
        strong += count[Signature.STAMP]
    # A commenter's name line with the time right below it ("joe says:", "May 1, 2012 at
    # 3:04 pm") is one comment's signature twice over.
    strong += sum(
        1 for (at, kind), (nxt, below) in pairwise(chain)
        if kind is Signature.AUTHOR and below is Signature.TIME and nxt == at + 1
    )
    if count[Signature.HEADER]:
        heading = sum(
            kind is Signature.TIME and _above_text(found_at, at, feats) for at, kind in chain
        )
        strong += heading if heading >= MIN_SIGNATURES else 0
    return strong


def _first_comment_start(
    found: list[tuple[int, Signature]], opener: tuple[int, Signature], feats: list[Features]
) -> int:
    """Where a section without a header starts: at its first comment (the nearest author or
    time line above the first action line, within a comment's length, and a name line
    right above that), not at the first ``Reply`` under it."""
    at = opener[0]
    before = [i for i, kind in found if at - MAX_GAP <= i < at
              and kind in (Signature.AUTHOR, Signature.STAMP, Signature.TIME)]
    if not before or sum(f.n_words for f in feats[before[-1]:at]) > MAX_GAP_WORDS:
        return at
    start = before[-1]
    above = feats[start - 1] if start > 0 else None
    if above is not None and 0 < above.n_words <= MAX_NAME_WORDS and not above.terminal:
        start -= 1  # the commenter's name on a line of its own
    return start


def _section_header(chain: list[tuple[int, Signature]], feats: list[Features]) -> int | None:
    """Where in a series its section starts: at its first header, unless that is a link in
    a menu and a header comes later.

    A page's menu may hold a ``Comments`` link (``Posts``, ``Comments``: the feeds of a
    blog), and the article below it, with its byline and a quoted ``X wrote:``, links it to
    the real header (``53 Comments``). A header without a count, right below a menu-like
    line (a few words, no final mark) and not right above the next signature (a comment's
    name or ``Reply``), is such a link when another header follows.

    >>> f = Features.of
    >>> chain = [(1, Signature.HEADER), (4, Signature.STAMP), (9, Signature.HEADER)]
    >>> _section_header(chain, [f("Posts"), f("Comments"), f("Title"), f("May 1, 2012 by Jo")])
    2
    >>> _section_header(chain, [f("It rained all day."), f("Comments"), f("Title"), f("May 1")])
    0
    >>> right_above = [(1, Signature.HEADER), (2, Signature.AUTHOR), (9, Signature.HEADER)]
    >>> _section_header(right_above, [f("Email"), f("Comments"), f("joe says:")])
    0
    """
    headers = [n for n, (_, kind) in enumerate(chain) if kind is Signature.HEADER]
    for this in headers[:-1]:  # the last header opens the section when all before are links
        at = chain[this][0]
        above = feats[at - 1] if at > 0 else None
        # The signature below it: a header right below is the same header twice, while a
        # header further down ("Comments »" twice, a post between) heads no comment, and
        # the comment signature after that is what counts.
        below = chain[this + 1][0]
        if chain[this + 1][1] is Signature.HEADER and below > at + 1:
            below = next(
                (i for i, kind in chain[this + 1:] if kind is not Signature.HEADER), below
            )
        menu_link = (
            above is not None and 0 < above.n_words <= MAX_MENU_WORDS and not above.terminal
            and not any(w.isdigit() for w in feats[at].words)
            and below - at > MAX_HEADER_GAP
        )
        if not menu_link:
            return this
    return headers[-1] if headers else None


def _author_series_openers(
    found: list[tuple[int, Signature]],
    follows: Callable[[tuple[int, Signature], tuple[int, Signature]], bool] | None = None,
) -> set[int]:
    """The author lines (positions in ``found``) that open a series of
    :data:`MIN_AUTHOR_LINES` author lines or more, each within :data:`MAX_GAP` blocks of the
    one before (or where ``follows`` says it continues the series: see :func:`_follows`): a
    comment section whose comments are headed by ``jo writes:`` lines only. An article
    quotes a few people that way.

    >>> a, t = Signature.AUTHOR, Signature.TIME
    >>> sorted(_author_series_openers([(0, t), *[(i, a) for i in range(2, 12, 2)], (40, a)]))
    [1]
    """
    authors = [k for k, (_, kind) in enumerate(found) if kind is Signature.AUTHOR]
    openers: set[int] = set()
    left = 0  # author lines from here to the end of its series, counted backwards
    for n in range(len(authors) - 1, -1, -1):
        k = authors[n]
        nxt = authors[n + 1] if n + 1 < len(authors) else None
        close = nxt is not None and (
            found[nxt][0] - found[k][0] <= MAX_GAP
            or (follows is not None and follows(found[k], found[nxt]))
        )
        left = left + 1 if close else 1
        if left >= MIN_AUTHOR_LINES:
            openers.add(k)
    return openers


def _signer_series(ctx: BlockContext, found: list[tuple[int, Signature]], found_at: set[int]
                   ) -> list[list[int]]:
    """The series of lines that sign comments with a name and a date: ``Jason Fried 07 Nov
    12`` (see :func:`~newsclean.rules.page.date_signer`) or a stamp that names who posted
    (``Posted by: jo at October 29, 2012 05:23 PM``), each right above text, within
    :data:`MAX_GAP` blocks of the one before, :data:`MIN_SIGNED_LINES` of them or more,
    signed by :data:`MIN_SIGNERS` names at least. A live blog's entries and a blog's posts
    are signed by their one or two writers; one such line alone is nothing.

    >>> from newsclean.context import BlockContext
    >>> from newsclean.document import Block
    >>> lines = ["It rained."] + [t for name in ("Ann Lee", "Bo", "Cy Young", "Dee", "Ed")
    ...          for t in (f"{name} 07 Nov 12", "Nice post, thanks.")]
    >>> ctx = BlockContext([Block(i, 0, 0, t, t) for i, t in enumerate(lines)])
    >>> _signer_series(ctx, [], set())
    [[1, 3, 5, 7, 9]]
    """
    feats, blocks = ctx.features, ctx.blocks
    # Each line's name, by the form it is printed in: a series is of one form.
    forms: dict[str, dict[int, str]] = {}
    for i in ctx.short_with_numbers:
        f = feats[i]
        if f.n_words > MAX_STAMP_WORDS or f.terminal:
            continue
        name = date_signer(f)
        if name is not None and POSTED_BY_RE.match(blocks[i].text) is None:
            forms.setdefault("", {})[i] = name
    for i, kind in found:
        text = blocks[i].text
        posted = POSTED_BY_RE.match(text) if kind is Signature.STAMP else None
        if posted is not None:
            name = text[posted.end() - 1:].split(maxsplit=1)[0]
            forms.setdefault(_template(text), {})[i] = name
    at = found_at.union(*forms.values())
    series: list[list[int]] = []
    for named in forms.values():
        lines = [(i, name) for i, name in sorted(named.items()) if _above_text(at, i, feats)]
        n = 0
        while n < len(lines):
            last = n
            while last + 1 < len(lines) and lines[last + 1][0] - lines[last][0] <= MAX_GAP:
                last += 1
            names = {name.casefold() for _, name in lines[n:last + 1]}
            if last + 1 - n >= MIN_SIGNED_LINES and len(names) >= MIN_SIGNERS:
                series.append([i for i, _ in lines[n:last + 1]])
            n = last + 1
    return sorted(series)


def _is_section(chain: Sequence[tuple[int, Signature]], found_at: set[int], feats: list[Features],
                signed: bool = False) -> bool:
    """Whether a series of signatures makes a comment section: enough of them, strong enough,
    of two kinds (or of one kind that makes a section alone, or name-and-date lines alone
    where ``signed``: see :func:`_signer_series`), with comment text between."""
    if len(chain) < MIN_SIGNATURES or _strength(chain, found_at, feats) < MIN_STRONG:
        return False
    kinds = {kind for _, kind in chain}
    first, last = chain[0][0], chain[-1][0]
    said = sum(feats[i].n_words for i in range(first, last + 1) if i not in found_at)
    one_kind = kinds in _ONE_KIND_SECTIONS or (signed and kinds == {Signature.STAMP})
    return (len(kinds) >= MIN_KINDS or one_kind) and said >= MIN_COMMENT_WORDS


#: The signatures only a comment has (a byline and a list's dates are times and stamps too).
_COMMENT_KINDS = frozenset({Signature.ACTION, Signature.AUTHOR})


def _is_thread(chain: list[tuple[int, Signature]], found_at: set[int], feats: list[Features],
               signed: bool = False) -> bool:
    """Whether the signatures above a series' header are comments of their own: without
    their headers they make a section, with a reply or like line or a commenter's name line
    among them (``Reply to this comment`` under each comment, and the comment form's ``Add
    a comment`` below them all), or opened by a series of names and dates (``signed``, see
    :func:`_signer_series`); dates alone may be a list's."""
    body = [(at, kind) for at, kind in chain if kind is not Signature.HEADER]
    return (signed or any(kind in _COMMENT_KINDS for _, kind in body)) and _is_section(
        body, found_at, feats, signed=signed
    )


def _template(text: str) -> str:
    """A signature's first two words in lower case: the fixed words a comment system
    prints before each commenter's name (``Posted by: jo at ...`` gives ``posted by:``)."""
    return " ".join(text.split()[:2]).casefold()


def _form(text: str, kind: Signature) -> str:
    """The form a comment system prints a signature in, the same for every commenter: an
    author line's web address (``http://...``) or its word of saying (``says:``), else the
    first two words (:func:`_template`).

    >>> _form("http://twitter.com/jo Jo Lee", Signature.AUTHOR)
    'http'
    >>> _form("Old Timer says:", Signature.AUTHOR)
    'says:'
    >>> _form("Posted by: jo | Mar 20, 2007 10:19:46 PM", Signature.STAMP)
    'posted by:'
    """
    if kind is Signature.AUTHOR:
        if text.startswith(("http://", "https://")):
            return "http"
        return text.rsplit(maxsplit=1)[-1].casefold()
    return _template(text)


def _follows(last: tuple[int, Signature], nxt: tuple[int, Signature], ctx: BlockContext
             ) -> bool:
    """Whether the signature ``nxt`` continues the series that ends with ``last``: within
    :data:`MAX_GAP` blocks and :data:`MAX_GAP_WORDS` words of it, or, where both are the
    same signature printed in the same form (``Posted by: jo at ...`` and ``Posted by: tj
    at ...``, two commenters' web addresses and names: see :func:`_form`), within
    :data:`MAX_LONG_GAP` blocks and :data:`MAX_LONG_GAP_WORDS` words: one long comment
    between them, a list and a link in it."""
    gap = nxt[0] - last[0]
    if gap > MAX_LONG_GAP:
        return False
    words = sum(f.n_words for f in ctx.features[last[0] + 1:nxt[0]])
    if gap <= MAX_GAP and words <= MAX_GAP_WORDS:
        return True
    if words > MAX_LONG_GAP_WORDS or last[1] is not nxt[1] or last[1] is Signature.HEADER:
        return False
    blocks = ctx.blocks
    form = _form(blocks[last[0]].text, last[1])
    return form == _form(blocks[nxt[0]].text, nxt[1]) and any(map(str.isalpha, form))


def _next_of_form(
    last: tuple[int, Signature], found: list[tuple[int, Signature]], k: int, ctx: BlockContext
) -> int | None:
    """The first signature from ``found[k]`` on that continues the series ending with
    ``last`` by its form (see :func:`_follows`), within :data:`MAX_LONG_GAP` blocks of it:
    ``Jo wrote:`` after ``Al wrote:``, past the time line under Al's long comment."""
    while k < len(found) and found[k][0] - last[0] <= MAX_LONG_GAP:
        if found[k][1] is last[1] and _follows(last, found[k], ctx):
            return k
        k += 1
    return None


def _without_count_links(
    found: list[tuple[int, Signature]], ctx: BlockContext
) -> list[tuple[int, Signature]]:
    """The signatures without the copies of a header that the page prints again further
    down (more than :data:`MAX_GAP` blocks below), where no signature follows within
    :data:`MAX_HEADER_GAP` blocks: a comment count by the byline (``14 Comments``) links
    to the section that the same header opens below the article, and heads no comment of
    its own; the signatures between them (an embedded post's, a video's counters) are no
    comments under it."""
    blocks = ctx.blocks
    last: dict[str, int] = {}
    for i, kind in found:
        if kind is Signature.HEADER:
            last[blocks[i].text.strip().casefold()] = i
    links = {
        i for (i, kind), (nxt, _) in pairwise(found)
        if kind is Signature.HEADER and nxt - i > MAX_HEADER_GAP
        and last[blocks[i].text.strip().casefold()] - i > MAX_GAP
    }
    return [signed for signed in found if signed[0] not in links] if links else found


def comment_sections(ctx: BlockContext) -> list[tuple[int, int, list[Signature]]]:
    """The comment sections of the document: first and last block, and the signatures."""
    cached = ctx.memo.get("comments.sections")
    if cached is not None:
        return cached  # type: ignore[return-value]
    # A section starts at a header or an action line, a series of author lines or one of
    # signer lines, and a thread of names under a header: a page with none of these has no
    # section, and its time lines need not be read.
    if not _may_open_section(ctx):
        ctx.memo["comments.sections"] = []
        return []
    feats = ctx.features
    found = _without_count_links(signatures(ctx), ctx)
    found_at = {i for i, _ in found}
    signers = _signer_series(ctx, found, found_at)
    if signers:
        extra = {i for lines in signers for i in lines} - found_at
        found = sorted(found + [(i, Signature.STAMP) for i in extra])
        found_at |= extra
    firsts = {lines[0] for lines in signers}

    def by_signers(chain: list[tuple[int, Signature]]) -> bool:
        return any(at in firsts for at, _ in chain)

    series = _author_series_openers(found, lambda last, nxt: _follows(last, nxt, ctx))
    sections: list[tuple[int, int, list[Signature]]] = []
    k = 0
    while k < len(found):
        if found[k][1] not in _OPENERS and k not in series and found[k][0] not in firsts:
            k += 1
            continue
        chain = [found[k]]
        k += 1
        while k < len(found):
            if _follows(chain[-1], found[k], ctx):
                chain.append(found[k])
                k += 1
                continue
            # A signature of another kind may stand in a long comment's way (the time under
            # it): the series goes on where its last signature's form comes again.
            ahead = _next_of_form(chain[-1], found, k, ctx)
            if ahead is None:
                break
            chain.extend(found[k:ahead + 1])
            k = ahead + 1
        # Where the series has a header ("12 Comments"), the section starts there: the
        # signatures above it are the article's own (its byline, its comment count), unless
        # they are comments themselves (a comment form below the comments).
        header = _section_header(chain, feats)
        if header and _is_thread(
            chain[:header], found_at, feats, signed=by_signers(chain[:header])
        ):
            header = None
        chain = chain[header or 0:]
        if _is_section(chain, found_at, feats, signed=by_signers(chain)):
            first, last = chain[0][0], chain[-1][0]
            if header is None:
                first = _first_comment_start(found, chain[0], feats)
            sections.append((first, last, [kind for _, kind in chain]))
    sections.extend(_name_threads(ctx, found, sections))
    sections.sort()
    ctx.memo["comments.sections"] = sections
    return sections


def _name_threads(
    ctx: BlockContext, found: list[tuple[int, Signature]],
    sections: list[tuple[int, int, list[Signature]]],
) -> list[tuple[int, int, list[Signature]]]:
    """Comment threads signed by the commenters' names alone, under a comment header.

    A header (``19 Responses``, ``Comment``) with a name line right below it, then name
    lines (a few words, no final mark, above a longer block of text) each within
    :data:`MAX_GAP` blocks of the one before, :data:`MIN_THREAD_NAMES` of them at least,
    and one name twice: commenters answer each other, while an article's subheadings do
    not repeat. The thread runs from the header to the comment under its last name.
    """
    feats, blocks = ctx.features, ctx.blocks
    threads: list[tuple[int, int, list[Signature]]] = []

    def is_name(k: int) -> bool:
        if k + 1 >= len(feats) or not ctx.is_free(k):
            return False  # a line another rule labelled (a related list's) is no name
        f, below = feats[k], feats[k + 1].n_words
        return (0 < f.n_words <= MAX_NAME_WORDS and not f.terminal
                and below >= MIN_THREAD_COMMENT_WORDS and below > f.n_words
                and any(map(str.isalpha, blocks[k].text)))  # a rule "___" names nobody

    spans = sorted((first, last) for first, last, _ in sections)
    k, reach = 0, -1  # the last block of the sections and series that start before a header
    for at, kind in found:
        while k < len(spans) and spans[k][0] <= at:
            reach = max(reach, spans[k][1])
            k += 1
        if kind is not Signature.HEADER or at <= reach or not is_name(at + 1):
            continue
        names = [at + 1]
        pos = at + 2
        while pos < len(blocks) and pos - names[-1] <= MAX_GAP:
            if is_name(pos):
                names.append(pos)
            pos += 1
        # A header inside this series would find a part of it: once is enough.
        reach = max(reach, names[-1])
        keys = [blocks[n].text.strip().lower() for n in names]
        if len(names) < MIN_THREAD_NAMES or len(set(keys)) == len(keys):
            continue
        end = names[-1] + 1  # the last comment, and the paragraphs that follow it
        while (end + 1 < len(blocks) and end + 1 - names[-1] <= MAX_LAST_COMMENT_BLOCKS
               and feats[end + 1].n_words >= MIN_THREAD_COMMENT_WORDS):
            end += 1
        reach = max(reach, end)
        threads.append((at, end, [Signature.HEADER] + [Signature.NAME] * len(names)))
    return threads


@block_rule(
    "B207", "comments-section", stage="context", role=Role.BARRIER, label="comments",
    priority=20,
)
def comments_section(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """Reader-comment sections: a series of comment signatures and the comments between.

    Signatures are headers (``12 Comments``, ``Leave a Reply``), action lines (``Reply``,
    ``Like``, ``Report``), author lines (``joe says:``) and time lines (``3 hours ago``).
    At least three close together, of two kinds, make a section; from its first signature
    to its last, every block is a comment. Under a comment header, four name lines that
    each head a comment, one name twice, make one too; so do five lines or more that sign
    a comment each with a name and a date in one form (``Jason Fried 07 Nov 12``, ``Posted
    by: jo at ...``), four names among them; and a long comment between two signatures of
    the same form does not end a section. The article is what comes before
    it, even when the comments are longer. A single line such as ``He added:`` is never a
    section, and a pronoun's line of saying (``She said:``, ``Er sagt:``) is no author
    line: it leads a quote. A header that the page prints again further down and that heads
    no comment of its own (``14 Comments`` by the byline, a link to the section below the
    article) opens no section.

    >>> from newsclean import clean
    >>> clean("The council voted to close the bridge on Monday, officials said.\\n"
    ...       "2 Comments\\njoe says:\\nMay 1, 2012 at 3:04 pm\\nThis is a disgrace and "
    ...       "the whole council should resign over it, frankly, today.\\nReply")
    'The council voted to close the bridge on Monday, officials said.'
    >>> clean("The minister spoke to reporters.\\nHe added:\\nWe will not give in.")
    'The minister spoke to reporters.\\n\\nHe added:\\n\\nWe will not give in.'
    """
    if ctx.options.input_format == "markdown":
        return
    for start, last, kinds in comment_sections(ctx):
        names = ", ".join(sorted({k.value for k in kinds}))
        for i in range(start, last + 1):
            if ctx.is_free(i):
                yield i, (
                    f"comments: in a comment section of {len(kinds)} comment signatures "
                    f"({names})"
                )


@block_rule(
    "B211", "comment-prompt", stage="evidence", role=Role.FURNITURE, label="comment-prompt",
    region_score=-6.0, notice=EVERY_BLOCK,
)
def comment_prompt(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """Comment headers and prompts standing alone (``12 Comments``, ``Leave a Reply``), and a
    comment form's notes (``Comments are moderated``, ``Your comment has been saved``).

    A comment box under an article with no comments yet, or a comment count by the byline.
    Inside a comment section (B207) they are its signatures. Reported speech (``Comments
    are closed on the plan, the council said.``) is article text. Like a dated copyright
    notice, a prompt ends the article unless more article follows it before the next
    furniture (see ``newsclean.region``): a comment form's lines and its rules are not.

    >>> from newsclean import clean
    >>> clean("The vote passed.\\nView Comments\\nLeave a Reply")
    'The vote passed.'
    """
    found = dict(_headers(ctx))
    for i, m, _ in ctx.find(COMMENT_FORM_RE, MAX_FORM_WORDS):
        found.setdefault(i, m)
    for i, m in _titled_counts(ctx).items():
        found.setdefault(i, m)
    for i in sorted(found):
        text = ctx.blocks[i].text
        if ctx.is_free(i) and not is_reported_speech(text):
            yield i, f"comment prompt: {found[i].group().strip()[:40]!r}"
