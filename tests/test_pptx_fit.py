"""Every PPTX of the real site: each picture and table of the web deck is in it (pictures
placed on the slide and scaled, tables as PowerPoint tables), and no text box or table
cell holds more text than it can show, laid out in Chromium with the deck's fonts at the
box's own width, font sizes and line spacing (tests/support/pptx_boxes.py)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path, PurePosixPath

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from tests.support import pptx_boxes

pytestmark = pytest.mark.browser
SLIDE_W, SLIDE_H = 1280, 720


def _pairs(site: Path) -> list[tuple[Path, Path]]:
    """(PPTX, the module's web deck) for every module and language."""
    out = []
    for pptx in sorted(site.rglob("trainer/*.pptx")):
        web = pptx.parent.parent / "slides" / "index.html"
        assert web.is_file(), f"{pptx}: no web deck at {web}"
        out.append((pptx, web))
    return out


def test_every_picture_and_table_of_the_web_deck_is_in_the_pptx(site):
    pairs = _pairs(site)
    assert len(pairs) >= 26, pairs  # 13 modules in two languages
    pictures = 0
    for pptx, web in pairs:
        # What the slides show: speaker notes aside (the PPTX has them in its notes pages).
        html = re.sub(r'<aside class="notes">.*?</aside>', "", web.read_text("utf-8"), flags=re.S)
        wanted = Counter(
            PurePosixPath(src).name for src in re.findall(r'<img\b[^>]*\ssrc="([^"]+)"', html)
        )
        found: Counter = Counter()
        tables = 0
        for n, slide in enumerate(Presentation(pptx).slides, 1):
            for shape in slide.shapes:
                if shape.shape_type == MSO_SHAPE_TYPE.PICTURE:
                    found[shape.name] += 1
                    box = [shape.left / 9525, shape.top / 9525, shape.width / 9525,
                           shape.height / 9525]  # fmt: skip
                    where = f"{pptx.name} slide {n} {shape.name}"
                    assert box[0] >= 0 and box[1] >= 0, where
                    assert box[0] + box[2] <= SLIDE_W + 1 and box[1] + box[3] <= SLIDE_H + 1, where
                    assert box[3] >= 150 or box[2] >= 600, f"{where}: drawn too small {box}"
                    assert len(shape.image.blob) > 1000, where
                tables += shape.has_table
        assert found == wanted, f"{pptx.name}: pictures {found} != web deck {wanted}"
        assert tables == html.count("<table"), f"{pptx.name}: {tables} tables"
        pictures += sum(found.values())
    assert pictures >= 8  # diagrams and notebook charts, both languages


def test_bold_and_code_are_kept(site):
    bold = code = 0
    for pptx, _ in _pairs(site):
        for slide in Presentation(pptx).slides:
            for shape in slide.shapes:
                if not shape.has_text_frame:
                    continue
                for p in shape.text_frame.paragraphs:
                    for r in p.runs:
                        bold += bool(r.font.bold)
                        code += "Courier" in (r.font.name or "")
    assert bold > 100 and code > 10, (bold, code)


def test_every_shape_is_on_its_slide(site):
    for pptx, _ in _pairs(site):
        for n, slide in enumerate(Presentation(pptx).slides, 1):
            for shape in slide.shapes:
                bottom = (shape.top + shape.height) / 9525
                right = (shape.left + shape.width) / 9525
                where = f"{pptx.name} slide {n} {shape.name}"
                assert bottom <= SLIDE_H + 0.5 and right <= SLIDE_W + 0.5, (where, bottom, right)


def test_no_text_box_overflows_measured_in_chromium(site, server, chromium):
    boxes = [b for pptx, _ in _pairs(site) for b in pptx_boxes.boxes(pptx)]
    assert len(boxes) > 1500
    context = chromium.new_context(viewport={"width": 1400, "height": 900})
    pg = context.new_page()
    url = server.base + "pptx-boxes.html"
    body = pptx_boxes.page(boxes, server.base + "assets/css/fonts.css")
    pg.route(url, lambda route: route.fulfill(body=body, content_type="text/html"))
    pg.goto(url)
    heights = pg.evaluate(pptx_boxes.MEASURE)
    context.close()
    assert len(heights) == len(boxes)
    over = [
        f"{b.where}: text {h:.0f} px in a {b.height:.0f} px box: {b.text[:60]!r}"
        for b, h in zip(boxes, heights, strict=True)
        if h > b.height + 1
    ]
    assert not over, f"{len(over)} of {len(boxes)} boxes overflow:\n" + "\n".join(over[:30])
