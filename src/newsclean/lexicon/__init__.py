"""Phrase evidence for boilerplate, in English, German, French, Spanish, Portuguese and Italian,
and for the commonest kinds (advert markers, share bars, related lists and teasers, tags,
footer lines, rights reserved, captions' credits, months of date lines) in some thirty more
languages, from Dutch, Polish and Russian to Bengali, Swahili and Thai.

The phrases are data. Each kind of phrase (a donation appeal, a newsletter prompt, a footer
line...) is a table ``*_PHRASES``: a mapping from a language code to a tuple of phrases, one
phrase a line. A phrase is one alternative of the kind's pattern; it may be a small regex
(``sign(?:ing)? up``, ``e-?mail``), matched case-insensitively. ``"any"`` holds marks of no
language (``©``, ``(c) 2019``, agency names, platform names). A pattern joins its tables'
phrases in a fixed order (:func:`phrases_of`: English, German, French, Spanish, Portuguese,
Italian, then the other languages as listed) and keeps its own anchors around them: a
line-only kind is ``^\\W*(?:...)\\W*$``, a searched one ``\\b(?:...)``. :data:`KINDS` records
every table with its pattern and those anchors, so that one phrase can be compiled alone, in
the place the pattern tries it.

**Admission.** A phrase is admitted when it is a formula that several sites use (``Sign up
for our newsletter``, ``All rights reserved``, ``Lesen Sie auch``) or a platform's own fixed
wording (``View this post on Instagram``, WordPress's ``Leave a Reply``, Bootstrap's
``Toggle navigation``); never one page's or one site's wording, however well it would fit the
development pages. Generic formulas stay even where the development sets never show them
(``Alle Rechte vorbehalten``). A phrase that matches article text more often than boilerplate
is dropped. How often each phrase fires on the development sets, and on how many gold blocks,
is measured by ``benchmarks/lexicon_usage.py``; a phrase that fires on at most one page is
flagged there, to be weighed by this rule.

Each pattern is compiled once, case-insensitive, and commented with a text it matches and one
it must not. Patterns describe *what a prompt says* (donate, sign up, share); none names a
site. Rules combine them with shape (length, pronouns, position) before deciding.
"""

# ruff: noqa: I001 - the modules are imported in the order their kinds are recorded in KINDS

from __future__ import annotations

# The kinds are recorded in KINDS as their modules are imported: in this order.
from .build import (
    PhraseTable,
    LANGUAGE_ORDER,
    phrases_of,
    PhraseKind,
    KINDS,
)
from .prompts import (
    DONATION_PHRASES,
    DONATION_RE,
    APPEAL_PRONOUN_RE,
    MONEY_RE,
    PAYMENT_PHRASES,
    PAYMENT_RE,
    PUBLISHER_PRONOUN_RE,
    NEWSLETTER_PHRASES,
    NEWSLETTER_RE,
    SHARE_STRONG_PHRASES,
    SHARE_OTHER_PHRASES,
    SHARE_STRONG_WORDS,
    SHARE_WORDS,
    ADVERT_LINE_PHRASES,
    ADVERT_LINE_RE,
    TWEET_LINK_RE,
    TWEET_BYLINE_RE,
    EMBED_CAPTION_PHRASES,
    EMBED_CAPTION_RE,
)
from .dates import (
    MONTH_PHRASES,
    FULL_DATE_RE,
    DATE_ANCHOR_PHRASES,
    DATE_WORD_PHRASES,
    DATE_ANCHOR_RE,
    DATE_TOKEN_RE,
    MONTH_WORD_PHRASES,
    DATE_STAMP_WORD_PHRASES,
    DATE_JOINER_WORD_PHRASES,
    DATE_ANCHOR_WORDS,
    DATE_TOKEN_WORDS,
    is_date_anchor,
    is_date_token,
    BYLINE_PHRASES,
    BYLINE_RE,
)
from .notices import (
    CONSENT_PHRASES,
    CONSENT_RE,
    SUBSCRIPTION_PHRASES,
    SUBSCRIPTION_RE,
    ADBLOCK_PHRASES,
    ADBLOCK_RE,
    SCRIPT_NOTICE_PHRASES,
    SCRIPT_NOTICE_RE,
    SCRIPT_APPEAL_PHRASES,
    SCRIPT_APPEAL_RE,
    COPYRIGHT_NOTICE_RE,
    FOOTER_MARK_PHRASES,
    RIGHTS_RESERVED_PHRASES,
    FOOTER_LINE_PHRASES,
    FOOTER_RE,
    FOOTER_LINK_PHRASES,
    FOOTER_LINKS_RE,
)
from .lists import (
    RELATED_PHRASES,
    RELATED_TAG_PHRASES,
    RELATED_TEASER_PHRASES,
    POST_NAV_PHRASES,
    POST_NAV_RE,
    POST_FOOTER_PHRASES,
    POST_FOOTER_RE,
    RELATED_RE,
    TAG_LABEL_RE,
    TAG_LINE_RE,
    TEASER_RE,
    COMMENT_COUNT_PHRASES,
    COMMENT_PROMPT_PHRASES,
    COMMENTS_RE,
    COMMENT_FORM_PHRASES,
    COMMENT_FORM_RE,
    COMMENT_TITLE_COUNT_PHRASES,
    COMMENT_TITLE_COUNT_RE,
    CAPTION_PHRASES,
    CAPTION_LABEL_PHRASES,
    CAPTION_CREDIT_PHRASES,
    CAPTION_CONTROL_PHRASES,
    CAPTION_FOLDED_RE,
    CAPTION_RE,
    CAPTION_UNFOLDED_RE,
    AUTHOR_BOX_PHRASES,
    AUTHOR_BOX_NAMED_PHRASES,
    AUTHOR_BOX_RE,
    GENERIC_AUTHOR_HEADER_RE,
    INTERFACE_PHRASES,
    INTERFACE_RE,
)

__all__ = [
    "ADBLOCK_PHRASES",
    "ADBLOCK_RE",
    "ADVERT_LINE_PHRASES",
    "ADVERT_LINE_RE",
    "APPEAL_PRONOUN_RE",
    "AUTHOR_BOX_NAMED_PHRASES",
    "AUTHOR_BOX_PHRASES",
    "AUTHOR_BOX_RE",
    "BYLINE_PHRASES",
    "BYLINE_RE",
    "CAPTION_CONTROL_PHRASES",
    "CAPTION_CREDIT_PHRASES",
    "CAPTION_FOLDED_RE",
    "CAPTION_LABEL_PHRASES",
    "CAPTION_PHRASES",
    "CAPTION_RE",
    "CAPTION_UNFOLDED_RE",
    "COMMENTS_RE",
    "COMMENT_COUNT_PHRASES",
    "COMMENT_FORM_PHRASES",
    "COMMENT_FORM_RE",
    "COMMENT_PROMPT_PHRASES",
    "COMMENT_TITLE_COUNT_PHRASES",
    "COMMENT_TITLE_COUNT_RE",
    "CONSENT_PHRASES",
    "CONSENT_RE",
    "COPYRIGHT_NOTICE_RE",
    "DATE_ANCHOR_PHRASES",
    "DATE_ANCHOR_RE",
    "DATE_ANCHOR_WORDS",
    "DATE_JOINER_WORD_PHRASES",
    "DATE_STAMP_WORD_PHRASES",
    "DATE_TOKEN_RE",
    "DATE_TOKEN_WORDS",
    "DATE_WORD_PHRASES",
    "DONATION_PHRASES",
    "DONATION_RE",
    "EMBED_CAPTION_PHRASES",
    "EMBED_CAPTION_RE",
    "FOOTER_LINE_PHRASES",
    "FOOTER_LINKS_RE",
    "FOOTER_LINK_PHRASES",
    "FOOTER_MARK_PHRASES",
    "FOOTER_RE",
    "FULL_DATE_RE",
    "GENERIC_AUTHOR_HEADER_RE",
    "INTERFACE_PHRASES",
    "INTERFACE_RE",
    "KINDS",
    "LANGUAGE_ORDER",
    "MONEY_RE",
    "MONTH_PHRASES",
    "MONTH_WORD_PHRASES",
    "NEWSLETTER_PHRASES",
    "NEWSLETTER_RE",
    "PAYMENT_PHRASES",
    "PAYMENT_RE",
    "POST_FOOTER_PHRASES",
    "POST_FOOTER_RE",
    "POST_NAV_PHRASES",
    "POST_NAV_RE",
    "PUBLISHER_PRONOUN_RE",
    "RELATED_PHRASES",
    "RELATED_RE",
    "RELATED_TAG_PHRASES",
    "RELATED_TEASER_PHRASES",
    "RIGHTS_RESERVED_PHRASES",
    "SCRIPT_APPEAL_PHRASES",
    "SCRIPT_APPEAL_RE",
    "SCRIPT_NOTICE_PHRASES",
    "SCRIPT_NOTICE_RE",
    "SHARE_OTHER_PHRASES",
    "SHARE_STRONG_PHRASES",
    "SHARE_STRONG_WORDS",
    "SHARE_WORDS",
    "SUBSCRIPTION_PHRASES",
    "SUBSCRIPTION_RE",
    "TAG_LABEL_RE",
    "TAG_LINE_RE",
    "TEASER_RE",
    "TWEET_BYLINE_RE",
    "TWEET_LINK_RE",
    "PhraseKind",
    "PhraseTable",
    "is_date_anchor",
    "is_date_token",
    "phrases_of",
]
