"""Property tests: extraction never loses the article.

Real article bodies (``tests/fixtures/bodies``, gold bodies of the Scrapinghub benchmark, MIT)
get page furniture inserted around or between their paragraphs; ``newsclean.clean`` must keep
every paragraph of the body and (where stated) drop the furniture. Paragraphs are compared on
their ``\\w+`` tokens only, since newsclean repairs punctuation and whitespace.
"""

from __future__ import annotations

import json
import os
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
import regex
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

import newsclean

BODIES_DIR = Path(__file__).parent / "fixtures" / "bodies"
# Bodies by file name ("01"...): strategies draw the name, so failing examples stay short.
BODIES = {p.stem: p.read_text(encoding="utf-8") for p in sorted(BODIES_DIR.glob("*.txt"))}
NAMES = sorted(BODIES)

TOKEN_RE = regex.compile(r"\w+")

# No explain phase: on a failure it replays the example hundreds of times (seconds per test).
# Derandomized: the same examples every run, so a red CI run is a change of behaviour, not
# a new draw. HYPOTHESIS_EXTRACTION_EXAMPLES explores more (and at random) when set.
_EXPLORE = int(os.environ.get("HYPOTHESIS_EXTRACTION_EXAMPLES", "0"))
SETTINGS = settings(
    max_examples=_EXPLORE or 60,
    derandomize=not _EXPLORE,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    phases=[phase for phase in Phase if phase is not Phase.explain],
)


# --- Helpers ---------------------------------------------------------------------------------


def paragraphs_of(text: str) -> list[str]:
    """The paragraphs of a body: its non-empty lines."""
    return [line for line in text.splitlines() if line.strip()]


def tokens(text: str) -> list[str]:
    """The ``\\w+`` tokens of ``text``, leaving out runs of underscores alone (an AP-style
    ``___`` section rule is no word of the article)."""
    return [t for t in TOKEN_RE.findall(text) if t.strip("_")]


def count_run(haystack: list[str], needle: list[str]) -> int:
    """How many times ``needle`` occurs in ``haystack`` as a contiguous run (overlaps count)."""
    n = len(needle)
    if n == 0:
        return 0
    first = needle[0]
    return sum(
        1
        for i in range(len(haystack) - n + 1)
        if haystack[i] == first and haystack[i : i + n] == needle
    )


def kept_paragraphs(body: str, output: str) -> list[bool]:
    """For each paragraph of ``body``: whether its tokens appear, in order and as a contiguous
    run, among the tokens of ``output``, as many times as in the body (so that a short
    paragraph, "Flos Showroom", is not found kept in a longer one that repeats its words).
    A paragraph without tokens is kept."""
    body_tokens, out = tokens(body), tokens(output)
    return [
        not (toks := tokens(p)) or count_run(out, toks) >= count_run(body_tokens, toks)
        for p in paragraphs_of(body)
    ]


def lost_paragraphs(body: str, output: str) -> list[str]:
    paras = paragraphs_of(body)
    return [p for p, kept in zip(paras, kept_paragraphs(body, output), strict=True) if not kept]


def is_kept(line: str, output: str, body: str) -> bool:
    """Whether an inserted ``line`` is in ``output``: its tokens occur there more often than in
    the body alone (so a word the body also uses, "World", is not mistaken for the line)."""
    toks = tokens(line)
    return count_run(tokens(output), toks) > count_run(tokens(body), toks)


def insert(body: str, at: int, lines: list[str]) -> str:
    """``body`` with ``lines`` inserted before its paragraph number ``at``."""
    paras = paragraphs_of(body)
    return "\n".join([*paras[:at], *lines, *paras[at:]])


def assert_body_kept(body: str, output: str) -> None:
    lost = lost_paragraphs(body, output)
    assert not lost, f"{len(lost)} paragraph(s) lost, first: {lost[0][:100]!r}"


body_names = st.sampled_from(NAMES)


@st.composite
def body_and_gap(draw: st.DrawFn) -> tuple[str, int]:
    """A body's name and a position 1..len-1, so that an insertion lands between two
    paragraphs."""
    name = draw(body_names)
    at = draw(st.integers(1, len(paragraphs_of(BODIES[name])) - 1))
    return name, at


# --- Made-up page furniture ------------------------------------------------------------------

HEADLINES = [
    "Storm leaves thousands without power across the region",
    "City council approves new cycle lanes after long debate",
    "Local bakery wins national award for sourdough",
    "Police appeal for witnesses after late-night crash",
    "School budget cuts spark protest outside town hall",
    "Rail strike set to disrupt weekend travel",
    "Rare bird spotted in city park for first time in decades",
    "Hospital waiting times rise for third month in a row",
]
TWEET_TEXTS = [
    "What a night in Atlanta!",
    "We are not going anywhere. Thank you all.",
    "Huge crowd here already",
    "This is how it ended tonight",
]


def _headlines(pick: int, n: int) -> list[str]:
    return [HEADLINES[(pick + j) % len(HEADLINES)] for j in range(n)]


# Kinds of one boilerplate block: (its lines for a drawn number, whether to assert removal).
# Removal is asserted for the single-line kinds only. A caption is removed only on a whole page
# (see B208), and a bare body with one caption in it is not one, so its removal is not asserted.
BOILERPLATE_KINDS: dict[str, tuple[Callable[[int], list[str]], bool]] = {
    "advert": (lambda _: ["Advertisement"], True),
    "newsletter": (lambda _: ["Sign up for our daily newsletter"], True),
    "read-more": (lambda pick: [f"Read more: {_headlines(pick, 1)[0]}"], True),
    "share": (lambda _: ["Share this article"], True),
    "tweet": (
        lambda pick: [
            f"{TWEET_TEXTS[pick % len(TWEET_TEXTS)]} pic.twitter.com/AbC123",
            "— Jane Doe (@janedoe) May 1, 2022",
        ],
        False,
    ),
    "caption": (lambda _: ["Photo: Jane Doe / Reuters"], False),
    "donation": (lambda _: ["Support our journalism"], True),
    "donation-box": (
        lambda _: ["Help keep articles like this free", "Yes I will give $120/year"], True
    ),
}


@pytest.mark.parametrize("kind", list(BOILERPLATE_KINDS))
@SETTINGS
@given(where=body_and_gap(), pick=st.integers(0, len(HEADLINES) - 1))
# Found by this test: a block right after a short first paragraph (02: a disclosure line).
@example(where=("02", 1), pick=0)
@example(where=("01", 1), pick=0)
def test_one_boilerplate_block_loses_no_paragraph(
    kind: str, where: tuple[str, int], pick: int
) -> None:
    name, at = where
    body = BODIES[name]
    make_lines, removable = BOILERPLATE_KINDS[kind]
    lines = make_lines(pick)
    output = newsclean.clean(insert(body, at, lines))
    assert_body_kept(body, output)
    if removable:
        for line in lines:
            assert not is_kept(line, output, body), f"boilerplate kept: {line!r}"


@pytest.mark.parametrize(("lead", "size"), [
    (["Related"], 3),
    # A line of the article leads into a bigger box: seven blocks, eight with a subheading
    # under it read as one more headline (MAX_BOX_BLOCKS in newsclean.rules.article).
    (["Scroll down to read more:", "Read more..."], 5),
])
@SETTINGS
@given(where=body_and_gap(), pick=st.integers(0, len(HEADLINES) - 1))
@example(where=("01", 1), pick=0)
@example(where=("02", 1), pick=0)
def test_related_box_between_paragraphs_loses_no_running_text(
    lead: list[str], size: int, where: tuple[str, int], pick: int
) -> None:
    """A related box (a header and headlines: several blocks, not one) boxed between two
    paragraphs: every paragraph of running text stays, and the box goes. A short subheading
    right under the box may be read as one more headline of it: a box's headlines and a
    subheading have the same shape, so only running text is asserted."""
    name, at = where
    body = BODIES[name]
    box = [*lead, *_headlines(pick, size)]
    output = newsclean.clean(insert(body, at, box))
    running = [p for p in paragraphs_of(body) if len(tokens(p)) >= 10 and p.rstrip()[-1:] in ".!?”\"’)"]
    lost = lost_paragraphs("\n".join(running), output)
    assert not lost, f"{len(lost)} paragraph(s) lost, first: {lost[0][:100]!r}"
    for line in box:
        if not line.endswith(":"):  # the line leading into the box is the article's own
            assert not is_kept(line, output, body), f"boilerplate kept: {line!r}"


SAID_LINES = [
    "In a statement, the minister said:",
    "He added:",
    "She wrote:",
    "The spokesman said:",
    "In a letter to staff, the chief executive wrote:",
    "The report says:",
    "Speaking to reporters on Tuesday, she said:",
]


@SETTINGS
@given(where=body_and_gap(), line=st.sampled_from(SAID_LINES))
@example(where=("02", 1), line="He added:")
def test_said_line_before_a_paragraph_loses_nothing(where: tuple[str, int], line: str) -> None:
    name, at = where
    body = BODIES[name]
    output = newsclean.clean(insert(body, at, [line]))
    assert_body_kept(body, output)
    assert is_kept(line, output, body), f"article line lost: {line!r}"


# --- Comment sections ------------------------------------------------------------------------

COMMENTERS = [
    "joetoronto", "Margaret H.", "Dave from Leeds", "KarenB", "Tom Whitaker", "sunnyside77",
    "R. Alvarez", "Old Timer", "Priya", "mike_in_ohio", "Janet Cole", "northernlass",
]
TIMESTAMPS = [
    "May 1, 2012 at 3:04 pm", "November 19, 2019 at 10:47 am", "March 3, 2015 at 9:12 pm",
    "July 22, 2018 at 6:30 am", "January 8, 2020 at 11:58 pm", "October 14, 2016 at 2:15 pm",
]
AGES = ["3 hours ago", "2 days ago", "1 hour ago", "45 minutes ago", "5 days ago", "a week ago"]
HEADERS = ["12 Comments", "Leave a Reply", "Join the conversation", "37 Comments"]
ACTIONS = [["Reply"], ["Like", "Reply"], ["Reply", "Report"], ["Like", "Reply", "Report"]]
# How many paragraphs the comments have, in turn (1-3 each).
PARAGRAPH_COUNTS = [(1,), (2,), (3,), (1, 2), (2, 1, 3), (3, 1), (1, 1, 2)]
COMMENT_PARAGRAPHS = [
    "Great article, thanks for writing it.",
    "I have been saying this for years and nobody listened.",
    "Does anyone know if this applies to people who moved here after 2015? My neighbour says it "
    "does but I cannot find anything about it on the official website and the phone line just "
    "keeps me on hold for an hour every time I try.",
    "Totally agree with the previous commenter.",
    "This is exactly why I stopped reading the local paper ten years ago. Every story is written "
    "from the same angle and nobody ever bothers to ask the people who actually live with the "
    "consequences what they think about any of it.",
    "Sorry but this is nonsense.",
    "My husband worked there for twenty two years before they closed the plant, and I can tell "
    "you that the management never once listened to the workers on the floor. They knew about "
    "the problems long before any of this came out.",
    "Well said!",
    "Where are the numbers to back this up? You quote one expert and then draw a conclusion "
    "that covers the whole country, which seems like a stretch to me, and I say that as someone "
    "who mostly agrees with the conclusion.",
    "Can we please get a follow up on this in six months?",
    "I remember when that whole street was fields. My grandfather used to take us blackberry "
    "picking there every September, and you could walk all the way down to the river without "
    "seeing a single car or house on the way.",
    "Typical. They always find money for this kind of thing but never for the schools.",
    "Thanks for the clear explanation, it finally makes sense to me.",
    "People keep blaming the council, but the council only gets a fraction of the budget it had "
    "a decade ago and is legally required to spend most of it on adult social care, so there "
    "really is not much left for roads, parks or libraries.",
    "lol good luck with that",
    "Has anyone actually tried calling them? I did last week and got a real person within five "
    "minutes who sorted the whole thing out for me, so maybe it is not as bad as everyone here "
    "is making it sound.",
    "I would love to see the full report rather than a summary.",
    "Not surprised at all. My sister had the same experience two years ago and it took her "
    "eleven months and three letters to her MP before anyone even acknowledged the complaint, "
    "never mind fixed anything.",
    "Exactly right.",
    "The writer clearly has never driven through that junction at rush hour. Try it once on a "
    "wet Monday morning with a lorry behind you and then tell me the new layout is an "
    "improvement for anybody.",
    "Who is going to pay for all of this in the end? We are, as usual.",
    "My kids go to that school and the teachers there are fantastic, whatever the inspectors "
    "say. They stay late, they run clubs for free and they know every child by name, which is "
    "more than you can say for most places.",
    "Bookmarking this one.",
    "Interesting that the company declined to comment. That tells you everything you need to "
    "know, really, and I hope the regulator takes a much closer look at their accounts before "
    "the next round of contracts is handed out.",
    "I was at the meeting on Thursday and the mood in the room was nothing like what is "
    "described here. Most people were calm and asked sensible questions, and the only shouting "
    "came from two men at the back who left after ten minutes anyway.",
    "Can someone explain why the bus route was cut in the first place? It was always full when "
    "I took it to work, standing room only most mornings, and now half the estate has no way to "
    "get into town without a car or a forty minute walk along the main road.",
    "The comments on here are getting nastier every week. You can disagree with someone without "
    "calling them names, and I think the moderators should start deleting the worst of it "
    "before people stop bothering to read the discussion altogether.",
    "Back in the eighties we had the exact same argument about the bypass and it still got "
    "built. Thirty years later nobody can remember what the fuss was about, and the old town "
    "centre is quieter and nicer than it has been in my whole life.",
    "For what it is worth, I emailed the press office with the same question last month and "
    "got a polite reply saying they would look into it. I have not heard anything since and I "
    "am not holding my breath, but I will post here if they come back to me.",
    "Speaking as a nurse with fifteen years on the wards, the staffing figures in this piece "
    "are if anything too generous. On a bad night there are two of us for twenty eight patients "
    "and something always has to give, usually our breaks and sometimes worse.",
    "I read the whole thing twice and I still do not understand what is actually changing for "
    "ordinary people. Is my bill going up or down next year? That is all most of us want to "
    "know, and it is the one thing the article never says clearly.",
    "Funny how this only became a scandal once it affected the nicer end of town. We have been "
    "complaining about the flooding on our street for years and the answer was always that "
    "there was no money, no plan and nothing anyone could realistically do.",
    "Good on the volunteers who kept that place going through the winter. I dropped off some "
    "tins and blankets in December and they were run off their feet, but every single one of "
    "them had time for a chat and a cup of tea with whoever walked in.",
    "The photo at the top is not even the right bridge, by the way. That is the old footbridge "
    "further downstream, which closed years ago, and the one everyone is arguing about is the "
    "road bridge next to the station with the traffic lights on it.",
    "My daughter applied for the same scheme and was told she earned too much by about forty "
    "pounds a month, so she got nothing at all. A cliff edge like that makes no sense, and it "
    "punishes exactly the people who are working hard and trying to get by.",
    "I think people forget how much the club does for the town outside of match days. The "
    "youth teams, the walking football for the older lads, the food bank collections every "
    "month. Whatever you think of the owners, that is worth protecting.",
    "Would be nice if the paper spoke to someone who actually lives on the estate next time "
    "instead of the same three councillors. There are plenty of us who would happily talk, and "
    "we might tell you something you did not already know.",
    "As a small business owner on the high street I can tell you the parking charges have done "
    "more damage than the internet ever did. People come in, look at the clock, and leave "
    "before they have even had a proper look round the shop.",
    "I have lived abroad for twenty years and still read every story from back home. It is "
    "strange how some things never change, and this argument about the ring road is one of "
    "them, word for word the same as when I left in 2004.",
    "Does anybody know whether the library will still open on Saturdays under the new plan? The "
    "leaflet they put through our door only talks about weekdays and the website has not been "
    "updated since the summer, so nobody seems to have a straight answer.",
]


def word_count(text: str) -> int:
    return len(tokens(text))


def rotated(items: list[str], by: int) -> list[str]:
    return items[by:] + items[:by]


@st.composite
def comment_sections(draw: st.DrawFn, min_words: int = 0) -> tuple[list[str], list[str]]:
    """A comment section: (its lines, its comment paragraphs). 4-8 comments, or more until the
    comment paragraphs hold at least ``min_words`` words. (The pools are rotated rather than
    shuffled, so that a failing example shrinks in a few steps.)"""
    lines: list[str] = []
    if draw(st.booleans(), label="with header"):
        lines.append(draw(st.sampled_from(HEADERS), label="header"))
    says_style = draw(st.booleans(), label="'says:' lines")
    actions = draw(st.sampled_from(ACTIONS), label="actions")
    pool = rotated(COMMENT_PARAGRAPHS, draw(st.integers(0, len(COMMENT_PARAGRAPHS) - 1)))
    names = rotated(COMMENTERS, draw(st.integers(0, len(COMMENTERS) - 1)))
    stamps = TIMESTAMPS if says_style else AGES
    times = rotated(stamps, draw(st.integers(0, len(stamps) - 1)))
    counts = draw(st.sampled_from(PARAGRAPH_COUNTS), label="paragraphs per comment")
    n_comments = draw(st.integers(4, 8), label="comments")
    paragraphs: list[str] = []
    k = 0
    while k < n_comments or word_count(" ".join(paragraphs)) < min_words:
        name, time = names[k % len(names)], times[k % len(times)]
        lines += [f"{name} says:" if says_style else name, time]
        n_paras = counts[k % len(counts)]
        own = pool[len(paragraphs) : len(paragraphs) + n_paras]
        assert own, "comment pool exhausted"
        paragraphs += own
        lines += [*own, *actions]
        k += 1
    return lines, paragraphs


def assert_comments_removed(body: str, output: str, comment_paragraphs: list[str]) -> None:
    kept = [c for c in comment_paragraphs if is_kept(c, output, body)]
    assert not kept, f"{len(kept)} comment paragraph(s) kept, first: {kept[0][:80]!r}"


@SETTINGS
@given(name=body_names, section=comment_sections())
def test_comment_section_after_article_is_removed(
    name: str, section: tuple[list[str], list[str]]
) -> None:
    body = BODIES[name]
    lines, comment_paragraphs = section
    output = newsclean.clean("\n".join([*paragraphs_of(body), *lines]))
    assert_body_kept(body, output)
    assert_comments_removed(body, output, comment_paragraphs)


POOL_WORDS = word_count(" ".join(COMMENT_PARAGRAPHS))
# Bodies for which the comment pool can outweigh the article 1.5 times.
LIGHT_BODIES = [n for n in NAMES if 1.5 * word_count(BODIES[n]) <= POOL_WORDS]


@st.composite
def body_with_heavy_comments(draw: st.DrawFn) -> tuple[str, list[str], list[str]]:
    """A body's name, and a comment section with at least 1.5 times its words."""
    name = draw(st.sampled_from(LIGHT_BODIES))
    min_words = int(1.5 * word_count(BODIES[name])) + 1
    lines, paragraphs = draw(comment_sections(min_words=min_words))
    return name, lines, paragraphs


def test_heavy_comment_variant_has_bodies() -> None:
    assert len(LIGHT_BODIES) >= 4


@SETTINGS
@given(case=body_with_heavy_comments())
def test_comments_outweighing_the_article_are_removed(
    case: tuple[str, list[str], list[str]],
) -> None:
    name, lines, comment_paragraphs = case
    body = BODIES[name]
    assert word_count(" ".join(comment_paragraphs)) >= 1.5 * word_count(body)
    output = newsclean.clean("\n".join([*paragraphs_of(body), *lines]))
    assert_body_kept(body, output)
    assert_comments_removed(body, output, comment_paragraphs)


# --- Repeated bodies -------------------------------------------------------------------------


def assert_one_copy(body: str, output: str) -> None:
    assert_body_kept(body, output)
    n_out, n_body = word_count(output), word_count(body)
    assert n_out <= 1.2 * n_body, f"output has {n_out} tokens, the body {n_body}"


@pytest.mark.parametrize("name", NAMES)
def test_body_twice_keeps_one_copy(name: str) -> None:
    body = BODIES[name]
    paras = paragraphs_of(body)
    output = newsclean.clean("\n".join([*paras, "Print", *paras]))
    assert_one_copy(body, output)


@pytest.mark.parametrize("name", NAMES)
def test_teaser_above_body_keeps_one_copy(name: str) -> None:
    """The first paragraph as a standfirst above the byline, then the whole body."""
    body = BODIES[name]
    paras = paragraphs_of(body)
    output = newsclean.clean("\n".join([paras[0], "By Jane Doe", *paras]))
    assert_one_copy(body, output)


# --- Site menu and page frame ----------------------------------------------------------------

MENU_ITEMS = [
    "Home", "World", "Politics", "Business", "Tech", "Sport", "Culture", "Science", "Health",
    "Opinion", "Travel", "Style", "Video", "Podcasts", "Weather", "Entertainment", "Climate",
    "Education", "Local", "Obituaries", "Lifestyle", "Food", "Money", "Arts",
]
menus = st.lists(st.sampled_from(MENU_ITEMS), min_size=8, max_size=20, unique=True)
FOOTER = "© 2024 Example Media. All rights reserved."


@SETTINGS
@given(name=body_names, menu=menus)
def test_site_menu_before_article_is_removed(name: str, menu: list[str]) -> None:
    body = BODIES[name]
    output = newsclean.clean("\n".join([*menu, *paragraphs_of(body)]))
    assert_body_kept(body, output)
    kept = [m for m in menu if is_kept(m, output, body)]
    assert not kept, f"menu lines kept: {kept}"


@SETTINGS
@given(
    name=body_names,
    menu=menus,
    related=st.lists(st.sampled_from(HEADLINES), min_size=3, max_size=5, unique=True),
)
def test_page_frame_keeps_article_and_drops_footer(
    name: str, menu: list[str], related: list[str]
) -> None:
    body = BODIES[name]
    text = "\n".join([*menu, *paragraphs_of(body), "Related", *related, FOOTER])
    output = newsclean.clean(text)
    assert_body_kept(body, output)
    assert not is_kept(FOOTER, output, body), "footer kept"


# --- Hard-wrapped text ----------------------------------------------------------------------


def wrap_body(body: str, width: int, blank_lines: bool) -> str:
    """``body`` hard-wrapped at ``width`` as a whole, as a terminal browser's dump or a mail
    is: each paragraph's lines, with or without a blank line between paragraphs."""
    sep = "\n\n" if blank_lines else "\n"
    return sep.join(
        "\n".join(textwrap.wrap(p, width, break_long_words=False, break_on_hyphens=False))
        for p in paragraphs_of(body)
    )


@SETTINGS
@given(name=st.sampled_from(NAMES), width=st.integers(50, 110), blank_lines=st.booleans())
@example(name="01", width=72, blank_lines=False)
def test_a_body_hard_wrapped_as_a_whole_keeps_every_paragraph(
    name: str, width: int, blank_lines: bool
) -> None:
    body = BODIES[name]
    assert_body_kept(body, newsclean.clean(wrap_body(body, width, blank_lines)))


@SETTINGS
@given(name=st.sampled_from(NAMES), width=st.integers(50, 110))
def test_a_body_wrapped_with_blank_lines_between_paragraphs_is_cleaned_as_the_body(
    name: str, width: int
) -> None:
    # A blank line ends each paragraph: the clean text is the unwrapped body's, word for word
    # (a repair at a line break is not made, see test_fuzz.py; and a line the wrap opened
    # with a dash, "- indefinite quantity", starts a list item, as in Markdown).
    body = BODIES[name]
    unwrapped = newsclean.clean(wrap_body(body, width, blank_lines=True))
    assert tokens(unwrapped) == tokens(newsclean.clean("\n".join(paragraphs_of(body))))


# --- Article lines that look like boilerplate -------------------------------------------------

# {rule code: [article lines that look like that rule's boilerplate]}, plus "generic" lines.
ARTICLE_LINES: dict[str, list[str]] = json.loads(
    (Path(__file__).parent / "cases" / "article_lines.json").read_text(encoding="utf-8")
)
LINE_CASES = [
    pytest.param(rule, line, id=f"{rule}-{i}")
    for rule, lines in ARTICLE_LINES.items()
    for i, line in enumerate(lines)
]
LINE_BODIES = ["03", "06", "07"]
# Bylines and captions are only looked for in a whole page (B201, B208): the "page" context
# adds a copyright footer under the body, which makes the document one.
LINE_CONTEXTS = {"article": "", "page": "\n" + FOOTER}


def test_article_lines_cover_the_rules() -> None:
    for rule, lines in ARTICLE_LINES.items():
        assert 4 <= len(lines) <= 10, rule
        assert len(set(lines)) == len(lines), rule
    assert {"B101", "B102", "B103", "B104", "B105", "B201", "B202", "B203", "B205", "B206",
            "B207", "B208", "B209", "B210", "generic"} <= set(ARTICLE_LINES)


@pytest.mark.parametrize(("rule", "line"), LINE_CASES)
def test_article_line_between_paragraphs_is_kept(rule: str, line: str) -> None:
    """An article line that looks like boilerplate of ``rule``, between paragraphs 2 and 3,
    stays, and no paragraph of the body goes."""
    failures = []
    for name in LINE_BODIES:
        body = BODIES[name]
        for context, tail in LINE_CONTEXTS.items():
            output = newsclean.clean(insert(body, 2, [line]) + tail)
            lost = lost_paragraphs(body, output)
            if not is_kept(line, output, body):
                failures.append(f"body {name} ({context}): the line was removed")
            if lost:
                failures.append(f"body {name} ({context}): lost {lost[0][:60]!r}")
    assert not failures, "; ".join(failures)


# --- The helpers themselves ------------------------------------------------------------------


def test_helpers_detect_a_lost_paragraph() -> None:
    body = BODIES["01"]
    paras = paragraphs_of(body)
    assert all(kept_paragraphs(body, body))
    without = "\n".join(paras[:3] + paras[4:])
    assert kept_paragraphs(body, without) == [i != 3 for i in range(len(paras))]
    # A paragraph cut in two by another line is not kept as a contiguous run.
    words = paras[3].split()
    half = len(words) // 2
    split = "\n".join([*paras[:3], " ".join(words[:half]), "Advertisement",
                       " ".join(words[half:]), *paras[4:]])
    assert lost_paragraphs(body, split) == [paras[3]]
    assert is_kept("Advertisement", split, body)
    assert not is_kept("Advertisement", body, body)
    # A short paragraph whose words the body repeats elsewhere is still missed when dropped.
    body = BODIES["10"]
    paras = paragraphs_of(body)
    assert "Flos Showroom" in paras and "Flos Showroom" in paras[0]
    without = "\n".join(p for p in paras if p != "Flos Showroom")
    assert lost_paragraphs(body, without) == ["Flos Showroom"]
