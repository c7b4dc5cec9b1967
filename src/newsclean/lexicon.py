"""Phrase evidence for boilerplate, in English, German, French, Spanish, Portuguese and Italian.

Each pattern is compiled once, case-insensitive, and commented with a text it matches and one
it must not. Patterns describe *what a prompt says* (donate, sign up, share); none names a
site. Rules combine them with shape (length, pronouns, position) before deciding.
"""

from __future__ import annotations

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
    "INTERFACE_RE",
    "MONEY_RE",
    "NEWSLETTER_RE",
    "RELATED_RE",
    "SHARE_STRONG_WORDS",
    "SHARE_WORDS",
    "SUBSCRIPTION_RE",
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

# A sum of money offered: a price per period, or a sum to give.
# Matches "$120/year", "€5 a month", "give $10", "10 € pro Monat"; not "$53 million a week is
# coming across the border" (no "per" and no giving), "5 percent".
MONEY_RE = regex.compile(
    r"(?:\p{Sc}\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s?\p{Sc})\s*(?:/\s?|per |a |an |each |pro |par |al |por )"
    r"(?:year|yr|month|mo|week|wk|day|jahr|monat|woche|an|mois|año|mes|ano|mês|anno|mese)\b"
    r"|\b(?:give|donate|pay|contribute|chip in|spende|spenden|donner|donar|doar|donare)\s+\p{Sc}",
    _I,
)

# A newsletter or e-mail sign-up prompt.
# Matches "Sign up for our daily newsletter", "Get the latest news in your inbox",
# "Newsletter abonnieren", "Inscrivez-vous à notre newsletter"; not "the newsletter reported".
NEWSLETTER_RE = regex.compile(
    r"\b(?:"
    r"sign(?:ing)? up (?:for|to) (?:\w+ ){0,4}(?:newsletters?|emails?|alerts|updates|briefing)"
    r"|subscribe to (?:\w+ ){0,4}(?:newsletters?|emails?|briefing)|newsletter sign[- ]?up"
    r"|(?:in|to) your inbox|enter your e-?mail|your e-?mail address|e-?mail address"
    r"|by (?:signing up|subscribing),? you agree|thanks? (?:you )?for (?:signing up|subscribing)"
    r"|join (?:our|the) (?:\w+ ){0,3}newsletter|succe?s+fully subscribed|stay up to date with"
    r"|unsubscribe (?:at any time|anytime)|\bno spam\b|your inbox|\bopt-in\b|your subscription"
    r"|\bi agree\b.{0,60}\b(?:send me|newsletters?|e-?mails?)\b|^\W*(?:\w+ ){0,4}newsletters?\W*$"
    r"|subscribe to (?:\w+ ){0,4}(?:youtube|channel|podcast)"
    r"|^\W*newsletters?\W*$|see all newsletters|subscribe to (?:\w+ ){0,3}on youtube"
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
    messenger sms flipboard tumblr follow us save comment comments opens in new window a friend
    shares buffer pin pocket instagram youtube rss tiktok snapchat xing vk
    click teilen drucken folgen sie uns auf artikel diesen partager imprimer suivez nous
    sur cet article compartir imprimir síguenos en este artículo compartilhar partilhar
    imprimir siga nos no na artigo este condividi stampa seguici su questo articolo
    """.split()
)
SHARE_STRONG_WORDS = frozenset(
    """
    share shares tweet facebook whatsapp linkedin pinterest reddit telegram print follow email
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
    r"|annonce|reklama|реклама|広告|スポンサードリンク|スポンサーリンク|广告|赞助)\W*$",
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

# --- Page furniture: the phrases of bylines, consent, paywalls, footers, related links, comments
# and captions. Each is used on short blocks only (see the rules in rules/page.py).

_MONTHS = (
    r"jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?"
    r"|sep(?:t(?:ember)?|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?"
    r"|januar|februar|märz|mai|juni|juli|oktober|dezember"
    r"|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
    r"|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro"
    r"|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
)

# A word of a date or time line. Matches "Nov", "18,", "2019", "9:24", "pm", "ET", "Updated".
DATE_TOKEN_RE = regex.compile(
    rf"^(?:{_MONTHS}|\d{{1,4}}(?:st|nd|rd|th|h)?|\d{{1,2}}[:.]\d{{2}}|[ap]\.?m\.?|et|edt|est|"
    r"pt|pst|pdt|gmt|utc|cet|cest|bst|ist|wib|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?"
    r"|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|today|yesterday|ago|hours?|hrs?"
    r"|minutes?|mins?|read|reading|time|published|updated|posted|last|on|at|am|um|le|el|em|il"
    r"|[apm]|leitura|lectura|lesezeit|lecture|lettura|tempo|tiempo|minuto|minutos|minuten|min\.?"
    r"|veröffentlicht|aktualisiert|publié|publicado|actualizado|atualizado|pubblicato"
    r"|aggiornato|diperbarui|dipublikasikan|de|del|da|di|uhr)$",
    _I,
)

# The words that make a line a date or time line rather than a row of numbers: a month, a
# weekday, a time of day or a duration. Matches "Nov", "Monday", "pm", "ago"; not "18", "at".
DATE_ANCHOR_RE = regex.compile(
    rf"^(?:{_MONTHS}|[ap]\.?m\.?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?"
    r"|fri(?:day)?|sat(?:urday)?|sun(?:day)?|today|yesterday|ago|hours?|minutes?|mins?|uhr"
    r"|minutos?|minuten|lesezeit|leitura|lectura"
    r"|published|updated|posted|veröffentlicht|aktualisiert|publié|publicado|actualizado"
    r"|atualizado|pubblicato|aggiornato)$",
    _I,
)

# A byline. Matches "By Bryan DeArdo", "von Anna Schmidt", "Por María López | Reuters";
# not "By the end of the year".
BYLINE_RE = regex.compile(
    r"^(?:(?:posted|published|written|story|words|reporting|photos?|video|interview|edited"
    r"|researched|reported|compiled|produced) by:?|by|von|par|por|di|oleh|door|text:|texto:)"
    r"\s+(?:(?-i:\p{Lu})[\w.'’-]*|and|und|et|y|e|&|,|\s)+(?:\s*[|,•·–—-]\s*.{0,60})?"
    r"(?:\s+(?:published|publiziert|veröffentlicht|publié|publicado|pubblicato|on|am|le|el|em"
    r"|il)\b.{0,60})?$",
    _I,
)

# Cookie and consent notices. Matches "We use cookies to improve your experience",
# "Wir verwenden Cookies"; not "cookies and cakes".
CONSENT_RE = regex.compile(
    r"\bcookies?\b.{0,80}\b(?:use|uses|using|accept|consent|policy|settings|preferences"
    r"|experience|verwenden|nutzen|utilisons|utilise|utilizamos|usamos|utilizziamo)\b"
    r"|\b(?:use|uses|using|accept|verwenden|nutzen|utilisons|utilizamos|usamos|utilizziamo)"
    r"\b.{0,40}\bcookies?\b|\bgdpr\b|\bconsent (?:to|preferences|settings)\b"
    r"|\bprivacy (?:settings|preferences)\b|\bdo not sell my\b",
    _I,
)

# Subscription walls, sign-in and account prompts.
# Matches "Subscribe now", "Already a subscriber? Log in", "Jetzt abonnieren"; not
# "subscribers rose 5%".
SUBSCRIPTION_RE = regex.compile(
    r"^\W*(?:subscribe(?: now| today| for| to)?|subscription|already (?:a )?(?:subscriber|member)"
    r"|(?:sign|log) ?(?:in|up|out)|register|create (?:a |your )?(?:free )?account|my account"
    r"|to continue reading|continue reading|unlock|free trial|start your trial|become a subscriber"
    r"|get (?:full|unlimited|digital) access|jetzt abonnieren|abonnieren|anmelden|abmelden"
    r"|abonnez-vous|se connecter|connexion|suscr[ií]bete|iniciar sesión|assine|entrar"
    r"|abbonati|accedi)\b",
    _I,
)

# Ad-blocker notices. Matches "Please disable your ad blocker"; not "blocked ads".
ADBLOCK_RE = regex.compile(
    r"\bad[- ]?block(?:er|ers|ing)?\b|\bwhitelist (?:us|our site)\b|\bwerbeblocker\b"
    r"|\bbloqueur de pub|\bbloqueador de anuncios\b|\bblocco degli annunci\b",
    _I,
)

# Footer and copyright lines. Matches "© 2019 Hearst Communications, Inc.", "Privacy Policy",
# "Alle Rechte vorbehalten"; not "the copyright case".
FOOTER_RE = regex.compile(
    r"©|\(c\) ?\d{4}|\bcopyright\b.{0,30}\d{4}|\ball rights reserved\b|\balle rechte vorbehalten\b"
    r"|\bsubject to copyright\b|\bno part (?:of this \w+ )?may be reproduced\b"
    r"|\btous droits réservés\b|\btodos los derechos reservados\b|\btodos os direitos reservados\b"
    r"|\btutti i diritti riservati\b|^\W*(?:privacy (?:policy|notice|statement)|terms (?:of "
    r"(?:use|service)|and conditions)|cookie policy|contact us|about us|advertise with us"
    r"|impressum|datenschutz(?:erklärung)?|mentions légales|aviso legal|política de privacidad"
    r"|política de privacidade|sitemap|site map|careers|accessibility|サイトマップ"
    r"|プライバシーポリシー|免責事項|お問い合わせ|運営者情報|隐私政策|联系我们|关于我们|版权所有)\W*$",
    _I,
)

_FOOTER_LINK = (
    r"(?:privacy(?: policy| notice| statement)?|terms(?: of (?:use|service)| and conditions)?"
    r"|cookie (?:policy|settings)|contact(?: us)?|about(?: us)?|advertise(?: with us)?|careers"
    r"|sitemap|site map|accessibility|help|faq|impressum|datenschutz|kontakt|agb"
    r"|mentions légales|aviso legal|rss|サイトマップ|プライバシーポリシー|免責事項|お問い合わせ"
    r"|隐私政策|联系我们|关于我们)"
)
# A line that is only a list of footer links. Matches "Privacy Policy, Terms of Use",
# "Contact Us/FAQ | Terms of Use | Privacy Policy"; not "Privacy matters, the court said".
FOOTER_LINKS_RE = regex.compile(
    rf"^\W*{_FOOTER_LINK}(?:\W*(?:[,|•·/]|and)\W*{_FOOTER_LINK})+\W*$", _I
)

# The header of a related, read-more or most-read list, or an inline "Read more:" teaser.
# Matches "Most Popular", "Related Articles", "READ MORE: Storm hits coast", "Lesen Sie auch";
# not "Related to the case, police said".
RELATED_RE = regex.compile(
    r"^\W*(?:related(?: articles| stories| content| coverage| posts| news| topics| links)?"
    r"|read (?:more|next|also)|more (?:from|on|stories|news|in|to explore)\b.{0,40}"
    r"|most (?:popular|read|viewed|shared|commented)(?: (?:in|on) .{1,30})?"
    r"|(?:we )?recommend(?:ed)?(?: for you| stories)?|(?:previous|next|prev) (?:article|story|post)"
    r"|our latest(?: stories| news| articles)?|(?:read )?more from (?:this|the) (?:author|writer)"
    r".{0,40}|read more from .{1,40}"
    r"|you (?:may|might) (?:also )?(?:like|be interested in)|trending(?: now| stories)?"
    r"|popular(?: now| stories)?|top stories(?: in \w+)?|editor'?s? picks|see also|also read|up next"
    r"|what to read next|latest(?: news| stories)?|more headlines|more top stories"
    r"|weitere artikel|mehr zum thema|das könnte sie auch interessieren|lesen sie auch"
    r"|à lire aussi|lire aussi|sur le même sujet|leia também|leia mais|veja também"
    r"|relacionad[oa]s|te puede interesar|más noticias|leggi anche|potrebbe interessarti"
    r"|関連記事|人気記事.{0,6}|新着記事|最新記事|おすすめ記事|相关文章|相关阅读|热门文章|最新文章|推荐阅读"
    r"|baca juga|explore further|further reading|read these next|more (?-i:\p{Lu})\w+(?: (?-i:\p{Lu})\w+){0,3}"
    r"|you (?:may|might) also be interested in|don'?t miss)\W*$"
    r"|^\W*(?:tags?|topics?|filed under|schlagwörter|themen|étiquettes|etiquetas|tópicos"
    r"|argomenti)\b\s*:?\s*\S"
    r"|^\W*(?:read more|see more|also|related|see also|also read|read also|lesen sie auch|lire aussi"
    r"|leia também|leggi anche|baca juga)\s*[:»›|-]\s*\S",
    _I,
)

# A comments section header or prompt. Matches "View Comments", "12 Comments",
# "Leave a Reply", "Join the conversation", "{ 17 comments… read them below or add one }";
# not "comments from the minister", "12 comments were read out".
COMMENTS_RE = regex.compile(
    r"^\W*(?:\d+\s+)?(?:comments?|kommentare?|commentaires?|comentarios?|comentários?"
    r"|commenti|komentar)\W*$"
    r"|^\W*(?:leave|post|add|write|view|show|load|see|read) (?:a |the |all |\d+ )?(?:comments?"
    r"|reply|replies|response)\b"
    r"|^\W*join the (?:conversation|discussion)|\bcomments are closed\b"
    r"|^\W*(?:log|sign) in to (?:comment|reply)|^\W*reply\W*$|^\W*report (?:comment|abuse)\W*$"
    r"|^\W*\d+ (?:responses|replies|comments|reactions|thoughts) (?:to|on)\b|\bcomments? feed\b"
    # A comment count that opens a prompt: "{ 17 comments… read them below or add one }".
    r"|^\W*\d+ (?:comments?|responses?|replies)\W+(?:read|add|leave|post|join)\b",
    _I,
)

# An image caption or credit. Matches "Photo: Damian Dovarganes, AP", "Image 1 of 23",
# "(AP Photo/John Locher)", "Back to Gallery"; not "the photo showed".
CAPTION_RE = regex.compile(
    r"^\W*image copyright\b|\b(?:submitted|file|staff|handout|contributed) (?:photo|image)\b"
    r"|^\W*(?-i:(?:\p{Lu}[\w.'’-]+ ){1,3}\p{Lu}[\w.'’-]+/\p{Lu}[\w.&-]+)\W*$"
    r"|^\W*(?:photo|image|picture|credit|source|foto|bild|quelle|crédit|fuente|imagem|fonte"
    r"|video)s?\s*(?:credit)?\s*:"
    r"|\((?:[^()]*\b(?:photo|image|foto|credit|getty|reuters|afp|shutterstock)\b[^()]*)\)\W*$"
    r"|\bgetty images\b|\bap photo\b|\bshutterstock\b|\bistock\b|\bimago\b"
    r"|^\W*(?:image|photo|slide|picture) \d+ (?:of|/) ?\d+\W*$|^\W*\d+ ?/ ?\d+\W*$"
    r"|^\W*(?:caption|close|enlarge|expand|gallery|view gallery|back to gallery|hide caption"
    r"|toggle caption|show caption|fullscreen|full screen|zoom|play video|watch video"
    r"|next|previous|prev)\W*$",
    _I,
)

# The header of an author box. Matches "About the Author", "Über Moritz Bachmann",
# "À propos de l'auteur"; not "About the war".
AUTHOR_BOX_RE = regex.compile(
    r"^\W*(?:about the authors?|about (?-i:\p{Lu})\w+(?: (?-i:\p{Lu})\w+){1,2}"
    r"|über (?:den autor|die autorin|(?-i:\p{Lu})\w+(?: (?-i:\p{Lu})\w+){1,2})"
    r"|à propos de l'auteur|sobre (?:o|el) autor|l'autore|more (?:articles |stories )?by "
    r"(?-i:\p{Lu})\w+(?: (?-i:\p{Lu})\w+){0,2})\W*$",
    _I,
)

# Text of the page's interface standing alone: menus, search boxes, buttons.
# Matches "Menu", "Skip to content", "Search for:", "Zurück zur Übersicht"; not "Menu prices".
INTERFACE_RE = regex.compile(
    r"^\W*(?:(?:main )?menu|search(?: for)?|skip to (?:main )?(?:content|navigation)"
    r"|toggle (?:navigation|menu)|(?:open|close) menu|back to top|scroll to top|loading"
    r"|show more|load more|see more|view all|cancel|submit|suche|menü|rechercher|buscar"
    r"|learn more|read more|mehr erfahren|weiterlesen|en savoir plus|lire la suite|saiba mais"
    r"|leia mais|leer más|scopri di più|continua a leggere|share by (?:e-?mail|mail)"
    r"|pesquisar|cerca|zurück(?: zur übersicht)?|retour|volver|voltar|indietro|×|✕)\W*$",
    _I,
)
