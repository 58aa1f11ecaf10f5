"""Post-process each rendered page (our code, not theme internals).

- `<html>` gets `dir` (Material puts it only on `<body>`): screen readers, search engines
  and our tests read it there.
- `<link rel="alternate" hreflang>` leaves the `<head>`: Material's JS fetches a
  `sitemap.xml` relative to each one (two 404s per page view). hreflang stays in the
  sitemap written by static-i18n.
- The article is marked `data-pagefind-body` so search indexes lesson text, not the theme's
  navigation strings, and skips pages without it (the 404 pages).
"""

from __future__ import annotations

import re

from tools.paths import direction

_HTML_TAG = re.compile(r"<html\b([^>]*)>", re.IGNORECASE)
_HEAD_ALTERNATE = re.compile(r'[ \t]*<link rel="alternate" href="[^"]*" hreflang="[^"]*">\n?')
_ARTICLE = re.compile(r'<article class="md-content__inner md-typeset"')


def set_html_dir(html: str, lang: str) -> str:
    def repl(match: re.Match[str]) -> str:
        attrs = re.sub(r'\s+dir="[^"]*"', "", match.group(1))
        return f'<html{attrs} dir="{direction(lang)}">'

    return _HTML_TAG.sub(repl, html, count=1)


def drop_head_alternates(html: str) -> str:
    head_end = html.find("</head>")
    if head_end < 0:
        return html
    return _HEAD_ALTERNATE.sub("", html[:head_end]) + html[head_end:]


def mark_search_body(html: str) -> str:
    return _ARTICLE.sub('<article class="md-content__inner md-typeset" data-pagefind-body', html)


def process(html: str, lang: str, searchable: bool = True) -> str:
    html = set_html_dir(html, lang)
    html = drop_head_alternates(html)
    if searchable:
        html = mark_search_body(html)
    return html
