"""Phrases of dates and bylines: months, date words, the openers of a byline."""

from __future__ import annotations

from functools import lru_cache

from ..lazy_pattern import lazy_compile
from .build import _I, PhraseTable, _alternation, _kind, _register, _words

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
    "nl": (
        r"januari",
        r"februari",
        r"maart",
        r"mei",
        r"augustus",
    ),
    "id": (
        r"maret",
        r"agustus",
        r"desember",
    ),
}
_MONTHS = _alternation(MONTH_PHRASES)

# A date with its day and year, the month in words. Matches "October 26, 2012", "3 mai 2012",
# "Nov. 5th 2012"; not "October 2012", "26 people".
FULL_DATE_RE = lazy_compile(
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
    # Korean writes the month's number and its unit as one word ("3월")
    "ko": (
        r"\d{1,2}월",
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
    # the year, the day, the hour and the minute with their units ("2025년", "14일", "3시")
    "ko": (
        r"\d{2,4}년",
        r"\d{1,2}일",
        r"\d{1,2}시",
        r"\d{1,2}분",
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
DATE_ANCHOR_RE = lazy_compile(rf"^(?:{_MONTHS}|{_alternation(DATE_ANCHOR_PHRASES)})$", _I)

# A word of a date or time line. Matches "Nov", "18", "2019", "pm", "ET", "Updated"; not "9:24"
# (no word: its words are "9" and "24").
DATE_TOKEN_RE = lazy_compile(
    rf"^(?:{_MONTHS}|{_alternation(DATE_ANCHOR_PHRASES)}|{_alternation(DATE_WORD_PHRASES)})$", _I
)

# Month names of more languages, as whole words (the forms dates use: Polish "maja",
# Russian "мая"), looked up in a set, word by word: not in FULL_DATE_RE, which runs on
# every block. A name MONTH_PHRASES already matches is left out.
MONTH_WORD_PHRASES: PhraseTable = {
    "da": ("marts", "maj", "okt"),
    "nb": ("okt",),
    "sv": ("maj", "augusti", "okt"),
    "ca": ("gener", "febrer", "març", "maig", "juny", "juliol", "agost", "setembre", "desembre"),
    "pl": (
        "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
        "września", "października", "listopada", "grudnia", "styczeń", "luty", "marzec",
        "kwiecień", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "grudzień",
    ),
    "cs": (
        "ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září",
        "října", "listopadu", "prosince", "leden", "únor", "březen", "duben", "květen", "červen",
        "červenec", "srpen", "říjen", "listopad", "prosinec",
    ),
    "sk": (
        "januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra",
        "októbra", "novembra", "decembra", "január", "február", "marec", "apríl", "máj", "jún",
        "júl", "október",
    ),
    "hr": (
        "siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza",
        "rujna", "listopada", "studenoga", "studenog", "prosinca", "siječanj", "veljača", "ožujak",
        "travanj", "svibanj", "lipanj", "srpanj", "kolovoz", "rujan", "studeni", "prosinac",
    ),
    "lt": (
        "sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio",
        "rugsėjo", "spalio", "lapkričio", "gruodžio",
    ),
    "hu": (
        "január", "február", "március", "április", "május", "június", "július", "augusztus",
        "szeptember", "október",
    ),
    "ro": (
        "ianuarie", "februarie", "martie", "aprilie", "iunie", "iulie", "septembrie", "octombrie",
        "noiembrie", "decembrie",
    ),
    "fi": (
        "tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta",
        "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta",
    ),
    "ru": (
        "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
        "октября", "ноября", "декабря",
    ),
    "uk": (
        "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня",
        "жовтня", "листопада", "грудня",
    ),
    "bg": (
        "януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември",
        "октомври", "ноември", "декември",
    ),
    "el": (
        "ιανουαρίου", "φεβρουαρίου", "μαρτίου", "απριλίου", "μαΐου", "ιουνίου", "ιουλίου",
        "αυγούστου", "σεπτεμβρίου", "οκτωβρίου", "νοεμβρίου", "δεκεμβρίου",
    ),
    "tr": (
        "ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim",
        "kasım", "aralık",
    ),
    "ms": ("mac", "julai", "ogos", "disember"),
    "sw": ("machi", "aprili", "julai", "agosti", "septemba", "oktoba", "novemba", "desemba"),
    "ar": (
        "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
        "نوفمبر", "ديسمبر",
    ),
    "ur": (
        "جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر",
        "نومبر", "دسمبر",
    ),
}
# "Published" and "updated" in more languages, as whole words: like a month, one makes
# a line with a figure a date line.
DATE_STAMP_WORD_PHRASES: PhraseTable = {
    "nl": ("gepubliceerd", "bijgewerkt"),
    "da": ("publiceret", "opdateret"),
    "nb": ("publisert", "oppdatert"),
    "sv": ("publicerad", "uppdaterad"),
    "ca": ("publicat", "actualitzat"),
    "pl": ("opublikowano", "zaktualizowano", "aktualizacja"),
    "cs": ("publikováno", "aktualizováno"),
    "sk": ("publikované", "aktualizované"),
    "hr": ("objavljeno", "ažurirano"),
    "lt": ("paskelbta", "atnaujinta"),
    "hu": ("közzétéve", "frissítve"),
    "ro": ("publicat", "actualizat"),
    "fi": ("julkaistu", "päivitetty"),
    "ru": ("опубликовано", "обновлено"),
    "uk": ("опубліковано", "оновлено"),
    "bg": ("публикувано", "обновено"),
    "tr": ("yayınlanma", "güncelleme"),
    "ms": ("diterbitkan",),
    "sw": ("imechapishwa",),
    "ko": ("입력", "수정", "기사입력", "최종수정", "업데이트"),
}
# The units of a Chinese or Japanese date, each a word of its own ("2025年11月21日": a
# character is a word there): the year and the month make a line with a figure a date line.
DATE_UNIT_WORD_PHRASES: PhraseTable = {
    "zh": ("年", "月"),
    "ja": ("年", "月"),
}
# The words between a date and its time in more languages ("12. marts 2025 kl. 06.00",
# "8. júla 2025 o 6:00"): words of a date line, not enough to make one.
DATE_JOINER_WORD_PHRASES: PhraseTable = {
    "da": ("kl",),
    "nb": ("kl",),
    "sv": ("kl",),
    "fi": ("klo",),
    "cs": ("v",),
    "sk": ("o",),
    "hr": ("u",),
    "pl": ("o",),
    "ru": ("в",),
    "uk": ("о",),
    "bg": ("в",),
    "ms": ("pagi", "petang", "malam"),
    "ca": ("les",),
    "fr": ("à",),
    "sw": ("saa",),
    # the day, the hour, minute and second, "a.m."/"p.m." (上午, 午前: "noon" with "before"),
    # the weekday (星期一, 月曜日), after the year and the month
    "zh": ("日", "号", "時", "时", "分", "秒", "午", "星", "期", "周"),
    "ja": ("日", "時", "分", "秒", "午", "曜"),
    "ko": ("오전", "오후"),
}

#: The month names, stamp words and date units of :data:`MONTH_WORD_PHRASES`,
#: :data:`DATE_STAMP_WORD_PHRASES` and :data:`DATE_UNIT_WORD_PHRASES`, in lower case: words
#: that make a line a date line.
DATE_ANCHOR_WORDS = (
    _words("MONTH_WORD_PHRASES", "DATE_ANCHOR_WORDS", MONTH_WORD_PHRASES)
    | _words("DATE_STAMP_WORD_PHRASES", "DATE_ANCHOR_WORDS", DATE_STAMP_WORD_PHRASES)
    | _words("DATE_UNIT_WORD_PHRASES", "DATE_ANCHOR_WORDS", DATE_UNIT_WORD_PHRASES)
)
#: ... and with them the joiners of :data:`DATE_JOINER_WORD_PHRASES`: words of a date line.
DATE_TOKEN_WORDS = DATE_ANCHOR_WORDS | _words(
    "DATE_JOINER_WORD_PHRASES", "DATE_TOKEN_WORDS", DATE_JOINER_WORD_PHRASES
)


#: Distinct words whose date-word tests are remembered (words repeat across lines and pages).
WORD_CACHE_SIZE = 1 << 16


@lru_cache(maxsize=WORD_CACHE_SIZE)
def is_date_anchor(word: str) -> bool:
    """Whether ``word`` makes a line with a figure a date line: a month, a weekday, a time
    of day, a duration, "published" (:data:`DATE_ANCHOR_RE`, :data:`DATE_ANCHOR_WORDS`).

    >>> is_date_anchor("Nov"), is_date_anchor("marts"), is_date_anchor("2019")
    (True, True, False)
    """
    return word.lower() in DATE_ANCHOR_WORDS or DATE_ANCHOR_RE.match(word) is not None


@lru_cache(maxsize=WORD_CACHE_SIZE)
def is_date_token(word: str) -> bool:
    """Whether ``word`` is a word of a date or time line (:data:`DATE_TOKEN_RE`,
    :data:`DATE_TOKEN_WORDS`).

    >>> is_date_token("18"), is_date_token("kl"), is_date_token("rain")
    (True, True, False)
    """
    return word.lower() in DATE_TOKEN_WORDS or DATE_TOKEN_RE.match(word) is not None


# The words that open a byline, and a blog platform's "Posted by" in its languages
# ("Postado por", "Geplaatst door", "Eingestellt von").
BYLINE_PHRASES: PhraseTable = {
    "en": (
        r"(?:posted|published|written|story|words|reporting|photos?|video|interview|edited|researched|reported|compiled|produced) by:?",
        r"by",
    ),
    "de": (
        r"von",
        r"text:",
        r"(?:eingestellt|veröffentlicht|geschrieben|gepostet|verfasst) von",
    ),
    "fr": (
        r"par",
        r"(?:publié|posté|écrit|rédigé)e? par",
    ),
    "es": (
        r"por",
        r"texto:",
        r"(?:publicad|escrit|postead)[oa] por",
    ),
    "pt": (
        r"por",
        r"texto:",
        r"(?:postad|publicad|escrit)[oa] por",
    ),
    "it": (
        r"di",
        r"(?:pubblicat|scritt|postat|inviat)[oa] da",
    ),
    "nl": (
        r"door",
        r"(?:geplaatst|gepost|geschreven) door",
    ),
    "pl": (
        r"(?:opublikowan[oey]|napisan[oey]|dodan[oey]) przez",
        # (and of Croatian, Czech, Slovak, Romanian, Portuguese and Spanish pages)
        r"autor:",
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
# The particles of names, in lower case before the name they belong to ("Pieter de Vries",
# "Ursula von der Leyen", "José da Silva", "Ahmad al-Rashid").
_NAME_PARTICLES: PhraseTable = {
    "any": ("van", "von", "de", "der", "den", "del", "della", "di", "da", "das", "dos", "du",
            "la", "le", "ten", "ter", "zu", "bin", "ibn", "al", "el"),
}
_PARTICLE = _alternation(_NAME_PARTICLES)
# The words that open the date after a byline ("By Jane Doe, published on ...").
_BYLINE_DATE_WORDS: PhraseTable = {
    "en": ("published", "on"),
    "de": ("publiziert", "veröffentlicht", "am"),
    "fr": ("publié", "le"),
    "es": ("publicado", "el"),
    "pt": ("publicado", "em"),
    "it": ("pubblicato", "il"),
}
# The words that join a byline's names to the time of posting, a figure after them
# ("Postado por Fernanda às 16:20", "Geplaatst door Jeroen op 3 november 2009"): a blog
# platform's byline. Not English "at": Blogger's "Posted by Jo at 4:00 AM" closes the post,
# above its labels and comments, where a byline's label would make it the furniture that
# ends the article, and a closing list above it went with it.
_BYLINE_TIME_WORDS: PhraseTable = {
    "de": ("um", "am"),
    "fr": ("à", "le"),
    "es": ("a las", "en", "el"),
    "pt": ("às", "em"),
    "it": ("alle", "il"),
    "nl": ("om", "op"),
    "pl": ("o", "dnia"),
}
# A byline. Matches "By Bryan DeArdo", "von Anna Schmidt", "Por María López | Reuters",
# "Door Pieter de Vries", "Postado por Fernanda às 16:20"; not "By the end of the year",
# "Por la mañana", "Postado por Fernanda às vezes".
BYLINE_RE = lazy_compile(
    _kind(
        "BYLINE_PHRASES", "BYLINE_RE", BYLINE_PHRASES, r"^(?:",
        # Each name is taken whole (an atomic group) and a joiner only as a word, so a run
        # of capitals has one reading, not one per way of cutting it into names. (The
        # spaces after the label are possessive, as an atomic group would take them: the
        # prefilter sees the word edge there, so "di" and "par" are whole words, not looked
        # for on a page without them, nor on every line with "di" inside a word.)
        r")\s++(?:(?>(?-i:\p{Lu})[\w.'’-]*)|(?:" + _alternation(_BYLINE_JOINERS)
        # the particles before a name, taken whole (a run of them is read once), and only
        # before the name they belong to
        + r")(?!\w)|(?>(?:" + _PARTICLE + r")(?!\w)(?:\s+(?:" + _PARTICLE + r")(?!\w))*)"
        + r"(?:-|\s+)(?=(?-i:\p{Lu}))|,|\s)+"
        r"(?:\s*[|,•·–—-]\s*.{0,60})?"
        r"(?:\s+(?:" + _alternation(_BYLINE_DATE_WORDS) + r")\b.{0,60}"
        r"|\s+(?:" + _alternation(_BYLINE_TIME_WORDS) + r")\s+\d.{0,60})?$",
    ),
    _I,
)


# Bylines in scripts without capital letters, where a role word, not "by", tells the name:
# a Chinese editor's or reporter's line ("责任编辑：张明", "记者 王强 李明"), the source a
# Chinese article names ("来源：新华网"), a Korean reporter's line with the address
# ("박지훈 기자 jhpark@example.com"); and a newsroom's signature that names no one, alone
# on its line ("Redacción", "Redazione").
BYLINE_CREDIT_PHRASES: PhraseTable = {
    "zh": (
        r"(?:责任编辑|責任編輯|编辑|編輯|记者|記者|作者|通讯员|通訊員|撰文)(?>\s*[:：/／|｜]\s*|\s+)"
        r"\p{Han}{2,4}(?:(?>[\s、]+)\p{Han}{2,4}){0,3}",
        r"(?:来源|來源)\s*[:：]\s*\S{2,12}",
    ),
    "ko": (
        # (the space and the mark before the address taken whole: two runs of spaces side
        # by side would be tried every way they can share a long run of spaces)
        r"\p{Hangul}{2,4} ?(?:기자|특파원|선임기자|객원기자)(?:(?>\s*(?:[=,/]\s*)?)[\w.+-]+@[\w.-]+)?",
    ),
    # A newsroom's signature alone on its line, under a brief that no one signs.
    "es": (
        r"redacci[oó]n",
    ),
    "it": (
        r"(?:la )?redazione",
    ),
    "pt": (
        r"reda[cç][aã]o",
    ),
    "fr": (
        r"la r[ée]daction",
    ),
    "nl": (
        r"(?:de )?redactie",
    ),
}
# A date in figures, and its time, before the credits on a Chinese news page's line under the
# headline ("2026-04-09 08:35　来源：新华网　作者：周晓燕").
_CREDIT_DATE = r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s+)?"
# A byline of BYLINE_CREDIT_PHRASES, the line's whole text, or several of them after a
# date. Matches "责任编辑：张明", "2026-04-09 08:35 来源：新华网 作者：周晓燕", "박지훈 기자
# jhpark@donghae.example", "Redacción"; not "记者会见上，市长说", "기자회견에서 시장은 말했다",
# "La redacción decidió publicar la carta".
BYLINE_CREDIT_RE = lazy_compile(
    _kind("BYLINE_CREDIT_PHRASES", "BYLINE_CREDIT_RE", BYLINE_CREDIT_PHRASES,
          r"^\W*" + _CREDIT_DATE + r"(?:",
          r")(?:\s+(?:" + _alternation(BYLINE_CREDIT_PHRASES) + r"))*\W*$"),
    _I,
)
