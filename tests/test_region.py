"""The article region: label roles, comment sections, repeated text, Markdown input."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.registry import Role, all_rules, block_rule, label_roles

PARAS = [
    "The council voted on Monday to close the old bridge to traffic for at least a year.",
    "Engineers found cracks in two of its piers during an inspection in the spring.",
    "Drivers will be sent on a detour through the town centre, officials said.",
    "A replacement is expected to cost about 40 million euros and open in 2027.",
]


def kept_codes(text: str, **options: object) -> list[tuple[str, bool]]:
    return [(b.code, b.kept) for b in newsclean.analyze(text, **options).blocks]  # type: ignore[arg-type]


def test_every_block_rule_declares_a_role_and_each_label_has_one() -> None:
    roles = label_roles()
    for rule in all_rules():
        if rule.is_text_rule:
            continue
        assert rule.label is not None
        assert roles[rule.label].role is rule.role, rule.code
        if rule.region_score:
            assert rule.role is Role.FURNITURE, rule.code
    assert roles["paragraph"].role is Role.ARTICLE
    assert roles["comments"].role is Role.BARRIER


def test_a_label_with_two_roles_is_refused() -> None:
    def twin(ctx: object) -> list[tuple[int, str]]:
        """A rule that would give "comments" another role."""
        return []

    with pytest.raises(ValueError, match="a label has one role"):
        block_rule("B999", "twin", stage="evidence", role=Role.INLINE, label="comments")(twin)


def test_only_furniture_has_a_region_score() -> None:
    with pytest.raises(ValueError, match="only furniture"):
        block_rule("B998", "x", stage="evidence", role=Role.INLINE, label="x", region_score=-1)


def test_only_furniture_has_a_notice_pattern() -> None:
    import regex

    with pytest.raises(ValueError, match="only furniture"):
        block_rule("B998", "x", stage="evidence", role=Role.INLINE, label="x",
                   notice=regex.compile("©"))


@pytest.mark.parametrize("line", ["He added:", "In a statement, the prime minister said:"])
def test_a_said_line_ends_nothing(line: str) -> None:
    text = "\n".join([*PARAS[:2], line, *PARAS[2:], "© 2024 Example News"])
    assert newsclean.clean(text).split("\n\n") == [*PARAS[:2], line, *PARAS[2:]]


COMMENTS = [
    "14 Comments",
    "joe says:",
    "May 1, 2012 at 3:04 pm",
    "This is the worst decision the council has made in years and everybody in town knows "
    "it, but nobody will say so out loud because they are all friends with the mayor.",
    "Reply",
    "anna says:",
    "May 1, 2012 at 4:10 pm",
    "I drive over that bridge every single day and I have seen the cracks myself for months "
    "now, so I am glad that somebody finally did something about it before it fell down.",
    "Reply",
]


def test_comments_longer_than_the_article_do_not_win() -> None:
    doc = newsclean.analyze("\n".join([*PARAS[:2], *COMMENTS]))
    assert doc.text.split("\n\n") == PARAS[:2]
    sections = [b for b in doc.blocks if b.code == "B207"]
    assert sections and all("comment section" in b.reason for b in sections)


@pytest.mark.parametrize(("ago", "reply", "report"), [
    ("2 godziny temu", "Odpowiedz", "Zgłoś"), ("3 часа назад", "Ответить", "Пожаловаться"),
    ("3 uur geleden", "Reageren", "Rapporteren"), ("för 3 timmar sedan", "Svara", "Anmäl"),
    ("2 saat önce", "Yanıtla", "Şikayet"), ("před 3 hodinami", "Odpovědět", "Nahlásit"),
    ("πριν 3 ώρες", "Απάντηση", "Αναφορά"), ("acum 3 ore", "Răspunde", "Raportează"),
    ("3 jam yang lalu", "Balas", "Laporkan"), ("3時間前", "通報 ·", "返信"),
    ("3시간 전", "답글", "신고"), ("منذ 3 ساعات", "رد", "إبلاغ"),
    ("3小时前", "回复", "赞 12 举报"), ("15分鐘前", "回覆", "檢舉"),
])
def test_comment_signatures_in_more_languages(ago: str, reply: str, report: str) -> None:
    """Each comment's time ago and its action bar, in the language of its page: the comments,
    longer than the article, are a section (they were read as the article's closing lines
    or, on a page whose votes scored nothing, as the article itself)."""
    comments = []
    for name, said in (("Marta K.", COMMENTS[3]), ("jan_w", COMMENTS[7]), ("Olek", COMMENTS[3])):
        comments += [name, ago, said, f"{reply} {report}"]
    doc = newsclean.analyze("\n".join([*PARAS[:2], *comments]))
    # (The first commenter's name, above the first signature, stays as a closing line.)
    assert doc.text.split("\n\n") == [*PARAS[:2], "Marta K."]
    assert {b.code for b in doc.blocks if b.text in comments[1:]} == {"B207"}


def test_a_comments_link_in_the_menu_does_not_open_the_section() -> None:
    # A blog's feed links (Posts, Comments) above the article; its byline and a quoted
    # "X wrote:" between them and the real comment header do not make the article comments.
    page = [
        "Home", "About", "Posts", "Comments", "Get posts by e-mail",
        "Bridge to close for a year", "May 1, 2012 by Jane Doe",
        PARAS[0], "A reader wrote:", PARAS[1], *PARAS[2:],
        *COMMENTS,
    ]
    out = newsclean.clean("\n".join(page)).split("\n\n")
    assert out[-5:] == [PARAS[0], "A reader wrote:", *PARAS[1:]]


def test_a_comment_count_by_the_byline_heads_no_section_over_the_article() -> None:
    # "14 Comments" by the byline and again over the comments: the first is a link to the
    # second. An embedded post's signature and a video's counters below it are no comments.
    page = [
        "Home", "News", "Reviews", "Tablet to ship in October",
        "by Jo Writer | September 4, 2012 at 2:17 pm", "14 Comments",
        PARAS[0], PARAS[1],
        "It's official: ships Oct 15. We can't wait for you to hold one.",
        "— Pat Boss (@patboss) September 4, 2012",
        PARAS[2], "First Look", "Like 1,204", "Dislike 87", "0:00 / 2:06",
        PARAS[3], "Tags: tablets", *COMMENTS,
    ]
    out = newsclean.clean("\n".join(page)).split("\n\n")
    assert all(para in out for para in PARAS)
    assert not any(text in out for text in COMMENTS)


WRITERS = ["anna (1204) writes:", "joe_b writes:", "Old Timer writes:", "mk77 writes:",
           "Riverside Resident writes:"]


def test_a_series_of_author_lines_is_a_comment_section() -> None:
    # Comments headed only by "X writes:" lines, no header and no Reply links.
    comments = [line for writer, text in zip(WRITERS, FORUM_POSTS * 2, strict=False)
                for line in (writer, text)]
    doc = newsclean.analyze("\n".join([*PARAS[:2], *comments]))
    assert doc.text.split("\n\n") == PARAS[:2]
    assert [b.code for b in doc.blocks if b.text in WRITERS] == ["B207"] * len(WRITERS)
    # An article that quotes four people that way keeps them all.
    quoted = [line for writer, text in zip(WRITERS[:4], FORUM_POSTS, strict=True)
              for line in (writer, text)]
    assert newsclean.clean("\n".join([*PARAS[:2], *quoted])).split("\n\n") == [*PARAS[:2], *quoted]


SIGNERS = ["Jermaine", "Ana Ruiz", "Jo Lee", "Ben D", "Jared White", "Rob"]


def test_comments_signed_by_names_and_dates_are_a_comment_section() -> None:
    # Each comment signed "Name 07 Nov 12" and nothing else, the comment form below them.
    pairs = enumerate(zip(SIGNERS, FORUM_POSTS * 2, strict=False))
    comments = [line for k, (name, text) in pairs
                for line in (f"{name} 0{k % 2 + 7} Nov 12", text)]
    page = [*PARAS[:2], *comments, "Post your thoughts", "Comment"]
    doc = newsclean.analyze("\n".join(page))
    assert doc.text.split("\n\n") == PARAS[:2]
    assert {b.code for b in doc.blocks if b.text in FORUM_POSTS} == {"B207"}


def test_a_comment_count_with_the_posts_title_heads_a_thread_of_names() -> None:
    # WordPress heads the comments "8 thoughts on “Title”": a header however long the title;
    # each comment signed by a name on its line and the time below it.
    header = ("8 thoughts on “Bridge to close for a year after engineers find cracks in two "
              "of its piers during the spring inspection”")
    names = ["Jermaine", "Ana Ruiz", "Jermaine", "Jo Lee", "Ben D"]
    comments = [line for k, (name, text) in enumerate(zip(names, FORUM_POSTS * 2, strict=False))
                for line in (name, f"August {k + 8}, 2018 at 3:1{k} pm", text)]
    doc = newsclean.analyze("\n".join([*PARAS[:3], header, *comments]))
    assert doc.text.split("\n\n") == PARAS[:3]
    assert [b.code for b in doc.blocks if b.text in names] == ["B207"] * len(names)


def posted_by(name: str, k: int) -> str:
    return f"Posted by: {name} | Mar 2{k % 8}, 2007 10:{10 + k}:46 PM"


def test_a_long_comment_does_not_end_the_comment_section() -> None:
    # One commenter's list of a dozen points between two signatures of the same form.
    points = [f"* Point {k}: the meter readings in the spring were wrong by about a third."
              for k in range(12)]
    comments = [FORUM_POSTS[0], posted_by("jo", 0), *points, posted_by("Old Timer", 1)]
    for k, (name, text) in enumerate(zip(SIGNERS[:4], FORUM_POSTS[1:] * 2, strict=False)):
        comments += [text, posted_by(name, k + 2)]
    doc = newsclean.analyze("\n".join([*PARAS, "Comments", *comments]))
    assert doc.text.split("\n\n") == PARAS
    # Signed by the blog's one writer, the same form is a list of its posts: it stays.
    posts = [line for k, text in enumerate(PARAS) for line in (text, posted_by("Kathy", k))]
    kept = newsclean.clean("\n".join(posts)).split("\n\n")
    assert [text for text in kept if text in PARAS] == PARAS


def test_a_time_line_under_a_long_comment_does_not_end_the_section() -> None:
    # "Jo wrote:" above each comment and its time below it; the first comment runs long.
    thread = ["5 Comments"]
    for k, name in enumerate(SIGNERS[:5]):
        thread += [f"{name} wrote:", *(FORUM_POSTS * 3)[:9 if k == 0 else 1],
                   f"Wednesday, July {k + 4}, 2012 at 12:4{k} pm | Permalink"]
    doc = newsclean.analyze("\n".join([*MENU, *PARAS, *thread, "Post a Comment"]))
    assert doc.text.split("\n\n") == PARAS


def test_long_comments_under_web_addresses_are_one_section() -> None:
    # Each commenter's avatar link and name, then a comment of many paragraphs: the
    # signatures stand further apart than a short comment's, in one form.
    thread: list[str] = []
    for k, name in enumerate(SIGNERS):
        thread.append(f"http://twitter.com/user{k} {name}")
        thread += (FORUM_POSTS * 3)[k:k + 3 + k % 2 * 6]
    doc = newsclean.analyze("\n".join([*PARAS, *thread]))
    assert doc.text.split("\n\n") == PARAS


def test_a_live_blog_signed_by_its_reporters_stays() -> None:
    # The same shape signed by two reporters is the article's own entries.
    entries = [line for k, text in enumerate(PARAS * 2)
               for line in (f"{['Ana Ruiz', 'Jo Lee'][k % 2]} 0{k // 4 + 7} Nov 12", text)]
    assert newsclean.clean("\n".join(entries)).split("\n\n") == entries


def test_one_comment_under_its_count_is_a_section() -> None:
    # WordPress's "One Response to", the commenter's name line with the time right below
    # it, the comment, and the form's header: one comment, signed twice over.
    thread = ["One Response to “Bridge to close”", "joker says:",
              "October 10, 2012 at 2:28 am",
              "Great news for the town, finally something is being done about it.",
              "Leave a Reply"]
    assert newsclean.clean("\n".join([*PARAS, *thread])).split("\n\n") == PARAS
    # Without the time below the name line, an article's "X said:" and a prompt stay apart.
    quoted = [PARAS[0], "The mayor said:", PARAS[1], PARAS[2], "Leave a Reply"]
    assert newsclean.clean("\n".join(quoted)).split("\n\n") == quoted[:4]


def test_one_comment_prompt_is_no_section() -> None:
    doc = newsclean.analyze("\n".join([*PARAS[:2], "Leave a Reply", *PARAS[2:]]))
    assert [b.code for b in doc.blocks] == ["S100", "S100", "B211", "S100", "S100"]
    assert doc.text.split("\n\n") == PARAS


@pytest.mark.parametrize("line", ["Advertisement", "Sign up for our daily newsletter",
                                  "Share this article", "Photo: Jane Doe / Reuters"])
def test_inline_boilerplate_before_a_list_ends_nothing(line: str) -> None:
    rows = ["1. Preheat the oven to 200C", "2. Mix the flour and the butter",
            "3. Bake for twenty minutes"]
    text = "\n".join([*PARAS, line, *rows, "Related", "Cat rescued from a tall tree"])
    out = newsclean.clean(text)
    assert all(row in out for row in rows), out
    assert line not in out


def test_a_print_copy_keeps_the_first_copy() -> None:
    doc = newsclean.analyze("\n".join([*PARAS, "Print this article", *PARAS]))
    assert doc.text.split("\n\n") == PARAS
    assert [b.code for b in doc.blocks[-4:]] == ["B304"] * 4


def test_a_teaser_above_the_body_goes_and_a_paragraph_repeated_in_it_stays() -> None:
    # The lead shown alone above the headline, again as the body's first paragraph: a teaser.
    page = ["Cat rescued from a tall tree", PARAS[0], "Bridge to close for a year",
            "By Jane Doe", *PARAS]
    doc = newsclean.analyze("\n".join(page))
    assert doc.blocks[1].code == "B304"
    assert doc.text.split("\n\n")[-4:] == PARAS
    # A paragraph between two subheadings that the article says again at its end, after
    # another paragraph: both stay (no run of paragraphs opens with the later one).
    body = [PARAS[0], "What the engineers found", PARAS[1], "What comes next", PARAS[2],
            PARAS[1]]
    assert newsclean.clean("\n".join(body)).split("\n\n") == body


def test_a_paragraph_said_twice_in_a_row_stays() -> None:
    text = "\n".join([PARAS[0], PARAS[0], PARAS[1]])
    assert newsclean.clean(text).split("\n\n") == [PARAS[0], PARAS[0], PARAS[1]]


def test_a_gallery_in_the_middle_does_not_end_the_article() -> None:
    # A slideshow between two parts of the article: a caption for each picture, and the
    # gallery's title above each picture. The title lines shown again and again were a wall of
    # furniture that the run could not cross, and the article's second part went with the
    # page; now the run is found without their later copies, which go as B304.
    captions = [f"Picture {n}: the old bridge seen from the north bank in the {season}."
                for n, season in enumerate(["spring", "summer", "autumn", "winter"] * 5, 1)]
    title = "Scenes From the Old Bridge"
    page = [*MENU, PARAS[0], PARAS[1], *captions, *[title] * 20, PARAS[2], PARAS[3],
            *OTHER_HEADLINES, "© 2024 Example"]
    doc = newsclean.analyze("\n".join(page))
    assert doc.text.split("\n\n") == [PARAS[0], PARAS[1], *captions, title, *PARAS[2:]]
    assert [b.code for b in doc.blocks if b.text == title] == ["S102", *["B304"] * 19]


SHOWCASE = [
    "Copper Lanterns", "The Night Market", "Paper Boats", "Winter Harbour", "Blue Hour",
    "Salt and Smoke", "Kite Season", "Old Town Steps", "The Long Pier", "Fog Lights",
    "Saturday Crowd", "Last Ferry",
]


def test_a_showcase_of_titles_its_lead_and_its_headline_count_stays() -> None:
    # Twelve posters' titles, one a line, in title case like a list of other headlines, under
    # a lead that says there are twelve and a headline that says so too, then the closing
    # paragraph: the titles and the close are the article's.
    lead = ("Our readers sent in hundreds of posters this autumn, and here are 12 of the "
            "designs that made the judges stop and look twice.")
    close = "Which one would you hang on your wall? The voting closes on Friday at noon."
    page = [*MENU, "12 Posters That Stopped Our Judges", lead, *SHOWCASE, close,
            *OTHER_HEADLINES, "© 2024 Example"]
    doc = newsclean.analyze("\n".join(page))
    assert doc.text.split("\n\n")[-14:] == [lead, *SHOWCASE, close]
    # Without the count in a heading, twelve lines in title case below a sentence that
    # names a 12 are no article of their own: a coincidence costs the close, as it did.
    doc = newsclean.analyze("\n".join(page).replace("12 Posters", "Posters"))
    assert doc.text.split("\n\n") == [lead]


def test_an_advert_between_copies_of_a_line_parts_nothing() -> None:
    # Once the advert marker is removed the three copies stand in a row: the first clean
    # removes them already, so a second one changes nothing.
    title = "Scenes From the Old Bridge"
    text = "\n".join([PARAS[0], title, "Advertisement", title, title, PARAS[1]])
    doc = newsclean.analyze(text)
    assert [b.code for b in doc.blocks if b.text == title] == ["S102", "B304", "B304"]
    assert newsclean.clean(doc.text) == doc.text == "\n\n".join([PARAS[0], title, PARAS[1]])


def test_a_pager_inside_the_article_goes_and_numbers_out_of_order_stay() -> None:
    # A pager counts against the run as a menu does: here the article's second half
    # outweighs it, and the pager goes where it stands.
    pager = ["<<", "<", *map(str, range(1, 6)), ">", ">>"]
    page = [*MENU, PARAS[0], PARAS[1], *pager, PARAS[2], PARAS[3], "© 2024 Example"]
    doc = newsclean.analyze("\n".join(page))
    assert doc.text.split("\n\n") == PARAS
    assert {b.code for b in doc.blocks if b.text in pager} == {"B305"}
    for numbers in (["3", "2", "1"], ["1", "3", "5"], ["1", "2"]):
        page = [*MENU, PARAS[0], PARAS[1], *numbers, PARAS[2], PARAS[3], "© 2024 Example"]
        out = newsclean.clean("\n".join(page)).split("\n\n")
        assert out == [*PARAS[:2], *numbers, *PARAS[2:]]


def test_a_line_said_twice_a_sentence_or_a_figure_said_again_and_again_stays() -> None:
    chant = "We love you, we do."
    for lines in (["The bridge", "The bridge"], [chant] * 3, ["0"] * 3):
        text = "\n".join([PARAS[0], *lines, PARAS[1]])
        assert newsclean.clean(text).split("\n\n") == [PARAS[0], *lines, PARAS[1]]


def test_a_post_of_one_paragraph_shown_twice_is_kept_once() -> None:
    # The page shows the post again below it (a comment feed's copy); nothing else on the
    # page reads as article, so the first copy is the article, alone as it stands.
    post = " ".join(PARAS[:3])
    page = ["Sign Up to Get Live Dispatches", "Dispatch Archive: Adventures from Around the World",
            "Bridge to close", post, "Posted at 08:18 AM | Permalink", "Comments",
            "Bridge to close", post, "View the entire comment thread.", "Home", "About"]
    doc = newsclean.analyze("\n".join(page))
    assert doc.text == post
    assert doc.blocks[3].kept
    # A teaser that two headline lists repeat still counts against, beside an article.
    teaser = "Police said on Sunday that the fire had started in a kitchen on the first floor."
    lists = ["Latest", teaser, "Storm closes the ferry", "Most read", teaser, "Tram fares up"]
    assert teaser not in newsclean.clean("\n".join([*PARAS, *lists]))


def test_a_paywalled_article_shown_twice_keeps_its_cut_paragraph() -> None:
    # A paywall cuts the article's second paragraph off with "...", and the page shows the
    # lead and the cut twice: right below the lead, the cut paragraph is the article's own
    # (not another article's teaser), so the lead is no lone copy and the article wins
    # over the registration form's sentences above it.
    lead = ("The council voted on Monday to close the old bridge to traffic for at least a "
            "year, after engineers found cracks in two of its piers during an inspection.")
    cut = "Drivers will be sent on a detour through the town centre, which officials say ..."
    form = ["Please register to gain free access to our tools.",
            "Forgot your username or password?",
            "This service is unavailable due to maintenance. Please try again later."]
    page = [*MENU, *form, "Bridge to close for a year", "By Jane Doe", lead, cut,
            "By Jane Doe", lead, cut, "Subscribe to read the full story", "© 2024 Example"]
    out = newsclean.clean("\n".join(page)).split("\n\n")
    assert out.count(lead) == 1 and out.count(cut) == 1, out


def test_a_list_led_by_a_colon_below_a_related_box_stays_with_the_article() -> None:
    # A related box between paragraphs pushes the rest of the article out of the run; the
    # paragraph below it stays, and so do the list a line ending in a colon leads into and
    # the paragraph after that list. Where no paragraph follows, the colon's list is the
    # page's (teasers under "More from the town:").
    prices = ["The new prices at a glance:", "Adults: 65 euros (was 85)",
              "Children: 30 euros (was 40)", "Families: 140 euros (was 180)"]
    last = ("The indoor pool will stay open for longer every evening until the outdoor "
            "pool opens in July, the council said.")
    box = ["Read also", *OTHER_HEADLINES[:2]]
    more = ["More from the town:", *OTHER_HEADLINES[2:5], "© 2024 Example"]
    page = [*MENU, *PARAS[:3], *box, PARAS[3], *prices, last, "Advertisement", *more]
    assert newsclean.clean("\n".join(page)).split("\n\n") == [*PARAS, *prices, last]
    page = [*MENU, *PARAS[:3], *box, PARAS[3], *more]
    assert newsclean.clean("\n".join(page)).split("\n\n") == PARAS
    # A colon's line over a teaser (a headline and its summary) leads into no list.
    teaser = ["In other news:", OTHER_HEADLINES[5],
              "The ferry to the island will run every hour from June, the operator said."]
    page = [*MENU, *PARAS[:3], *box, PARAS[3], *teaser, "© 2024 Example"]
    assert newsclean.clean("\n".join(page)).split("\n\n") == PARAS
    # A colon's line over a quotation is the article's: "He added:" and the quote stay.
    quote = ["He added:", '"People love it. It stays open."', last]
    popular = ["Most Popular", *[f"{n}. {h}" for n, h in enumerate(OTHER_HEADLINES[:5], 1)]]
    page = [*MENU, *PARAS[:3], *popular, PARAS[3], *quote, "© 2024 Example"]
    assert newsclean.clean("\n".join(page)).split("\n\n") == [*PARAS, *quote]


def test_a_speakers_line_below_a_trending_box_does_not_part_the_paragraph_above() -> None:
    # A numbered trending box between paragraphs; below it a paragraph, "The mayor said:"
    # and the quote. The line that announces the quote stands between running text: it
    # does not make the paragraph above it a teaser alone, so the rest of the article
    # outweighs the box and stays.
    before = [
        "Shops on both banks of the river fear they will lose trade while the bridge is "
        "closed to traffic.",
        "The council has promised to review the detour after the first month, officials said.",
    ]
    trending = ["Trending", *[f"{n} {h}" for n, h in enumerate(OTHER_HEADLINES[:5], 1)]]
    after = [
        "The bridge's twin upstream, built in the same year, is not affected and will stay "
        "open to cars and lorries while the work goes on.",
        "The mayor said:",
        "\"We are not closing the town. We are closing one old bridge, and we will build a "
        "better one in its place.\"",
        "The council is looking for a site for a temporary footbridge and hopes to announce "
        "one early next year.",
        "The contractor did not return a call seeking comment.",
        "Work on the new bridge is expected to start in the autumn of next year.",
    ]
    page = [*MENU, *PARAS, *before, *trending, *after, "© 2024 Example"]
    assert newsclean.clean("\n".join(page)).split("\n\n") == [*PARAS, *before, *after]


def test_a_table_under_its_subheading_below_a_related_box_stays_with_the_article() -> None:
    # Below the paragraph a related box pushed out of the run: a table under its subheading
    # (a header line, rows with figures), an advert slot, the article's last paragraphs.
    # All of them stay; the advert slot goes where it stands. A headline over its summary
    # (a teaser) is no table: where only such follow, they are the page's.
    table = ["League standings", "Pos Team Played Points", "1 Lakeshore United 32 64",
             "2 Harbor City 32 57", "3 Kingsport 32 56", "4 Bayview Rangers 32 51"]
    last = ("The indoor pool will stay open for longer every evening until the outdoor "
            "pool opens in July, the council said.")
    box = ["Read also", *OTHER_HEADLINES[:2]]
    page = [*MENU, *PARAS[:3], *box, PARAS[3], *table, "Advertisement", last,
            "Tags: pool, council", "© 2024 Example"]
    assert newsclean.clean("\n".join(page)).split("\n\n") == [*PARAS, *table, last]
    teaser = [OTHER_HEADLINES[5],
              "The ferry to the island will run every hour from June, the operator said."]
    page = [*MENU, *PARAS[:3], *box, PARAS[3], *teaser, "© 2024 Example"]
    assert newsclean.clean("\n".join(page)).split("\n\n") == PARAS

def test_the_paragraph_below_an_author_box_is_not_the_articles() -> None:
    # An author box closes the article: the writer's note below it is not a paragraph of
    # the article that a box pushed out of the run (as one below a related box may be).
    hello = ("Hi, I am Jane Doe and Example.com is my blog, where I have written about the "
             "town and its council every week since 2009.")
    page = [*MENU, "By Jane Doe", *PARAS, "About the author...",
            "Jane Doe – who has written 2565 posts on Example.com.", hello,
            "Jane recommends these posts:", *OTHER_HEADLINES[:3], "© 2024 Example"]
    assert newsclean.clean("\n".join(page)).split("\n\n") == PARAS


def test_page_region_rules_leave_markdown_alone() -> None:
    md = "\n\n".join([
        "# Notes", PARAS[0], "- one item", "- another item", "> A quote of somebody.",
        "Share this article", PARAS[1], "© 2024 Example News",
    ])
    doc = newsclean.analyze(md, input_format="markdown")
    codes = {b.code for b in doc.blocks}
    assert not codes & {"B207", "B301", "B302", "B303", "B304"}
    for kept in ("one item", "another item", "A quote of somebody.", PARAS[0], PARAS[1]):
        assert kept in doc.text


SIGNATURE_LINES = [
    "12 Comments", "Leave a Reply", "Reply", "Like (3)", "Report abuse | Reply", "Like",
    "joe says:", "Anna schrieb:", "Jo said...", "Nathan 07.16.12 at 21:35", "3 hours ago",
    "a week ago", "May 1, 2012 at 3:04 pm", "Posted by: jo at May 1, 2012 3:04 PM",
    "3. CmdrR - October 26, 2012", "by jo on Aug 8, 2012 5:21 PM PDT up reply actions",
    "Quote | Report this post", "Posted by: tom, Bolton on 20:21, 1 Jan 08",
    "Reply to This Parent Share", "Comment number 108.", "Report this comment (Comment number 108)",
    "Davey wrote on May 1st, 2012 at 5:49 am Link To Comment | Reply To Comment",
    "Phil White responded to Davey on November 13th, 2012 at 8:19 am Link To Comment | Reply",
    "http://twitter.com/danamac Dana McMahan",
    "He added:", "Recommended", "Storm hits the coast",
    "The council voted on Monday to close the old bridge to traffic.", "2 cups flour",
]


def test_a_thread_signed_with_reply_action_menus_is_a_comment_section() -> None:
    # A platform's comment signature ends with a menu of actions after the reply link.
    thread = []
    for k, name in enumerate(["jo", "Pat K", "sam_99", "jo", "Lee"]):
        thread += [f"by {name} on Aug 8, 2012 5:{10 + k} PM PDT up reply actions",
                   f"Comment number {k} says the game was a good one to watch, really."]
    out = newsclean.clean("\n".join([*PARAS, *thread]))
    assert out.split("\n\n") == PARAS


def test_a_thread_with_quote_and_report_lines_is_a_comment_section() -> None:
    thread = []
    for k, name in enumerate(["tom", "don", "irf", "taxpayer"]):
        thread += [f"Posted by: {name}, Bolton on 20:{10 + k}, 1 Jan 08",
                   f"Comment {k}: as long as he does not take advice from his cousin, fine.",
                   "Quote | Report this post"]
    out = newsclean.clean("\n".join([*PARAS, *thread]))
    assert out.split("\n\n") == PARAS


def test_a_comment_form_below_the_comments_does_not_cut_the_section() -> None:
    # The form's header ("Add a comment") comes after the comments: the "Reply" lines above
    # it are comments, not the article's own signatures.
    thread = []
    for k, name in enumerate(["jo", "Pat K", "sam_99", "Lee"]):
        thread += [f"by {name} July 24, 2012 {k + 1}:45 PM EDT",
                   f"Comment number {k} says the bridge was a disgrace for years, really.",
                   "Reply to this comment"]
    page = [*PARAS, *thread, "Add a comment", "Comment reply"]
    assert newsclean.clean("\n".join(page)).split("\n\n") == PARAS
    # Above a later header, a related list's dates alone are no comments: the byline and
    # the short article above the list stay.
    related = [line for k in range(6) for line in (
        f"Headline number {k} of another story", f"{k + 2} {'days' if k % 2 else 'hours'} ago"
    )]
    page = ["Bridge to close", "By Jo Smith posted Nov 13th 2012 1:55PM", PARAS[0], "0",
            "Leave A Comment", "Email This", "bridges, council, roads", *related,
            "0 comments", "Podcast", "0 comments", "Other", "5 comments"]
    assert PARAS[0] in newsclean.clean("\n".join(page)).split("\n\n")


def test_a_thread_signed_with_timed_reply_links_is_a_comment_section() -> None:
    # The reply link stands inside the line that dates the comment, and an answer's line
    # names whom it answers (longer than other signatures).
    thread = []
    for k, (name, to) in enumerate([("Davey", ""), ("Phil White", " responded to Davey"),
                                    ("GlokBLok", ""), ("Phil White", " responded to GlokBLok")]):
        thread += [f"{name}{to or ' wrote'} on November 13th, 2012 at {k + 5}:19 am Link To "
                   "Comment | Reply To Comment",
                   f"Comment number {k} says the revolver is a gimmick and nothing more, really.",
                   f"Please rate this comment: {k} 1"]
    assert newsclean.clean("\n".join([*PARAS, *thread])).split("\n\n") == PARAS
    thread = [f"November 12, 2012 18:0{k}:00 Reply 0 Flag this comment" if k % 2 else line
              for k, line in enumerate(FORUM_POSTS[:3] * 2)]
    assert newsclean.clean("\n".join([*PARAS, "3 Comments", *thread])).split("\n\n") == PARAS
    # A title that holds the word and a date (no time of day) is no reply line.
    from newsclean.features import Features
    from newsclean.rules.comments import Signature, signature

    title = "Government Reply Brief in the Surveillance Case (Jan. 30, 2007)"
    assert signature(title, Features.of(title)) is not Signature.ACTION


def test_a_thread_with_reply_and_share_lines_is_a_comment_section() -> None:
    # Slashdot's comments: a score line, "by X (id) writes:", the comment (every other one
    # three paragraphs long), its actions.
    thread = []
    for k, name in enumerate(["SJ2000", "Anonymous Coward", "ackthpt", "Master Moose"]):
        thread += [f"Re: Deceptive Summary (Score: {k + 1})", f"by {name} ({k}8057) writes:",
                   FORUM_POSTS[k % 3], *FORUM_POSTS[:2] * (k % 2), "Reply to This Parent Share",
                   "twitter facebook", "Flag as Inappropriate"]
    out = newsclean.clean("\n".join([*PARAS, *thread])).split("\n\n")
    assert out[:4] == PARAS
    assert not set(out) & set(FORUM_POSTS)


def test_a_thread_of_numbered_comments_with_report_lines_is_a_comment_section() -> None:
    # The BBC's comments: ratings, the comment's number, its author and time, the comment,
    # and report and link lines that repeat its number.
    thread = ["Comments", "All Comments 144"]
    for k, name in enumerate(["focus63", "Danny Betts", "CityBoyCityBoy", "Val"]):
        number = 108 - 9 * k
        thread += ["rate this", f"+{k + 2}", "rate this", f"+{k + 2}", f"Comment number {number}.",
                   name, f"{k + 1} Hours ago", FORUM_POSTS[k],
                   f"Report this comment (Comment number {number})",
                   f"Link to this (Comment number {number})"]
    out = newsclean.clean("\n".join([*PARAS, *thread])).split("\n\n")
    assert out[:4] == PARAS
    assert not set(out) & set(FORUM_POSTS)


def test_a_date_in_figures_and_a_web_address_are_one_word_of_a_signature() -> None:
    # "1 Stephan Kopp http://… | 10/29/2012 5:14:46 PM": a number, a name, the commenter's
    # site and the time, seven words as a reader counts them.
    thread = ["Post a Comment"]
    for k, name in enumerate(["Stephan Kopp", "Ed Brill", "Ranjit", "Kevin"]):
        thread += [f"{k + 1} {name} http://site{k}.example.net | 10/29/2012 5:1{k}:46 PM",
                   FORUM_POSTS[k]]
    out = newsclean.clean("\n".join([*PARAS, *thread])).split("\n\n")
    assert out[:4] == PARAS
    assert not set(out) & set(FORUM_POSTS)


def test_a_thread_signed_by_names_alone_under_a_header_is_a_comment_section() -> None:
    # "19 Responses", then each comment under its writer's name; one writer answers twice.
    names = ["NFreak007", "King Richards", "Eugene", "NFreak007"]
    thread = ["19 Responses"]
    for name, post in zip(names, FORUM_POSTS, strict=True):
        thread += [name, post]
    out = newsclean.clean("\n".join([*PARAS, *thread, "Leave a Reply"])).split("\n\n")
    assert out == PARAS
    # Without a repeated name the lines may be an article's subheadings: all stay.
    headed = ["Comments", "Background", FORUM_POSTS[0], "Reaction", FORUM_POSTS[1],
              "What comes next", FORUM_POSTS[2], "Costs", FORUM_POSTS[3]]
    out = newsclean.clean("\n".join([*PARAS, *headed])).split("\n\n")
    assert set(FORUM_POSTS) <= set(out)
    # A comment link right above the article's first line does not take the article.
    article = ["Comments »", PARAS[0], "Comments »", *thread[1:]]
    assert PARAS[0] in newsclean.clean("\n".join(article)).split("\n\n")
    # A rule ("___") names nobody: an article's sections, each under a rule and a question,
    # stay below a comment header that stands between them and the first paragraphs.
    questions = ["WHO LEADS THE RACE NOW?", "WHAT COMES NEXT FOR THEM?",
                 "WHO PAYS FOR THE BRIDGE?", "WHEN WILL IT OPEN?"]
    sections = []
    for question, post in zip(questions, FORUM_POSTS, strict=True):
        sections += ["___", question, post]
    article = [*PARAS, "12 Comments", *sections]
    assert newsclean.clean("\n".join(article)).split("\n\n") == [*PARAS, *sections]
    # Lines that other rules labelled (a menu's "Comments", a related list's "Play Video"
    # twice) are no names: the article between them stays.
    page = ["Don't Miss:", "Holiday Gift Guide", "Comments", "Pin It", "Send to a Friend",
            "Bridge to close for a year", *PARAS, "Related Stories", "Play Video",
            "Five Minutes to Pretty Party Makeup", "Play Video",
            "An Ideal Holiday Updo for Long Hair", "Comments", "Retro Carryalls Make a Comeback"]
    assert newsclean.clean("\n".join(page)).split("\n\n") == PARAS


def test_a_thread_signed_by_web_addresses_and_names_is_a_comment_section() -> None:
    # Comment systems print each commenter's avatar link and name on one line.
    writers = ["http://twitter.com/danamac Dana McMahan", "http://mccooltravel.example McCool",
               "http://www.facebook.com/karen.r.42 Karen Reyburn", "http://free-range.example/ Pam",
               "http://twitter.com/bentoons Ben Tessman"]
    thread = [line for pair in zip(writers, [*FORUM_POSTS, PARAS[0]], strict=True) for line in pair]
    assert newsclean.clean("\n".join([*PARAS[1:], *thread])).split("\n\n") == PARAS[1:]
    # A list of sites in the article (no comment between the lines) stays.
    sites = ["http://www.python.org Python", "http://www.ruby-lang.org Ruby",
             "http://www.perl.org Perl", "http://www.php.net PHP", "http://www.rust-lang.org Rust"]
    article = [PARAS[0], "Some places to start:", *sites, *PARAS[1:]]
    assert newsclean.clean("\n".join(article)).split("\n\n") == article
    # A one-line post between two "Comments »" links, the thread below: the post stays.
    post = "Six days without power so far, and the town expects another week at least."
    page = ["Jo's Blog", "storm", "Comments »", post, "Comments »", *thread]
    assert post in newsclean.clean("\n".join(page)).split("\n\n")


def test_signatures_of_a_page_agree_with_the_definition() -> None:
    from newsclean.context import BlockContext
    from newsclean.rules.comments import signature, signatures

    doc = newsclean.analyze("\n".join(SIGNATURE_LINES))
    ctx = BlockContext([*doc.blocks])
    expected = [(i, kind) for i, b in enumerate(doc.blocks)
                if (kind := signature(b.text, ctx.features[i])) is not None]
    assert signatures(ctx) == expected
    assert {kind.value for _, kind in expected} == {"header", "action", "author", "stamp", "time"}


FORUM_POSTS = [
    "I switched to the new tariff last winter and my bill went up by a third, which nobody "
    "at the call centre could explain to me even after three long phone calls.",
    "Has anybody else had trouble with the meter readings since the update? Mine shows "
    "numbers that cannot be right for a small flat with two people living in it.",
    "The best advice I can give is to take a photo of the meter every month and send it in "
    "yourself, because the estimates they make are always far too high for us.",
    "We complained to the ombudsman and got a refund after four months, so it is worth "
    "keeping every letter and writing down the date of every call you make.",
]


def test_the_article_below_the_headline_wins_over_longer_posts_further_down() -> None:
    # The page's title names the headline; the article stands right below it, and a longer
    # list of forum posts (no comment signatures) follows a related list: the posts are
    # neither the article nor a part of it that the list pushed out of the run.
    page = "\n".join([
        "Bridge to close for a year | Example Herald", "Home", "News", "Sport",
        "Bridge to close for a year", "By Jane Doe",
        *PARAS[:3],
        "Related stories", "Ferry service to run every hour", "New cycle lane opens in May",
        "Town hall repairs delayed again", "School holidays to start a week early",
        "Market square to get new trees", "Latest from the forum",
        *FORUM_POSTS,
    ])
    assert newsclean.clean(page).split("\n\n")[-3:] == PARAS[:3]
    without_title = page.split("\n", 1)[1]  # no title line: the longer run wins, as before
    assert newsclean.clean(without_title).split("\n\n")[-1] == FORUM_POSTS[-1]


MENU = ["Home", "World", "Sport", "Business", "Arts", "Travel", "Opinion", "Video"]


PROFILE = (
    "I write about the sea and the people who work on it. I live by the harbour, and I "
    "photograph it every morning before work."
)
CAPTION = "The lighthouse at dawn, seen from the end of the harbour wall"
ARCHIVE = ["Archive", "May 2024 (12)", "April 2024 (9)", "March 2024 (14)"]
HEADLINE = "The lighthouse at dawn"
TITLE_LINE = f"{HEADLINE} | Harbour Notes"


def test_a_short_post_under_its_headline_wins_over_a_longer_profile() -> None:
    # A post of one line (a picture's caption) and a blog's profile in the sidebar above it:
    # neither is a paragraph of twenty words, so length does not tell them apart, and the
    # headline does.
    page = [TITLE_LINE, *MENU, PROFILE, *ARCHIVE, "The lighthouse at dawn", CAPTION,
            "Related posts", "Fog over the bay", "Boats in winter", "Nets drying",
            "© 2024 Harbour Notes"]
    # A post this short keeps its headline (see B303).
    assert newsclean.clean("\n".join(page)).split("\n\n") == [HEADLINE, CAPTION]
    # No title line: nothing names the headline, and the longer profile wins, as before.
    assert newsclean.clean("\n".join(page[1:])).split("\n\n") == [PROFILE]


def test_a_short_post_under_a_full_width_title_separator_wins_over_comments() -> None:
    # A Japanese blog's title line parts the headline from the blog's name with a
    # full-width vertical line and no spaces: the headline is found, and the post of three
    # sentences below it wins over two shorter comments and a profile further down, that
    # would otherwise outscore it.
    post = "早起きして湖まで行ってきました。風がなくて、山がきれいに映っていました。寒かったけれど、行ってよかったです。"
    page = ["今朝の富士山｜ゆるりカメラ日和", "ゆるりカメラ日和", "ホーム", "プロフィール",
            "アーカイブ", "今朝の富士山", post, "2011年12月4日 08:45", "テーマ：風景写真",
            "ツイート", "コメント", "1. すてき！", "さくらさん",
            "真っ白な富士山、いいですね。私も行きたいです。", "2011-12-04 10:12:33",
            "2. 寒そう", "たろうパパ", "早起きお疲れさまです。空気が澄んでいますね。",
            "2011-12-04 12:40:05", "コメントする", "名前", "送信", "プロフィール",
            "東京に住む会社員です。週末になるとカメラを持って近所の公園や少し遠くの山や湖まで"
            "出かけ、季節の景色を撮っています。写真は独学なので、上手な方のブログを見ては勉強"
            "させてもらっています。", "最新の記事", "今朝の富士山", "紅葉の高尾山", "月別",
            "2011年12月", "2011年11月", "Copyright © 2011 ゆるりカメラ日和 All Rights Reserved."]
    # A post this short keeps its headline (see B303).
    assert newsclean.clean("\n".join(page)).split("\n\n") == ["今朝の富士山", post]


def test_a_lone_sentence_below_the_headline_wins_over_a_blurb_further_down() -> None:
    # A post of one sentence, a short line between it and the headline; a profile (a
    # longer lone paragraph) in the sidebar below a related list: the sentence is the
    # article (the run below the headline counts even alone, as a lone sentence counts).
    post = "Once a week we post a picture of the harbour, taken on the way to work."
    page = [TITLE_LINE, *MENU, "The lighthouse at dawn", "Harbour Notes |", post,
            "Related posts", "Fog over the bay", "Boats in winter", "Nets drying", *ARCHIVE,
            PROFILE, "Contact", "Privacy"]
    assert newsclean.clean("\n".join(page)).split("\n\n") == [HEADLINE, post]


def test_release_notes_under_a_title_that_says_its_headline_twice() -> None:
    # The title line repeats "Version - Name" before the site's name; the heading spells
    # the first two parts. Under it, a list of changes and no running text: a sidebar
    # sentence is the best run, but the list under the headline is the article.
    items = ["+ Added granite, andesite and diorite blocks", "+ Added slime blocks",
             "+ Villagers will harvest crops and plant new ones",
             "* Enchanting has been redone and now costs lapis"]
    page = ["Game 1.8 - The Big Update - Game 1.8 - The Big Update - Game News", "Game News",
            "Powered by Tumblr", "Game 1.8 - The Big Update", *items, "Archive",
            "This blog posts the news of the game as soon as it is out.", "RSS"]
    doc = newsclean.analyze("\n".join(page))
    assert doc.text.split("\n\n")[:len(items)] == items
    # The heading is the whole page's headline, above the article (see B303).
    assert [b.label for b in doc.blocks if b.text == page[3]] == ["headline"]


def test_a_short_post_below_the_second_repeat_of_its_headline_stays() -> None:
    # A breadcrumb repeats the headline first, above the blog's tagline; the post stands
    # right below the real heading (a byline between): the run found is kept, and the
    # lines under the breadcrumb are not taken for the article.
    post = "Once a week we post a picture of the harbour, taken on the way to work."
    page = [TITLE_LINE, "Home", "Blog", "The lighthouse at dawn",
            "Pictures from the harbour, every week of the year", "Related posts",
            "Fog over the bay", "Boats in winter", "Nets drying", "The lighthouse at dawn",
            "By Jane Doe", post, "© 2024 Harbour Notes"]
    assert newsclean.clean("\n".join(page)).split("\n\n") == [HEADLINE, post]


def test_a_menu_under_the_headline_is_no_short_post() -> None:
    # The headline stands above the site's menu (a blog's header): the menu's first line
    # is no post, and the run found by length (the profile) stays.
    page = [TITLE_LINE, PROFILE, *ARCHIVE, "The lighthouse at dawn", *MENU,
            "Related posts", "Fog over the bay", "Boats in winter", "Nets drying",
            "© 2024 Harbour Notes"]
    kept = newsclean.clean("\n".join(page)).split("\n\n")
    assert PROFILE in kept
    assert not set(MENU) & set(kept)


def test_a_short_post_above_its_comments_wins_over_the_sidebar_below_them() -> None:
    # Nothing above the comment section scores as running text; the sidebar below it does.
    # The post under the headline is the article, the sidebar is not.
    page = [TITLE_LINE, *MENU, "The lighthouse at dawn", CAPTION, "2 comments",
            "Anna Berg", "12 May 2024 at 9:15 am", "What a lovely picture, thank you.", "Reply",
            "Tom Hale", "12 May 2024 at 10:02 am",
            "I was there last week and it looked just like this.", "Reply",
            "Leave a comment", PROFILE, "© 2024 Harbour Notes"]
    assert newsclean.clean("\n".join(page)).split("\n\n") == [HEADLINE, CAPTION]


def test_a_long_last_paragraph_ending_with_an_ellipsis_is_no_teaser() -> None:
    closing = (
        "Nobody at the meeting could say when the work would start, how long the detour "
        "would last or who would pay for the extra buses, and the mayor left before the "
        "questions were over, so the residents will have to wait for the next meeting, "
        "which is not until the spring…"
    )
    headlines = [
        "Ferry service to run every hour", "New cycle lane opens in May",
        "Town hall repairs delayed again", "School holidays to start a week early",
        "Market square to get new trees", "Library to open on Sundays",
    ]
    page = "\n".join([*MENU, PARAS[0], closing, *headlines, "© 2024 Example News"])
    assert newsclean.clean(page).split("\n\n") == [PARAS[0], closing]


OTHER_HEADLINES = [
    "Ferry Service to Run Every Hour", "New Cycle Lane Opens in May",
    "Town Hall Repairs Delayed Again", "School Holidays to Start a Week Early",
    "Market Square to Get New Trees", "Library to Open on Sundays",
    "Harbour Wall Repaired After Storm",
]


def test_what_stands_above_the_headline_in_the_run_is_the_pages() -> None:
    # A poll's question reads as running text and joins the run, but the page's title line
    # names the headline below it: the article starts there.
    page = ["Bridge to close for a year | Example Herald", *MENU,
            "Do you agree with the plan to close the old bridge for a whole year, as planned?",
            "Click here to vote.", "Bridge to close for a year", *PARAS, "© 2024 Example"]
    assert newsclean.clean("\n".join(page)).split("\n\n") == PARAS


def test_what_stands_above_the_repeated_title_is_the_pages() -> None:
    # A blog's sidebar above the post: a profile and a blurb between short links, no menu
    # of its own and no furniture. The title line's headline, repeated as the heading
    # right above the post, makes it a whole page: all above the heading is the page's.
    blurb = ("Books: our guide to the coast is out now, with a hundred walks along the "
             "harbour and the cliffs.")
    page = [TITLE_LINE, "Home", PROFILE, "Shop", blurb, "Ask us", "The lighthouse at dawn",
            *PARAS, "Related posts", "Fog over the bay", "Boats in winter", "Nets drying"]
    doc = newsclean.analyze("\n".join(page))
    assert doc.text.split("\n\n") == PARAS
    assert "above the page's headline (line 7), which repeats the title line" in (
        next(b for b in doc.blocks if b.text == PROFILE).reason
    )
    # Without the title line nothing marks a page, and what stands above the post stays.
    assert newsclean.clean("\n".join(page[1:])).split("\n\n") == page[1:-4]


def test_a_blurb_that_reaches_the_headline_over_neutral_lines_stays_the_pages() -> None:
    # The run starts below the headline; a breadcrumb and the headline itself hold figures
    # (rows: neither for nor against), and the blog's profile above them scores for. The
    # run is not carried up over them to the profile.
    profile = ("I write about the sea and the people who work on it, and I have lived by the "
               "harbour for twenty years, where I photograph the boats every morning.")
    page = ["Our 10 best pictures of 2024 | Harbour Notes", *MENU, profile,
            "Home / Our 10 best pictures of 2024", "Our 10 best pictures of 2024", *PARAS,
            "Related posts", "Fog over the bay", "Boats in winter", "© 2024 Harbour Notes"]
    assert newsclean.clean("\n".join(page)).split("\n\n") == PARAS


def test_a_list_of_headlines_below_the_article_is_page_text() -> None:
    # A whole page (a menu above), one advert marker, then other articles' headlines:
    # no furniture below, but the headlines are a list of links of their own.
    page = [*MENU, *PARAS, "Advertisement", *OTHER_HEADLINES]
    assert newsclean.clean("\n".join(page)).split("\n\n") == PARAS


def test_a_dated_copyright_notice_ends_the_article_where_little_follows() -> None:
    # The site's closing sentences and a form below the article's notice: without it, the
    # run would carry on over the sentences, and the form below them would stay (the
    # sentences right below a one-line box may be the article's last: they stay).
    form = ["Find your new job:", "Job title", "e.g. secretary", "Location", "Search jobs"]
    tail = ["Example News is a trade mark of Example Media Ltd.",
            "Please read our terms and our privacy statement before using this site.", *form]
    page = [*MENU, *PARAS, "© 2024 owned by or licensed to Example Media Ltd.", *tail]
    out = newsclean.clean("\n".join(page)).split("\n\n")
    assert out[:4] == PARAS and not set(form) & set(out), out
    # Where more article follows the notice, the article goes on; and what stands above a
    # notice is never cut, however much follows.
    body = [*PARAS[:2], "A Second Look", *PARAS[2:], *FORUM_POSTS[:2]]
    page = [*MENU, *body[:2], "Copyright 2024 Jane Doe", *body[2:], "Privacy Policy"]
    assert newsclean.clean("\n".join(page)).split("\n\n") == body


def test_the_article_below_a_notice_is_what_stands_before_the_next_footer_line() -> None:
    # Below the notice: share and comment links, then another footer line, then a shop's
    # product list and reader posts. The text far below does not carry the run back over
    # the notice: what counts is the article right below it, up to the next furniture.
    links = ["recommend this article", "Page: 1", "Click Here to Comment on This Article",
             "Most Recent Reader Comments:", "Click Here To Read All Posts"]
    below = [*links, "Source: Example Wire. All Rights Reserved", "HDMI Cables", *FORUM_POSTS]
    page = [*MENU, *PARAS, "Copyright © 2024 Example Wire. All rights reserved.", *below]
    out = newsclean.clean("\n".join(page)).split("\n\n")
    assert out == PARAS, out


def test_a_comment_prompt_ends_the_article_where_only_its_form_follows() -> None:
    # A comment form and its rules below the prompt read as sentences, but they are not
    # more article: the prompt closes the article as a dated notice does.
    form = ["Name:", "Email:", "Comment rules",
            "Comment posters are responsible for the opinions they express and for the "
            "accuracy of the information they post.",
            "Please keep your comments directed to the topic of the story and free of "
            "personal attacks of any kind.",
            "If you believe that a commenter has not followed these rules, please use our "
            "online complaint form."]
    page = [*MENU, *PARAS, "Leave a Reply", *form, *MENU]
    assert newsclean.clean("\n".join(page)).split("\n\n") == PARAS
    # More article below a prompt (a link to the comments by the byline): the run goes on.
    body = [*PARAS[:1], "12 Comments", *PARAS[1:], *FORUM_POSTS[:2]]
    page = [*MENU, *body, "Privacy Policy"]
    assert newsclean.clean("\n".join(page)).split("\n\n") == [*PARAS, *FORUM_POSTS[:2]]


def test_other_articles_headlines_below_a_notice_end_the_article_there() -> None:
    # Below the notice, a list of other articles' headlines under a label, then a sponsor's
    # box of sentences: the sentences below the list are not more article.
    sponsor = ["Want to be successful at work? Find out what you can do to make that happen "
               "this year, with tips from our partners.",
               "Check out articles from experts and calculators to help you decide if "
               "refinancing your mortgage is the right move for your family this year.",
               "Not sure where to start when battling your messes? Find out how to squash "
               "clutter in every room of the house with our guides.",
               "Like online video? Then you will love the new channel from our partners, with "
               "a fresh show every weekday."]
    page = [*MENU, *PARAS, "Copyright 2024 Example Wire.", "Sports Wire", *OTHER_HEADLINES,
            *sponsor, *MENU]
    assert newsclean.clean("\n".join(page)).split("\n\n") == PARAS


def test_a_notice_that_reserves_the_rights_ends_the_article_without_a_year() -> None:
    # A shop's box below the notice, then a footer line: the box's two sentences would carry
    # the run over a footer line, but not over the page's notice.
    notice = "© All rights reserved. Reproduction in whole or in part is prohibited."
    shop = ["Kitchen Scales",
            "Digital scales with a glass top weigh up to five kilograms and switch off by "
            "themselves after two minutes.",
            "A steel bowl with a pouring lip sits on the base and goes in the dishwasher, and "
            "the display shows grams and ounces."]
    page = [*MENU, *PARAS, notice, *shop, "Privacy Policy"]
    assert newsclean.clean("\n".join(page)).split("\n\n") == PARAS


def test_a_listicle_below_a_related_box_inside_the_article_stays() -> None:
    # Each item a subheading and one paragraph: below a related box, the shape of a list of
    # teasers (a headline and a summary, again), but the article's own. (The box takes the
    # first subheading as one of its headlines; the paragraphs all stay.)
    box = ["Related Articles", "Ferry Service to Run Every Hour", "New Cycle Lane Opens in May"]
    intro = [f"{para} {post}" for para, post in zip(PARAS, FORUM_POSTS, strict=True)]
    heads = ["Start With the Meter", "Keep Every Letter", "Call Early in the Day",
             "Ask for a Manager", "Check the Tariff", "Read the Small Print",
             "Talk to Your Neighbours", "Write It All Down"]
    paragraphs = [f"{post} {FORUM_POSTS[k % 4]}" for k, post in enumerate(FORUM_POSTS + PARAS, 1)]
    items = [line for pair in zip(heads, paragraphs, strict=True) for line in pair]
    page = [*MENU, *intro, *box, *items, "© 2024 Example Media. All rights reserved."]
    out = newsclean.clean("\n".join(page)).split("\n\n")
    assert set(intro + paragraphs + heads[1:]) <= set(out), out


def test_a_dated_credit_above_a_paragraph_ends_nothing() -> None:
    page = [*MENU, PARAS[0], "© 2024 Jane Doe", *PARAS[1:], "Privacy Policy", "Contact us"]
    assert newsclean.clean("\n".join(page)).split("\n\n") == PARAS


def test_a_list_that_a_sentence_introduces_stays() -> None:
    intro = "You can find other recipes for the holidays at these blogs:"
    recipes = [f"{dish} by {blog}" for dish, blog in [
        ("Bacon Quiche", "Cindy's Kitchen"), ("Tuna Salad Nicoise", "Magnolia Days"),
        ("Croque Monsieur", "The Webicurean"), ("Spinach Pancakes", "Happy Baking Days"),
        ("Onion Tart", "The Wimpy Vegetarian"), ("Boeuf Bourguignon", "Family Foodie"),
        ("Creme Brulee", "Wine Everyday"),
    ]]
    page = [*MENU, *PARAS, intro, *recipes]
    out = newsclean.clean("\n".join(page))
    assert all(line in out for line in recipes), out


def test_a_list_that_the_last_line_of_the_article_introduces_stays() -> None:
    # Release notes: a short introduction ending in a colon, then items in sentence case
    # without final marks; page furniture follows.
    items = ["Hundreds of new tasks for the evening game",
             "Dozens of tricky questions to get to know each other",
             "Better support for older phones and tablets",
             "A new theme for the main menu and the score board",
             "Faster start on the first run after an update",
             "Fixes for the sound on some headphones",
             "More languages in the settings"]
    page = [*MENU, *PARAS, "What is new in this version:", *items, "© 2024 Example Games"]
    assert newsclean.clean("\n".join(page)).split("\n\n")[-8:] == [
        "What is new in this version:", *items]


def test_a_list_that_the_lead_introduces_stays_above_the_body() -> None:
    # The lead ends in a colon, its list comes before the long paragraphs: the list and the
    # lead are the article's, though the run of running text starts below them.
    lead = "In this webinar we will cover:"
    items = ["eight metrics that matter for paid search",
             "why these metrics are so important for campaign analysis",
             "how to find out quickly how your own campaigns are performing"]
    page = [*MENU, "Upcoming webinar on paid search", lead, *items, *PARAS, "© 2024 Example"]
    assert newsclean.clean("\n".join(page)).split("\n\n")[-8:] == [lead, *items, *PARAS]


def test_a_short_line_between_the_article_and_its_list_does_not_part_them() -> None:
    items = ["the storm's current and forecast paths", "public alerts and evacuation notices",
             "radar and cloud images from two agencies", "routes out of the flooded areas",
             "shelters as they open", "videos of the storm from people on the coast"]
    page = [*MENU, *PARAS, "Enlarge this map", "On the map, you will find the following:",
            *items, "© 2024 Example"]
    out = newsclean.clean("\n".join(page))
    assert all(line in out for line in items), out


@pytest.mark.parametrize("at", range(5))
def test_an_advert_marker_among_the_closing_lines_ends_nothing(at: int) -> None:
    # An exhibition's closing lines (a name, a title, a place, its hours) above the footer
    # stay, with an advert marker anywhere between the last paragraph and the footer.
    closing = ["Michael Anastassiades", "‘Jewels after Jewels’", "Flos Showroom",
               "corso Monforte, 15, Milan", "9.30 A.M. / 7.00 P.M."]
    lines = [*closing[:at], "Advertisement", *closing[at:]]
    page = [*MENU, *PARAS, *lines, "© 2024 Example Media. All rights reserved."]
    assert newsclean.clean("\n".join(page)).split("\n\n") == [*PARAS, *closing]


def test_sections_that_go_on_below_the_run_under_its_labels_stay() -> None:
    # A training plan's days: the first day's lines are in the run, and the later days
    # repeat its labels (two distinct short lines) down to the related list.
    day = ["Warm up for ten minutes", "Rest a minute between sets"]
    first = ("Run four laps of the track at an easy pace, then stretch your legs and your "
             "back for five minutes.")
    body = [*PARAS, "Day 1", *day, first]
    rest = [line for n in range(2, 6) for line in (f"Day {n}", *day, f"Swim {n} lengths")]
    page = [*MENU, *body, *rest, "Related Articles", "Ten ways to run faster"]
    assert newsclean.clean("\n".join(page)).split("\n\n") == [*body, *rest]


def test_reviews_under_the_labels_of_the_first_stay_above_a_share_bar() -> None:
    # One-word labels recur (Pros, Cons, Verdict), and a share bar of three buttons stands
    # between the last review and the footer: more inline boilerplate than closing lines
    # may hold, so before, every review after the run went.
    def review(name: str, text: str, hours: int, verdict: str) -> list[str]:
        return [name, text, "Pros", f"Battery lasts {hours} hours", "Easy to carry in a bag",
                "Cons", f"Only {hours // 10} colours to choose from", "Loud on a busy train",
                "Verdict", verdict]

    first = [*review("Corvane Hush", "The Hush is the pair we kept reaching for on the "
                     "flight, with strong cancellation and deep, soft ear cups.", 34,
                     "The safest buy at this price, if you fly more than twice a year."),
             *review("Lumetra Air", "Calls were clearer on the Air than on any other pair "
                     "we tried, even with a coffee grinder running nearby.", 28,
                     "Buy it if you spend most of your working day on video calls.")]
    rest = [line for name, hours in (("Finch Studio", 22), ("Bexley Go", 40), ("Oxley", 30))
            for line in review(name, "Good value.", hours, "Fine for a commute.")]
    share = ["Share this article", "Facebook", "Email"]
    page = [*MENU, *PARAS, *first, *rest, *share, "© 2024 Example Media"]
    assert newsclean.clean("\n".join(page)).split("\n\n") == [*PARAS, *first, *rest]


def test_a_related_list_that_repeats_one_line_of_the_article_goes() -> None:
    # One line of the run again below it (a subheading that is also a headline) is no
    # section's label: the lines down to the footer are the page's, past five of them.
    heading = "Who pays for the bridge"
    teasers = [heading, "Storm closes the harbour road", "New school opens in the spring",
               "Town hall to get solar panels", "Rail line reopens after floods",
               "Market moves to the square"]
    page = [*MENU, *PARAS[:2], heading, *PARAS[2:], *teasers, "© 2024 Example"]
    assert newsclean.clean("\n".join(page)).split("\n\n") == [*PARAS[:2], heading, *PARAS[2:]]


def test_a_bulleted_list_of_names_that_the_article_introduces_stays() -> None:
    # Seven names in title case, more than the closing lines before a footer (five).
    devices = ["• Amazon Kindle", "• Barnes & Noble Nook", "• Apple iPad", "• Sony Reader",
               "• Kobo Reader", "• Android Phone", "• Palm Handhelds"]
    page = [*MENU, *PARAS, "You can now read the magazine on the following devices:",
            *devices, "© 2024 Example"]
    out = newsclean.clean("\n".join(page))
    assert all(line in out for line in devices), out


def test_a_sentence_that_ends_in_a_colon_is_running_text() -> None:
    # A sentence that announces what follows counts for the article as a paragraph does;
    # a short label ending in a colon counts against it as a heading does.
    from newsclean.document import Block
    from newsclean.features import Features
    from newsclean.region import find_region

    lines = [PARAS[0], "The council published the full letter from the engineers on Monday:",
             "Read the letter here:", PARAS[1]]
    blocks = [Block(i, 0, 0, t, t) for i, t in enumerate(lines)]
    scores = find_region(blocks, Features.many(lines), lambda i: None).scores
    assert scores[1] == len(Features.of(lines[1]).words) and scores[2] < 0


def test_names_that_a_sentence_announces_stay_and_a_related_header_takes_none() -> None:
    # Places in title case, one word or a few, under a sentence of ten words or more.
    places = ["Brazil (Brasilia, Rio de Janeiro, Sao Paulo)", "Bahrain", "Sri Lanka", "India",
              "Australia (Adelaide, Brisbane, Perth)", "Hong Kong", "Japan", "Iceland"]
    intro = "Here are the places we will visit in the spring, not counting the trips at home:"
    page = [*MENU, *PARAS, intro, *places, "© 2024 Example"]
    assert newsclean.clean("\n".join(page)).split("\n\n")[-9:] == [intro, *places]
    # The same above the body, under its lead.
    page = [*MENU, "Spring tour announced", intro, *places, *PARAS, "© 2024 Example"]
    assert newsclean.clean("\n".join(page)).split("\n\n") == [intro, *places, *PARAS]
    # A related list's header is no such sentence: its headlines go.
    headlines = ["Storm Hits The Coast Overnight", "Council Votes On Budget", "Bridge Reopens",
                 "Schools Close Early", "Rain Returns Friday"]
    page = [*MENU, *PARAS, "You might also like:", *headlines, "© 2024 Example"]
    assert newsclean.clean("\n".join(page)).split("\n\n") == PARAS


def test_names_that_a_short_sentence_announces_stay_below_the_article() -> None:
    # "The winners are:" is a sentence, not a header: the names under it are the article's,
    # though related links and a footer follow them. Headlines under such a line are not
    # names (the header above them is a related list's): they go.
    names = ["Jane Ward", "Peter Lowe", "Amira Khan", "Tom Baker", "Lucy Stone"]
    related = ["Related", "Council tax to rise by 5 per cent", "New park opens in town centre"]
    page = [*MENU, *PARAS, "The winners are:", *names, *related, "Share", "© 2024 Example"]
    assert newsclean.clean("\n".join(page)).split("\n\n") == [*PARAS, "The winners are:",
                                                               *names]
    headlines = ["Terrestrial Hermit Crabs Learning Social Tricks", "Ask The Mayor Anything",
                 "Why The Council Replaced Its Maps", "Rain Returns To The Valley Friday",
                 "School Opens A New Library Wing", "Farmers Market Moves To Saturdays",
                 "Night Buses Return After Ten Years"]
    page = [*MENU, *PARAS, "You may like to read:", *headlines, "© 2024 Example"]
    assert newsclean.clean("\n".join(page)).split("\n\n") == PARAS


def test_a_list_of_names_in_an_extracted_article_stays() -> None:
    # No page around the article: a list of title-case lines is the article's own.
    winners = ["Best Novel Goes to The River House", "Best Debut Goes to Small Hours",
               "Best Poetry Goes to Salt and Stone", "Best Biography Goes to The Keeper",
               "Best Translation Goes to Night Trains", "Best Children's Book Goes to Pip",
               "Lifetime Award Goes to Ana Ruiz"]
    assert newsclean.clean("\n".join([*PARAS, *winners])).split("\n\n") == [*PARAS, *winners]


def test_a_tour_dates_list_below_the_article_is_no_list_of_headlines() -> None:
    dates = [f"June {day} – {city} @ {hall}" for day, city, hall in [
        (2, "Boston, MA", "Harbor Pavilion"), (4, "Albany, NY", "River Hall"),
        (6, "Detroit, MI", "Motor Arena"), (8, "Chicago, IL", "Lake Theater"),
        (10, "Denver, CO", "Red Rock Park"), (12, "Austin, TX", "Music Factory"),
        (14, "Phoenix, AZ", "Desert Dome")]]
    page = [*MENU, *PARAS, "Advertisement", "The Band Announces Its Summer Tour", *dates]
    out = newsclean.clean("\n".join(page))
    assert all(row in out for row in dates), out


def test_long_rows_of_a_dated_list_stay_with_its_first_rows() -> None:
    # The later rows name long venues: alone, each reads like a headline (one figure in
    # twelve words), but it has the shape of the rows above it.
    short = ["Aug. 2 – Boston, MA @ Harbor Pavilion", "Aug. 4 – Albany, NY @ River Hall"]
    long = ["Aug. 6 – Raleigh, NC @ Coastal Credit Union Music Park at Walnut Creek",
            "Aug. 8 – Virginia Beach, VA @ Veterans United Home Loans Amphitheater",
            "Sept. 12 – Mountain View, CA @ The Shoreline Amphitheatre By The Bay"]
    page = [*MENU, *PARAS, "Tour Dates", *short, *long, *OTHER_HEADLINES]
    out = newsclean.clean("\n".join(page)).split("\n\n")
    assert out[-5:] == [*short, *long], out
    assert not set(OTHER_HEADLINES) & set(out)


@pytest.mark.parametrize(("text", "cut"), [
    ("Realtek Bluetooth...", True), ("body parts suit …", True),
    ("competition in the second half of 2009,...", True), ("launched a new ad network....", True),
    ("he said . . .", False), ("“Wait…”", False),
])
def test_a_teaser_cut_off_with_an_ellipsis(text: str, cut: bool) -> None:
    from newsclean.region import TRUNCATED_RE

    assert (TRUNCATED_RE.search(text) is not None) is cut


def test_a_sites_name_below_the_title_line_is_its_masthead_not_the_headline() -> None:
    # "Headline - Site", then the site's name as a masthead: the headline is the part the
    # page repeats further down, and the short post below it is the article, not the
    # longer notice in the sidebar.
    post = ("Good morning! We packed the old wicker basket with pears and cheese and walked "
            "down to the river meadow before the rain came in.")
    sidebar = ["Shop | our prints", "Studio | Mill Lane", "Instagram | our photos",
               "Friends of the journal", "Copper Pot Kitchen", "Lantern Row", "Field Notes",
               "Hedgerow Bakes", "Little Orchard", "Paper Moth", "Quiet Harbour",
               "Salt and Thyme", "{the fine print}",
               "Every picture here is our own unless a caption names its maker. Should you "
               "find one of yours without its credit, write to us and we will add the credit "
               "or take the picture down within a day. Thank you for reading, and for "
               "passing on what you like here to your friends."]
    page = ["Spring picnic - Tin Kettle journal", "Tin Kettle journal", "Search", *sidebar,
            "« the winter shelf | Main", "April 12, 2013", "Spring picnic", post,
            "Tags: picnic, spring", "Comments", "Leave a Reply"]
    assert newsclean.clean("\n".join(page)) == f"Spring picnic\n\n{post}"


# A made-up blog post in Chinese, written one thought per line: clauses parted by spaces,
# no final marks.
CJK_BLOG = [
    "清晨六點出發 沿著山路一路往上開 雲霧在山谷裡慢慢散開",
    "抵達營地時太陽剛好露臉 整片楓樹林在晨光下閃著金黃色的光",
    "營主很熱情地帶我們看營位 還介紹了附近幾條好走的步道",
    "今年的楓葉比去年晚紅了一週 不過層次反而更加豐富",
    "孩子們一下車就跑去撿落葉 堆成一座小山再整個跳進去",
    "中午簡單煮了一鍋麵 配上自己帶來的滷味和青菜",
    "下午沿著溪邊散步 水很清澈可以看見小魚在石頭間游來游去",
    "傍晚山嵐又飄了上來 氣溫一下子降了好幾度",
    "晚餐準備了火鍋 大家圍著爐子聊天聊到很晚才睡",
    "隔天早上被鳥叫聲吵醒 帳篷外面已經鋪滿一層落葉",
    "收拾裝備的時候真的有點捨不得離開 明年一定還要再來",
]


def test_a_chinese_blog_without_final_marks_is_the_article_not_its_comments() -> None:
    # Spaces part the clauses of Chinese text as commas would: each line is running text,
    # and the post outweighs the short comments of the sidebar below it.
    page = ["山中楓紅露營記 @ 小林的旅行日記", "首頁", "部落格", "相簿", "留言", "名片",
            "旅遊", "美食", "親子", "山中楓紅露營記", *CJK_BLOG, "相關文章", "海邊露營初體驗",
            "最新留言", "05/02 阿明： 好美的地方！", "05/01 版主回覆： 謝謝您的來訪！",
            "04/30 小華： 請問營地有熱水嗎？", "04/29 版主回覆： 有的，全天供應熱水。"]
    kept = newsclean.clean("\n".join(page)).split("\n\n")
    assert kept[:len(CJK_BLOG)] == CJK_BLOG


def test_a_chinese_line_parted_by_a_space_scores_its_length_and_one_without_against() -> None:
    from newsclean.document import Block
    from newsclean.features import Features
    from newsclean.region import find_region

    lines = [CJK_BLOG[0], CJK_BLOG[1], CJK_BLOG[2].replace(" ", "")]
    blocks = [Block(i, 0, 0, t, t) for i, t in enumerate(lines)]
    features = Features.many(lines)
    scores = find_region(blocks, features, lambda i: None).scores
    assert scores[0] == features[0].n_words >= 10 and scores[2] < 0


def test_a_poem_whose_lines_end_with_commas_is_the_article() -> None:
    # Lines of verse end with commas and semicolons, which headings and menu items do not:
    # they go with the short lines that end the verse's sentences.
    poem = [
        "The river runs beside the mill,", "And carries leaves along;",
        "Where is the summer gone?", "The swallows left the chimney high,",
        "The orchard wall is bare,", "And all the road is still.",
        "Yet in the frost the seeds lie deep,", "Below the quiet hill;",
        "They wait for spring to come.", "The farmer mends his broken gate,",
        "And counts the days of rain,", "And sings to pass the time.",
        "The lamps are lit along the lane,", "The chimneys smoke again;",
        "The night comes early now.", "But we will watch the river run,",
        "And wait beside the wheel,", "Until the ice is gone.",
    ]
    page = ["Autumn by the mill - Field Notes", "Home", "Poems", "About", "Autumn by the mill",
            "Posted by Ann Ridley", *poem, "Archives", "October 2012 (3)", "September 2012 (5)",
            "Recent posts", "A walk in the rain", "Notes from the harbour", "About me",
            "I write poems about the valley where I grew up, and I post one here every week "
            "or so. You are welcome to share them with a link back to this page.",
            "My first book of poems came out last spring, and a second one is on its way, "
            "with drawings of the mill by my brother."]
    kept = newsclean.clean("\n".join(page)).split("\n\n")
    assert all(line in kept for line in poem)


def test_sentences_that_end_with_a_danda_are_running_text() -> None:
    # Hindi ends a sentence with a danda ("।"): the paragraphs are the article, not the
    # sidebar's blurb below the related links, which ends with one too.
    paras = [
        "मौसम विभाग ने अगले तीन दिनों तक उत्तर भारत के कई राज्यों में भारी बारिश की चेतावनी जारी की है।",
        "नदियों के किनारे रहने वाले लोगों को सावधान रहने की सलाह दी गई है।",
        "राज्य सरकार ने राहत शिविरों के लिए स्कूलों और सामुदायिक भवनों को तैयार किया है।",
        "अधिकारियों ने कहा कि बचाव दल चौबीसों घंटे तैनात रहेंगे और लोगों को सूचनाओं पर ध्यान देना चाहिए।",
        "विशेषज्ञों के अनुसार इस साल बारिश सामान्य से लगभग तीस प्रतिशत अधिक रही है।",
    ]
    menu = ["होम", "देश", "दुनिया", "खेल", "मनोरंजन", "व्यापार", "टेक", "वीडियो", "फोटो"]
    related = ["यह भी पढ़ें", "दिल्ली में बारिश से जाम", "किसानों के लिए नई योजना", "मुंबई में स्कूल बंद"]
    blurb = ("यह समाचार वेबसाइट देश और दुनिया की ताज़ा खबरें, विश्लेषण और वीडियो आपके लिए लाती है, "
             "हमसे जुड़े रहें और अपने दोस्तों के साथ साझा करें, हमारी टीम हर दिन काम करती है।")
    kept = newsclean.clean("\n".join([*menu, *paras, *related, blurb])).split("\n\n")
    assert kept[:len(paras)] == paras


def test_a_thai_article_is_not_lost_to_an_english_blurb() -> None:
    # Thai puts spaces between phrases, not words, and has no final marks: its paragraphs
    # count for the words their length holds, and the English function words of the
    # sidebar's blurb do not judge them.
    paras = [
        "กรมอุตุนิยมวิทยาประกาศเตือนว่าจะมีฝนตกหนักในหลายจังหวัดทางภาคเหนือตลอดสัปดาห์นี้ "
        "ประชาชนที่อาศัยอยู่ใกล้แม่น้ำควรเตรียมพร้อมรับมือกับน้ำท่วมฉับพลัน",
        "เจ้าหน้าที่ท้องถิ่นได้จัดเตรียมศูนย์พักพิงชั่วคราวไว้แล้วในโรงเรียนและวัดหลายแห่ง "
        "พร้อมทั้งอาหารและน้ำดื่มสำหรับผู้ที่ต้องอพยพ",
        "ผู้ว่าราชการจังหวัดกล่าวว่าทีมกู้ภัยจะประจำการตลอดยี่สิบสี่ชั่วโมง",
        "นักวิชาการระบุว่าปริมาณฝนในปีนี้สูงกว่าค่าเฉลี่ย ซึ่งอาจส่งผลกระทบต่อพื้นที่เกษตรกรรม",
    ]
    menu = ["หน้าแรก", "การเมือง", "เศรษฐกิจ", "กีฬา", "บันเทิง", "ต่างประเทศ", "เทคโนโลยี",
            "ไลฟ์สไตล์", "วิดีโอ"]
    blurb = ("About us: this site brings you the latest news from Thailand and the region "
             "every day, with video, photos and analysis from our team of reporters in "
             "Bangkok and beyond. Follow us.")
    page = [*menu, *paras, "ข่าวที่เกี่ยวข้อง", "น้ำท่วมกรุงเทพฯ", "ราคาข้าวพุ่ง", blurb]
    kept = newsclean.clean("\n".join(page)).split("\n\n")
    assert kept[:len(paras)] == paras


@pytest.mark.parametrize("line", [
    "The river runs beside the mill,", "And carries leaves along;",
    "我們沿著河邊慢慢地走，", "سار الناس على طول النهر،",
])
def test_a_line_that_goes_on_below_counts_neither_for_nor_against(line: str) -> None:
    from newsclean.document import Block
    from newsclean.features import Features
    from newsclean.region import find_region

    lines = [PARAS[0], line, PARAS[1], line.rstrip(",;，、،؛") + " and the town"]
    blocks = [Block(i, 0, 0, t, t) for i, t in enumerate(lines)]
    scores = find_region(blocks, Features.many(lines), lambda i: None).scores
    assert scores[1] == 0 and scores[3] < 0


def test_a_list_that_a_chinese_sentence_introduces_with_a_full_width_colon_stays() -> None:
    # "We packed the following:" with a full-width colon, then the items, each a phrase
    # without spaces (its words counted as a block's, two characters a word).
    paras = ["今年秋天我們一家人第三次來到山上的營地，天氣比預期的還要好，楓葉也正好轉紅。",
             "營地的設備很齊全，有乾淨的廁所和熱水，孩子們一到就開心地跑去玩。",
             "這次露營我們準備了以下的裝備："]
    items = ["兩頂帳篷和四個睡袋", "一個瓦斯爐和一套鍋具", "三張折疊椅和一張桌子", "一盞露營燈"]
    related = ["相關文章", "海邊露營初體驗", "溪谷秘境半日遊", "高山雲海之旅", "冬季賞雪行程"]
    page = ["首頁", "旅遊", "美食", "親子", "相簿", "留言", "名片", "關於", *paras, *items,
            *related, "Copyright © 2024 小林日記. All rights reserved.", "隱私權政策", "聯絡我們"]
    kept = newsclean.clean("\n".join(page)).split("\n\n")
    assert kept[:len(paras) + len(items)] == [*paras, *items]


FLOOD = [
    "The river rose two metres overnight, and the town's lower streets were under water by "
    "dawn.",
    "Volunteers filled sandbags at the fire station while the council opened the school hall "
    "to families.",
    "The mayor said the worst should pass by Thursday, when the rain is forecast to ease.",
]
TEASERS = [
    ("3 arrested after break-in at the harbour office",
     "Police said three men were held on Tuesday night after an alarm sounded at the office "
     "on the quay, and a van was seized nearby."),
    ("Council approves 12 new bus routes for the spring",
     "The routes will link the outer estates with the station and the hospital, and the "
     "first buses should run in April if drivers can be found."),
    ("Museum to close for 6 months of repairs",
     "The roof leaks in three places and the boiler is forty years old, the director told "
     "a meeting of the trustees on Monday evening."),
    ("Youth team wins 2 trophies in one weekend",
     "The under-fifteens beat their rivals on Saturday and won the county cup on Sunday, a "
     "first in the history of the small club."),
]


@pytest.mark.parametrize("numbered", [True, False])
def test_teasers_under_headlines_with_numbers_are_teasers_too(numbered: bool) -> None:
    # A headline with a figure ("3 arrested ...") is no row of a table: the summary below
    # it is a teaser, as under any headline, and the list does not pull the article run
    # over the related box between them.
    words = {"3": "Three", "12 new": "new", "6 months": "months", "2 trophies": "two trophies"}
    teasers = []
    for headline, summary in TEASERS:
        if not numbered:
            for figure, word in words.items():
                headline = headline.replace(figure, word)
        teasers += [headline, summary]
    page = "\n".join([
        *FLOOD, "Related stories", "Flood warnings issued for the valley",
        "How to prepare your home for a flood", "Elsewhere today", *teasers,
        "© 2024 Example News. All rights reserved.",
    ])
    out = newsclean.clean(page)
    assert all(paragraph in out for paragraph in FLOOD)
    assert not any(summary in out for _, summary in TEASERS[1:])


BEACHES = [
    ("Navagio Beach, Greece", "The cove can only be reached by boat, and the wreck of a "
     "smuggler's ship still lies on its white sand below the cliffs."),
    ("Praia da Marinha, Portugal", "Golden cliffs and arches frame this beach on the Algarve "
     "coast, where the water stays calm through most of the summer months."),
    ("Cala Goloritze, Sardinia", "A steep path leads down through the trees to a pebble beach "
     "and a limestone spire that climbers come from far away to try."),
    ("Plage de Palombaggia, Corsica", "Umbrella pines shade the dunes behind a long curve of "
     "sand that looks out to a chain of small red islands offshore."),
]


@pytest.mark.parametrize("numbering", ["{n} {h}", "{n}. {h}", "{h}", "{h} (2019)"])
def test_a_listicle_under_numbered_headings_is_the_article(numbering: str) -> None:
    # Each item is a heading (with a figure or not) over one paragraph: teaser-shaped, but a
    # run of them under the headline outweighs the site's blurb above the menu.
    blurb = ("Example Travel is an independent magazine founded in 2009 by writers and "
             "photographers who believe that the best trips are slow ones, and who spend "
             "months on the road every year to find the places worth remembering.")
    lines = [blurb, "Home", "Travel", "Food", "Style", "Money", "Health", "Video", "Shop",
             "The 4 best beaches in Europe this summer",
             "Europe has thousands of beaches, but a few of them are worth planning a whole "
             "trip around, whatever the season."]
    for n, (heading, paragraph) in enumerate(BEACHES, 1):
        lines += [numbering.format(n=n, h=heading), paragraph]
    lines += ["Related stories", "Ten islands to visit before you turn forty",
              "© 2024 Example Travel. All rights reserved."]
    out = newsclean.clean("\n".join(lines))
    assert all(paragraph in out for _, paragraph in BEACHES)
    assert lines[10] in out and blurb not in out


SUMMIT = [
    ("09:05", "Delegates arrive at the summit", "The first delegations reached the conference "
     "centre shortly after nine, under heavy rain and tight security."),
    ("10:15", "Protesters gather outside the gates", "Several hundred protesters gathered "
     "outside the main gates, calling for faster cuts in emissions and more aid."),
    ("11:02", "First draft of the statement leaks", "A first draft of the closing statement "
     "was shared with reporters, though officials said it would change."),
    ("12:30", "Agreement reached on coal wording", "Negotiators said they had agreed on the "
     "wording after a long session, and the text will be published tonight."),
]


@pytest.mark.parametrize("layout", ["{t} {h}", "{t}\n{h}", "{t}"])
def test_a_live_blog_under_times_is_the_article(layout: str) -> None:
    # Entries under a time (alone, or with a headline) are the article, not teasers under
    # headlines with a figure, and they outweigh the site's blurb above the menu.
    blurb = ("Example Daily is an independent newspaper founded in 1921, owned by a trust "
             "that guarantees its freedom from commercial and political interference.")
    lines = [blurb, "Home", "World", "Politics", "Business", "Science", "Sport", "Culture",
             "Opinion", "Climate summit: live updates"]
    for time, headline, paragraph in SUMMIT:
        lines += [layout.format(t=time, h=headline), paragraph]
    lines += ["Related stories", "What the summit means for energy prices",
              "© 2024 Example Daily. All rights reserved."]
    out = newsclean.clean("\n".join(lines))
    assert all(paragraph in out for *_, paragraph in SUMMIT)
    assert blurb not in out


TOOLS = [
    ("Trail Planner", "Draw a route on the map and the planner finds the paths, the climbs "
     "and the places to rest along the way."),
    ("Weather Watch", "Follow the forecast for every point of your route, hour by hour, with "
     "warnings for storms and strong wind."),
    ("Gear Lists", "Keep a list of what you pack for each kind of trip and tick off each item "
     "before you leave the house."),
    ("Trip Journal", "Write a few lines and add photos at each stop, and share the story of "
     "the trip with friends when you are back."),
    ("Offline Maps", "Download the maps of a whole region before you set off, so the app keeps "
     "working where there is no signal."),
]


@pytest.mark.parametrize("after", [2, 3])
def test_sections_shaped_as_the_articles_last_two_are_the_article(after: int) -> None:
    # A page of features: a name, its paragraph and a "Learn more" link, section after
    # section. Each section is teaser-shaped and counts against the run, so the run ends
    # after the two that the lead and a long paragraph carry; the sections of the same
    # shape after it are the article too.
    sync = ("Routes planned on the website show up in the app after you sign in, and the "
            "app keeps a copy on the phone. Old routes from the first version of the app are "
            "moved across the first time it starts.")
    lines = ["Home", "Apps", "Maps", "Shop", "Blog", "Help", "Jobs", "Press",
             "Example Hiker: what the app does",
             "Every tool in the app is free, and all of them work in the mountains, where "
             "phones lose their signal."]
    for name, text in TOOLS[:2]:
        lines += [name, text, f"Learn more about {name}"]
    lines += ["Routes from the website", sync, "On the trail"]
    for name, text in TOOLS[2:2 + after]:
        lines += [name, text, f"Learn more about {name}"]
    lines += ["About us", "Careers", "Contact", "© 2024 Example Hiker. All rights reserved."]
    out = newsclean.clean("\n".join(lines))
    assert all(text in out for _, text in TOOLS[:2]) and sync in out
    assert all(text in out for _, text in TOOLS[2:2 + after])


def test_a_scoreboard_below_the_article_stays_under_its_title_lines() -> None:
    # A table's title lines ("SCOREBOARD", a team's name) read as menu items; its rows, with
    # figures in them, are the article's, as tour dates are.
    home = ["Ann Lee c Ruiz b Patel 13", "Joe Park b Mills 1", "Sam Ortiz not out 25",
            "Extras lb1, w3 4", "Total 43"]
    away = ["Tom Webb not out 7", "Raj Das not out 40", "Total for no loss 47"]
    table = ["SCOREBOARD", "Harbor City:", *home, "Valley Town:", *away]
    page = [*MENU, *PARAS, *table, *OTHER_HEADLINES, "© 2024 Example"]
    out = newsclean.clean("\n".join(page)).split("\n\n")
    assert out == [*PARAS, *table], out


def test_a_share_bar_with_an_unnamed_button_is_one_run_below_the_article() -> None:
    # "Twitter" alone is no share bar of its own, but between two lines of one it does not
    # part the bar into two runs of prompts, which would make the closing line page text.
    # (A wire story's separator stands above its closing line.)
    closing = "Catch up on the campaign with our reporters on the weekly politics podcast."
    page = [*PARAS, "___", *PARAS, "Share this article", "Facebook", "Twitter", "Email", "___",
            closing]
    out = newsclean.clean("\n".join(page))
    assert out.split("\n\n")[-1] == closing, out


SHARE_BAR = ["Share this article", "Facebook", "Twitter", "Email"]
RELATED = ["Related stories", "Council approves new cycle lanes",
           "School closes after storm damage", "Market traders protest rent rise"]


@pytest.mark.parametrize("body", [
    # release notes: lists under their headings, between the lead and the last paragraph
    ["Version 4.2 of the mapping app came out on Thursday, with offline maps for the first "
     "time.", "New features", "Offline maps for any region, downloaded in the background",
     "Turn-by-turn directions for cyclists", "Fixes",
     "The app no longer crashes on routes with many stops",
     "Search results load faster on slow connections",
     "The developers say the next release will focus on public transport timetables."],
    # what a plan changes, in French: the lead went, and the last item became the headline
    ["La mairie de Lyon a présenté mardi son plan pour les pistes cyclables, qui doublera "
     "leur longueur d'ici 2026.", "Ce qui change",
     "Une piste continue le long des quais du Rhône",
     "Des parkings à vélos près de chaque station de métro",
     "Des feux réservés aux cyclistes aux grands carrefours",
     "Selon l'adjoint aux transports, les travaux commenceront au printemps."],
    # a review: the verdict's own heading above the last paragraph
    ["The new budget phone costs less than half the price of the flagships and does most "
     "of what they do.", "Pros", "Battery that easily lasts two days",
     "Bright screen that is easy to read outdoors", "Cons", "Camera struggles in low light",
     "No wireless charging", "Verdict",
     "For anyone who wants a reliable phone without spending a fortune, it is an easy pick."],
    # days of a programme, the last with one event
    ["The town's winter festival returns this weekend with more events than ever, most of "
     "them free.", "Friday", "6pm: Lantern parade from the station to the market square",
     "8pm: Fireworks over the river", "Saturday", "10am to 4pm: Craft market in the town hall",
     "2pm: Children's theatre at the library", "7.30pm: Brass band concert in St Mary's Church",
     "Sunday", "11am: Charity fun run, 5km, starting at the park gates",
     "Organisers expect about 20,000 visitors and advise people to come by train."],
    # bulleted lists under headings longer than a menu's lines
    ["A good copywriter does more for a small business than most of its advertising does, "
     "and costs a great deal less.", "What a Copywriter Does for You",
     "- Builds a relationship with the reader", "- Gives the business a voice of its own",
     "- Earns the reader's trust", "What the Work Usually Includes", "- Guest posts",
     "- Product pages", "- Slogans", "- Case studies",
     "This is only a small part of the job, but it shows how much the words can do."],
])
def test_lists_between_a_short_articles_paragraphs_are_the_article(body: list[str]) -> None:
    # Lines in sentence case under short headings read as headings, each against the run:
    # the lead or the last paragraph of a short article went with them.
    page = [*MENU, "Local news roundup", *SHARE_BAR, *body, *SHARE_BAR, *RELATED,
            "© 2024 The Daily Courier"]
    out = newsclean.clean("\n".join(page)).split("\n\n")
    assert out == body, out


def test_a_related_list_between_questions_is_no_article_list() -> None:
    # A related list's headlines may be questions; a question is no paragraph to bridge from.
    teasers = ["Were the warnings about the old bridge ignored for years, and by whom?",
               "Engineers recall the night the pier cracked", "Why the detour costs so much",
               "The town hall faces a hard winter of repairs",
               "Will the council ever find the money for a new bridge?"]
    page = [*MENU, *PARAS, "Related stories", *teasers, "© 2024 Example"]
    out = newsclean.clean("\n".join(page)).split("\n\n")
    assert out[:len(PARAS)] == PARAS
    assert not set(teasers[1:]) & set(out), out


@pytest.mark.parametrize("lines", [
    ["Printer friendly version", "Normal font", "Large font"],  # buttons, not items
    ["ツイート", "シェアする", "ブックマーク"],  # a script without case: nothing to tell by
])
def test_short_lines_between_the_article_and_a_prompt_are_no_article_list(
    lines: list[str],
) -> None:
    prompt = "When news happens, send your photos, videos and tips to our newsroom by text."
    page = [*MENU, *PARAS, *lines, prompt, *OTHER_HEADLINES, "© 2024 Example"]
    out = newsclean.clean("\n".join(page)).split("\n\n")
    assert not set(lines) & set(out), out


def test_a_recipes_ingredients_above_a_related_box_stay_with_the_article() -> None:
    # A box between the ingredients and the method: the run is the method, and the lead and
    # the ingredients above the box, rows and a short heading, went with the page's head.
    lead = ["This is the bread my grandmother baked every Sunday, and it needs nothing "
            "from a special shop.", "Ingredients", "500g strong white flour",
            "7g dried yeast", "10g salt", "300ml warm water", "Method"]
    method = ["Mix the flour, yeast and salt in a large bowl, then add most of the water.",
              "Knead for ten minutes until the dough is smooth, adding water if it is dry.",
              "Leave it covered in a warm place for an hour, until it has doubled in size.",
              "Bake at 220C for 30 to 35 minutes, until the loaf sounds hollow underneath."]
    box = ["Related Articles", "Council approves new cycle lanes",
           "School closes after storm damage"]
    page = [*MENU, "Sunday bread", *SHARE_BAR, *lead, *box, *method, "© 2024 Example"]
    assert newsclean.clean("\n".join(page)).split("\n\n") == [*lead, *method]


def test_a_headline_above_a_byline_is_no_list_that_a_box_parts_from_the_article() -> None:
    # Only rows make a list that the lead above a box may stand over: a headline alone
    # between a list of headlines and the byline is the page's, and so is that list.
    headline = "Council Closes the Old Bridge"
    teasers = [*OTHER_HEADLINES, "Harbour Wall Repaired at Last — And It Is Stronger Than Ever!"]
    page = [f"{headline} « Example News – local news", *MENU, *teasers, headline,
            "Posted by Adam", "Thursday August 9, 2012", *PARAS, "© 2024 Example"]
    assert newsclean.clean("\n".join(page)).split("\n\n") == PARAS


BLOG_MENU = ["Home", "Archives", "About", "Contact"]


def test_a_blogs_short_menu_above_the_post_is_a_menu_where_furniture_is_below() -> None:
    # Four menu lines are fewer than a menu's eight, but above the post of a whole page,
    # with a related list and a footer below it, they head the page.
    page = ["Harbour Notes", *BLOG_MENU, "The lighthouse at dawn", *PARAS, "Related posts",
            "Fog over the bay", "Boats in winter", "© 2024 Harbour Notes"]
    blocks = newsclean.analyze("\n".join(page)).blocks
    assert [b.code for b in blocks[1:5]] == ["B301"] * 4
    assert newsclean.clean("\n".join(page)).split("\n\n") == PARAS


@pytest.mark.parametrize("above", [
    ["You will need:"],  # a colon line leads into the items...
    ["Ingredients:"],  # ... as short as they are
    ["Harbour Notes", "Ingredients:"],
    [PARAS[0]],  # the article's lead above them
])
def test_a_short_list_above_the_article_run_is_no_blog_menu(above: list[str]) -> None:
    items = ["Sharp scissors", "Strong glue", "Thin card", "A ruler"]
    page = ["The lighthouse at dawn", *above, *items, *PARAS[1:], "Related posts",
            "Fog over the bay", "Boats in winter", "© 2024 Harbour Notes"]
    kept = newsclean.clean("\n".join(page)).split("\n\n")
    assert [*items, *PARAS[1:]] == kept[-len(items) - 3:]


def _whole_page(*body: str) -> str:
    return "\n".join(["Harbour Notes", "The lighthouse at dawn", *body, "Related posts",
                      "Fog over the bay", "Boats in winter", "© 2024 Harbour Notes"])


def test_a_gallerys_captions_between_its_paragraphs_stay_one_in_title_case() -> None:
    # One caption is in title case by the names it holds: it neither ends the list nor
    # makes the gallery a list of headlines.
    captions = [
        "A steam engine leads the parade on Saturday", "Owners polish the brass at dawn",
        "Early morning mist over the engine lines", "Children queue for rides on the railway",
        "Sawmill demonstration by the Wessex Timber Group",
        "Volunteers from the society serve tea", "A vintage tractor in the working field",
        "The heavy horse display draws a big crowd",
    ]
    body = [PARAS[0], *captions, PARAS[1]]
    assert newsclean.clean(_whole_page(*body)).split("\n\n")[-len(body):] == body


def test_a_methods_things_you_need_and_numbered_steps_stay() -> None:
    # Below a share bar, a lead, a line of facts, a heading over short items (a menu's
    # length), then a heading over short numbered steps: all the article's.
    lead = ("Most orchids sold in supermarkets need repotting every one to two years, "
            "because the bark they grow in breaks down and holds too much water.")
    steps = ["Water the orchid an hour before you start.", "Slide the plant out of its pot.",
             "Tease away the old bark with your fingers.", "Cut off any roots that are brown.",
             "Put a little fresh bark in the new pot.", "Fill around the roots with more bark.",
             "Tap the pot gently to settle the bark.", "Do not water for five days."]
    body = [lead, "Difficulty: Moderately Easy", "Things You'll Need", "Orchid bark mix",
            "Clear plastic pot", "Sharp scissors", "Rubbing alcohol", "Instructions",
            *(f"{n}. {step}" for n, step in enumerate(steps, 1)), "Tips",
            "Repot just after the plant has finished flowering, never while it is in bloom."]
    page = ["How to Repot an Orchid", "Tweet", "Like", *body, "© 2024 Harbour Notes"]
    assert newsclean.clean("\n".join(page)).split("\n\n")[-len(body):] == body


def test_a_quote_led_by_a_pronoun_is_no_commenters_name_line() -> None:
    # A comment count and a recommend count by the byline, then the article with a quote
    # under "She said:", then the comments: the pronoun's line is the article's, so the
    # count above the article does not reach down to the comments over it.
    from newsclean.features import Features
    from newsclean.rules.comments import signature

    more = [
        "The judge said a glance at a phone can last for fifty metres at that speed.",
        "He was also banned from driving for two years and must take an extended test.",
        "Speaking after the hearing, the cyclist said he was back on his bike again.",
    ]
    for line in ("She said:", "He said:", "They wrote:", "Er sagt:"):
        assert signature(line, Features.of(line)) is None
    assert signature("joe says:", Features.of("joe says:")) is not None
    page = [
        "Van driver jailed", "By Jo Reporter", "Comments (3)", "Recommend? (4)",
        *PARAS[:3], "She said:", *PARAS[3:], *more,
        "Comments (3)", "Dave says...", "12:04pm Wed 24 Mar 10",
        "Ten months is not enough for what he did to that poor man, frankly.",
        "Report this comment", "Fred says...", "1:41pm Wed 24 Mar 10",
        "At least he owned up to it in the end, which plenty of people never do.",
        "Report this comment",
    ]
    out = newsclean.clean("\n".join(page)).split("\n\n")
    article = [*PARAS[:3], "She said:", *PARAS[3:], *more]
    assert out[-len(article):] == article


TIPS = ["Plant garlic", "Push cloves in 15cm apart.", "Lift the last carrots",
        "Store them in sand.", "Mulch the beds", "A layer of compost will do.",
        "Order seeds", "Catalogues sell out by January."]
PAGE_HEAD = ["Home", "Gardening", "Flowers", "Houseplants", "Tools", "Shop", "Newsletter",
             "Ten jobs for the vegetable patch in November", "By Jo Lee"]
PAGE_TAIL = ["Share", "Facebook", "Pinterest", "You might also like",
             "How to make leaf mould", "Winter salad leaves to sow now",
             "© Greenhouse Publishing 2025"]
LEAD = ("Before the frosts settle in, a few hours of work in the garden now will pay off "
        "next spring.")


@pytest.mark.parametrize("tips", [TIPS, TIPS[:6]])
def test_tips_under_short_headings_below_the_lead_stay(tips: list[str]) -> None:
    # A heading and one short sentence, again and again below the lead: each pair counted
    # against the run, yet the list is the article's.
    out = newsclean.clean("\n".join([*PAGE_HEAD, LEAD, *tips, *PAGE_TAIL])).split("\n\n")
    assert out == [LEAD, *tips]



AWARDS = ["Best production", "The Lighthouse Keepers, Harbour Theatre", "Best new play",
          "Small Hours, by Bea Thornton", "Best actor", "Samir Qadri, Othello",
          "Best show for young people", "The Owl Who Couldn't Sleep"]


def test_labels_and_their_values_between_two_paragraphs_stay() -> None:
    # An award's name in sentence case over its winner's in title case, again and again:
    # the winners stay with the lead and the closing paragraph.
    page = [*PAGE_HEAD, PARAS[0], *AWARDS, PARAS[1], *PAGE_TAIL]
    assert newsclean.clean("\n".join(page)).split("\n\n") == [PARAS[0], *AWARDS, PARAS[1]]
    # Lines that do not alternate the two cases (a form's fields, a menu) are no such list.
    form = ["Leave a reply", "Your name", "Your comment", "Post it", "Jo Lee", "1 hour ago"]
    out = newsclean.clean("\n".join([*PAGE_HEAD, *PARAS[:2], *form, PARAS[2], *PAGE_TAIL]))
    assert not set(form) & set(out.split("\n\n"))
