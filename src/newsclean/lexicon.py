"""Phrase evidence for boilerplate, in English, German, French, Spanish, Portuguese and Italian.

Each pattern is compiled once, case-insensitive, and commented with a text it matches and one
it must not. Patterns describe *what a prompt says* (donate, sign up, share); none names a
site. Rules combine them with shape (length, pronouns, position) before deciding.
"""

from __future__ import annotations

import regex

__all__ = [
    "ADVERT_LINE_RE",
    "APPEAL_PRONOUN_RE",
    "DONATION_RE",
    "EMBED_CAPTION_RE",
    "MONEY_RE",
    "NEWSLETTER_RE",
    "SHARE_STRONG_WORDS",
    "SHARE_WORDS",
    "TWEET_BYLINE_RE",
    "TWEET_LINK_RE",
]

_I = regex.IGNORECASE | regex.VERSION1

# An appeal for money or membership.
# Matches "Help keep articles like this free", "Yes I will give $120/year", "Jetzt spenden",
# "Faites un don"; not "Donations to the campaign rose" (no appeal: see the rule's pronoun test).
DONATION_RE = regex.compile(
    r"\b(?:"
    r"donat(?:e|ion|ions)|make a (?:one[- ]time |monthly )?(?:gift|contribution)"
    r"|contribute (?:now|today|to (?:us|our))|support (?:our|independent|quality|local)"
    r" (?:journalism|work|reporting|newsroom)|support us\b|help (?:us )?keep .{0,60}\bfree"
    r"|give \p{Sc}\s?\d|(?:become|join as) a (?:member|supporter|patron)|chip in"
    r"|pay what you (?:can|want)|gifts? from readers"
    # German, French, Spanish, Portuguese, Italian
    r"|spenden sie|jetzt spenden|unterstützen sie (?:uns|unseren|unsere)"
    r"|faire un don|faites un don|soutenez[- ](?:nous|notre)"
    r"|haz una donación|dona ahora|apoya (?:nuestro|el) periodismo|hazte (?:socio|miembro)"
    r"|faça uma doação|doe agora|apoie (?:o|nosso) jornalismo"
    r"|fai una donazione|dona ora|sostieni(?:ci)? (?:il nostro|la nostra)"
    r")",
    _I,
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

# A sum of money. Matches "$120/year", "€ 5", "10 €"; not "5 percent".
MONEY_RE = regex.compile(r"\p{Sc}\s?\d|\d\s?\p{Sc}")

# A newsletter or e-mail sign-up prompt.
# Matches "Sign up for our daily newsletter", "Get the latest news in your inbox",
# "Newsletter abonnieren", "Inscrivez-vous à notre newsletter"; not "the newsletter reported".
NEWSLETTER_RE = regex.compile(
    r"\b(?:"
    r"sign(?:ing)? up (?:for|to) (?:\w+ ){0,4}(?:newsletters?|emails?|alerts|updates|briefing)"
    r"|subscribe to (?:\w+ ){0,4}(?:newsletters?|emails?|briefing)|newsletter sign[- ]?up"
    r"|(?:in|to) your inbox|enter your e-?mail|your e-?mail address|e-?mail address"
    r"|by (?:signing up|subscribing),? you agree|thanks? (?:you )?for (?:signing up|subscribing)"
    r"|newsletter (?:abonnieren|bestellen)|zum newsletter anmelden"
    r"|inscrivez-vous (?:à|a) (?:notre|la) (?:newsletter|lettre)|abonnez-vous (?:à|a) (?:notre|la)"
    r" (?:newsletter|lettre)"
    r"|suscr[ií]bete (?:a|al) (?:nuestro |nuestra |el |la )?(?:boletín|newsletter)"
    r"|(?:assine|inscreva-se n)a? (?:nossa )?newsletter|iscriviti alla (?:nostra )?newsletter"
    r")",
    _I,
)

# Words of a share or follow bar. A block made only of these (with one strong word) is one.
SHARE_WORDS = frozenset(
    """
    share shares sharing this article story page post on via to tweet twitter x facebook
    email e mail print whatsapp linkedin pinterest reddit telegram copy link url
    messenger sms flipboard tumblr follow us save comment comments opens in new window
    click teilen drucken folgen sie uns auf artikel diesen partager imprimer suivez nous
    sur cet article compartir imprimir síguenos en este artículo compartilhar partilhar
    imprimir siga nos no na artigo este condividi stampa seguici su questo articolo
    """.split()
)
SHARE_STRONG_WORDS = frozenset(
    """
    share tweet facebook whatsapp linkedin pinterest reddit telegram print follow email
    teilen drucken folgen partager imprimer suivez compartir imprimir síguenos
    compartilhar partilhar condividi stampa seguici
    """.split()
)

# A line that is only an advertising marker.
# Matches "Advertisement", "Story continues below advertisement", "Anzeige"; not "Ad hoc".
ADVERT_LINE_RE = regex.compile(
    r"^\W*(?:advertisement|advertising|ads?|sponsored(?: content)?|paid (?:post|content)"
    r"|partner content|promoted(?: content)?|(?:the )?(?:story|article) continues below"
    r"(?: advertisement)?|continue reading (?:the main story|below)|scroll to continue"
    r"(?: with content)?|anzeige|werbung|publicité|publicidad|publicidade|pubblicità"
    r"|annonce|reklama|реклама|広告)\W*$",
    _I,
)

# A link or picture link that closes an embedded tweet.
# Matches "pic.twitter.com/T4vuakfMAb", "https://t.co/abc123"; not "twitter.com is down".
TWEET_LINK_RE = regex.compile(r"\bpic\.twitter\.com/\w+|\bhttps?://t\.co/\w+")

# The attribution line of an embedded tweet: dash, name, (@handle), date.
# Matches "— Embassy of Germany (@GermanyinUSA) December 2, 2022"; not "— John Smith, 2022".
TWEET_BYLINE_RE = regex.compile(r"^[—–-]+\s*[^\n]{1,100}?\(@\w{1,30}\)\s*[^\n]{0,40}$")

# Captions that embed widgets print around a post.
# Matches "View this post on Instagram", "A post shared by Jane (@jane)"; not "a post on X".
EMBED_CAPTION_RE = regex.compile(
    r"^(?:view (?:this|the) (?:post|profile|video) on (?:instagram|facebook|tiktok|youtube|x)"
    r"|a (?:post|photo|video|reel) shared by .{0,80}\(@[\w.]+\)"
    r"|watch (?:this video )?on youtube|this (?:content|video|post) is (?:not available|"
    r"imported from|hosted on) .{0,40}(?:instagram|twitter|youtube|tiktok|facebook|x)"
    r"|@[\w.]{2,30} .{0,200}♬ .{1,100})\W*$",
    _I,
)
