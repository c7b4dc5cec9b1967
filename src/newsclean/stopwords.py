"""Function words of the languages newsclean has lexicons for, to tell prose from lists.

Running text is full of short function words ("the", "of", "und", "que"); menus, headline
lists and labels have few. The share of a block's words that are function words (its
stop-word density) is evidence that needs no knowledge of the topic. A document is matched to
the language whose list its text hits most; in a language without a list the density is
simply not used.

>>> language_of("The cat sat on the mat and looked at the dog.")
'en'
>>> round(stopword_density("the cat sat on the mat".split(), "en"), 2)
0.5
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

__all__ = ["STOPWORDS", "language_of", "stopword_density"]

STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        """a about after all also an and any are as at be been but by can could did do does for
        from had has have he her his how i if in into is it its just more most my no not of on
        one or our out over said says she so some than that the their them then there these
        they this those to under up was we were what when where which while who will with would
        you your""".split()
    ),
    "de": frozenset(
        """aber als am an auch auf aus bei bis das dass dem den der des die diese dieser doch
        durch ein eine einem einen einer es für hat hatte ich ihr im in ist ja kann mit nach
        nicht noch nur oder sich sie sind so um und uns von vor war was wie wir wird wurde zu
        zum zur über""".split()
    ),
    "fr": frozenset(
        """à au aux avec ce ces cette comme dans de des du elle en est et été il ils je la le les
        leur lui mais même ne nous on ont ou par pas plus pour qu que qui sa se ses son sont sur
        un une vous y était aussi après avant""".split()
    ),
    "es": frozenset(
        """a al como con de del el ella en entre era es esta este fue ha hay la las le lo los más
        me mi muy no nos o para pero por que se ser si sin sobre su sus también un una uno y ya
        está son han desde cuando""".split()
    ),
    "pt": frozenset(
        """a ao aos as com como da das de do dos e ela ele em entre era essa esse está foi há
        isso mais mas na nas no nos não o os ou para pela pelo por que se sem ser seu sua são
        também um uma já quando muito""".split()
    ),
    "it": frozenset(
        """a al alla anche che chi ci come con da dal dalla del della delle dei di e è gli ha
        hanno il in io la le lo ma ne nel nella non per più quando questo se si sono su sua suo
        tra tutti un una uno essere stato""".split()
    ),
    "id": frozenset(
        """ada adalah akan atau bahwa banyak bisa dalam dan dari dengan di ini itu juga kami
        kami kita ke kepada karena lebih mereka oleh pada saat sebagai sudah tidak untuk yang
        telah tersebut""".split()
    ),
    "nl": frozenset(
        """aan al als bij dan dat de deze die dit door een en er het hij in is je maar met naar
        niet nog of om ook op over te tot uit van voor was wat werd wordt ze zijn""".split()
    ),
    "ru": frozenset(
        """а бы был была были было в во вы да для до его её если есть же за и из или им их к как
        когда кто ли на над не него нет но о об он она они от по под при с со так также то
        только уже что это я""".split()
    ),
}

#: A text whose best language's words make up less than this share has no known language.
MIN_LANGUAGE_DENSITY = 0.08

#: The function words of every language: only these are counted (a lookup per word).
_ANY_STOPWORD = frozenset().union(*STOPWORDS.values())


def language_of(text: str, words: Sequence[str] | None = None) -> str | None:
    """The language whose function words ``text`` uses most, or None if none fits."""
    if words is None:
        words = text.split()
    words = words[:5000]
    if not words:
        return None
    lowered = Counter(filter(_ANY_STOPWORD.__contains__, map(str.lower, words)))
    best, best_hits = None, 0
    for lang, stop in STOPWORDS.items():
        hits = sum(map(lowered.__getitem__, filter(lowered.__contains__, stop)))
        if hits > best_hits:
            best, best_hits = lang, hits
    if best_hits < MIN_LANGUAGE_DENSITY * len(words):
        return None
    return best


def stopword_density(words: Sequence[str], language: str | None) -> float | None:
    """The share of ``words`` that are function words of ``language`` (None if unknown)."""
    if language is None or not words:
        return None
    stop = STOPWORDS[language]
    return sum(map(stop.__contains__, map(str.lower, words))) / len(words)
