"""A page served in the other language because its translation is missing.

static-i18n fills the gap silently and marks the borrowed text with the wrong `lang`/`dir`.
We tell the reader, and mark the borrowed text with its real language.
"""

from __future__ import annotations

from html import escape

from tools.common.paths import direction
from tools.common.ui_strings import strings


def wrap(html: str, page_lang: str, text_lang: str) -> str:
    if page_lang == text_lang:
        return html
    notice = escape(strings(page_lang)["fallback.notice"])
    return (
        f'<p class="tk-fallback" role="note">{notice}</p>\n'
        f'<div lang="{text_lang}" dir="{direction(text_lang)}">\n{html}\n</div>'
    )
