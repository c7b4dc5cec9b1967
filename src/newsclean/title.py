"""The page's title line, and the heading further down that repeats its headline.

A scraper that reads a whole page puts the page's title first: ``Headline - Site``,
``Headline | Site``, ``Site » Headline``. The article's own heading repeats the headline
above the article, so where it stands tells where the article starts (see
:func:`newsclean.region.find_region`), whatever the page's other runs of text are.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress, count
from operator import and_

import regex

from .features import count_words

__all__ = ["TITLE_SEPARATOR_RE", "title_anchor"]

#: A page's title line (the HTML title a scraper puts first) is ``Headline - Site``; these
#: marks, with spaces around them, part the headline from the site's name, and so does an
#: underscore with or without them (``标题_科技_腾讯网``, ``Headline_English_Xinhua``: the
#: separator of many Chinese publishing systems). A separator starts where a run of spaces
#: does (or where the last one ended): tried from inside a long run, the run would be read
#: to its end again from each of its characters (a title line of 32,000 em spaces took half
#: a minute). The full-width vertical line parts them with or without spaces
#: (``今朝の富士山｜ゆるりカメラ日和``: the separator of Japanese blog hosts and news sites).
TITLE_SEPARATOR_RE = regex.compile(r"(?:(?<!\s)|\G)(?:\s+(?:[-|–—:»«·•~/]|::)\s+|\s*[_｜]\s*)")
# A site's name in brackets at the end of a title line. Matches " (from The Bolton News)",
# " (The Korea Times)"; not "(VIDEO) Storm".
SITE_IN_BRACKETS_RE = regex.compile(r"\s*\([^()]{1,60}\)\s*$")
# What a headline is not compared by: marks and spaces. A page's title line and its heading
# may spell quotes, apostrophes and dashes differently ("I’d" and "I'd", "15–Flash" and
# "15Flash"), or leave them out. Matches "’", " – ", ", "; not "é", "5".
_NOT_A_WORD_CHAR_RE = regex.compile(r"[\W_]+")
# The ASCII characters that pattern removes: all but the letters and digits.
_ASCII_NOT_IN_KEY = dict.fromkeys(i for i in range(128) if not chr(i).isalnum())
# A word of a headline: a run of letters. Matches "Chad" and "s" of "Chad’s"; not "15".
_WORD_RE = regex.compile(r"[^\W\d_]+")
#: The headline's longest words, of which a block that repeats it holds most.
QUICK_WORDS = 3
#: Words a headline has at least, to be looked for again on the page; a part of the title
#: other than its longest, where the page does not repeat that (a site's name), this many.
MIN_TITLE_WORDS, MIN_OTHER_PART_WORDS = 3, 2
#: Parts and characters of a title line up to which every run of its parts is a heading's
#: possible spelling (a title line is a headline and a site's name, not a paragraph).
MAX_TITLE_PARTS, MAX_TITLE_CHARS = 8, 300
#: Characters a block may differ in length from the headline and still repeat it: this
#: many, and this share of the headline's length (spaces, marks spelled otherwise, letters
#: that case folding spells out: "ß" becomes "ss").
TITLE_SLACK, TITLE_SLACK_SHARE = 4, 0.2


def _key(text: str) -> str:
    """What a headline is compared by: its letters and digits, case-folded.

    >>> _key("Chad’s World 15–Flash, Flash!") == _key("Chads World 15Flash, Flash")
    True
    >>> _key("Storm_hits the coast (2024)")
    'stormhitsthecoast2024'
    """
    folded = text.casefold()
    if folded.isascii():  # (a table deletes the rest at once: most titles are ASCII)
        return folded.translate(_ASCII_NOT_IN_KEY)
    return _NOT_A_WORD_CHAR_RE.sub("", folded)


def title_anchor(texts: Sequence[str]) -> int | None:
    """The block that repeats the headline of the page's title line, if any.

    A scraped page opens with its title (``Headline - Site``); the article's own heading,
    further down, repeats the headline, and the article starts right below it. The longest
    part of the title is taken as the headline (a site's name is shorter), and its first
    repetition as the heading; where the page does not repeat it, another part of two
    words or more (``The Curious Brain » La Muerte``: the site's name is the longer). A
    part other than the title's first, repeated right below the title line, is the site's
    name shown as a masthead where the page repeats another part further down.

    >>> title_anchor(["Storm hits the coast | Daily Planet", "Home", "Storm hits the coast", "It rained."])
    2
    >>> title_anchor(["Daily Planet", "Home", "Daily Planet"]) is None  # a name, no headline
    True
    >>> title_anchor(["I’d go again « Travel Notes", "I'd go again", "We went in May."])
    1
    >>> title_anchor(["Chads World 15Flash - Geek", "Home", "Chad’s World 15–Flash", "Chads World 15Flash"])
    2
    >>> title_anchor(["Pace star joins film (from The Bolton News)", "Home", "Pace star joins film"])
    2
    >>> title_anchor(["Four confirmed – and one more | Comic News", "Home",
    ...               "Four confirmed – and one more"])
    2
    >>> title_anchor(["Game 1.8 - The Big Update - Game 1.8 - The Big Update - Game News",
    ...               "Game News", "Game 1.8 - The Big Update", "+ Added boats"])
    2
    >>> title_anchor(["The Curious Brain » La Muerte", "Home", "La Muerte", "A film."])
    2
    >>> title_anchor(["Spring picnic - Tin Kettle journal", "Tin Kettle journal", "Home",
    ...               "Spring picnic"])
    3
    >>> title_anchor(["Sea Glass Lamps - Craft Notes", "Sea Glass Lamps", "Craft Notes"])
    1
    >>> title_anchor(["暴雨袭击沿海城市 数千人撤离_社会_新闻网", "首页", "暴雨袭击沿海城市 数千人撤离",
    ...               "昨天夜里，暴雨袭击了沿海城市。"])
    2
    >>> title_anchor(["Storm hits the coast_English_Newswire", "Home", "Storm hits the coast"])
    2
    >>> title_anchor(["今朝の富士山｜ゆるりカメラ日和", "ホーム", "今朝の富士山", "寒い朝でした。"])
    2
    """
    first = next((i for i, t in enumerate(texts) if t.strip()), None)
    if first is None:
        return None
    title = texts[first].strip()
    # "Headline (from Site)", "Headline (Site)": the site's name in brackets at the end.
    core = SITE_IN_BRACKETS_RE.sub("", title) or title
    parts = TITLE_SEPARATOR_RE.split(core)
    # A part's words, as a block's are counted (two CJK characters a word: a Chinese
    # headline has no spaces).
    words = {part: count_words(part) for part in parts}
    # The longest part first (a site's name is shorter), then, where the page does not
    # repeat it, the others of two words or more: a site's name may be the longer one (on
    # a title of a few parts: each is a search of the page).
    by_length = sorted(parts, key=lambda part: -words[part])[:MAX_TITLE_PARTS]
    if words[by_length[0]] < MIN_TITLE_WORDS:
        return None
    keys = {_key(title), _key(core)}
    if len(parts) > 2:
        # A dash in the headline ("X – And Y | Site"), or a title that says its headline
        # twice ("X - Y - X - Y - Site"): any run of two parts or more may be the heading
        # (a key leaves the marks out); on a longer title, the title without its first or
        # its last part.
        if len(parts) <= MAX_TITLE_PARTS and len(core) <= MAX_TITLE_CHARS:
            keys |= {_key("".join(parts[a:b]))
                     for a in range(len(parts)) for b in range(a + 2, len(parts) + 1)}
        else:
            keys |= {_key("".join(parts[:-1])), _key("".join(parts[1:]))}
    sizes = list(map(len, texts))
    masthead = None  # a part repeated right below the title line, not the title's first
    for n, headline in enumerate(by_length):
        if n and words[headline] < MIN_OTHER_PART_WORDS:
            break
        found = _heading(texts, sizes, first, title, keys | {_key(headline)}, headline)
        if found is None:
            continue
        if found == first + 1 and headline != parts[0] and masthead is None:
            # The site's name shown as the page's masthead (``Headline - Site``, then
            # ``Site``): the headline is another part, where the page repeats it further
            # down. The title's first part right below it is the headline itself.
            masthead = found
            continue
        return found
    return masthead


def _heading(
    texts: Sequence[str], sizes: Sequence[int], first: int, title: str, keys: set[str],
    headline: str,
) -> int | None:
    """The first block below the title line (``texts[first]``) whose key is one of
    ``keys`` (the headline's, the title's, its parts' runs') and that holds most of the
    headline's longest words."""
    # Only blocks about as long as the headline or the title can repeat one: the others are
    # not folded at all.
    lengths = [len(headline.strip()), len(title)]
    low = min(lengths) * (1 - TITLE_SLACK_SHARE) - TITLE_SLACK
    high = max(lengths) * (1 + TITLE_SLACK_SHARE) + TITLE_SLACK
    # A block that repeats the headline holds most of its longest words as they stand (a
    # mark may part one: "Chad’s"): a quick test before the key.
    words = sorted(_WORD_RE.findall(headline.lower()), key=len)[-QUICK_WORDS:]
    need = (len(words) + 1) // 2
    # (the sizes compared at C speed: a page's blocks are mostly far shorter or longer)
    below = sizes[first + 1:]
    sized = compress(count(first + 1), map(and_, map(low.__le__, below), map(high.__ge__, below)))
    return next(
        (i for i in sized if sum(map(texts[i].lower().__contains__, words)) >= need
         and _key(texts[i]) in keys),
        None,
    )
