"""Comment sections (B207) and lone comment prompts (B211), recognised by their structure.

A reader-comment section is not told by one phrase: a line like ``He added:`` or ``In a
statement, the minister said:`` reads like a commenter's name line, and a ``Leave a reply``
box can stand alone under an article. What only a comment section has is a *series* of
comment signatures close together, of at least two kinds:

* a header or prompt: ``12 Comments``, ``Leave a Reply``, ``Join the discussion``;
* an action line: ``Reply``, ``Like (3)``, ``Report abuse``, ``4 agree | 5 disagree``;
* an author line: ``joe says:``, ``Anna schrieb:``, ``Marie a écrit :``;
* a time line: ``July 11, 2012 at 9:39 am``, ``3 hours ago``.

A section starts at a header, action or author line (a time line only continues one: an
article's own dateline starts nothing) and runs on while the next signature comes within
:data:`MAX_GAP` blocks. The article is what comes before it (see :mod:`newsclean.region`).
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import Enum

import regex

from ..context import BlockContext
from ..features import Features
from ..lexicon import COMMENTS_RE
from ..registry import Role, block_rule
from .page import is_dateline

_I = regex.IGNORECASE | regex.VERSION1

# The words of a comment's action bar, in the six languages: those that are actions of
# their own, and those that only go with them ("report abuse", "thumbs up", "j'aime").
REPLY_WORDS = frozenset(
    "reply replies antworten répondre responder rispondi responda".split()
)
ACTION_WORDS = REPLY_WORDS | frozenset(
    """
    like likes unlike dislike dislikes report flag quote permalink agree disagree vote votes
    upvote downvote recommend recommended helpful point points antworten melden zitieren
    gefällt signaler citer aime denunciar citar gusta segnala piace curtir reportar
    """.split()
)
_ACTION_FILLERS = frozenset(
    "abuse spam inappropriate as to this up down thumbs comment mir j me mi".split()
)


def is_action_line(f: Features) -> bool:
    """Whether a block is a comment's action bar: only action words and counts, with a reply
    link, a count, or two actions (one word such as ``Like`` may be a button of anything).

    >>> [is_action_line(Features.of(t)) for t in ("Reply", "Like (3)", "Report abuse | Reply")]
    [True, True, True]
    >>> [is_action_line(Features.of(t)) for t in ("Like", "Recommended", "Reply to the minister")]
    [False, False, False]
    """
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


# A short line that ends with a reply link. Matches "by james on Jan 31, 2011 at 9:59 am.
# Reply #", "Jane | 3 hours ago | Reply"; not "He did not reply".
REPLY_END_RE = regex.compile(
    r"(?:^|[|·•,.\-–—]\s*)(?:reply|antworten|répondre|responder|rispondi)\W*$", _I
)
# A commenter's name line. Matches "joetoronto says:", "Anna schrieb:", "Marie a écrit :",
# "Jo said...";
# on its own it is also an ordinary news line ("He added:"), so it only corroborates.
AUTHOR_LINE_RE = regex.compile(
    r"^\S.{0,40}?\s(?:says|said|wrote|writes|schrieb|sagt|a écrit|dit|dice|escribió"
    r"|disse|escreveu|scrive|ha scritto)\s?(?::|\.\.\.|…)\s*$",
    _I,
)
# How long ago a comment was written. Matches "3 hours ago", "vor 2 Tagen", "il y a 5 jours".
AGO_RE = regex.compile(
    r"\b\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b"
    r"|\bvor\s+\d+\s+(?:sekunden|minuten|stunden|tagen|wochen|monaten|jahren)\b"
    r"|\bil y a\s+\d+\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)\b"
    r"|\bhace\s+\d+\s+(?:segundos?|minutos?|horas?|días?|semanas?|meses|años?)\b"
    r"|\bh[áa]\s+\d+\s+(?:segundos?|minutos?|horas?|dias?|semanas?|meses|anos?)\b"
    r"|\b\d+\s+(?:secondi|minuti|ore|giorni|settimane|mesi|anni)\s+fa\b",
    _I,
)

# A dated line that names who posted. Matches "Posted by: jo at", "by james on"; not "May 1".
POSTED_BY_RE = regex.compile(
    r"^\W*(?:(?:posted|written|submitted|comment(?:ed)?|reply) )?(?:by|von|par|por|da|di)"
    r"\b:?\s*\S",
    _I,
)

#: The longest signature line, in words.
MAX_SIGNATURE_WORDS = 16
#: The longest comment header or prompt, in words.
MAX_HEADER_WORDS = 12
#: The next signature of a section comes within this many blocks (a comment's paragraphs).
MAX_GAP = 12
#: A section has at least MIN_SIGNATURES signatures, MIN_STRONG of them not time lines, of
#: at least MIN_KINDS kinds (or only action lines: ``Reply`` three times is a comment section).
MIN_SIGNATURES, MIN_STRONG, MIN_KINDS = 3, 3, 2


class Signature(Enum):
    """The kinds of line a comment section is made of."""

    HEADER = "header"
    ACTION = "action"
    AUTHOR = "author"
    TIME = "time"


def signature(text: str, f: Features) -> Signature | None:
    """The comment signature a block is, if any.

    >>> signature("12 Comments", Features.of("12 Comments"))
    <Signature.HEADER: 'header'>
    >>> signature("Reply", Features.of("Reply"))
    <Signature.ACTION: 'action'>
    >>> signature("He added:", Features.of("He added:")) is None
    True
    """
    if not 0 < f.n_words <= MAX_SIGNATURE_WORDS:
        return None
    if is_action_line(f) or REPLY_END_RE.search(text):
        return Signature.ACTION
    if f.n_words <= MAX_HEADER_WORDS and COMMENTS_RE.search(text):
        return Signature.HEADER
    if AUTHOR_LINE_RE.match(text):
        return Signature.AUTHOR
    if AGO_RE.search(text) or is_dateline(f):
        # "Posted by: jo at May 1, 2012 3:04 PM" names the commenter as well as the time.
        return Signature.AUTHOR if POSTED_BY_RE.match(text) else Signature.TIME
    return None


def comment_sections(ctx: BlockContext) -> list[tuple[int, int, list[Signature]]]:
    """The comment sections of the document: first and last block, and the signatures."""
    cached = ctx.memo.get("comments.sections")
    if cached is not None:
        return cached  # type: ignore[return-value]
    blocks, feats = ctx.blocks, ctx.features
    found: list[tuple[int, Signature]] = []
    for i, f in enumerate(feats):
        if 0 < f.n_words <= MAX_SIGNATURE_WORDS:
            kind = signature(blocks[i].text, f)
            if kind is not None:
                found.append((i, kind))
    sections: list[tuple[int, int, list[Signature]]] = []
    k = 0
    while k < len(found):
        start, kind = found[k]
        if kind is Signature.TIME:
            k += 1
            continue
        chain: list[tuple[int, Signature]] = [(start, kind)]
        k += 1
        while k < len(found) and found[k][0] - chain[-1][0] <= MAX_GAP:
            chain.append(found[k])
            k += 1
        # Where the series has a header ("12 Comments"), the section starts there: the
        # signatures above it are the article's own (its byline, its comment count).
        header = next((n for n, (_, kd) in enumerate(chain) if kd is Signature.HEADER), 0)
        chain = chain[header:]
        start, last = chain[0][0], chain[-1][0]
        kinds = [kd for _, kd in chain]
        strong = sum(kind is not Signature.TIME for kind in kinds)
        if len(kinds) >= MIN_SIGNATURES and strong >= MIN_STRONG and (
            len(set(kinds)) >= MIN_KINDS or set(kinds) == {Signature.ACTION}
        ):
            # A time line right above the first author line is the comment's own.
            if start > 0 and signature(blocks[start - 1].text, feats[start - 1]) is (
                Signature.TIME
            ):
                start -= 1
            sections.append((start, last, kinds))
    ctx.memo["comments.sections"] = sections
    return sections


@block_rule(
    "B207", "comments-section", stage="context", role=Role.BARRIER, label="comments",
    priority=20,
)
def comments_section(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """Reader-comment sections: a series of comment signatures and the comments between.

    Signatures are headers (``12 Comments``, ``Leave a Reply``), action lines (``Reply``,
    ``Like``, ``Report``), author lines (``joe says:``) and time lines (``3 hours ago``).
    At least three close together, of two kinds, make a section; from its first signature
    to its last, every block is a comment. The article is what comes before it, even when
    the comments are longer. A single line such as ``He added:`` is never a section.

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
    region_score=-6.0,
)
def comment_prompt(ctx: BlockContext) -> Iterator[tuple[int, str]]:
    """Comment headers and prompts standing alone (``12 Comments``, ``Leave a Reply``).

    A comment box under an article with no comments yet, or a comment count by the byline.
    Inside a comment section (B207) they are its signatures.

    >>> from newsclean import clean
    >>> clean("The vote passed.\\nView Comments\\nLeave a Reply")
    'The vote passed.'
    """
    for i, m, _ in ctx.find(COMMENTS_RE, MAX_HEADER_WORDS):
        if ctx.is_free(i):
            yield i, f"comment prompt: {m.group().strip()[:40]!r}"
