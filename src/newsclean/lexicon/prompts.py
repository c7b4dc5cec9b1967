"""Phrases of prompts inside the article: appeals, sign-ups, share bars, advertising, embeds."""

from __future__ import annotations

from ..lazy_pattern import lazy_compile
from .build import _I, PhraseTable, _kind, _words

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
DONATION_RE = lazy_compile(
    _kind("DONATION_PHRASES", "DONATION_RE", DONATION_PHRASES, r"\b(?:", r")"), _I
)

# Words by which an appeal speaks for the publisher, and words by which it addresses the
# reader, in lower case or capitalized ("us" only in lower case, so "the US" is no pronoun).
_PUBLISHER_PRONOUNS = """
    we we’re we're our wir unser unsere unseren unserer nous notre nos nosotros nuestro
    nuestra nuestros nuestras nós nosso nossa noi nostro nostra nostri nostre
    """.split()
_READER_PRONOUNS = """
    you your vous votre vos usted ustedes você vocês voi vostro vostra
    """.split()


def _pronoun_re(words: list[str]) -> str:
    """A pattern of the words, each in lower case or capitalized, and of "us"."""
    return r"\b(?:us|" + "|".join(f"[{w[0]}{w[0].upper()}]{w[1:]}" for w in words) + r")\b"


# Either kind. Matches "our goal", "You can", "wir", "vous", "nuestro"; not "the US", "they",
# "sie".
APPEAL_PRONOUN_RE = lazy_compile(_pronoun_re(_PUBLISHER_PRONOUNS + _READER_PRONOUNS))
# The publisher's own. Matches "our work", "We depend on", "unsere Arbeit"; not "you", "the US".
PUBLISHER_PRONOUN_RE = lazy_compile(_pronoun_re(_PUBLISHER_PRONOUNS))

# A sum of money offered: a price per period, or a sum to give.
# Matches "$120/year", "€5 a month", "give $10", "10 € pro Monat"; not "$53 million a week is
# coming across the border" (no "per" and no giving), "5 percent".
MONEY_RE = lazy_compile(
    r"(?:\p{Sc}\s?\d+(?:[.,]\d+)?|(?<!\d)\d+(?:[.,]\d+)?\s?\p{Sc})\s*(?:/\s?|per |a |an |each |pro |par |al |por )"
    r"(?:year|yr|month|mo|week|wk|day|jahr|monat|woche|an|mois|año|mes|ano|mês|anno|mese)\b"
    r"|\b(?:give|donate|pay|contribute|chip in|spende|spenden|donner|donar|doar|donare)\s+\p{Sc}",
    _I,
)

PAYMENT_PHRASES: PhraseTable = {
    "en": (
        r"credit cards?",
        r"debit cards?",
        r"bank transfers?",
        r"direct debit",
    ),
    "de": (
        r"kreditkarten?",
        r"lastschrift",
        r"überweisung",
    ),
    "fr": (
        r"cartes? bancaires?",
        r"cartes? de crédit",
        r"virement bancaire",
    ),
    "es": (
        r"tarjetas? de crédito",
        r"transferencia bancaria",
    ),
    "pt": (
        r"cartão de crédito",
        r"transferência bancária",
    ),
    "it": (
        r"carta di credito",
        r"bonifico bancario",
    ),
    "any": (
        r"paypal",
        r"apple pay",
        r"google pay",
    ),
}
# The ways to pay that a donation or membership box lists below its request: appeal
# evidence inside a box that a prompt opens (see B102), never the start of one.
# Matches "We accept credit card, Apple Pay and Google Pay", "per PayPal oder Lastschrift";
# not "payday", "a credit union".
PAYMENT_RE = lazy_compile(
    _kind("PAYMENT_PHRASES", "PAYMENT_RE", PAYMENT_PHRASES, r"\b(?:", r")\b"), _I
)

NEWSLETTER_PHRASES: PhraseTable = {
    "en": (
        # ("sign up" and "signing up" apart, as the two ways to agree below: in one phrase
        # the prefilter looked for "sign" inside "design" and "signal", and for "by s", as
        # sre_parse sets the common "s" of "signing|subscribing" apart)
        r"sign up (?:for|to) (?:\w+ ){0,4}(?:newsletters?|emails?|alerts|updates|briefing)",
        r"signing up (?:for|to) (?:\w+ ){0,4}(?:newsletters?|emails?|alerts|updates|briefing)",
        r"subscribe to (?:\w+ ){0,4}(?:newsletters?|emails?|briefing)",
        r"newsletter sign[- ]?up",
        r"(?:in|to) your inbox",
        r"enter your e-?mail",
        r"your e-?mail address",
        r"e-?mail address",
        r"by signing up,? you agree",
        r"by subscribing,? you agree",
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
        r"subscribe for free to receive new posts",  # Substack's
        r"type your e-?mail",
        r"forward (?:it |this(?: e-?mail| newsletter)? )?to a friend",
        r"did someone forward (?:this|it)",
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
NEWSLETTER_RE = lazy_compile(
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
        "like",  # WordPress's "Like this:" above its like button
        "email",
        "mail",  # "E-mail this article": "e" and "mail"
        "gift",  # "Gift this article", "Gift article"
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
    "nl": (
        r"delen",
        r"deel",
    ),
    "pl": (
        r"udostępnij",
    ),
    "ru": (
        r"поделиться",
    ),
    "id": (
        r"bagikan",
    ),
    "ar": (
        r"شارك",
    ),
    "uk": (
        r"поділитися",
    ),
    "ro": (
        r"distribuie",
    ),
    "el": (
        r"κοινοποίηση",
    ),
    "cs": (
        r"sdílet",
    ),
    "hu": (
        r"megosztás",
    ),
    "fi": (
        r"jaa",
    ),
    "th": (
        r"แชร์",
    ),
    "da": (
        "del",
    ),
    "nb": (
        "del",
    ),
    "sv": (
        "dela",
    ),
    "ca": (
        "comparteix",
    ),
    "bn": (
        "শেয়ার",
    ),
    "ta": (
        "பகிர்",
    ),
    "ur": (
        "شیئر",
    ),
    "sw": (
        "shiriki",
    ),
    "ms": (
        "kongsi",
    ),
    "sk": (
        "zdieľať",
    ),
    "bg": (
        "сподели",
    ),
    "hr": (
        "podijeli",
    ),
    "lt": (
        "dalintis",
        "pasidalinti",
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
    "da": (
        "artiklen",
    ),
    "nb": (
        "saken",
        "artikkelen",
    ),
    "sv": (
        "artikeln",
    ),
    "bn": (
        "করুন",
    ),
    "ur": (
        "کریں",
    ),
    "sw": (
        "habari",
        "hii",
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
        "blogthis",  # Blogger's
        "viber",
        "zalo",
    ),
}
# Words of a share or follow bar. A block made only of these (with one strong word) is one.
SHARE_STRONG_WORDS = _words("SHARE_STRONG_PHRASES", "SHARE_WORDS", SHARE_STRONG_PHRASES)
SHARE_WORDS = SHARE_STRONG_WORDS | _words("SHARE_OTHER_PHRASES", "SHARE_WORDS", SHARE_OTHER_PHRASES)

# An article's tool bar beyond its share words (see B107): the bookmarking sites of the
# 2000s, whose buttons only ever shared a page ...
TOOL_STRONG_PHRASES: PhraseTable = {
    "any": (
        "digg",
        "delicious",
        "stumbleupon",
        "newsvine",
    ),
}
# ... and the other words of such bars: printing, sending, bookmarking, and the other sites.
TOOL_OTHER_PHRASES: PhraseTable = {
    "en": (
        "it",
        "add",
        "send",
        "your",
        "printer",
        "friendly",
        "printable",
        "version",
        "social",
        "bookmark",
        "bookmarks",
    ),
    "any": (
        "del",  # del.icio.us, three words
        "icio",
        "furl",
        "technorati",
        "mixx",
        "fark",
        "myspace",
        "slashdot",
        "google",
        "yahoo",
        "buzz",
    ),
}
TOOL_STRONG_WORDS = SHARE_STRONG_WORDS | _words("TOOL_STRONG_PHRASES", "TOOL_WORDS",
                                                TOOL_STRONG_PHRASES)
TOOL_WORDS = SHARE_WORDS | TOOL_STRONG_WORDS | _words("TOOL_OTHER_PHRASES", "TOOL_WORDS",
                                                      TOOL_OTHER_PHRASES)

# The words a platform's counter prints beside its figure: "318 Retweets 204 Favorites",
# "48,302 views", "612 shares" (see B104: with a count, a line of these alone is a counter).
SHARE_COUNTER_PHRASES: PhraseTable = {
    "en": (
        "retweets",
        "reposts",
        "favorites",
        "favourites",
        "likes",
        "views",
        "shares",
        "comments",  # never alone: "Comments 12" heads a comment section
    ),
}
SHARE_COUNTER_WORDS = _words("SHARE_COUNTER_PHRASES", "SHARE_COUNTER_WORDS",
                             SHARE_COUNTER_PHRASES)
#: The platforms that share bars and tool bars name, in any language ("Twitter 112").
SHARE_PLATFORMS = frozenset(
    word for table in (SHARE_STRONG_PHRASES, SHARE_OTHER_PHRASES, TOOL_STRONG_PHRASES,
                       TOOL_OTHER_PHRASES)
    for word in table.get("any", ())
)

# A share bar's prompt and the names of the platforms it offers, in scripts written without
# spaces between words, where a bar is not read word by word (a character is a word there):
# the whole line. Matches "分享到：", "この記事をシェア", "微信", "QQ空间"; not "分享经验".
# And a like button's counter, a sentence of its own that is not read word by word either
# (WordPress's widget under "Like this:"): "Be the first to like this.", "One blogger likes
# this.", "12 bloggers like this."; not "Be the first to like this restaurant."
SHARE_LINE_PHRASES: PhraseTable = {
    "en": (
        r"be the first to like this(?: post)?",
        r"(?:one|\d[\d,]*) bloggers? likes? this(?: post)?",
        r"like loading(?:\.\.\.|…)?",
    ),
    "zh": (
        r"分享(?:到|至)?",
        r"(?:微信|微博|QQ空间|QQ好友|朋友圈|豆瓣|新浪微博)",
    ),
    "ja": (
        r"(?:この記事を)?シェア(?:する)?",
        r"はてなブックマーク",
    ),
    "ko": (
        r"공유(?:하기)?",
        r"(?:카카오톡|카카오스토리|네이버 ?밴드)",
    ),
}
SHARE_LINE_RE = lazy_compile(
    _kind("SHARE_LINE_PHRASES", "SHARE_LINE_RE", SHARE_LINE_PHRASES, r"^\W*(?:", r")\W*$"), _I
)

ADVERT_LINE_PHRASES: PhraseTable = {
    "en": (
        r"advertisement",
        r"advertising",
        # (two words, not "ads?": the prefilter then looks for "ad" only on a page that has
        # the word, not inside "read" and "had" on every page)
        r"ads",
        r"ad",
        r"sponsored(?: content)?",
        r"paid (?:post|content)",
        r"partner content",
        r"promoted(?: content)?",
        r"(?:the )?(?:story|article) continues"
        r"(?: below(?: (?:this |the )?(?:ad|advert|advertisement))?)?",
        r"continue reading (?:the main story|below)",
        r"scroll to continue(?: with content)?",
        r"skip (?:ad|advert|advertisement)",
    ),
    "de": (
        r"anzeige",
        r"werbung",
        r"weiter nach der anzeige",
    ),
    "fr": (
        r"publicité",
        r"annonce",
        r"la suite (?:de l'article )?après (?:cette|la) publicité",
    ),
    "nl": (
        r"advertentie",
        r"lees verder (?:na|onder) de advertentie",
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
    "el": (
        r"διαφήμιση",
    ),
    "he": (
        r"פרסומת",
    ),
    "fi": (
        r"mainos",
    ),
    "hu": (
        r"hirdetés",
    ),
    "ro": (
        r"publicitate",
    ),
    "vi": (
        r"quảng cáo",
    ),
    "fa": (
        r"تبلیغات",
    ),
    "th": (
        r"โฆษณา",
    ),
    "da": (
        r"reklame",
    ),
    "nb": (
        r"annonse",
    ),
    "ca": (
        r"publicitat",
    ),
    "bn": (
        r"বিজ্ঞাপন",
    ),
    "ta": (
        r"விளம்பரம்",
    ),
    "ur": (
        r"اشتہار",
    ),
    "sw": (
        r"tangazo",
        r"matangazo",
    ),
    "ms": (
        r"iklan",
    ),
    "hr": (
        r"oglas",  # Slovenian too
    ),
    # "advertisement" alone on its line, in more languages (Polish "reklama" and Russian
    # "реклама" above serve Czech, Slovak, Latvian's neighbours and Serbian, Ukrainian,
    # Bulgarian; Malay "iklan" serves Indonesian)
    "tr": (r"reklam",),
    "hi": (r"विज्ञापन",),  # Nepali too
    "mr": (r"जाहिरात",),
    "ko": (r"광고",),
    "af": (r"advertensie",),
    "et": (r"reklaam",),
    "lv": (r"reklāma",),
    "ka": (r"რეკლამა",),
}
# A line that is only an advertising marker.
# Matches "Advertisement", "Story continues below advertisement", "Anzeige", "La suite
# après cette publicité"; not "Ad hoc", "The story continues to unfold".
ADVERT_LINE_RE = lazy_compile(
    _kind("ADVERT_LINE_PHRASES", "ADVERT_LINE_RE", ADVERT_LINE_PHRASES, r"^\W*(?:", r")\W*$"),
    _I,
)

# A link or picture link that closes an embedded tweet.
# Matches "pic.twitter.com/T4vuakfMAb", "https://t.co/abc123"; not "twitter.com is down".
TWEET_LINK_RE = lazy_compile(r"\bpic\.twitter\.com/\w+|\bhttps?://t\.co/\w+")

# The attribution line of an embedded tweet: dash, name, (@handle), date.
# Matches "— Embassy of Germany (@GermanyinUSA) December 2, 2022"; not "— John Smith, 2022".
TWEET_BYLINE_RE = lazy_compile(r"^[—–-]+\s*[^\n]{1,100}?\(@\w{1,30}\)\s*[^\n]{0,40}$")

# The platforms' own captions around an embedded post.
EMBED_CAPTION_PHRASES: PhraseTable = {
    "en": (
        r"view (?:this|the) (?:post|profile|video) on (?:instagram|facebook|tiktok|youtube|x)",
        r"a (?:post|photo|video|reel) shared by .{0,80}\(@[\w.]+\)",
        r"watch (?:this video )?on youtube",
        r"this (?:content|video|post) is (?:not available|imported from|hosted on) .{0,40}(?:instagram|twitter|youtube|tiktok|facebook|x)",
        # a Facebook post's counters and buttons: "4,218 people like this.", "Like ·
        # Comment · Share", "View 208 more comments"
        r"(?:[\d,.]+k? )?(?:people|others) like this",
        r"like\W+comment\W+share",
        r"view (?:all )?(?:[\d,.]+ )?more comments",
    ),
    "any": (
        r"@[\w.]{2,30} .{0,200}♬ .{1,100}",  # a TikTok post's handle, caption and sound
    ),
}
# The button of a poll, and what may stand under it: its results, the count of votes.
POLL_BUTTON_PHRASES: PhraseTable = {
    "en": (
        r"vote(?: now)?",
        r"submit(?: (?:vote|answer))?",
        r"(?:view|see|show) (?:the )?(?:poll )?results",
        r"results",
        r"\d[\d,.]* votes?",
    ),
    "de": (
        r"abstimmen",
        r"ergebnis(?:se)? (?:anzeigen|ansehen)",
    ),
    "fr": (
        r"voter",
        r"voir les résultats",
    ),
    "es": (
        r"votar",
        r"ver (?:los )?resultados",
    ),
    "pt": (
        r"votar",
        r"ver resultados",
    ),
    "it": (
        r"vota",
        r"(?:vedi|visualizza) (?:i )?risultati",
    ),
    "nl": (
        r"stem",
        r"stemmen",
        r"bekijk (?:de )?resultaten",
    ),
}
# A poll's button alone on its line. Matches "Vote", "View results", "1,846 votes",
# "Abstimmen"; not "Vote on Tuesday".
POLL_BUTTON_RE = lazy_compile(
    _kind("POLL_BUTTON_PHRASES", "POLL_BUTTON_RE", POLL_BUTTON_PHRASES, r"^\W*(?:", r")\W*$"),
    _I,
)
# The word that heads a poll. Matches "POLL", "Reader survey", "Umfrage"; not "Pollen".
POLL_HEADER_PHRASES: PhraseTable = {
    "en": (
        "poll",
        "survey",
    ),
    "de": (
        "umfrage",
    ),
    "fr": (
        "sondage",
    ),
    "es": (
        "encuesta",
    ),
    "it": (
        "sondaggio",
    ),
    "pt": (
        "enquete",
        "sondagem",
    ),
    "nl": (
        "peiling",
    ),
    "pl": (
        "ankieta",
    ),
    "ru": (
        "опрос",
    ),
}
POLL_HEADER_RE = lazy_compile(
    _kind("POLL_HEADER_PHRASES", "POLL_HEADER_RE", POLL_HEADER_PHRASES, r"\b(?:", r")\b"), _I
)

# Captions that embed widgets print around a post.
# Matches "View this post on Instagram", "A post shared by Jane (@jane)"; not "a post on X".
EMBED_CAPTION_RE = lazy_compile(
    _kind("EMBED_CAPTION_PHRASES", "EMBED_CAPTION_RE", EMBED_CAPTION_PHRASES, r"^(?:", r")\W*$"),
    _I,
)

