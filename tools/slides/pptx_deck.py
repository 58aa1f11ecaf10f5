"""Editable PowerPoint decks (python-pptx): 16:9, real text boxes, speaker notes.

python-pptx has no API for right-to-left text: Arabic paragraphs get `rtl="1"` and
`algn="r"` on `a:pPr`, and their runs `lang="ar-MA"` on `a:rPr`, set in the XML.
"""

from __future__ import annotations

import io
import posixpath
from pathlib import Path

from lxml import html as lxml_html
from pptx import Presentation
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches, Pt

from tools.paths import direction
from tools.sanitize import one_line
from tools.slides.model import Slide, images
from tools.slides.render import Renderer, text_items
from tools.slides.stable import zip_bytes
from tools.ui_strings import strings

WIDTH, HEIGHT = Inches(13.333), Inches(7.5)
MARGIN = Inches(0.6)
RASTER = (".png", ".jpg", ".jpeg", ".gif", ".bmp")
LANG_TAG = {"ar": "ar-MA", "fr": "fr-FR"}


def _direction(text_frame, lang: str, code: bool = False) -> None:
    rtl = direction(lang) == "rtl" and not code
    for p in text_frame.paragraphs:
        ppr = p._p.get_or_add_pPr()
        if rtl:
            ppr.set("rtl", "1")
            ppr.set("algn", "r")
        else:
            ppr.set("algn", "l")
        for r in p.runs:
            rpr = r._r.get_or_add_rPr()
            rpr.set("lang", "en-US" if code else LANG_TAG.get(lang, lang))
            if rtl and rpr.find(qn("a:cs")) is None:
                cs = rpr.makeelement(qn("a:cs"), {"typeface": "Arial"})
                rpr.append(cs)


def _fill(text_frame, lines: list[str], size: int, lang: str, code: bool = False) -> None:
    text_frame.word_wrap = True
    for i, line in enumerate(lines or [""]):
        p = text_frame.paragraphs[0] if i == 0 else text_frame.add_paragraph()
        run = p.add_run()
        run.text = line
        run.font.size = Pt(size)
        if code:
            run.font.name = "Consolas"
    _direction(text_frame, lang, code)


def _plain(renderer: Renderer, markdown: str) -> str:
    fragment = renderer.html(markdown)
    if not fragment.strip():
        return ""
    return lxml_html.fragment_fromstring(fragment, create_parent="div").text_content().strip()


def build(
    slides: list[Slide],
    lang: str,
    renderer: Renderer,
    docs_dir: Path,
    src_dirs: list[str],
) -> bytes:
    s = strings(lang)
    prs = Presentation()
    prs.slide_width, prs.slide_height = WIDTH, HEIGHT
    inner = WIDTH - 2 * MARGIN
    for slide, src_dir in zip(slides, src_dirs, strict=True):
        layout = prs.slide_layouts[0 if slide.kind in ("title", "module") else 1]
        page = prs.slides.add_slide(layout)
        title, body = page.placeholders[0], page.placeholders[1]
        title.left, title.top, title.width, title.height = MARGIN, Inches(0.4), inner, Inches(1.2)
        body.left, body.top, body.width = MARGIN, Inches(1.8), inner
        body.height = HEIGHT - Inches(2.3)
        heading = f"{slide.kicker} — {slide.title}" if slide.kicker else slide.title
        _fill(title.text_frame, [heading], 36 if slide.kind in ("title", "module") else 32, lang)

        bullets: list[str] = []
        code: list[str] = []
        pictures: list[Path] = []
        if slide.subtitle:
            bullets.append(slide.subtitle)
        if slide.kind == "title" and slide.items:
            bullets.append(s["lesson.objectives"])
        bullets += [one_line(item) for item in slide.items]  # metadata: plain text
        for block in slide.markdown:
            b, c = text_items(renderer.html(block), rtl=direction(lang) == "rtl")
            bullets += b
            code += c
            for url in images(block):
                path = docs_dir / posixpath.normpath(posixpath.join(src_dir, url))
                if path.suffix.lower() in RASTER and path.is_file():
                    pictures.append(path)
        bullets += [_plain(renderer, text) for text, _ in slide.options]
        if pictures:
            body.width = inner // 2
            if direction(lang) == "rtl":
                body.left = MARGIN + inner // 2
        _fill(body.text_frame, bullets, 22, lang)
        top = body.top + Emu(Pt(30) * (len(bullets) + 1))
        for text in code:
            box = page.shapes.add_textbox(body.left, top, body.width, Inches(2))
            _fill(box.text_frame, text.splitlines(), 16, lang, code=True)
            top += Emu(Pt(20) * (text.count("\n") + 2))
        for path in pictures[:1]:
            left = MARGIN if direction(lang) == "rtl" else MARGIN + inner // 2
            page.shapes.add_picture(str(path), left, Inches(1.8), width=inner // 2)
        notes = slide.answer + slide.notes  # a quiz's answer stays off the slide
        if notes:
            frame = page.notes_slide.notes_text_frame
            _fill(frame, [_plain(renderer, n) for n in notes], 14, lang)
    out = io.BytesIO()
    prs.save(out)
    return zip_bytes(out.getvalue())
