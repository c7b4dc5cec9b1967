"""Phrase evidence for boilerplate, in English, German, French, Spanish, Portuguese and Italian
(and a few words of other languages).

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

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

import regex

__all__ = [
    "ADBLOCK_RE",
    "ADVERT_LINE_RE",
    "APPEAL_PRONOUN_RE",
    "AUTHOR_BOX_RE",
    "BYLINE_RE",
    "CAPTION_RE",
    "COMMENTS_RE",
    "CONSENT_RE",
    "DATE_ANCHOR_RE",
    "DATE_TOKEN_RE",
    "DONATION_RE",
    "EMBED_CAPTION_RE",
    "FOOTER_LINKS_RE",
    "FOOTER_RE",
    "FULL_DATE_RE",
    "GENERIC_AUTHOR_HEADER_RE",
    "INTERFACE_RE",
    "KINDS",
    "LANGUAGE_ORDER",
    "MONEY_RE",
    "NEWSLETTER_RE",
    "RELATED_RE",
    "SHARE_STRONG_WORDS",
    "SHARE_WORDS",
    "SUBSCRIPTION_RE",
    "TEASER_RE",
    "TWEET_BYLINE_RE",
    "TWEET_LINK_RE",
    "PhraseKind",
    "phrases_of",
]

_I = regex.IGNORECASE | regex.VERSION1

#: Phrases by language code: ``{"en": ("donate", ...), "de": (...), "any": (...)}``.
PhraseTable = Mapping[str, tuple[str, ...]]

#: The languages whose phrases come first in a pattern, in this order; the others follow in
#: the order their table lists them.
LANGUAGE_ORDER = ("en", "de", "fr", "es", "pt", "it")


def phrases_of(table: PhraseTable) -> list[str]:
    """The phrases of a table in the order a pattern tries them: by language
    (:data:`LANGUAGE_ORDER` first), each language's in its order; a phrase two languages
    share comes once, where it first appears.

    >>> phrases_of({"fr": ("un",), "any": ("©",), "en": ("a", "b"), "es": ("un",)})
    ['a', 'b', 'un', '©']
    """
    rank = {language: k for k, language in enumerate(LANGUAGE_ORDER)}
    languages = sorted(table, key=lambda language: rank.get(language, len(rank)))
    return list(dict.fromkeys(p for language in languages for p in table[language]))


def _alternation(table: PhraseTable) -> str:
    """The phrases of ``table`` joined as alternatives (see :func:`phrases_of`)."""
    return "|".join(phrases_of(table))


class PhraseKind(NamedTuple):
    """A table of phrases, the pattern it is compiled into (an exported name), and the text
    around the table's alternation in that pattern: ``before + phrase + after`` is one
    phrase alone, anchored as the pattern tries it."""

    name: str
    pattern: str
    table: PhraseTable
    before: str = ""
    after: str = ""

    def source(self, phrase: str | None = None) -> str:
        """The pattern text of the whole table, or of one ``phrase`` alone."""
        inner = _alternation(self.table) if phrase is None else phrase
        return f"{self.before}{inner}{self.after}"


#: Every phrase table by name, with its pattern and anchors (filled as the patterns are made).
KINDS: dict[str, PhraseKind] = {}


def _register(
    name: str, pattern: str, table: PhraseTable, before: str = "", after: str = ""
) -> PhraseKind:
    """Record a table in :data:`KINDS`."""
    kind = KINDS[name] = PhraseKind(name, pattern, table, before, after)
    return kind


def _kind(name: str, pattern: str, table: PhraseTable, before: str = "", after: str = "") -> str:
    """Record a table in :data:`KINDS` and return its pattern text, anchors included."""
    return _register(name, pattern, table, before, after).source()


def _words(name: str, pattern: str, table: PhraseTable) -> frozenset[str]:
    """Record a table of single words in :data:`KINDS` and return its words, in lower case."""
    _register(name, pattern, table)
    return frozenset(word.lower() for word in phrases_of(table))


# --- Prompts inside the article: appeals, sign-ups, share bars, advertising, embeds.

DONATION_PHRASES: PhraseTable = {
    "en": (
        r"donat(?:e|ion|ions)",
        r"make a (?:one[- ]time |monthly )?(?:gift|contribution)",
        r"contribute (?:now|today|to (?:us|our))",
        r"support (?:our|independent|quality|local) (?:journalism|work|reporting|newsroom)",
        r"help (?:us )?keep .{0,60}\bfree",
        r"give \p{Sc}\s?\d",
        r"(?:become|join as) a (?:member|supporter|patron)",
        r"pay what you (?:can|want)",
    ),
    "de": (
        r"spenden sie",
        r"jetzt spenden",
        r"unterstützen sie (?:uns|unseren|unsere)",
    ),
    "fr": (
        r"faire un don",
        r"faites un don",
        r"soutenez[- ](?:nous|notre)",
    ),
    "es": (
        r"haz una donación",
        r"dona ahora",
        r"apoya (?:nuestro|el) periodismo",
        r"hazte (?:socio|miembro)",
    ),
    "pt": (
        r"faça uma doação",
        r"doe agora",
        r"apoie (?:o|nosso) jornalismo",
    ),
    "it": (
        r"fai una donazione",
        r"dona ora",
        r"sostieni(?:ci)? (?:il nostro|la nostra)",
    ),
}
# An appeal for money or membership.
# Matches "Help keep articles like this free", "Yes I will give $120/year", "Jetzt spenden",
# "Faites un don"; not "Donations to the campaign rose" (no appeal: see the rule's pronoun test).
DONATION_RE = regex.compile(
    _kind("DONATION_PHRASES", "DONATION_RE", DONATION_PHRASES, r"\b(?:", r")"), _I
)

# Words by which an appeal addresses the reader or speaks for the publisher, in lower case or
# capitalized ("us" only in lower case, so "the US" is no pronoun).
# Matches "our goal", "You can", "wir", "vous", "nuestro"; not "the US", "they", "sie".
_PRONOUNS = """
    we we’re we're our you your wir unser unsere unseren unserer nous notre nos vous
    votre vos nosotros nuestro nuestra nuestros nuestras usted ustedes nós nosso nossa
    você vocês noi nostro nostra nostri nostre voi vostro vostra
    """.split()
APPEAL_PRONOUN_RE = regex.compile(
    r"\b(?:us|" + "|".join(f"[{w[0]}{w[0].upper()}]{w[1:]}" for w in _PRONOUNS) + r")\b"
)

# A sum of money offered: a price per period, or a sum to give.
# Matches "$120/year", "€5 a month", "give $10", "10 € pro Monat"; not "$53 million a week is
# coming across the border" (no "per" and no giving), "5 percent".
MONEY_RE = regex.compile(
    r"(?:\p{Sc}\s?\d+(?:[.,]\d+)?|(?<!\d)\d+(?:[.,]\d+)?\s?\p{Sc})\s*(?:/\s?|per |a |an |each |pro |par |al |por )"
    r"(?:year|yr|month|mo|week|wk|day|jahr|monat|woche|an|mois|año|mes|ano|mês|anno|mese)\b"
    r"|\b(?:give|donate|pay|contribute|chip in|spende|spenden|donner|donar|doar|donare)\s+\p{Sc}",
    _I,
)

NEWSLETTER_PHRASES: PhraseTable = {
    "en": (
        r"sign(?:ing)? up (?:for|to) (?:\w+ ){0,4}(?:newsletters?|emails?|alerts|updates|briefing)",
        r"subscribe to (?:\w+ ){0,4}(?:newsletters?|emails?|briefing)",
        r"newsletter sign[- ]?up",
        r"(?:in|to) your inbox",
        r"enter your e-?mail",
        r"your e-?mail address",
        r"e-?mail address",
        r"by (?:signing up|subscribing),? you agree",
        r"thanks? (?:you )?for (?:signing up|subscribing)",
        r"join (?:our|the) (?:\w+ ){0,3}newsletter",
        r"successfully subscribed",
        r"stay up to date with",
        r"unsubscribe (?:at any time|anytime)",
        r"\bno spam\b",
        r"your inbox",
        r"\bopt-in\b",
        r"your subscription",
        r"^\W*(?:\w+ ){0,4}newsletters?\W*$",
        r"subscribe to (?:\w+ ){0,4}(?:youtube|channel|podcast)",
    ),
    "de": (
        r"newsletter (?:abonnieren|bestellen)",
        r"zum newsletter anmelden",
    ),
    "fr": (
        r"inscrivez-vous (?:à|a) (?:notre|la) (?:newsletter|lettre)",
        r"abonnez-vous (?:à|a) (?:notre|la) (?:newsletter|lettre)",
    ),
    "es": (
        r"suscr[ií]bete (?:a|al) (?:nuestro |nuestra |el |la )?(?:boletín|newsletter)",
    ),
    "pt": (
        r"(?:assine|inscreva-se n)a? (?:nossa )?newsletter",
    ),
    "it": (
        r"iscriviti alla (?:nostra )?newsletter",
    ),
}
# A newsletter or e-mail sign-up prompt.
# Matches "Sign up for our daily newsletter", "Get the latest news in your inbox",
# "Newsletter abonnieren", "Inscrivez-vous à notre newsletter"; not "the newsletter reported".
NEWSLETTER_RE = regex.compile(
    _kind("NEWSLETTER_PHRASES", "NEWSLETTER_RE", NEWSLETTER_PHRASES, r"\b(?:", r")"), _I
)

# The words that make a share or follow bar: to share, to print, to follow, and the platforms.
SHARE_STRONG_PHRASES: PhraseTable = {
    "en": (
        "share",
        "shares",
        "tweet",
        "print",
        "follow",
        "email",
    ),
    "de": (
        "teilen",
        "drucken",
        "folgen",
    ),
    "fr": (
        "partager",
        "imprimer",
        "suivez",
    ),
    "es": (
        "compartir",
        "imprimir",
        "síguenos",
    ),
    "pt": (
        "compartilhar",
        "partilhar",
        "imprimir",
    ),
    "it": (
        "condividi",
        "stampa",
        "seguici",
    ),
    "any": (
        "facebook",
        "whatsapp",
        "linkedin",
        "pinterest",
        "reddit",
        "telegram",
    ),
}
# The other words of such a bar: what is shared, how, and the platforms no bar is made of alone.
SHARE_OTHER_PHRASES: PhraseTable = {
    "en": (
        "sharing",
        "this",
        "article",
        "story",
        "page",
        "post",
        "on",
        "via",
        "to",
        "e",
        "mail",
        "copy",
        "link",
        "url",
        "us",
        "save",
        "comment",
        "comments",
        "opens",
        "in",
        "new",
        "window",
        "a",
        "friend",
        "pin",
        "click",
    ),
    "de": (
        "sie",
        "uns",
        "auf",
        "artikel",
        "diesen",
    ),
    "fr": (
        "nous",
        "sur",
        "cet",
        "article",
    ),
    "es": (
        "en",
        "este",
        "artículo",
    ),
    "pt": (
        "siga",
        "nos",
        "no",
        "na",
        "artigo",
        "este",
    ),
    "it": (
        "su",
        "questo",
        "articolo",
    ),
    "any": (
        "twitter",
        "x",
        "messenger",
        "sms",
        "flipboard",
        "tumblr",
        "buffer",
        "pocket",
        "instagram",
        "youtube",
        "rss",
        "tiktok",
        "snapchat",
        "xing",
        "vk",
    ),
}
# Words of a share or follow bar. A block made only of these (with one strong word) is one.
SHARE_STRONG_WORDS = _words("SHARE_STRONG_PHRASES", "SHARE_WORDS", SHARE_STRONG_PHRASES)
SHARE_WORDS = SHARE_STRONG_WORDS | _words("SHARE_OTHER_PHRASES", "SHARE_WORDS", SHARE_OTHER_PHRASES)

ADVERT_LINE_PHRASES: PhraseTable = {
    "en": (
        r"advertisement",
        r"advertising",
        r"ads?",
        r"sponsored(?: content)?",
        r"paid (?:post|content)",
        r"partner content",
        r"promoted(?: content)?",
        r"(?:the )?(?:story|article) continues below(?: advertisement)?",
        r"continue reading (?:the main story|below)",
        r"scroll to continue(?: with content)?",
    ),
    "de": (
        r"anzeige",
        r"werbung",
    ),
    "fr": (
        r"publicité",
        r"annonce",
    ),
    "es": (
        r"publicidad",
    ),
    "pt": (
        r"publicidade",
    ),
    "it": (
        r"pubblicità",
    ),
    "pl": (
        r"reklama",
    ),
    "ru": (
        r"реклама",
    ),
    "ja": (
        r"広告",
        r"スポンサードリンク",
        r"スポンサーリンク",
    ),
    "zh": (
        r"广告",
        r"赞助",
    ),
}
# A line that is only an advertising marker.
# Matches "Advertisement", "Story continues below advertisement", "Anzeige"; not "Ad hoc".
ADVERT_LINE_RE = regex.compile(
    _kind("ADVERT_LINE_PHRASES", "ADVERT_LINE_RE", ADVERT_LINE_PHRASES, r"^\W*(?:", r")\W*$"),
    _I,
)

# A link or picture link that closes an embedded tweet.
# Matches "pic.twitter.com/T4vuakfMAb", "https://t.co/abc123"; not "twitter.com is down".
TWEET_LINK_RE = regex.compile(r"\bpic\.twitter\.com/\w+|\bhttps?://t\.co/\w+")

# The attribution line of an embedded tweet: dash, name, (@handle), date.
# Matches "— Embassy of Germany (@GermanyinUSA) December 2, 2022"; not "— John Smith, 2022".
TWEET_BYLINE_RE = regex.compile(r"^[—–-]+\s*[^\n]{1,100}?\(@\w{1,30}\)\s*[^\n]{0,40}$")

# The platforms' own captions around an embedded post.
EMBED_CAPTION_PHRASES: PhraseTable = {
    "en": (
        r"view (?:this|the) (?:post|profile|video) on (?:instagram|facebook|tiktok|youtube|x)",
        r"a (?:post|photo|video|reel) shared by .{0,80}\(@[\w.]+\)",
        r"watch (?:this video )?on youtube",
        r"this (?:content|video|post) is (?:not available|imported from|hosted on) .{0,40}(?:instagram|twitter|youtube|tiktok|facebook|x)",
    ),
    "any": (
        r"@[\w.]{2,30} .{0,200}♬ .{1,100}",  # a TikTok post's handle, caption and sound
    ),
}
# Captions that embed widgets print around a post.
# Matches "View this post on Instagram", "A post shared by Jane (@jane)"; not "a post on X".
EMBED_CAPTION_RE = regex.compile(
    _kind("EMBED_CAPTION_PHRASES", "EMBED_CAPTION_RE", EMBED_CAPTION_PHRASES, r"^(?:", r")\W*$"),
    _I,
)

# --- Page furniture: the phrases of bylines, consent, paywalls, footers, related links, comments
# and captions. Each is used on short blocks only (see the rules in rules/page.py).

# Month names and their abbreviations. An abbreviation's dot is no part of a word: patterns
# that read it (FULL_DATE_RE) allow it after the month. A name that an English entry matches
# (German "April") is left out; a name two languages share is listed under both.
MONTH_PHRASES: PhraseTable = {
    "en": (
        r"jan(?:uary)?",
        r"feb(?:ruary)?",
        r"mar(?:ch)?",
        r"apr(?:il)?",
        r"may",
        r"june?",
        r"july?",
        r"aug(?:ust)?",
        r"sep(?:t(?:ember)?)?",
        r"oct(?:ober)?",
        r"nov(?:ember)?",
        r"dec(?:ember)?",
    ),
    "de": (
        r"januar",
        r"februar",
        r"märz",
        r"mai",
        r"juni",
        r"juli",
        r"oktober",
        r"dezember",
    ),
    "fr": (
        r"janvier",
        r"février",
        r"mars",
        r"avril",
        r"juin",
        r"juillet",
        r"août",
        r"septembre",
        r"octobre",
        r"novembre",
        r"décembre",
    ),
    "es": (
        r"enero",
        r"febrero",
        r"marzo",
        r"abril",
        r"mayo",
        r"junio",
        r"julio",
        r"agosto",
        r"septiembre",
        r"octubre",
        r"noviembre",
        r"diciembre",
    ),
    "pt": (
        r"janeiro",
        r"fevereiro",
        r"março",
        r"abril",
        r"maio",
        r"junho",
        r"julho",
        r"agosto",
        r"setembro",
        r"outubro",
        r"novembro",
        r"dezembro",
    ),
    "it": (
        r"gennaio",
        r"febbraio",
        r"marzo",
        r"aprile",
        r"maggio",
        r"giugno",
        r"luglio",
        r"agosto",
        r"settembre",
        r"ottobre",
        r"novembre",
        r"dicembre",
    ),
}
_MONTHS = _alternation(MONTH_PHRASES)

# A date with its day and year, the month in words. Matches "October 26, 2012", "3 mai 2012",
# "Nov. 5th 2012"; not "October 2012", "26 people".
FULL_DATE_RE = regex.compile(
    rf"\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?(?:{_MONTHS})\.?,?\s+(?:de\s+)?\d{{4}}\b",
    _I,
)

# Words of a date or time line, each matched as a whole word as features.word_tokens splits a
# line (runs of word characters: "9:24" is "9" and "24", "p.m." is "p" and "m", so no phrase
# holds a dot or a colon). First those that make a line a date or time line rather than a row
# of numbers, besides the months: a time of day, a weekday, a duration, "published".
DATE_ANCHOR_PHRASES: PhraseTable = {
    "en": (
        r"[ap]m",
        r"mon(?:day)?",
        r"tue(?:sday)?",
        r"wed(?:nesday)?",
        r"thu(?:rsday)?",
        r"fri(?:day)?",
        r"sat(?:urday)?",
        r"sun(?:day)?",
        r"today",
        r"yesterday",
        r"ago",
        r"hours?",
        r"minutes?",
        r"mins?",
        r"published",
        r"updated",
        r"posted",
    ),
    "de": (
        r"uhr",
        r"minuten",
        r"lesezeit",
        r"veröffentlicht",
        r"aktualisiert",
    ),
    "fr": (
        r"publié",
    ),
    "es": (
        r"minutos?",
        r"lectura",
        r"publicado",
        r"actualizado",
    ),
    "pt": (
        r"minutos?",
        r"leitura",
        r"publicado",
        r"atualizado",
    ),
    "it": (
        r"pubblicato",
        r"aggiornato",
    ),
}
# The other words a date or time line may hold: numbers, time zones, "at", "on", "read".
DATE_WORD_PHRASES: PhraseTable = {
    "en": (
        r"et",
        r"edt",
        r"est",
        r"pt",
        r"pst",
        r"pdt",
        r"bst",
        r"ist",
        r"hrs?",
        r"read",
        r"reading",
        r"time",
        r"last",
        r"on",
        r"at",
        r"[apm]",
    ),
    "de": (
        r"am",
        r"um",
    ),
    "fr": (
        r"le",
        r"lecture",
    ),
    "es": (
        r"el",
        r"tiempo",
        r"de",
        r"del",
    ),
    "pt": (
        r"em",
        r"tempo",
        r"de",
        r"da",
    ),
    "it": (
        r"il",
        r"lettura",
        r"di",
        r"da",
    ),
    "id": (
        r"wib",
        r"diperbarui",
        r"dipublikasikan",
    ),
    "any": (
        r"\d{1,4}(?:st|nd|rd|th|h)?",
        r"gmt",
        r"utc",
        r"cet",
        r"cest",
    ),
}

# Each is tried on one word at a time, as a whole word.
_register("MONTH_PHRASES", "DATE_TOKEN_RE", MONTH_PHRASES, r"^(?:", r")$")
_register("DATE_ANCHOR_PHRASES", "DATE_TOKEN_RE", DATE_ANCHOR_PHRASES, r"^(?:", r")$")
_register("DATE_WORD_PHRASES", "DATE_TOKEN_RE", DATE_WORD_PHRASES, r"^(?:", r")$")

# The words that make a line a date or time line rather than a row of numbers: a month, a
# weekday, a time of day or a duration. Matches "Nov", "Monday", "pm", "ago"; not "18", "at".
DATE_ANCHOR_RE = regex.compile(rf"^(?:{_MONTHS}|{_alternation(DATE_ANCHOR_PHRASES)})$", _I)

# A word of a date or time line. Matches "Nov", "18", "2019", "pm", "ET", "Updated"; not "9:24"
# (no word: its words are "9" and "24").
DATE_TOKEN_RE = regex.compile(
    rf"^(?:{_MONTHS}|{_alternation(DATE_ANCHOR_PHRASES)}|{_alternation(DATE_WORD_PHRASES)})$", _I
)

# The words that open a byline.
BYLINE_PHRASES: PhraseTable = {
    "en": (
        r"(?:posted|published|written|story|words|reporting|photos?|video|interview|edited|researched|reported|compiled|produced) by:?",
        r"by",
    ),
    "de": (
        r"von",
        r"text:",
    ),
    "fr": (
        r"par",
    ),
    "es": (
        r"por",
        r"texto:",
    ),
    "pt": (
        r"por",
        r"texto:",
    ),
    "it": (
        r"di",
    ),
    "nl": (
        r"door",
    ),
    "id": (
        r"oleh",
    ),
}
# The words that join two names in a byline ("By Jane Doe and John Roe").
_BYLINE_JOINERS: PhraseTable = {
    "en": ("and",),
    "de": ("und",),
    "fr": ("et",),
    "es": ("y",),
    "pt": ("e",),
    "any": ("&",),
}
# The words that open the date after a byline ("By Jane Doe, published on ...").
_BYLINE_DATE_WORDS: PhraseTable = {
    "en": ("published", "on"),
    "de": ("publiziert", "veröffentlicht", "am"),
    "fr": ("publié", "le"),
    "es": ("publicado", "el"),
    "pt": ("publicado", "em"),
    "it": ("pubblicato", "il"),
}
# A byline. Matches "By Bryan DeArdo", "von Anna Schmidt", "Por María López | Reuters";
# not "By the end of the year".
BYLINE_RE = regex.compile(
    _kind(
        "BYLINE_PHRASES", "BYLINE_RE", BYLINE_PHRASES, r"^(?:",
        # Each name is taken whole (an atomic group) and a joiner only as a word, so a run
        # of capitals has one reading, not one per way of cutting it into names.
        r")(?>\s+)(?:(?>(?-i:\p{Lu})[\w.'’-]*)|(?:" + _alternation(_BYLINE_JOINERS)
        + r")(?!\w)|,|\s)+"
        r"(?:\s*[|,•·–—-]\s*.{0,60})?"
        r"(?:\s+(?:" + _alternation(_BYLINE_DATE_WORDS) + r")\b.{0,60})?$",
    ),
    _I,
)

CONSENT_PHRASES: PhraseTable = {
    "en": (
        r"\bcookies?\b.{0,80}\b(?:use|uses|using|accept|consent|policy|settings|preferences|experience)\b",
        r"\b(?:use|uses|using|accept)\b.{0,40}\bcookies?\b",
        r"\bgdpr\b",
        r"\bconsent (?:to|preferences|settings)\b",
        r"\bprivacy (?:settings|preferences)\b",
        r"\bdo not sell my\b",  # the wording California's privacy law requires
    ),
    "de": (
        r"\bcookies?\b.{0,80}\b(?:verwenden|nutzen)\b",
        r"\b(?:verwenden|nutzen)\b.{0,40}\bcookies?\b",
    ),
    "fr": (
        r"\bcookies?\b.{0,80}\b(?:utilisons|utilise)\b",
        r"\butilisons\b.{0,40}\bcookies?\b",
    ),
    "es": (
        r"\bcookies?\b.{0,80}\b(?:utilizamos|usamos)\b",
        r"\b(?:utilizamos|usamos)\b.{0,40}\bcookies?\b",
    ),
    "pt": (
        r"\bcookies?\b.{0,80}\b(?:utilizamos|usamos)\b",
        r"\b(?:utilizamos|usamos)\b.{0,40}\bcookies?\b",
    ),
    "it": (
        r"\bcookies?\b.{0,80}\butilizziamo\b",
        r"\butilizziamo\b.{0,40}\bcookies?\b",
    ),
}
# Cookie and consent notices. Matches "We use cookies to improve your experience",
# "Wir verwenden Cookies"; not "cookies and cakes".
CONSENT_RE = regex.compile(_kind("CONSENT_PHRASES", "CONSENT_RE", CONSENT_PHRASES), _I)

SUBSCRIPTION_PHRASES: PhraseTable = {
    "en": (
        r"subscribe(?: now| today| for| to)?",
        r"subscription",
        r"already (?:a )?(?:subscriber|member)",
        r"(?:sign|log) ?(?:in|up|out)",
        r"register",
        r"create (?:a |your )?(?:free )?account",
        r"my account",
        r"to continue reading",
        r"continue reading",
        r"free trial",
        r"start your trial",
        r"become a subscriber",
        r"get (?:full|unlimited|digital) access",
    ),
    "de": (
        r"jetzt abonnieren",
        r"abonnieren",
        r"anmelden",
        r"abmelden",
    ),
    "fr": (
        r"abonnez-vous",
        r"se connecter",
        r"connexion",
    ),
    "es": (
        r"suscr[ií]bete",
        r"iniciar sesión",
    ),
    "pt": (
        r"assine",
        r"entrar",
    ),
    "it": (
        r"abbonati",
        r"accedi",
    ),
}
# Subscription walls, sign-in and account prompts.
# Matches "Subscribe now", "Already a subscriber? Log in", "Jetzt abonnieren"; not
# "subscribers rose 5%".
SUBSCRIPTION_RE = regex.compile(
    _kind("SUBSCRIPTION_PHRASES", "SUBSCRIPTION_RE", SUBSCRIPTION_PHRASES, r"^\W*(?:", r")\b"),
    _I,
)

ADBLOCK_PHRASES: PhraseTable = {
    "en": (
        r"\bad[- ]?block(?:er|ers|ing)?\b",
        r"\bwhitelist (?:us|our site)\b",
    ),
    "de": (
        r"\bwerbeblocker\b",
    ),
    "fr": (
        r"\bbloqueur de pub",
    ),
    "es": (
        r"\bbloqueador de anuncios\b",
    ),
    "it": (
        r"\bblocco degli annunci\b",
    ),
}
# Ad-blocker notices. Matches "Please disable your ad blocker"; not "blocked ads".
ADBLOCK_RE = regex.compile(_kind("ADBLOCK_PHRASES", "ADBLOCK_RE", ADBLOCK_PHRASES), _I)

# Copyright marks and notices, anywhere in a short line.
FOOTER_MARK_PHRASES: PhraseTable = {
    "any": (
        r"©",
        r"\(c\) ?\d{4}",
    ),
    "en": (
        r"\bcopyright\b.{0,30}\d{4}",
        r"\ball rights reserved\b",
        r"\bsubject to copyright\b",
        r"\bno part (?:of this \w+ )?may be reproduced\b",
    ),
    "de": (
        r"\balle rechte vorbehalten\b",
    ),
    "fr": (
        r"\btous droits réservés\b",
    ),
    "es": (
        r"\btodos los derechos reservados\b",
    ),
    "pt": (
        r"\btodos os direitos reservados\b",
    ),
    "it": (
        r"\btutti i diritti riservati\b",
    ),
}
# The footer links that make a line of their own.
FOOTER_LINE_PHRASES: PhraseTable = {
    "en": (
        r"privacy (?:policy|notice|statement)",
        r"terms (?:of (?:use|service)|and conditions)",
        r"cookie policy",
        r"contact us",
        r"about us",
        r"advertise with us",
        r"sitemap",
        r"site map",
        r"careers",
        r"accessibility",
    ),
    "de": (
        r"impressum",
        r"datenschutz(?:erklärung)?",
    ),
    "fr": (
        r"mentions légales",
    ),
    "es": (
        r"aviso legal",
        r"política de privacidad",
    ),
    "pt": (
        r"política de privacidade",
    ),
    "ja": (
        r"サイトマップ",
        r"プライバシーポリシー",
        r"免責事項",
        r"お問い合わせ",
        r"運営者情報",
    ),
    "zh": (
        r"隐私政策",
        r"联系我们",
        r"关于我们",
        r"版权所有",
    ),
}
# Footer and copyright lines. Matches "© 2019 Hearst Communications, Inc.", "Privacy Policy",
# "Alle Rechte vorbehalten"; not "the copyright case".
FOOTER_RE = regex.compile(
    _kind("FOOTER_MARK_PHRASES", "FOOTER_RE", FOOTER_MARK_PHRASES)
    + "|"
    + _kind("FOOTER_LINE_PHRASES", "FOOTER_RE", FOOTER_LINE_PHRASES, r"^\W*(?:", r")\W*$"),
    _I,
)

# The links of a footer's list of links.
FOOTER_LINK_PHRASES: PhraseTable = {
    "en": (
        r"privacy(?: policy| notice| statement)?",
        r"terms(?: of (?:use|service)| and conditions)?",
        r"cookie (?:policy|settings)",
        r"contact(?: us)?",
        r"about(?: us)?",
        r"advertise(?: with us)?",
        r"careers",
        r"sitemap",
        r"site map",
        r"accessibility",
        r"help",
        r"faq",
        r"rss",
    ),
    "de": (
        r"impressum",
        r"datenschutz",
        r"kontakt",
        r"agb",
    ),
    "fr": (
        r"mentions légales",
    ),
    "es": (
        r"aviso legal",
    ),
    "ja": (
        r"サイトマップ",
        r"プライバシーポリシー",
        r"免責事項",
        r"お問い合わせ",
    ),
    "zh": (
        r"隐私政策",
        r"联系我们",
        r"关于我们",
    ),
}
_FOOTER_LINK = _kind("FOOTER_LINK_PHRASES", "FOOTER_LINKS_RE", FOOTER_LINK_PHRASES, "(?:", ")")
# A line that is only a list of footer links. Matches "Privacy Policy, Terms of Use",
# "Contact Us/FAQ | Terms of Use | Privacy Policy"; not "Privacy matters, the court said".
# Between two links: one separator (a mark, "and", or a mark then "and"). Each run of
# non-word characters is taken whole (atomic groups), so a run of a million commas is read
# once, not cut at every place.
_FOOTER_SEPARATOR = (
    r"(?>[^\w,|•·/]*)(?:[,|•·/](?>\W*)(?:and(?!\w)(?>\W*))?|and(?!\w)(?>\W*))"
)
FOOTER_LINKS_RE = regex.compile(
    rf"^\W*{_FOOTER_LINK}(?:{_FOOTER_SEPARATOR}{_FOOTER_LINK})+\W*$", _I
)

# The header of a related, read-more or most-read list, alone on its line.
RELATED_PHRASES: PhraseTable = {
    "en": (
        r"related(?: articles| stories| content| coverage| posts| news| topics| links)?",
        r"read (?:more|next|also)",
        r"more (?:from|on|stories|news|in|to explore)\b.{0,40}",
        r"most (?:popular|read|viewed|shared|commented)(?: (?:in|on) .{1,30})?",
        r"(?:we )?recommend(?:ed)?(?: for you| stories)?",
        r"(?:previous|next|prev) (?:article|story|post)",
        r"read more from .{1,40}",
        r"you (?:may|might) (?:also )?(?:like|be interested in)",
        r"trending(?: now| stories)?",
        r"popular(?: now| stories)?",
        r"top stories(?: in \w+)?",
        r"editor'?s? picks",
        r"see also",
        r"also read",
        r"latest(?: news| stories)?",
        r"more headlines",
        r"more top stories",
        # A section's name: "More Sports", "More Washington Examiner"; not "More Than Ever".
        r"more (?!.*\b(?:than|and|or|of|to|for|the|about|like|with)\b)"
        r"(?-i:\p{Lu})\w+(?: (?-i:\p{Lu})\w+){0,3}",
        r"further reading",
        r"don'?t miss",
    ),
    "de": (
        r"weitere artikel",
        r"mehr zum thema",
        r"das könnte sie auch interessieren",
        r"lesen sie auch",
    ),
    "fr": (
        r"à lire aussi",
        r"lire aussi",
        r"sur le même sujet",
    ),
    "es": (
        r"relacionad[oa]s",
        r"te puede interesar",
        r"más noticias",
    ),
    "pt": (
        r"leia também",
        r"leia mais",
        r"veja também",
        r"relacionad[oa]s",
    ),
    "it": (
        r"leggi anche",
        r"potrebbe interessarti",
    ),
    "ja": (
        r"関連記事",
        r"人気記事.{0,6}",
        r"新着記事",
        r"最新記事",
        r"おすすめ記事",
    ),
    "zh": (
        r"相关文章",
        r"相关阅读",
        r"热门文章",
        r"最新文章",
        r"推荐阅读",
    ),
    "id": (
        r"baca juga",
    ),
}
# The label of a line of tags: "Tags: budget, tax".
RELATED_TAG_PHRASES: PhraseTable = {
    "en": (
        r"tags?",
        r"topics?",
        r"filed under",
    ),
    "de": (
        r"schlagwörter",
        r"themen",
    ),
    "fr": (
        r"étiquettes",
    ),
    "es": (
        r"etiquetas",
    ),
    "pt": (
        r"tópicos",
    ),
    "it": (
        r"argomenti",
    ),
}
# The label of an inline teaser: "Read more: Storm hits coast".
RELATED_TEASER_PHRASES: PhraseTable = {
    "en": (
        r"read more",
        r"see more",
        r"related",
        r"see also",
        r"also read",
        r"read also",
    ),
    "de": (
        r"lesen sie auch",
    ),
    "fr": (
        r"lire aussi",
    ),
    "pt": (
        r"leia também",
    ),
    "it": (
        r"leggi anche",
    ),
    "id": (
        r"baca juga",
    ),
}
# The header of a related, read-more or most-read list, or a line of tags.
# Matches "Most Popular", "Related Articles", "Lesen Sie auch", "Tags: budget, tax";
# not "Related to the case, police said", "More Than Ever", "Tags on the animals showed".
RELATED_RE = regex.compile(
    _kind("RELATED_PHRASES", "RELATED_RE", RELATED_PHRASES, r"^\W*(?:", r")\W*$")
    + "|"
    + _kind("RELATED_TAG_PHRASES", "RELATED_RE", RELATED_TAG_PHRASES, r"^\W*(?:", r")\s*:\s*\S"),
    _I,
)

# An inline teaser: a label and the headline of another article on one line.
# Matches "READ MORE: Storm hits coast", "Lire aussi : ..."; not "Read more about it below."
TEASER_RE = regex.compile(
    _kind(
        "RELATED_TEASER_PHRASES", "TEASER_RE", RELATED_TEASER_PHRASES,
        r"^\W*(?:", r")\s*[:»›|-]\s*\S",
    ),
    _I,
)

# The word of a comment count standing alone: "Comments", "12 Kommentare".
COMMENT_COUNT_PHRASES: PhraseTable = {
    "en": (
        r"comments?",
    ),
    "de": (
        r"kommentare?",
    ),
    "fr": (
        r"commentaires?",
    ),
    "es": (
        r"comentarios?",
    ),
    "pt": (
        r"comentários?",
    ),
    "it": (
        r"commenti",
    ),
    "id": (
        r"komentar",
    ),
}
# Comment prompts and headers, and the fixed wording of comment forms (WordPress's).
COMMENT_PROMPT_PHRASES: PhraseTable = {
    "en": (
        r"^\W*leave (?:a |the |all |\d+ )?(?:comments?|reply|replies|response)\b",
        r"^\W*post (?:a |the |all |\d+ )?(?:comments?|reply|replies|response)\b",
        r"^\W*add (?:a |the |all |\d+ )?(?:comments?|reply|replies|response)\b",
        r"^\W*write (?:a |the |all |\d+ )?(?:comments?|reply|replies|response)\b",
        r"^\W*view (?:a |the |all |\d+ )?(?:comments?|reply|replies|response)\b",
        r"^\W*show (?:a |the |all |\d+ )?(?:comments?|reply|replies|response)\b",
        r"^\W*load (?:a |the |all |\d+ )?(?:comments?|reply|replies|response)\b",
        r"^\W*see (?:a |the |all |\d+ )?(?:comments?|reply|replies|response)\b",
        r"^\W*read (?:a |the |all |\d+ )?(?:comments?|reply|replies|response)\b",
        r"^\W*join the (?:conversation|discussion)",
        r"\bcomments are closed\b",
        r"^\W*(?:log|sign) in to (?:comment|reply)",
        r"^\W*reply\W*$",
        r"^\W*report (?:comment|abuse)\W*$",
        r"^\W*\d+ (?:responses|replies|comments|reactions|thoughts) (?:to|on)\b",
        r"\bcomments? feed\b",
        # A comment count that opens a prompt: "{ 17 comments… read them below or add one }".
        r"^\W*\d+ (?:comments?|responses?|replies)\W+(?:read|add|leave|post|join)\b",
        r"\bnotify me of follow-up comments\b",
        r"\bnotify me of new posts by e-?mail\b",
        r"\byour e-?mail address will not be published\b",
        r"\brequired fields are marked\b",
        r"\byou may use these html tags and attributes\b",
    ),
}
# A comments section header or prompt. Matches "View Comments", "12 Comments",
# "Leave a Reply", "Join the conversation", "{ 17 comments… read them below or add one }",
# "Your email address will not be published."; not "comments from the minister", "12 comments
# were read out".
COMMENTS_RE = regex.compile(
    _kind(
        "COMMENT_COUNT_PHRASES", "COMMENTS_RE", COMMENT_COUNT_PHRASES,
        r"^\W*(?:\d+\s+)?(?:", r")\W*$",
    )
    + "|"
    + _kind("COMMENT_PROMPT_PHRASES", "COMMENTS_RE", COMMENT_PROMPT_PHRASES),
    _I,
)

# Credits and markers of a caption, each with its own anchors.
CAPTION_PHRASES: PhraseTable = {
    "en": (
        r"\bsubmitted (?:photo|image)\b",
        r"\bfile (?:photo|image)\b",
        r"\bstaff (?:photo|image)\b",
        r"\bhandout (?:photo|image)\b",
        r"\bcontributed (?:photo|image)\b",
    ),
    "any": (
        # A credit line, photographer/agency: "Jamal Saidi/Reuters".
        r"^\W*(?-i:(?:\p{Lu}[\w.'’-]+ ){1,3}\p{Lu}[\w.'’-]+/\p{Lu}[\w.&-]+)\W*$",
    ),
}
# The label that opens a caption's credit: "Photo: AP", "Image credit: NASA", "Foto: dpa".
CAPTION_LABEL_PHRASES: PhraseTable = {
    "en": (
        r"photo",
        r"image",
        r"picture",
        r"credit",
        r"source",
        r"video",
    ),
    "de": (
        r"foto",
        r"bild",
        r"quelle",
    ),
    "fr": (
        r"crédit",
    ),
    "es": (
        r"foto",
        r"fuente",
    ),
    "pt": (
        r"foto",
        r"imagem",
        r"fonte",
    ),
    "it": (
        r"foto",
        r"fonte",
    ),
}
# Credits that end a caption or stand in it: agencies, and the counter of a gallery.
CAPTION_CREDIT_PHRASES: PhraseTable = {
    "any": (
        r"\((?:[^()]*\b(?:photo|image|foto|credit|getty|reuters|afp|shutterstock)\b[^()]*)\)\W*$",
        r"\bgetty images\b",
        r"\bap photo\b",
        r"\bshutterstock\b",
        r"\bistock\b",
        r"\bimago\b",
        r"^\W*\d+ ?/ ?\d+\W*$",
    ),
    "en": (
        r"^\W*(?:image|photo|slide|picture) \d+ (?:of|/) ?\d+\W*$",
    ),
}
# The controls of a picture or gallery, alone on their line.
CAPTION_CONTROL_PHRASES: PhraseTable = {
    "en": (
        r"caption",
        r"close",
        r"enlarge",
        r"expand",
        r"gallery",
        r"view gallery",
        r"back to gallery",
        r"hide caption",
        r"toggle caption",
        r"show caption",
        r"fullscreen",
        r"full screen",
        r"zoom",
        r"play video",
        r"watch video",
        r"next",
        r"previous",
        r"prev",
    ),
}
# An image caption or credit. Matches "Photo: Damian Dovarganes, AP", "Image 1 of 23",
# "(AP Photo/John Locher)", "Back to Gallery"; not "the photo showed".
CAPTION_RE = regex.compile(
    _kind("CAPTION_PHRASES", "CAPTION_RE", CAPTION_PHRASES)
    + "|"
    + _kind(
        "CAPTION_LABEL_PHRASES", "CAPTION_RE", CAPTION_LABEL_PHRASES,
        r"^\W*(?:", r")s?(?>\s*)(?:credit(?>\s*))?:",
    )
    + "|"
    + _kind("CAPTION_CREDIT_PHRASES", "CAPTION_RE", CAPTION_CREDIT_PHRASES)
    + "|"
    + _kind(
        "CAPTION_CONTROL_PHRASES", "CAPTION_RE", CAPTION_CONTROL_PHRASES, r"^\W*(?:", r")\W*$"
    ),
    _I,
)

# The header of an author box that names no one.
AUTHOR_BOX_PHRASES: PhraseTable = {
    "en": (
        r"about the authors?",
    ),
    "de": (
        r"über den autor",
        r"über die autorin",
    ),
    "fr": (
        r"à propos de l'auteur",
    ),
    "es": (
        r"sobre el autor",
    ),
    "pt": (
        r"sobre o autor",
    ),
    "it": (
        r"l'autore",
    ),
}
# The header of an author box that names its author.
AUTHOR_BOX_NAMED_PHRASES: PhraseTable = {
    "en": (
        r"about (?-i:\p{Lu})\w+(?: (?-i:\p{Lu})\w+){1,2}",
        r"more (?:articles |stories )?by (?-i:\p{Lu})\w+(?: (?-i:\p{Lu})\w+){0,2}",
    ),
    "de": (
        r"über (?-i:\p{Lu})\w+(?: (?-i:\p{Lu})\w+){1,2}",
    ),
}
# The header of an author box. Matches "About the Author", "Über Moritz Bachmann",
# "À propos de l'auteur"; not "About the war".
AUTHOR_BOX_RE = regex.compile(
    _kind("AUTHOR_BOX_PHRASES", "AUTHOR_BOX_RE", AUTHOR_BOX_PHRASES, r"^\W*(?:", r")\W*$")
    + "|"
    + _kind(
        "AUTHOR_BOX_NAMED_PHRASES", "AUTHOR_BOX_RE", AUTHOR_BOX_NAMED_PHRASES,
        r"^\W*(?:", r")\W*$",
    ),
    _I,
)
# An author-box header that names no one (the first table of AUTHOR_BOX_RE alone).
# Matches "About the author", "Über den Autor"; not "About Jane Doe".
GENERIC_AUTHOR_HEADER_RE = regex.compile(KINDS["AUTHOR_BOX_PHRASES"].source(), _I)

INTERFACE_PHRASES: PhraseTable = {
    "en": (
        r"(?:main )?menu",
        r"search(?: for)?",
        r"skip to (?:main )?(?:content|navigation)",
        r"toggle (?:navigation|menu)",
        r"(?:open|close) menu",
        r"back to top",
        r"scroll to top",
        r"loading",
        r"show more",
        r"load more",
        r"see more",
        r"view all",
        r"cancel",
        r"submit",
        r"learn more",
        r"read more",
        r"share by (?:e-?mail|mail)",
    ),
    "de": (
        r"suche",
        r"menü",
        r"mehr erfahren",
        r"weiterlesen",
        r"zurück(?: zur übersicht)?",
    ),
    "fr": (
        r"rechercher",
        r"en savoir plus",
        r"lire la suite",
        r"retour",
    ),
    "es": (
        r"buscar",
        r"leer más",
        r"volver",
    ),
    "pt": (
        r"pesquisar",
        r"saiba mais",
        r"leia mais",
        r"voltar",
    ),
    "it": (
        r"cerca",
        r"scopri di più",
        r"continua a leggere",
        r"indietro",
    ),
    "any": (
        r"×",
        r"✕",
    ),
}
# Text of the page's interface standing alone: menus, search boxes, buttons.
# Matches "Menu", "Skip to content", "Search for:", "Zurück zur Übersicht"; not "Menu prices".
INTERFACE_RE = regex.compile(
    _kind("INTERFACE_PHRASES", "INTERFACE_RE", INTERFACE_PHRASES, r"^\W*(?:", r")\W*$"), _I
)
