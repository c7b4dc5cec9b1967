"""Whole scraped pages: the article body comes out, page furniture is labelled and removed."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsclean

PAGE = (Path(__file__).parent / "fixtures" / "page.txt").read_text(encoding="utf-8")
BODY = [
    "A powerful storm swept across the coast on Tuesday night, leaving thousands of homes "
    "without power and closing schools in three counties.",
    "Officials said crews were working through the night to restore electricity, but warned "
    "that some neighbourhoods could be dark until the weekend.",
    "What comes next",
    "Forecasters expect calmer weather by Thursday, although strong winds could return early "
    "next week, the national weather service said.",
    "“We are doing everything we can to get the lights back on,” said the utility’s "
    "spokesperson, who asked residents to stay away from fallen lines.",
]


def test_page_gives_the_article_body() -> None:
    assert newsclean.clean(PAGE) == "\n\n".join(BODY)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Home", "B301"),
        ("Skip to content", "B210"),
        ("Sign In", "B203"),
        ("By Jane Doe", "B201"),
        ("Published November 19, 2019 at 9:24 am ET", "B201"),
        ("Share this article", "B104"),
        ("Advertisement", "B105"),
        ("Related", "B206"),
        ("Cat rescued from a tall tree", "B206"),
        ("Sign up for our morning newsletter", "B103"),
        ("We use cookies to give you the best experience. Accept", "B202"),
        ("© 2019 Example Daily. All rights reserved.", "B205"),
        ("Privacy Policy | Terms of Use | Contact Us", "B205"),
        ("Storm leaves thousands without power across the coast", "B303"),
    ],
)
def test_furniture_is_labelled_with_its_rule(text: str, code: str) -> None:
    removed = {b.text: b for b in newsclean.analyze(PAGE).removed_blocks}
    assert removed[text].code == code, removed[text].reason


def test_headline_can_be_kept() -> None:
    out = newsclean.clean(PAGE, keep=["headline"])
    assert out.startswith("Storm leaves thousands without power across the coast\n\n")


@pytest.mark.parametrize(
    "paragraph",
    [
        "The company said it uses cookies and other tracking tools, a practice regulators have "
        "questioned for years.",
        "Comments from the minister drew criticism from opposition parties on Monday evening.",
        "She signed up for the newsletter of a local group and later joined its board, she said.",
        "Privacy matters, the court said, and the terms of use were unfair to consumers.",
        "By the end of the day, the rain had stopped and the roads were open again.",
        "The meeting is at 10:30 a.m. on Jan. 5, and it ends at 3.30 p.m. the same day.",
    ],
)
def test_article_paragraphs_mentioning_furniture_words_stay(paragraph: str) -> None:
    text = PAGE.replace("What comes next\n", f"What comes next\n{paragraph}\n")
    assert paragraph in newsclean.clean(text)


def test_extracted_article_tail_list_stays() -> None:
    article = (
        "The band will tour North America next summer, its first tour in five years, the "
        "promoter announced on Tuesday.\n"
        "Tickets go on sale Friday at 10 a.m. local time, and fans can register for presale "
        "codes on the band's website.\n"
        "Tour dates\n"
        "June 9 – West Palm Beach, FL\n"
        "June 10 – Tampa, FL\n"
        "June 14 – Alpharetta, GA\n"
    )
    assert newsclean.clean(article).split("\n\n") == article.strip().split("\n")


#: A blog post's two paragraphs, for the tests of a blogging platform's page parts.
POST_PARAGRAPHS = [
    "The flight readiness review for the mission is under way today, and the launch is "
    "still planned for the middle of May, the agency said.",
    "Engineers will check the heat shield once more before the crew boards, which could "
    "push the date back by a day or two.",
]


def test_a_blog_posts_links_to_its_neighbours_are_one_line_of_related_links() -> None:
    # Movable Type's and TypePad's "« older | Main | newer »" above the post's headline: the
    # line is the whole list, and the headline below it is not one of its links.
    nav = "« Presentations from the workshop now online | Main | Launch moved to May »"
    paragraph = POST_PARAGRAPHS[0]
    doc = newsclean.analyze("\n".join([nav, "Readiness review under way", paragraph,
                                       "« Presentations from the workshop now online | Main"]))
    assert [b.code for b in doc.blocks] == ["B206", "B303", "S100", "B206"]
    assert doc.text == paragraph


def test_a_blogger_posts_fixed_wording_is_furniture() -> None:
    # Blogger's accessibility links, share bar and links to the posts around the post.
    paragraphs = POST_PARAGRAPHS
    page = ["skip to main | skip to sidebar", "Inside the Agency", "Readiness review under way",
            *paragraphs, "Posted by Jane Doe at 9:22 AM",
            "Email This BlogThis! Share to Twitter Share to Facebook", "Newer Post Older Post Home"]
    codes = {b.text: b.code for b in newsclean.analyze("\n".join(page)).blocks}
    assert [codes[page[0]], codes[page[6]], codes[page[7]]] == ["B210", "B104", "B206"]
    assert newsclean.clean("\n".join(page)).split("\n\n")[:2] == paragraphs


def test_a_blog_posts_footer_in_sentences_is_furniture() -> None:
    paragraph = POST_PARAGRAPHS[0]
    footer = ("This entry was posted on Saturday, August 25th, 2012 at 12:23 am and is filed "
              "under Space. You can follow any responses to this entry through the RSS 2.0 feed.")
    doc = newsclean.analyze("\n".join([paragraph, footer, "Leave a Reply"]))
    assert [b.code for b in doc.blocks] == ["S100", "B206", "B211"]


def test_a_tag_label_above_its_tags_is_a_list_and_between_paragraphs_a_subheading() -> None:
    paragraphs = POST_PARAGRAPHS
    doc = newsclean.analyze("\n".join([*paragraphs, "TAGS", "Space", "Launches", "NASA"]))
    assert [b.code for b in doc.blocks[2:]] == ["B206"] * 4
    assert doc.text.split("\n\n") == paragraphs
    middle = [paragraphs[0], "Topics", paragraphs[1]]
    assert newsclean.clean("\n".join(middle)).split("\n\n") == middle


def test_a_line_of_tags_is_a_list_on_one_line_that_closes_the_post() -> None:
    # Its tags are on the line: the heading below is the article's (a section of it) ...
    paragraphs = POST_PARAGRAPHS
    section = ["The new sedan is longer and lower than the last one, with a wider track and a "
               "cabin that seats five in comfort. It goes on sale in the spring, and the "
               "company says the price will stay close to that of the outgoing model.",
               "A hybrid version follows a year later, with the same engine as the larger car "
               "and a smaller battery under the rear seat, the company said on Monday."]
    doc = newsclean.analyze("\n".join([*paragraphs, "Tags: cars, Nissan", "NISSAN SENTRA",
                                       *section]))
    assert [b.code for b in doc.blocks] == ["S100", "S100", "B206", "S102", "S100", "S100"]
    assert doc.text.split("\n\n") == [*paragraphs, "NISSAN SENTRA", *section]
    # ... and below the post, the teasers and blurbs that follow the tags are the page's,
    # up to the footer, though they read as a few sentences.
    teasers = ["8 Best Cities to Find Cloud Computing Jobs",
               "Can IT security risk really be measured?", "White Paper",
               "The analysts' recent report on service desks included no vendors as leaders "
               "this year, and three as visionaries.", "Read now »",
               "Our picks of the week's reviews, from tablets to the new phones, are here."]
    page = ["skip to main | skip to sidebar", *paragraphs, "Tags: Anti-virus, Malware",
            *teasers, "Privacy Policy"]
    assert newsclean.clean("\n".join(page)).split("\n\n") == paragraphs


def test_a_poll_between_paragraphs_goes_and_the_article_below_it_stays() -> None:
    """A poll between two paragraphs: its header, question, answers and buttons go; a
    question in the article over short lines without a poll's button stays."""
    body = ["The council voted on Monday to close the old bridge for a year.",
            "Engineers found cracks in two of its piers during an inspection last month.",
            "Drivers will be sent on a detour through the town centre while it is shut.",
            "A replacement is expected to cost about 40 million euros and open in 2027."]
    poll = ["What do you think?", "Should the bridge be replaced?", "Yes, as soon as possible",
            "No, repair it", "Not sure", "Vote", "View results"]
    page = ["Home", "News", "Sport", "Weather", "Bridge to close for a year", *body[:2], *poll,
            *body[2:], "© 2024 Example News"]
    doc = newsclean.analyze("\n".join(page))
    assert {b.code for b in doc.blocks if b.text in poll} == {"B101"}
    assert newsclean.clean("\n".join(page)).split("\n\n") == body
    quiz = ["Which would you choose?", "A new bridge", "A ferry"]
    page = ["Home", "News", "Sport", "Weather", "Bridge to close for a year", *body[:2], *quiz,
            *body[2:], "© 2024 Example News"]
    assert newsclean.clean("\n".join(page)).split("\n\n") == [*body[:2], *quiz, *body[2:]]


def test_an_embedded_facebook_posts_counters_are_the_embeds() -> None:
    lines = ["Like · Comment · Share", "4,218 people like this.", "View 208 more comments"]
    body = ["The council voted on Monday to close the old bridge for a year.",
            "Engineers found cracks in two of its piers during an inspection last month."]
    doc = newsclean.analyze("\n".join([body[0], *lines, body[1]]))
    assert [b.code for b in doc.blocks] == ["S100", "B101", "B101", "B101", "S100"]


def test_a_blogs_profile_box_below_the_post_is_furniture() -> None:
    # Blogger's profile box: "About Me", the name on a line of its own, a long biography,
    # "View my complete profile". Its biography does not stay as the post's last paragraph.
    bio = ("Prior to founding this blog I held analyst positions with three firms and wrote "
           "about the markets for two newspapers. " * 5).strip()
    page = ["skip to main | skip to sidebar", "Readiness review under way", *POST_PARAGRAPHS,
            "Posted by Jane Doe at 9:22 AM", "Newer Post Older Post Home", "About Me",
            "Jane Doe", bio, "View my complete profile", "Blog Archive"]
    doc = newsclean.analyze("\n".join(page))
    assert [b.code for b in doc.blocks[-5:-1]] == ["B209", "B209", "B209", "B210"]
    assert bio not in doc.text
    # Blogger's fields: a name and a place, each on a line of its own, above the biography.
    page[-4:-2] = ["Name: jane_doe", "Location: Portland, Oregon", bio]
    doc = newsclean.analyze("\n".join(page))
    assert [b.code for b in doc.blocks[-6:-1]] == ["B209"] * 4 + ["B210"]
    assert doc.text.split("\n\n")[:2] == POST_PARAGRAPHS[:2] and bio not in doc.text


AUTHOR_BIO = "Jane Doe covers space and science for the paper from Houston."
THIRD_PARAGRAPH = ("The crew of four arrived at the launch site on Monday and will stay in "
                   "quarantine until the day of the launch, the agency said.")


def test_a_related_header_above_a_separator_takes_no_headline_below_it() -> None:
    # "___" is no headline: the related list ends there, and the article's subheading
    # under the separator stays.
    page = [POST_PARAGRAPHS[0], "Related Articles", "___", "WHO WILL FLY?",
            POST_PARAGRAPHS[1], THIRD_PARAGRAPH]
    doc = newsclean.analyze("\n".join(page))
    assert [b.code for b in doc.blocks][1:4] == ["B206", "B302", "S100"]


@pytest.mark.parametrize("header", ["About the Author", "About Me", "Über mich"])
def test_an_author_box_header_between_paragraphs_goes_alone(header: str) -> None:
    # The header names nobody, and the article's prose goes on under the block below it:
    # the header goes where it stands, the paragraph below it stays.
    page = [POST_PARAGRAPHS[0], header, POST_PARAGRAPHS[1], THIRD_PARAGRAPH]
    doc = newsclean.analyze("\n".join(page))
    assert [b.code for b in doc.blocks] == ["S100", "B209", "S100", "S100"]
    # ... and so does it above a subheading, or a separator, and the paragraph under it.
    for between in ("Launch window", "* * *"):
        page = [POST_PARAGRAPHS[0], header, between, POST_PARAGRAPHS[1], THIRD_PARAGRAPH]
        kept = newsclean.clean("\n".join(page))
        assert POST_PARAGRAPHS[1] in kept and THIRD_PARAGRAPH in kept


def test_an_author_box_at_the_end_of_the_prose_takes_its_biography() -> None:
    # Nothing but furniture below the biography: it closes the page's prose.
    page = [*POST_PARAGRAPHS, "About the Author", AUTHOR_BIO, "View all posts", "Home"]
    doc = newsclean.analyze("\n".join(page))
    assert [b.code for b in doc.blocks[2:4]] == ["B209", "B209"]
    # A biography that names the page's writer (the byline) goes even above more prose
    # (the writer's note to readers under it).
    page = ["By Jane Doe", *POST_PARAGRAPHS, "About the Author", AUTHOR_BIO, THIRD_PARAGRAPH]
    doc = newsclean.analyze("\n".join(page))
    assert [b.code for b in doc.blocks[3:5]] == ["B209", "B209"]
    page[0] = "From our correspondent"  # no byline: the block is the article's
    assert AUTHOR_BIO in newsclean.clean("\n".join(page))


def test_an_embedded_post_printed_as_a_card_is_the_embeds() -> None:
    """A post between two paragraphs, a line at a time: its author's name, the handle,
    the text, the date line, the counters. The name and the text go with the handle."""
    body = ["The council voted on Monday to close the old bridge for a year.",
            "Engineers found cracks in two of its piers during an inspection last month.",
            "Drivers will be sent on a detour through the town centre while it is shut."]
    card = ["Example Council", "@ExampleCouncil",
            "The old bridge closes to traffic from Monday. Detour signs are up now. #bridge",
            "6:41 PM - 22 Feb 2014"]
    page = ["Home", "News", "Sport", "Weather", "Bridge to close for a year", body[0], *card,
            *body[1:], "© 2024 Example News"]
    doc = newsclean.analyze("\n".join(page))
    assert [b.code for b in doc.blocks if b.text in card] == ["B101", "B201", "B101", "B201"]
    assert newsclean.clean("\n".join(page)).split("\n\n") == body


def test_a_reprint_services_notice_is_a_footer() -> None:
    # Two of the reprint notice's formulas in one block of forty words make it a notice.
    notice = ("Example Reprints: This copy is for your personal, non-commercial use only. To "
              "order presentation-ready copies for distribution to your colleagues, clients or "
              "customers, use the Order Reprints tool at the bottom of any article.")
    doc = newsclean.analyze("\n".join([notice, *POST_PARAGRAPHS]))
    assert doc.blocks[0].code == "B205" and doc.text.split("\n\n") == POST_PARAGRAPHS


@pytest.mark.parametrize("line", ["Autoplay: On | Off", "Autoplay", "01:52", "(2:48)",
                                  "0:00 / 2:06", "Play"])
def test_a_video_players_controls_and_length_are_a_captions(line: str) -> None:
    """A video player between two paragraphs: its title stays (a heading of a few words),
    its controls and its length or place (``Autoplay: On | Off``, ``1:05 / 2:48``) go."""
    body = ["The council voted on Monday to close the old bridge for a year.",
            "Engineers found cracks in two of its piers during an inspection last month.",
            "Drivers will be sent on a detour through the town centre while it is shut."]
    page = ["Home", "News", "Sport", "Weather", "Bridge to close for a year", body[0],
            "Autoplay: On", line, body[1], body[2], "© 2024 Example News"]
    doc = newsclean.analyze("\n".join(page))
    assert [b.code for b in doc.blocks if b.text == line] == ["B208"]
    assert newsclean.clean("\n".join(page)).split("\n\n") == body


def test_a_caption_the_page_folds_goes_whole_and_folded() -> None:
    # A photo widget prints the whole caption with "less" at its end, then the caption cut
    # off with "... more": both are the widget's, inside the article or not.
    caption = ("Crews repair a power line near the harbour in Port Alder, Tuesday, Nov. 19, "
               "2019. The storm left thousands of homes without power.")
    whole, folded = f"{caption} less", f"{caption[:70]}... more"
    assert PAGE.count(BODY[1]) == 1
    page = PAGE.replace(BODY[1], "\n".join([BODY[1], whole, folded]))
    doc = newsclean.analyze(page)
    assert [b.code for b in doc.blocks if b.text in (whole, folded)] == ["B208", "B208"]
    assert doc.text.split("\n\n") == BODY
    # A paragraph that ends in "less" above a teaser of another is no caption's pair.
    para = "The fares will rise again in May, and the council says they could not cost less"
    teaser = "The fares for the ferry will rise again in May, and... more"
    doc = newsclean.analyze(PAGE.replace(BODY[1], "\n".join([BODY[1], para, teaser])))
    assert [(b.code, b.kept) for b in doc.blocks if b.text == para] == [("S102", True)]


def test_a_recommendation_widget_header_heads_a_related_list() -> None:
    # "People who read this also read:" (a widget several sites use) heads a related list;
    # its colon does not make the headlines below it a list the article announces.
    body = [
        "The girls' team won its first game as the state's top-ranked side on Saturday night.",
        "People who read this book also read its sequel, the coach joked after the game.",
        "The coach said the players had prepared for weeks and never looked nervous at all.",
    ]
    page = "\n".join([
        *body, "People who read this also read:", "Republicans battle the economy in Michigan",
        "Council approves a new budget for the schools",
        "Marine died of a head injury, report says",
        "© 2024 Example Daily. All rights reserved.",
    ])
    doc = newsclean.analyze(page)
    assert doc.text == "\n\n".join(body)
    assert [b.code for b in doc.blocks[3:7]] == ["B206"] * 4


# A short page for the byline tests: a menu, the headline, a byline, two paragraphs.
MENU_LINES = ["Home", "World", "Sport", "Business", "Arts", "Travel", "Opinion", "Video"]
BRIDGE_HEADLINE = "Bridge to close for a year"
BRIDGE_BODY = ["The council voted on Monday to close the old bridge for a year.",
               "Engineers found cracks in two of its piers during an inspection last month."]


@pytest.mark.parametrize("line", [
    "By Pieter de Vries", "Door Pieter de Vries", "By Ursula von der Leyen",
    "Por Ana de la Cruz | Reuters", "By Ahmad al-Rashid", "von Anna Schmidt",
])
def test_a_byline_with_a_name_particle_is_a_byline(line: str) -> None:
    """A name's particles (de, van der, al-) stand in lower case between its parts; a byline
    that has them was left as a heading, and then taken for the page's headline."""
    from newsclean.lexicon import BYLINE_RE

    assert BYLINE_RE.match(line)
    doc = newsclean.analyze("\n".join([*MENU_LINES, BRIDGE_HEADLINE, line, *BRIDGE_BODY]))
    assert [b.code for b in doc.blocks[9:]] == ["B201", "S100", "S100"]


@pytest.mark.parametrize("line", [
    "Postado por Fernanda às 16:20", "Geplaatst door Jeroen op 3 november 2009 om 09:12",
    "Eingestellt von Thomas um 16:20", "Publié par Marie à 16:20",
    "Publicado por María a las 16:20", "Pubblicato da Giulia alle 16:20",
    "Opublikowano przez Kasia o 16:20", "Autor: Ivana Perić",
])
def test_a_blog_platforms_byline_in_more_languages_is_a_byline(line: str) -> None:
    """A blog platform's ``Posted by <name> at <time>`` in its languages, and ``Autor:``
    with a name, were left as headings (the post's word before "by" and the time after the
    name were not a byline's), and kept with a short post."""
    from newsclean.lexicon import BYLINE_RE

    assert BYLINE_RE.match(line)
    doc = newsclean.analyze("\n".join([*MENU_LINES, BRIDGE_HEADLINE, *BRIDGE_BODY, line]))
    assert [b.code for b in doc.blocks[9:]] == ["S100", "S100", "B201"]


@pytest.mark.parametrize("line", ["Redacción", "Redazione", "Redação", "La rédaction",
                                  "Redactie"])
def test_a_newsrooms_signature_alone_is_a_byline(line: str) -> None:
    """A brief that no one signs carries the newsroom's name on a line of its own, below
    the headline; it was kept as a heading with the brief."""
    from newsclean.lexicon import BYLINE_CREDIT_RE

    assert BYLINE_CREDIT_RE.match(line)
    assert not BYLINE_CREDIT_RE.match(f"{line} decidió publicar la carta")
    doc = newsclean.analyze("\n".join([*MENU_LINES, BRIDGE_HEADLINE, line, *BRIDGE_BODY]))
    assert [b.code for b in doc.blocks[9:]] == ["B201", "S100", "S100"]


@pytest.mark.parametrize("line", [
    "Postado por Fernanda às vezes", "Publicado por la mañana", "Geplaatst door de gemeente",
])
def test_a_posted_by_line_without_a_name_and_a_time_is_no_byline(line: str) -> None:
    from newsclean.lexicon import BYLINE_RE

    assert not BYLINE_RE.match(line)


@pytest.mark.parametrize("rows", [
    ["May 3.4%", "June 3.6%", "July 3.1%", "August 2.9%"],
    ["March £4.20", "April £4.35", "May €5.10"],
])
def test_rates_and_prices_by_month_are_rows_not_datelines(rows: list[str]) -> None:
    # A month and a figure with a percent or currency sign: a table's row in the article.
    menu = MENU_LINES
    body = [*BODY[:2], "The figures, month by month:", *rows, *BODY[3:]]
    page = [*menu, *body, "© 2024 Example Daily. All rights reserved."]
    assert newsclean.clean("\n".join(page)).split("\n\n") == body


@pytest.mark.parametrize(("line", "code"), [
    ("Udostępnij", "B104"), ("Поделиться", "B104"), ("Deel", "B104"),
    ("Czytaj także", "B206"), ("Читайте также", "B206"), ("Lees ook", "B206"),
    ("Zaloguj się", "B203"), ("Войти", "B203"), ("Inloggen", "B203"),
    ("21 november 2022 08:12", "B201"), ("30 Maret 2015", "B201"), ("3 mei 2021", "B201"),
])
def test_page_furniture_in_more_languages(line: str, code: str) -> None:
    """Polish, Russian, Dutch and Indonesian pages' share, related and sign-in lines, and
    Dutch and Indonesian dates, are the same furniture as their English or French ones."""
    menu = MENU_LINES
    body = ["The council voted on Monday to close the old bridge for a year.",
            "Engineers found cracks in two of its piers during an inspection last month.",
            "Drivers will be sent on a detour through the town centre while it is shut."]
    page = [*menu, "Bridge to close for a year", line, *body, "© 2024 Example News"]
    doc = newsclean.analyze("\n".join(page))
    assert doc.blocks[9].code == code, doc.blocks[9]


@pytest.mark.parametrize("line", ["Share 412", "Tweet 58", "Facebook 2.1K", "Twitter 112",
                                  "612 shares", "318 RETWEETS 204 FAVORITES"])
def test_a_share_buttons_count_is_a_share_bar(line: str) -> None:
    """A share button or a platform with its count beside it (by the byline, between two
    paragraphs, under an embedded post) is a share bar's, not the article's subheading."""
    body = ["The council voted on Monday to close the old bridge for a year.",
            "Engineers found cracks in two of its piers during an inspection last month.",
            "Drivers will be sent on a detour through the town centre while it is shut."]
    page = ["Bridge to close for a year", "By Jane Doe", line, body[0], line, *body[1:]]
    doc = newsclean.analyze("\n".join(page))
    assert [b.code for b in doc.blocks if b.text == line] == ["B104", "B104"]
    assert newsclean.clean("\n".join(page)).split("\n\n") == body


@pytest.mark.parametrize("line", ["Be the first to like this.", "One blogger likes this.",
                                  "12 bloggers like this.", "Like Loading..."])
def test_a_like_buttons_counter_is_a_share_bar(line: str) -> None:
    """WordPress's like widget under a post (``Like this:``, its button and its counter, a
    sentence of its own) is the page's, even between two sentences."""
    body = ["The council voted on Monday to close the old bridge for a year.",
            "Engineers found cracks in two of its piers during an inspection last month."]
    page = ["Bridge to close for a year", "By Jane Doe", body[0], line, body[1]]
    doc = newsclean.analyze("\n".join(page))
    assert [b.code for b in doc.blocks if b.text == line] == ["B104"]
    assert line not in newsclean.clean("\n".join(page))
    menu = MENU_LINES
    page = [*menu, *page[:3], "Share this:", "Like this:", "Like", line, body[1]]
    assert newsclean.clean("\n".join(page)).split("\n\n") == [body[0], body[1]]


def test_a_sentence_about_liking_is_no_share_bar() -> None:
    line = "Be the first to like this restaurant."
    assert newsclean.analyze(f"{line}\nThe council voted to close it.").blocks[0].code != "B104"


@pytest.mark.parametrize("line", ["Posted in News | Leave a comment",
                                  "Filed under garden, tomatoes"])
def test_a_blog_posts_categories_without_a_colon_are_a_line_of_tags(line: str) -> None:
    """WordPress's and Posterous's line of a post's categories (``Posted in News``) has no
    colon after its label: it was kept as a heading below a short post."""
    page = [*MENU_LINES, BRIDGE_HEADLINE, *BRIDGE_BODY, line, "Recent Posts",
            "Storm hits the coast", "© 2012 Example Blog"]
    doc = newsclean.analyze("\n".join(page))
    assert [b.code for b in doc.blocks if b.text == line] == ["B206"]
    assert newsclean.clean("\n".join(page)).split("\n\n") == BRIDGE_BODY


@pytest.mark.parametrize("line", ["Page 2", "Comments 12", "Chapter 3"])
def test_a_count_beside_no_share_word_is_no_share_bar(line: str) -> None:
    assert newsclean.analyze(f"{line}\nThe council voted to close it.").blocks[0].code != "B104"


@pytest.mark.parametrize("place", [3, 6])
@pytest.mark.parametrize("headlines", [
    ["Storm hits the coast as thousands lose power",
     "Council approves new budget after long debate"],
    [],  # the header alone, right above the subheading
])
def test_a_subheading_below_a_related_box_is_the_articles(
    place: int, headlines: list[str]
) -> None:
    # A related box put above a subheading of a clean body (``NISSAN SENTRA``, in capitals
    # where none of the box's headlines is): the subheading heads the paragraphs below it,
    # not the box's last headline, and no line of the body goes; the box goes.
    body = (Path(__file__).parent / "fixtures" / "bodies" / "01.txt").read_text(
        encoding="utf-8").splitlines()
    assert body[place].isupper()
    box = ["Related Articles", *headlines]
    page = [*body[:place], *box, *body[place:]]
    kept = newsclean.clean("\n".join(page)).split("\n\n")
    assert kept == [line for line in body if line.strip()]


@pytest.mark.parametrize(("below", "code"), [
    ("Extra points", "S102"),  # a subheading of two words: the article's
    ("Storm hits the coast as thousands lose power", "B206"),  # a headline: the list's
])
def test_the_line_right_under_a_related_header(below: str, code: str) -> None:
    # Inside the article, a related header with one line under it: a short line or one in
    # capitals above running text is the article's subheading, a longer phrase the list's
    # one headline.
    page = "\n".join([*BODY[:2], "Related Articles", below, *BODY[3:]])
    doc = newsclean.analyze(page)
    assert [(b.text, b.code) for b in doc.blocks if b.text in ("Related Articles", below)] == [
        ("Related Articles", "B206"), (below, code)]


def test_a_caption_whose_credit_label_follows_its_sentence() -> None:
    # "<caption>. Photo: <credit>": the label stands after the caption's sentence, the
    # credit runs to the line's end. A paragraph whose "Source:" opens a sentence that goes
    # on stays.
    caption = "Waves break over the harbour wall at Port Alder. Photo: Jane Doe"
    doc = newsclean.analyze(PAGE.replace(BODY[1], "\n".join([BODY[1], caption])))
    assert [b.code for b in doc.blocks if b.text == caption] == ["B208"]
    assert doc.text.split("\n\n") == BODY
    para = ("Prices rose again in May. Source: the ministry, which expects them to fall "
            "again by the end of the year.")
    doc = newsclean.analyze(PAGE.replace(BODY[1], "\n".join([BODY[1], para])))
    assert [b.kept for b in doc.blocks if b.text == para] == [True]


def test_a_ranked_list_ends_where_its_numbering_goes_back() -> None:
    # A trending list ranked 1 to 5 inside a listicle of seven: the item below it, "4.",
    # is the article's next one, not a sixth headline of the list.
    intro = ("The survey has found seven surprises in its first year, and the team says "
             "that many more are waiting in the data it has taken.")
    months = ("March", "April", "May", "June", "July", "August", "September")
    names = ("A comet with two tails", "New moons around Uranus", "A star that dims",
             "A galaxy out of gas", "The fastest asteroid", "Flares from young stars",
             "A new dwarf planet")
    items = [f"{n}. {name}" for n, name in enumerate(names, 1)]
    bodies = [f"In {month}, the telescope found {name.lower()}, and it has puzzled the team "
              "since, because no model of such objects had allowed for it at all. The "
              "astronomers will look again next year, when the sky is darker and the "
              "instrument has been cooled, to see whether it is still there."
              for name, month in zip(names, months, strict=True)]
    trending = ["Trending", *(f"{n}. Storm hits the coast as thousands lose power {n}"
                              for n in range(1, 6))]
    listicle = [line for pair in zip(items, bodies, strict=True) for line in pair]
    page = [intro, *listicle[:6], *trending, *listicle[6:],
            "© 2025 Example Media. All rights reserved."]
    doc = newsclean.analyze("\n".join(page))
    related = {b.text for b in doc.blocks if b.code == "B206"}
    assert related == set(trending)


def test_a_short_post_keeps_its_headline_and_a_longer_article_does_not() -> None:
    # A post of a sentence under the heading that repeats the title line: without the
    # headline, what is left does not say what the post is about. An article of more
    # words loses its headline as a whole page's (B303).
    post = "Two otters were seen below the weir on Sunday, the first in forty years."
    more = ("Volunteers have cleaned the banks every spring since 2015, and the water board "
            "says the river is now clean enough for fish to return to its upper reaches.")
    head = ["Otters return to the river | Valley News", "Home", "News", "Sport", "Weather",
            "What's on", "Contact", "Otters return to the river"]
    tail = ["Related stories", "New bridge opens in May", "Library hours to change",
            "© 2024 Valley News"]
    assert newsclean.clean("\n".join([*head, post, *tail])).split("\n\n") == [
        "Otters return to the river", post,
    ]
    doc = newsclean.analyze("\n".join([*head, post, more, *tail]))
    assert doc.text.split("\n\n") == [post, more]
    assert [b.code for b in doc.blocks if b.text == head[-1]] == ["B303"]


def test_a_lead_above_a_skip_link_and_a_related_box_stays() -> None:
    # A newspaper's page of 2007: the lead paragraph, then a skip link and a related box
    # beside the story, then the rest of it. The skip link is interface text, so the box
    # is a short one of labelled lines and the lead it pushed out of the run stays.
    lead = ("OSLO, Dec. 10 — The mayor said it again on Monday, with more urgency than ever, "
            "to anyone who would listen: the harbour must be dredged before the spring.")
    rest = [
        "The council has put off the work three times since 2001, each time for lack of "
        "money, and the silt has risen by a metre in that time, the harbour master said.",
        "Ships of more than 4,000 tonnes can no longer dock at low tide, and two shipping "
        "lines have moved their calls to the port across the bay this year.",
    ]
    page = ["Home", "World", "Business", "Sport", "Arts", "Harbour must be dredged, mayor says",
            "By ANNA BERG", lead, "Skip to next paragraph", "Related",
            "Shipping lines leave the port (December 3, 2007)",
            "Council delays harbour vote (November 20, 2007)", *rest,
            "© 2007 The Example Times Company"]
    assert newsclean.clean("\n".join(page)).split("\n\n") == [lead, *rest]


def test_a_skip_link_between_two_sentences_is_interface_text_a_menu_word_a_subheading() -> None:
    first = "The ferry sailed at dawn with two hundred passengers aboard, the port said."
    second = "It reached the island an hour late because of the fog, the captain said."
    for line, code in (("Skip to next paragraph", "B210"), ("Menu", "S102")):
        doc = newsclean.analyze("\n".join([first, line, second]))
        assert [b.code for b in doc.blocks if b.text == line] == [code]


_FERRY_ABOVE = [
    "The island ferry will run a reduced timetable from March while its only vessel is "
    "refitted at a yard on the mainland, the harbour board said on Monday.",
    "Two crossings a day will be cancelled for eleven weeks, and the last sailing of the "
    "evening will leave the island an hour earlier than it does now.",
    "The board said a replacement boat had been chartered but could carry no more than "
    "twelve cars, so lorries would need to book a place a week in advance.",
]
_FERRY_BELOW = [
    "Shopkeepers on the island said the timing was poor, since the refit falls in the weeks "
    "before Easter when most of their deliveries come over on the morning boat.",
    "The harbour master said the refit could not wait another winter because corrosion had "
    "been found in the hull during the last inspection in the autumn.",
]


@pytest.mark.parametrize("longer_below", [False, True])
def test_a_most_read_list_with_ranks_on_lines_of_their_own_is_a_short_box(
    longer_below: bool,
) -> None:
    # Four headlines, each under its rank on a line of its own: a box of five lines with a
    # letter, as short as a list of five headlines numbered on their lines; the article
    # goes on below it, whichever part of it is the longer.
    above = _FERRY_ABOVE[:2] if longer_below else _FERRY_ABOVE
    below = [*_FERRY_BELOW, _FERRY_ABOVE[2]] if longer_below else _FERRY_BELOW
    page = [
        "Home", "News", "Sport", "Business", "Opinion", "Travel", "Weather", "Puzzles",
        "Ferry timetable cut for eleven weeks during refit",
        "By Harbour Reporter",
        *above,
        "Most Read",
        "1", "Man rescued after car rolls into harbour",
        "2", "School concert raises money for lifeboat",
        "3", "New bakery opens on the high street",
        "4", "Council to repair the pier steps",
        *below,
        "Related",
        "Harbour board names new chair",
        "Privacy Policy", "Terms of Use", "© 2026 The Island Courier",
    ]
    kept = newsclean.clean("\n".join(page)).split("\n\n")
    assert kept == [*above, *below]


_LOONS = [
    "For ten summers nobody on the lake heard a loon call at night, and this year three "
    "pairs nested on the rafts that the cabin owners built along the marshy north shore.",
    "The owners put up floating signs each May and persuaded the bait shop at the landing "
    "to stop selling lead sinkers, which the birds swallow with the stones they eat.",
    "A state biologist said the lake's recovery fits a pattern seen across the region, "
    "where loon numbers have slowly risen on lakes where people keep away from the nests.",
]
_LOONS_LAST = ("The committee plans to add a third raft next spring and hopes the state will "
               "send volunteers trained to band the chicks.")
_LOONS_BIO = ("Rhona Tillery has written about the outdoors for the paper since 2011. She "
              "grew up on a resort and still spends most summer weekends in a canoe.")


def test_the_paragraph_below_an_author_box_that_names_its_writer_is_the_articles() -> None:
    # The box names its writer and the paragraph below it does not: the article's last
    # paragraph, which the box pushed out of the run.
    page = ["Home", "News", "Sport", "Outdoors", "Opinion", "Business", "Video", "Jobs",
            "Why the loons came back", "By Rhona Tillery", *_LOONS,
            "About the author", _LOONS_BIO, _LOONS_LAST,
            "Related", "Lake groups push for wake limits", "Privacy Policy", "Terms of Use",
            "© 2026 The Lakeshore Paper"]
    kept = newsclean.clean("\n".join(page)).split("\n\n")
    assert kept == [*_LOONS, _LOONS_LAST]
    # A paragraph below the box that names the writer again goes on with the biography.
    page[page.index(_LOONS_LAST)] = ("Tillery is the author of two books about the lakes of "
                                     "the north and teaches a summer class on birds.")
    kept = newsclean.clean("\n".join(page)).split("\n\n")
    assert kept == _LOONS
