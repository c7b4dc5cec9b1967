"""Put article bodies of many kinds in the pages a scraper gives; count the lines lost.

Usage::

    python benchmarks/genres.py [BODIES_DIR] [--json OUT]

``BODIES_DIR`` holds clean article bodies, one ``.txt`` file each, a paragraph or a line
of the article a line (default: ``tests/fixtures/genres``: an interview, a transcript, a
recipe, a poem, a live blog, release notes, a timetable, a review, lists in four
languages...). Each body is cleaned in every :data:`TEMPLATES` layout: alone, under a
headline, in a whole page (a menu, a headline and a byline above it, share bars around
it, a related list and a footer below), in a page with a comment section below it, in a
page whose lines stand between blank lines, and in pages with other furniture (a cookie
notice and a breadcrumb, a most-read list, a newsletter box, adverts, a line of tags, no
menu). A line counts as lost when its words, in order, occur fewer times in the output
than in the body (as ``insertion.py`` counts). The table gives the lines lost for every
body and layout. It measures the issue's rule that
lists, tables and short lines between or right after article paragraphs are the article's
unless they carry evidence of their own, on kinds of article the development sets hold
few of.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent
if str(_ROOT / "src") not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(_ROOT / "src"))

import newsclean  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from insertion import lost, read_bodies  # noqa: E402

MENU = ["Home", "News", "Sport", "Business", "Culture", "Travel", "Opinion", "Weather"]
HEADLINE = "Local news roundup for the week ahead"
BYLINE = "By Sam Carter | 12 March 2024"
SHARE = ["Share this article", "Facebook", "Twitter", "Email"]
RELATED = ["Related stories", "Council approves new cycle lanes",
           "School closes after storm damage", "Market traders protest rent rise",
           "Library hours cut again"]
FOOTER = ["© 2024 The Daily Courier. All rights reserved.",
          "Privacy policy | Terms of use | Contact us"]
COMMENTS = [
    "3 Comments", "joe says:", "May 1, 2024 at 3:04 pm",
    "This is a disgrace and the whole council should resign over it, frankly.", "Reply",
    "anna says:", "May 1, 2024 at 4:10 pm",
    "I went last year and it was lovely, the kids had a great time.", "Reply",
    "mark says:", "May 2, 2024 at 9:00 am",
    "Why does nobody ever mention the traffic on the bypass.", "Reply",
]


COOKIES = ["We use cookies to improve your experience on our site. By continuing you agree "
           "to our use of cookies.", "Accept", "Manage settings"]
BREADCRUMB = "Home > News > Local"
MOST_READ = ["Most read", "1", "Council approves new cycle lanes", "2",
             "School closes after storm damage", "3", "Market traders protest rent rise"]
NEWSLETTER = ["Sign up to our daily newsletter", "Enter your email address", "Subscribe"]
ADVERT = "Advertisement"
TAGS = "Tags: local news, council, transport"


def _page(body: list[str]) -> list[str]:
    return [*MENU, HEADLINE, BYLINE, *SHARE, *body, *SHARE, *RELATED, *FOOTER]


def _blank_lines(body: list[str]) -> list[str]:
    return "\n\n".join(_page(body)).split("\n")


#: The layouts a body is cleaned in, by name: each gives the page's lines.
TEMPLATES: dict[str, Callable[[list[str]], list[str]]] = {
    "alone": lambda body: body,
    "headline": lambda body: [HEADLINE, *body],
    "page": _page,
    "page and comments": lambda body: [*MENU, HEADLINE, BYLINE, *body, *COMMENTS, *RELATED,
                                       *FOOTER],
    "blank lines": _blank_lines,
    "cookies": lambda body: [*COOKIES, *MENU, BREADCRUMB, HEADLINE, BYLINE, *body, *FOOTER],
    "most read": lambda body: [*MENU, HEADLINE, *body, *MOST_READ, *FOOTER],
    "newsletter": lambda body: [*MENU, HEADLINE, *body, *NEWSLETTER, *RELATED, *FOOTER],
    "adverts": lambda body: [*MENU, HEADLINE, ADVERT, *body, ADVERT, *FOOTER],
    "tags": lambda body: [*MENU, HEADLINE, *body, TAGS, *RELATED, *FOOTER],
    "no menu": lambda body: [HEADLINE, BYLINE, *body, *RELATED, *FOOTER],
}


def measure(bodies: dict[str, list[str]]) -> dict[str, dict[str, list[str]]]:
    """The lines of each body lost in each of :data:`TEMPLATES`, by body and template.

    >>> found = measure({"one": ["The storm arrived at dawn, and rain fell all day in town."]})
    >>> list(found["one"])[:5], any(found["one"].values())
    (['alone', 'headline', 'page', 'page and comments', 'blank lines'], False)
    """
    return {
        name: {
            template: lost(lines, newsclean.clean("\n".join(layout(lines))))
            for template, layout in TEMPLATES.items()
        }
        for name, lines in bodies.items()
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bodies", nargs="?", type=Path, default=_ROOT / "tests/fixtures/genres")
    parser.add_argument("--json", type=Path, help="write the lines lost here")
    args = parser.parse_args(argv)
    bodies = read_bodies(args.bodies)
    if not bodies:
        parser.error(f"no .txt bodies in {args.bodies}")
    results = measure(bodies)
    print(f"{len(bodies)} bodies, {len(TEMPLATES)} layouts: lines lost of each body\n")
    print(f"| body | lines | {' | '.join(TEMPLATES)} |")
    print(f"|---|---:|{'---:|' * len(TEMPLATES)}")
    for name, by_template in results.items():
        cells = " | ".join(str(len(gone)) for gone in by_template.values())
        print(f"| {name} | {len(bodies[name])} | {cells} |")
    totals = [sum(len(r[t]) for r in results.values()) for t in TEMPLATES]
    print(f"| all | {sum(map(len, bodies.values()))} | {' | '.join(map(str, totals))} |")
    for name, by_template in results.items():
        for template, gone in by_template.items():
            for line in gone:
                print(f"lost: {name}, {template}: {line}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
