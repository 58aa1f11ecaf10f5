"""Editable PowerPoint decks (python-pptx): 16:9, the web deck's slides one for one.

Each slide is laid out as on the web deck (tools/slides/deck.py `Deck.parts`, with this
deck's text width): a slide too long for its box is split into continued slides « (2/3) »
or set smaller. Text keeps bold, italics and code (a monospace run); lists are bulleted,
quiz options lettered; tables are PowerPoint tables; pictures (diagrams, notebook charts)
are placed and scaled, SVG drawn to PNG by Chromium. Every box is as tall as its text
measured with the deck's fonts (tools/slides/fit.py); tests/test_pptx_fit.py lays every
text box out again in Chromium.

The slide is 13.333 × 7.5 in: 1280 × 720 px at 96 dpi, the web deck's own size, so the
figures of tools/slides/pages.py (px) carry over (1 px = 0.75 pt).

python-pptx has no API for right-to-left text or bullets: Arabic paragraphs get `rtl="1"`
and `algn="r"` on `a:pPr`, runs `lang="ar-MA"`, bullets `a:buChar`, set in the XML.
"""

# Long module: the PPTX writer: the text runs (`_Text`) and the slide builder (`_Builder`) share
# python-pptx's paragraph state.

from __future__ import annotations

import io
import posixpath
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

from lxml import html as lxml_html
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_AUTO_SIZE
from pptx.oxml.ns import qn
from pptx.util import Emu, Pt

from tools.common import blocks
from tools.common import chromium as chromium_flags
from tools.common.languages import language
from tools.common.paths import direction
from tools.slides.deck import Deck, Part
from tools.slides.fit import _SPACE, BLOCK, SKIP, WEB_FONTS
from tools.slides.model import Slide
from tools.slides.pages import BASE_PX, SCALES, SLIDE_H, SLIDE_W
from tools.slides.render import Renderer, image_size
from tools.slides.stable import zip_bytes

PX = 9525  # EMU per CSS px at 96 dpi
MARGIN_X, MARGIN_Y = 48, 24  # px around the text area
TEXT_W = SLIDE_W - 2 * MARGIN_X
# The web deck's faces (tools/slides/fit.py WEB_FONTS): PowerPoint uses them when installed
# (free fonts), else a close face. Courier New and Liberation Mono: 0.6 em, as measured.
LATIN_FACE, ARABIC_FACE, MONO_FACE = "Noto Sans", "Tajawal", "Courier New"
# A line holding Courier New (Liberation Mono's metrics) beside Noto Sans is taller when a
# browser lays it out: their baselines sit 0.122 em apart ((1.069 − 0.293 − 0.833 + 0.301) / 2,
# ascent and descent in em), against 0.04 em for the web deck's DejaVu Sans Mono.
PPTX_FONTS = replace(WEB_FONTS, mono_line=0.125)
RASTER = (".png", ".jpg", ".jpeg", ".gif", ".bmp")
NOTES_PT = 14
TEXT_COLOR = RGBColor(0x22, 0x22, 0x22)
ACCENT = RGBColor(0x00, 0x69, 0x5C)


def _emu(px: float) -> Emu:
    return Emu(round(px * PX))


class _Text:
    """Writes HTML blocks as paragraphs of a text frame."""

    def __init__(self, frame, lang: str, px: float, fixed_pt: float | None = None) -> None:
        self.frame = frame
        self.rtl = direction(lang) == "rtl"
        self.lang = language(lang).pptx_locale
        self.px = px
        self.fixed_pt = fixed_pt  # notes: one size, no line spacing
        self.first = True

    def paragraph(self, size: float = 1.0, indent: float = 0.0, bullet: str = "", gap=True):
        p = self.frame.paragraphs[0] if self.first else self.frame.add_paragraph()
        self.first = False
        ppr = p._p.get_or_add_pPr()
        if self.rtl:
            ppr.set("rtl", "1")
        ppr.set("algn", "r" if self.rtl else "l")
        if self.fixed_pt is None:
            px = self.px * size
            p.line_spacing = Pt(px * 1.3 * 0.75)
            p.space_after = Pt(px * 0.4 * 0.75 if gap else 0)
        if indent:
            ppr.set("marL", str(int(_emu(indent * self.px))))
            ppr.set("indent", str(-int(_emu(indent * self.px * 0.8))))
        if bullet:
            ppr.append(ppr.makeelement(qn("a:buFontTx"), {}))
            ppr.append(ppr.makeelement(qn("a:buChar"), {"char": bullet}))
        else:
            ppr.append(ppr.makeelement(qn("a:buNone"), {}))
        return p

    def run(self, p, text: str, size: float, bold=False, italic=False, mono=False, color=None):
        if not text:
            return
        r = p.add_run()
        r.text = text
        font = r.font
        font.size = Pt(self.fixed_pt or self.px * size * 0.75)
        font.bold = bold or None
        font.italic = italic or None
        font.color.rgb = color or TEXT_COLOR
        rpr = r._r.get_or_add_rPr()
        rpr.set("lang", "en-US" if mono else self.lang)
        face = MONO_FACE if mono else LATIN_FACE
        rpr.append(rpr.makeelement(qn("a:latin"), {"typeface": face}))
        rpr.append(rpr.makeelement(qn("a:cs"), {"typeface": MONO_FACE if mono else ARABIC_FACE}))

    def inline(self, p, el, size: float, bold=False, italic=False, mono=False, color=None):
        """The text of `el` (its children, not its tail) as runs of `p`."""
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in SKIP or "tk-letter" in (el.get("class") or ""):
            return
        bold = bold or tag in ("strong", "b", "th")
        italic = italic or tag in ("em", "i")
        mono = mono or tag in ("code", "kbd", "samp")
        if tag == "br":
            p.add_line_break()
            return
        self.run(p, _space(el.text, p), size, bold, italic, mono, color)
        for child in el:
            if isinstance(child.tag, str):
                self.inline(p, child, size, bold, italic, mono, color)
            self.run(p, _space(child.tail, p), size, bold, italic, mono, color)

    def block(self, el, size: float = 1.0, indent: float = 0.0) -> None:
        """A block element as one or more paragraphs."""
        tag, cls = el.tag, el.get("class") or ""
        if tag in ("ul", "ol"):
            quiz = "tk-quiz-options" in cls
            step = 1.7 if quiz else 1.2
            n = int(el.get("start") or 1)
            for li in (c for c in el if c.tag == "li"):
                letter = li.find(".//span[@class='tk-letter']")
                mark = (letter.text if letter is not None else "") if quiz else "•"
                if tag == "ol" and not quiz:
                    mark = f"{n}."
                n += 1
                self._flow(li, size, indent + step, mark, gap=False)
            self._last_gap(size)
            return
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            big = {"h1": 2.1, "h2": 1.5, "h3": 1.15}.get(tag, 1.0)
            p = self.paragraph(size * big, indent)
            self.inline(p, el, size * big, bold=True, color=ACCENT if tag in ("h1", "h2") else None)
            return
        if set(cls.split()) & {"tk-kicker", "tk-label"}:
            p = self.paragraph(size * 0.7, indent, gap=False)
            self.inline(p, el, size * 0.7, bold=True, color=ACCENT)
            return
        if tag == "blockquote" or self._aside(tag, cls):
            for child in el:
                if isinstance(child.tag, str):
                    self.block(child, size, indent + 0.8)
            return
        if tag == "table":  # in the notes: one line per row, cells apart
            for tr in el.iter("tr"):
                p = self.paragraph(size, indent, gap=False)
                for i, cell in enumerate(c for c in tr if c.tag in ("td", "th")):
                    self.run(p, " | " if i else "", size)
                    self.inline(p, cell, size)
            self._last_gap(size)
            return
        if "highlight" in cls or tag == "pre":
            text = "".join(el.itertext()).strip("\n")
            for line in text.split("\n"):
                p = self.paragraph(size * 0.6, indent, gap=False)
                ppr = p._p.get_or_add_pPr()
                ppr.attrib.pop("rtl", None)  # code reads left to right
                ppr.set("algn", "l")
                self.run(p, line or " ", size * 0.6, mono=True)
            return
        self._flow(el, size, indent, "", gap=tag != "li")

    @staticmethod
    def _aside(tag: str, cls: str) -> bool:
        """A block set apart: as its type says (tools/common/blocks.py `pptx`), "aside" if none."""
        if "admonition" not in cls and tag != "details":
            return False
        spec = blocks.block_type(cls.split()[1:] if "admonition" in cls else cls.split())
        return spec is None or spec.pptx == "aside"

    def _flow(self, el, size: float, indent: float, bullet: str, gap: bool) -> None:
        """Inline content of `el` as a paragraph; nested blocks as paragraphs of their own."""
        p = None

        def para():
            nonlocal p, bullet
            if p is None:
                p = self.paragraph(size, indent, bullet, gap)
                bullet = ""
            return p

        if el.text and el.text.strip(_HTML_SPACE):
            self.run(para(), _space(el.text, p), size)
        for child in el:
            if not isinstance(child.tag, str) or child.tag in SKIP:
                pass
            elif child.tag in BLOCK or "highlight" in (child.get("class") or ""):
                if child.tag == "p" and p is None and bullet:
                    self.inline(para(), child, size)
                else:
                    self.block(child, size, indent)
                    p = None
            else:
                self.inline(para(), child, size)
            if child.tail and child.tail.strip(_HTML_SPACE):
                self.run(para(), _space(child.tail, p), size)
        if p is None and bullet:
            para()

    def _last_gap(self, size: float) -> None:
        if self.fixed_pt is None and not self.first:
            self.frame.paragraphs[-1].space_after = Pt(self.px * size * 0.4 * 0.75)


_HTML_SPACE = " \t\n\r\f"


def _space(text: str | None, p=None) -> str:
    """HTML white space: each run of it one space, none at the start of a line, and none
    where `p` (the paragraph the text goes on) already ends with one: a browser collapses
    white space across inline elements (`deux <b> trois</b>`), PowerPoint shows every space.
    Only HTML's white space (fit.py's `_SPACE`), not `str.split()`'s: the no-break spaces
    of French typography (U+00A0, the narrow U+202F before « ? » and inside « … ») stay,
    unbreakable and as narrow as the estimate measured them."""
    text = text or ""
    out = " ".join(w for w in _SPACE.split(text) if w)
    if text[:1] and text[:1] in _HTML_SPACE and not _line_open(p):
        out = " " + out
    if text[-1:] and text[-1:] in _HTML_SPACE and out.strip(_HTML_SPACE):
        out += " "
    return out


def _line_open(p) -> bool:
    """Whether the line `p` ends on is empty or ends with a space (no `p`: not known)."""
    if p is None:
        return False
    for child in reversed(p._p):
        if child.tag == qn("a:br"):
            return True
        if child.tag == qn("a:r"):
            return "".join(t.text or "" for t in child.iter(qn("a:t"))).endswith(" ")
    return True


def _box(slide, left: float, top: float, width: float, height: float):
    box = slide.shapes.add_textbox(_emu(left), _emu(top), _emu(width), _emu(height))
    tf = box.text_frame
    tf.word_wrap = True
    tf.auto_size = MSO_AUTO_SIZE.NONE
    tf.margin_left = tf.margin_right = tf.margin_top = tf.margin_bottom = 0
    return box


class _Builder:
    def __init__(self, lang: str, renderer: Renderer, docs_dir: Path) -> None:
        self.lang = lang
        self.rtl = direction(lang) == "rtl"
        self.docs_dir = docs_dir
        self.deck = Deck(
            lang, renderer, self._size, width=TEXT_W, height=SLIDE_H - 2 * MARGIN_Y,
            fonts=PPTX_FONTS,
        )  # fmt: skip
        self.layout = self.deck.layout
        self.prs = Presentation()
        self.prs.slide_width, self.prs.slide_height = _emu(SLIDE_W), _emu(SLIDE_H)
        self._png: dict[Path, Path | None] = {}
        self.tmp = tempfile.TemporaryDirectory(prefix="tamkeen-pptx-")

    def _path(self, src_dir: str, url: str) -> Path:
        return self.docs_dir / posixpath.normpath(posixpath.join(src_dir, url))

    def _size(self, src_dir: str, url: str):
        return image_size(self._path(src_dir, url))

    def add(self, part: Part) -> None:
        page = self.prs.slides.add_slide(self.prs.slide_layouts[6])  # blank
        top = MARGIN_Y
        head = self.layout.fragment(part.header, TEXT_W, BASE_PX)
        box = _box(page, MARGIN_X, top, TEXT_W, head)
        box.name = "Title"
        text = _Text(box.text_frame, self.lang, BASE_PX)
        for el in _children(part.header):
            text.block(el)
        top += head
        px = BASE_PX * SCALES[part.scale]
        group: list = []

        def flush() -> None:
            nonlocal top, group
            if not group:
                return
            html = "".join(lxml_html.tostring(e, encoding="unicode") for e in group)
            height = self.layout.fragment(html, TEXT_W, px)
            frame = _box(page, MARGIN_X, top, TEXT_W, height).text_frame
            t = _Text(frame, self.lang, px)
            for e in group:
                t.block(e)
            top += height
            group = []

        for el in _children(part.body):
            if el.tag == "table":
                flush()
                top += self.table(page, el, top, px)
            elif el.tag == "img" or (el.tag == "p" and _only_image(el)):
                flush()
                img = el if el.tag == "img" else el.find(".//img")
                top += self.picture(page, img, top, px)
            else:
                group.append(el)
        flush()
        notes = "".join(x for x in (part.answer, part.notes) if x)
        if notes:
            frame = page.notes_slide.notes_text_frame
            t = _Text(frame, self.lang, NOTES_PT / 0.75, fixed_pt=NOTES_PT)
            for el in _children(notes):
                t.block(el)

    def table(self, page, el, top: float, px: float) -> float:
        rows = [[c for c in tr if c.tag in ("td", "th")] for tr in el.iter("tr")]
        ncols = max(len(r) for r in rows)
        given = [c.get("class", "") for c in el.iter("col")]
        if len(given) == ncols and all(c.startswith("tk-w-") for c in given):
            cols = [int(c[5:]) / 100 for c in given]
        else:
            cols = self.layout.table_columns(el, TEXT_W, px)
        size = 0.7 * px
        pad_x, pad_y = 0.4 * size, 0.15 * size
        heights = []
        for row in rows:
            tallest = 0.0
            for i, cell in enumerate(row[:ncols]):
                tallest = max(tallest, self.layout.flow(cell, cols[i] * TEXT_W - 2 * pad_x, size,
                                                        gaps=False))  # fmt: skip
            heights.append(tallest + 2 * pad_y + 1)
        shape = page.shapes.add_table(
            len(rows), ncols, _emu(MARGIN_X), _emu(top), _emu(TEXT_W), _emu(sum(heights))
        )
        shape.name = "Table"
        table = shape.table
        table.first_row = el.find("thead") is not None
        if self.rtl:
            table._tbl.tblPr.set("rtl", "1")
        for i, share in enumerate(cols):
            table.columns[i].width = _emu(share * TEXT_W)
        for r, row in enumerate(rows):
            table.rows[r].height = _emu(heights[r])
            for c in range(ncols):
                cell = table.cell(r, c)
                cell.margin_left = cell.margin_right = _emu(pad_x)
                cell.margin_top = cell.margin_bottom = _emu(pad_y)
                frame = cell.text_frame
                frame.word_wrap = True
                t = _Text(frame, self.lang, size)
                p = t.paragraph(gap=False)
                if c < len(row):
                    t.inline(p, row[c], 1.0)
        return sum(heights) + 0.4 * px * 0.7

    def picture(self, page, img, top: float, px: float) -> float:
        src = img.get("src") or ""
        where = self.deck.sources.get(src)
        if not where:
            return 0.0
        path = self._path(*where)
        size = image_size(path)
        png = self._raster(path, size)
        if png is None or not size or not size[0]:
            return 0.0
        cap = self.layout.image(img, TEXT_W)
        height = min(cap, TEXT_W * size[1] / size[0])
        width = height * size[0] / size[1]
        left = MARGIN_X + (TEXT_W - width) / 2
        pic = page.shapes.add_picture(str(png), _emu(left), _emu(top), _emu(width), _emu(height))
        pic.name = path.name
        alt = img.get("alt") or ""
        pic._element.nvPicPr.cNvPr.set("descr", alt or path.name)
        return height + self.layout.margin(img, px)

    def _raster(self, path: Path, size) -> Path | None:
        """A picture PowerPoint can show: raster files as they are, SVG drawn by Chromium
        at twice its size."""
        if path.suffix.lower() in RASTER:
            return path if path.is_file() else None
        if path in self._png:
            return self._png[path]
        exe = chromium_flags.executable()
        out = None
        if exe and size and path.is_file():
            target = Path(self.tmp.name) / f"{len(self._png)}.png"
            w, h = size
            subprocess.run(
                [exe, *chromium_flags.ARGS, "--hide-scrollbars", "--force-device-scale-factor=2",
                 f"--window-size={w},{h}", f"--screenshot={target}", path.as_uri()],
                capture_output=True, timeout=60, check=False,
            )  # fmt: skip
            out = target if target.is_file() else None
        self._png[path] = out
        return out


def _children(html: str) -> list:
    if not html.strip():
        return []
    root = lxml_html.fragment_fromstring(html, create_parent="div")
    return [c for c in root if isinstance(c.tag, str)]


def _only_image(el) -> bool:
    return el.find(".//img") is not None and not "".join(el.itertext()).strip()


def build(
    slides: list[Slide],
    lang: str,
    renderer: Renderer,
    docs_dir: Path,
    src_dirs: list[str],
) -> bytes:
    builder = _Builder(lang, renderer, docs_dir)
    try:
        for slide, src_dir in zip(slides, src_dirs, strict=True):
            # Pictures are addressed from the docs folder: page_dir = the source's folder.
            for part in builder.deck.parts(slide, src_dir, src_dir):
                builder.add(part)
        out = io.BytesIO()
        builder.prs.save(out)
    finally:
        builder.tmp.cleanup()
    return zip_bytes(out.getvalue())
