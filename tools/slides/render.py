"""Markdown → HTML for slides and handouts, with the site's own Markdown extensions.

The extensions and their options are read from the MkDocs config (`markdown_extensions`
in mkdocs.yml) by tools/common/site_markdown.py, the one Markdown configuration of `check` and
the kit, so a block renders on a slide exactly as it does on the page.
"""

from __future__ import annotations

import html
import posixpath
import re
from pathlib import Path

from defusedxml import ElementTree
from lxml import html as lxml_html

from tools.common import site_markdown
from tools.site.built_page import BuiltPage

_EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//|#)", re.IGNORECASE)


class Renderer:
    def __init__(self, extensions: list, configs: dict, md=None) -> None:
        # An extension list of its own: for tests of a slide's HTML. The kit uses `from_mkdocs`.
        self._md = md if md is not None else site_markdown.new_markdown(extensions, configs)

    @classmethod
    def from_mkdocs(cls, config) -> Renderer:
        """The renderer of the site's mkdocs.yml: the instance `check` renders with."""

        return cls([], {}, site_markdown.for_config(Path(config.config_file_path)))

    def html(self, text: str) -> str:
        self._md.reset()
        return self._md.convert(text)


def rebase_images(fragment: str, src_dir: str, page_dir: str) -> str:
    """Rewrite relative `<img src>` written from the source's folder (docs-relative
    `src_dir`) so they resolve from the built page's folder (site-relative `page_dir`)."""

    if "<img" not in fragment:
        return fragment
    page = BuiltPage(fragment)
    for img in page.root.iter("img"):
        url = img.get("src")
        if not url or _EXTERNAL.match(url) or url.startswith("/"):
            continue
        target = posixpath.normpath(posixpath.join(src_dir, url))
        page.set_attribute(img, "src", posixpath.relpath(target, page_dir or "."))
    return page.html()


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


# A run of Latin words (brand names, tool names, French or English terms) inside Arabic
# text: from a Latin letter to the last Latin letter or digit, spaces between words kept.
_LATIN_RUN = re.compile(
    r"[A-Za-z][A-Za-z0-9_\-'’/@+#&.]*[A-Za-z0-9]?(?:[ \u00a0]+[A-Za-z0-9][A-Za-z0-9_\-'’/@+#&.]*)*"
)
_NO_ISOLATE = ("code", "pre", "bdi", "kbd", "samp", "a")


def isolate_latin(fragment: str) -> str:
    """Arabic HTML with each run of Latin words in `<bdi>`, so the bidi algorithm places it
    as one unit (a run next to punctuation or digits otherwise reorders)."""
    if not fragment.strip():
        return fragment
    root = lxml_html.fragment_fromstring(fragment, create_parent="div")

    def wrap(text: str) -> list:
        out: list = []
        last = 0
        for m in _LATIN_RUN.finditer(text):
            run = m.group(0).rstrip(".")
            out.append(text[last : m.start()])
            out.append(run)
            last = m.start() + len(run)
        out.append(text[last:])
        return out

    def build(parts: list, parent, after) -> None:
        """Text pieces (even: plain, odd: Latin) placed after `after` (None: parent.text)."""
        plain = parts[0]
        if after is None:
            parent.text = plain
        else:
            after.tail = plain
        prev = after
        for i in range(1, len(parts), 2):
            bdi = lxml_html.Element("bdi")
            bdi.text = parts[i]
            bdi.tail = parts[i + 1]
            if prev is None:
                parent.insert(0, bdi)
            else:
                prev.addnext(bdi)
            prev = bdi

    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.tag in _NO_ISOLATE:
            continue
        if any(a.tag in _NO_ISOLATE for a in el.iterancestors()):
            continue
        if el.text and _LATIN_RUN.search(el.text):
            build(wrap(el.text), el, None)
        for child in list(el):
            if child.tail and _LATIN_RUN.search(child.tail):
                build(wrap(child.tail), el, child)
    return (root.text or "") + "".join(lxml_html.tostring(c, encoding="unicode") for c in root)


def image_size(path) -> tuple[int, int] | None:
    """(width, height) of a PNG/JPEG/GIF or an SVG with width/height or a viewBox."""

    path = Path(path)
    if not path.is_file():
        return None
    if path.suffix.lower() == ".svg":
        try:
            root = ElementTree.parse(path).getroot()
        except ElementTree.ParseError:
            return None
        box = (root.get("viewBox") or "").replace(",", " ").split()
        try:
            w = float(re.sub(r"px$", "", root.get("width") or "") or box[2])
            h = float(re.sub(r"px$", "", root.get("height") or "") or box[3])
        except (IndexError, ValueError):
            return None
        return round(w), round(h)
    # Pillow loads only to measure an image
    from PIL import Image

    try:
        with Image.open(path) as img:
            return img.size
    except OSError:
        return None
