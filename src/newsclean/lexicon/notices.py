"""Phrases of notices and footers: consent, subscription and ad-blocker notices, footer lines
and footer links."""

from __future__ import annotations

from ..lazy_pattern import lazy_compile
from .build import _I, PhraseTable, _kind

CONSENT_PHRASES: PhraseTable = {
    "en": (
        # (cookies, plural: a cookie sheet, a cookie jar is the kitchen's; the singular
        # names a notice only right before its subject: "Cookie settings")
        r"\bcookies\b.{0,80}\b(?:use|uses|using|accept|consent|policy|settings|preferences|experience)\b",
        r"\bcookie (?:policy|settings|preferences|consent)\b",
        r"\b(?:use|uses|using|accept)\b.{0,40}\bcookies\b",
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
CONSENT_RE = lazy_compile(_kind("CONSENT_PHRASES", "CONSENT_RE", CONSENT_PHRASES), _I)

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
    "nl": (
        r"inloggen",
        r"registreren",
        r"word abonnee",
    ),
    "pl": (
        r"zaloguj(?: się)?",
        r"zarejestruj(?: się)?",
        r"wyloguj(?: się)?",
    ),
    "ru": (
        r"войти",
        r"регистрация",
        r"зарегистрироваться",
    ),
    "ar": (
        r"تسجيل الدخول",
    ),
}
# Subscription walls, sign-in and account prompts.
# Matches "Subscribe now", "Already a subscriber? Log in", "Jetzt abonnieren"; not
# "subscribers rose 5%".
SUBSCRIPTION_RE = lazy_compile(
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
ADBLOCK_RE = lazy_compile(_kind("ADBLOCK_PHRASES", "ADBLOCK_RE", ADBLOCK_PHRASES), _I)

# What a page prints where its scripts do not run: a player, a slideshow, a comment widget
# (Disqus's "Please enable JavaScript to view the comments powered by Disqus.").
SCRIPT_NOTICE_PHRASES: PhraseTable = {
    "en": (
        r"\b(?:enable|turn on|switch on|activate) (?:your )?javascript\b",
        r"\bjavascript (?:is|has been) (?:not enabled|disabled|turned off|switched off)\b",
        r"\b(?:requires?|needs) javascript\b",
        r"\bjavascript (?:is|must be) (?:required|enabled)\b",
    ),
    "de": (
        r"\bjavascript (?:aktivieren|einschalten)\b",
        r"\baktivieren sie (?:bitte )?javascript\b",
        r"\bjavascript (?:ist )?deaktiviert\b",
    ),
    "fr": (
        r"\bactive[rz]? (?:le |votre )?javascript\b",
        r"\bjavascript est désactivé\b",
    ),
    "es": (
        r"\b(?:habilit|activ)(?:e|a|ar) (?:el )?javascript\b",
        r"\bjavascript (?:está )?desactivado\b",
    ),
    "pt": (
        r"\b(?:habilit|ativ)(?:e|ar) (?:o )?javascript\b",
        r"\bjavascript (?:está )?desativado\b",
    ),
    "it": (
        r"\b(?:abilita|attiva)(?:re)? (?:il )?javascript\b",
        r"\bjavascript (?:è )?disabilitato\b",
    ),
    # no word boundary between kana or hanzi and a Latin word: both are letters
    "ja": (
        r"javascript ?(?:が|は)(?:無効|オフ)",
        r"javascript ?(?:を|の設定を)(?:有効|オン)に",
    ),
    "zh": (
        r"(?:启用|開啟|开启|打开|啟用) ?javascript",
        r"javascript ?(?:已被?|被)?(?:禁用|停用)",
    ),
}
# A notice that the page needs JavaScript. Matches "Please enable JavaScript to view the
# comments", "This slideshow requires JavaScript.", "Javascript is disabled in your
# browser"; not "JavaScript frameworks".
SCRIPT_NOTICE_RE = lazy_compile(
    _kind("SCRIPT_NOTICE_PHRASES", "SCRIPT_NOTICE_RE", SCRIPT_NOTICE_PHRASES), _I
)
# What makes a line about JavaScript a notice to the reader: a request, the reader's
# browser, what the script would let them do, or the part of the page that needs it.
SCRIPT_APPEAL_PHRASES: PhraseTable = {
    "en": (
        r"please",
        r"browser",
        r"to (?:view|see|play|use|load|post|comment|read|watch|search)",
        r"(?:this|the) (?:slideshow|video|player|media|content|page|site|feature|gallery"
        r"|map|form|comments?)",
    ),
    "de": (
        r"bitte",
        r"browser",
    ),
    "fr": (
        r"veuillez",
        r"navigateur",
    ),
    "es": (
        r"por favor",
        r"navegador",
    ),
    "pt": (
        r"por favor",
        r"navegador",
    ),
    "it": (
        r"per favore",
        r"browser",
    ),
    "ja": (
        r"ください",
        r"ブラウザ",
    ),
    "zh": (
        r"请",
        r"請",
        r"浏览器",
        r"瀏覽器",
    ),
}
# Matches "please", "your browser", "to view the comments", "This slideshow"; not "to test
# the app".
SCRIPT_APPEAL_RE = lazy_compile(
    _kind("SCRIPT_APPEAL_PHRASES", "SCRIPT_APPEAL_RE", SCRIPT_APPEAL_PHRASES,
          # a word of a Latin script stands alone; kana and hanzi stand among letters
          r"(?<![a-z0-9_])(?:", r")(?![a-z0-9_])"),
    _I,
)

# The formula that reserves a publisher's rights: in a footer line, and a page's notice.
RIGHTS_RESERVED_PHRASES: PhraseTable = {
    "en": (r"\ball rights reserved\b",),
    "de": (r"\balle rechte vorbehalten\b",),
    "fr": (r"\btous droits réservés\b",),
    "es": (r"\btodos los derechos reservados\b",),
    "pt": (r"\btodos os direitos reservados\b",),
    "it": (r"\btutti i diritti riservati\b",),
    "nl": (r"\balle rechten voorbehouden\b",),
    "pl": (r"\bwszelkie prawa zastrzeżone\b",),
    "ru": (r"\bвсе права защищены\b",),
    "id": (r"\bhak cipta dilindungi\b",),
    "ar": (r"جميع الحقوق محفوظة",),
    "el": (r"με την επιφύλαξη παντός δικαιώματος", r"όλα τα δικαιώματα (?:διατηρούνται|κατοχυρωμένα)"),
    "he": (r"כל הזכויות שמורות",),
    "fa": (r"(?:کلیه|تمامی) حقوق",),
    "th": (r"สงวนลิขสิทธิ์",),
    "vi": (r"\bbản quyền thuộc về\b",),
    "uk": (r"\b(?:усі|всі) права захищен[оі]\b",),
    "cs": (r"\bvšechna práva vyhrazena\b",),
    "hu": (r"\bminden jog fenntartva\b",),
    "ro": (r"\btoate drepturile rezervate\b",),
    "fi": (r"\bkaikki oikeudet pidätetään\b",),
    "da": (r"\balle rettigheder forbeholdes\b",),
    "nb": (r"\balle rettigheter (?:reservert|forbeholdt)\b",),
    "ca": (r"\btots els drets reservats\b",),
    "bn": (r"সর্বস্বত্ব সংরক্ষিত",),
    "ta": (r"அனைத்து உரிமைகளும் (?:பாதுகாக்கப்பட்டவை|பதிவு செய்யப்பட்டவை)",),
    "ur": (r"جملہ حقوق محفوظ",),
    "sw": (r"\bhaki zote zimehifadhiwa\b",),
    "ms": (r"\bhak cipta terpelihara\b",),
    "sk": (r"\bvšetky práva vyhradené\b",),
    "bg": (r"\bвсички права (?:са )?запазени\b",),
    "hr": (r"\bsva prava (?:pridržana|zadržana)\b",),
    "lt": (r"\bvisos teisės saugomos\b",),
    # "unauthorised reproduction (and redistribution) prohibited", the formula of Chinese,
    # Japanese and Korean publishers
    "zh": (r"版权所有", r"版權所有", r"未经(?:授权|许可)[，,]?(?:不得|禁止|严禁)(?:转载|复制)"),
    "ja": (r"無断(?:転載|複製|転用)\S{0,12}?(?:禁じ|禁止)",),
    "ko": (r"무단 ?(?:전재|복제)\W{0,3}(?:및 ?)?재배포 ?금지",),
}

# Copyright marks and notices, anywhere in a short line.
FOOTER_MARK_PHRASES: PhraseTable = {
    "any": (
        r"©",
        r"ⓒ",  # the circled letter, as Korean publishers write the sign
        r"\(c\) ?\d{4}",
    ),
    "en": (
        r"\bcopyright\b.{0,30}\d{4}",
        *RIGHTS_RESERVED_PHRASES["en"],
        r"\bsubject to copyright\b",
        r"\bno part (?:of this \w+ )?may be reproduced\b",
        r"\bconstitutes (?:your )?acceptance of (?:our|the|its)\b",
        # a reprint service's notice (Dow Jones's, Reuters's), each formula from a word that
        # few pages have, so that most are not searched for it at all (see prefilter.py)
        r"\bnon-commercial use only\b",
        r"\bpresentation-ready copies\b",
        r"\breprint of this article\b",
        # a publisher's disclaimer under an opinion piece or a market report
        r"\bthe views (?:and opinions )?expressed (?:in|on) (?:this|these) (?:article|column"
        r"|piece|post|blog|page|site)s? (?:are|is) (?:solely |entirely )?(?:those of|the "
        r"(?:author|writer)|my own|his own|her own|their own)",
        r"\b(?:this|the) (?:article|content|information|material) (?:is|are) (?:provided )?"
        r"for (?:general )?information(?:al)?(?: purposes)? only\b",
    ),
    "de": RIGHTS_RESERVED_PHRASES["de"],
    "fr": RIGHTS_RESERVED_PHRASES["fr"],
    "es": RIGHTS_RESERVED_PHRASES["es"],
    "pt": RIGHTS_RESERVED_PHRASES["pt"],
    "it": RIGHTS_RESERVED_PHRASES["it"],
    "zh": RIGHTS_RESERVED_PHRASES["zh"],
    "ja": RIGHTS_RESERVED_PHRASES["ja"],
    "ko": RIGHTS_RESERVED_PHRASES["ko"],
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
        # a blogging platform's credit
        r"(?:proudly )?powered by (?:wordpress(?:\.com)?(?: vip)?|blogger|tumblr|typepad"
        r"|movable type|drupal|ghost)",
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
FOOTER_RE = lazy_compile(
    _kind("FOOTER_MARK_PHRASES", "FOOTER_RE", FOOTER_MARK_PHRASES)
    + "|"
    + _kind("FOOTER_LINE_PHRASES", "FOOTER_RE", FOOTER_LINE_PHRASES, r"^\W*(?:", r")\W*$"),
    _I,
)

# A page's copyright notice: a copyright mark and, after it, a year, or the formula that
# reserves the rights; not a picture's credit (a mark in parentheses, or a line that names an
# image or a photo). Matches "© 2008 owned by or licensed to Trinity Mirror", "Copyright PA
# Sport 2008, All Rights Reserved", "(c) 2008, The Miami Herald.", "© All rights reserved.";
# not "(Image: © NASA 2019)", "© 2019 Getty Images", "© REUTERS / POOL", "the copyright case
# was settled in 2019".
COPYRIGHT_NOTICE_RE = lazy_compile(
    r"^(?!.*\b(?:images?|photos?|pictures?|fotos?|bild(?:er)?|imagens?|immagini)\b)"
    r"(?:[^(]*?(?:©|ⓒ|\(c\)|\bcopyright\b(?!(?-i:\s+[a-z]))).{0,60}?\b(?:19|20)\d\d\b|.*?"
    + _kind("RIGHTS_RESERVED_PHRASES", "COPYRIGHT_NOTICE_RE", RIGHTS_RESERVED_PHRASES, r"(?:",
            r")")
    + ")",
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
    "nl": (
        r"privacybeleid",
        r"privacyverklaring",
        r"colofon",
        r"algemene voorwaarden",
        r"over ons",
    ),
    "pl": (
        r"polityka prywatności",
        r"regulamin",
        r"o nas",
    ),
    "ru": (
        r"политика конфиденциальности",
        r"контакты",
        r"о нас",
    ),
    "id": (
        r"kebijakan privasi",
        r"pedoman media siber",
        r"tentang kami",
    ),
    "ar": (
        r"سياسة الخصوصية",
        r"اتصل بنا",
        r"من نحن",
        r"شروط الاستخدام",
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
FOOTER_LINKS_RE = lazy_compile(
    rf"^\W*{_FOOTER_LINK}(?:{_FOOTER_SEPARATOR}{_FOOTER_LINK})+\W*$", _I
)

