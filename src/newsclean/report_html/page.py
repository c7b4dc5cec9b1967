"""The page around a report's views: the head with its inline style sheet, a content
security policy, and the rules' documentation at the end.

The policy lets the page load nothing (no image, font, frame or connection) and run no
script but its own, named by its hash: even text that escaped its escaping could not run.
Each rule used in the report is documented in the page (summary and full text, so the page
works offline) with a link to the rule's page on the documentation site.

>>> page = html_page("A <report>", "<p>body</p>", ["P101"])
>>> page.startswith("<!DOCTYPE html>") and "A &lt;report&gt;" in page
True
>>> 'id="rule-P101"' in page and "default-src 'none'" in page
True
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterable

from .. import __version__
from ..registry import get_rule
from .assets import style_sheet
from .links import DOCS_URL, rule_anchor, rule_url
from .marks import escape

__all__ = ["html_page", "json_data", "rules_section"]


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def json_data(element_id: str, data: object) -> str:
    """``data`` as JSON in a ``<script type="application/json">`` element. No text in it can
    end the element: ``</`` is written ``<\\/`` (so no ``</script>``) and ``<!--`` as
    ``\\u003c!--`` (which would let a ``<script>`` inside hide the element's end).

    >>> print(json_data("d", "</script><!--<script>"))
    <script type="application/json" id="d">"<\\/script>\\u003c!--<script>"</script>
    """
    text = json.dumps(data, ensure_ascii=False)
    text = text.replace("</", "<\\/").replace("<!--", "\\u003c!--")
    return f'<script type="application/json" id="{escape(element_id)}">{text}</script>'


def rules_section(codes: Iterable[str], docs_url: str = DOCS_URL) -> str:
    """Each rule of ``codes``: its code, name, group, safety, summary and documentation."""
    parts = []
    for code in codes:
        try:
            rule = get_rule(code)
        except KeyError:
            continue
        labels = f" · labels blocks <code>{escape(rule.label)}</code>" if rule.label else ""
        parts.append(
            f'<div class="rule" id="{rule_anchor(rule.code)}">'
            f"<h3>{escape(rule.code)} <code>{escape(rule.name)}</code></h3>"
            f'<p class="note">group {escape(rule.group)} · stage {escape(rule.stage)} · '
            f"{'safe' if rule.safe else 'unsafe'} fix{labels} · "
            f'<a class="online" href="{escape(rule_url(rule.code, docs_url))}" '
            f'rel="noreferrer">documentation online</a></p>'
            f'<p class="summary">{escape(rule.summary)}</p>'
            f"<details><summary>Full documentation</summary><pre>{escape(rule.doc)}</pre>"
            "</details></div>"
        )
    if not parts:
        return ""
    return '<section id="rules"><h2>Rules in this report</h2>' + "".join(parts) + "</section>"


def html_page(
    title: str, body: str, codes: Iterable[str], docs_url: str = DOCS_URL, script: str = ""
) -> str:
    """A whole HTML page: ``body`` (HTML), then the documentation of the rules ``codes``,
    then ``script`` (JavaScript, inline; none by default)."""
    css = style_sheet()
    policy = (f"default-src 'none'; style-src {_hash(css)}; img-src data:; "
              f"script-src {_hash(script) if script else chr(39) + 'none' + chr(39)}; "
              "form-action 'none'; base-uri 'none'")
    tail = f"<script>{script}</script>" if script else ""
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="newsclean {escape(__version__)}">'
        f"<title>{escape(title)}</title><style>{css}</style></head>"
        f'<body><div class="page">{body}{rules_section(codes, docs_url)}'
        f'<p class="note">Made by newsclean {escape(__version__)}.</p></div>{tail}</body></html>\n'
    )
