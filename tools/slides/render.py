"""Markdown → HTML for slides and handouts, with the site's own Markdown extensions.

The extensions and their options are read from the MkDocs config (`markdown_extensions`
in mkdocs.yml), so a block renders on a slide exactly as it does on the page.
"""

from __future__ import annotations

import html
import posixpath
import re

import markdown as md_lib
from lxml import html as lxml_html

_IMG_SRC = re.compile(r'(<img\b[^>]*?\ssrc=")([^"]+)(")')
_EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//|#)", re.IGNORECASE)


class Renderer:
    def __init__(self, extensions: list, configs: dict) -> None:
        self._md = md_lib.Markdown(extensions=list(extensions), extension_configs=dict(configs))

    @classmethod
    def from_mkdocs(cls, config) -> Renderer:
        return cls(config["markdown_extensions"], config["mdx_configs"])

    def html(self, text: str) -> str:
        self._md.reset()
        return self._md.convert(text)


def rebase_images(fragment: str, src_dir: str, page_dir: str) -> str:
    """Rewrite relative `<img src>` written from the source's folder (docs-relative
    `src_dir`) so they resolve from the built page's folder (site-relative `page_dir`)."""

    def repl(m: re.Match[str]) -> str:
        url = m.group(2)
        if _EXTERNAL.match(url) or url.startswith("/"):
            return m.group(0)
        target = posixpath.normpath(posixpath.join(src_dir, url))
        return m.group(1) + posixpath.relpath(target, page_dir or ".") + m.group(3)

    return _IMG_SRC.sub(repl, fragment)


LRM = "\u200e"


def text_items(fragment: str, rtl: bool = False) -> tuple[list[str], list[str]]:
    """(bullets, code blocks) as plain text, for editable slides: a list gives one bullet
    per item, a paragraph one bullet, a code block its text. In right-to-left text, inline
    code is wrapped in LEFT-TO-RIGHT MARKs so `input()` does not read `()input`."""
    bullets: list[str] = []
    code: list[str] = []
    if not fragment.strip():
        return bullets, code
    root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    if rtl:
        for inline in root.xpath(".//code[not(ancestor::pre)]"):
            inline.text = LRM + (inline.text or "")
            inline.tail = LRM + (inline.tail or "")
    for el in root:
        for link in el.xpath('.//a[contains(@class,"headerlink")]'):
            link.drop_tree()
        if el.tag in ("ul", "ol"):
            bullets += [_clean(li.text_content()) for li in el.xpath("./li")]
        elif el.tag == "pre" or "highlight" in (el.get("class") or ""):
            code.append(el.text_content().rstrip("\n"))
        elif el.tag == "table":
            for row in el.xpath(".//tr"):
                bullets.append(" | ".join(_clean(c.text_content()) for c in row))
        else:
            text = _clean(el.text_content())
            if text:
                bullets.append(text)
    return [b for b in bullets if b], code


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def escape(text: str) -> str:
    return html.escape(text, quote=True)
