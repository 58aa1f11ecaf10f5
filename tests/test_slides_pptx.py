"""The editable PPTX of a module: opens with python-pptx, 16:9, one slide per slide of the
module's deck, real text, speaker notes, the lesson's image, Arabic paragraphs RTL."""

from __future__ import annotations

import re

from pptx import Presentation
from pptx.util import Inches

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def test_module_pptx(kit_site):
    _, site = kit_site
    folder = site / "courses/demo/01-basics"
    prs = Presentation(str(folder / "trainer/demo-01-basics-ar.pptx"))
    # 16:9, 1280 × 720 px at 96 dpi: the web deck's own size.
    assert (prs.slide_width, prs.slide_height) == (Inches(13 + 1 / 3), Inches(7.5))
    deck = (folder / "slides/index.html").read_text(encoding="utf-8")
    assert len(prs.slides) == len(re.findall(r"<section\b", deck)) == 14

    texts = [sh.text_frame.text for s in prs.slides for sh in s.shapes if sh.has_text_frame]
    assert any("الدرس الأول" in t for t in texts) and any("الدرس الثاني" in t for t in texts)
    assert any('print("Tamkeen")' in t for t in texts)
    pictures = [sh for s in prs.slides for sh in s.shapes if sh.shape_type == 13]
    assert len(pictures) == 1

    notes = [s.notes_slide.notes_text_frame.text for s in prs.slides if s.has_notes_slide]
    assert any("خصص 5 دقائق." in n for n in notes)
    assert any("اعمل في مجموعات." in n for n in notes)

    arabic = 0
    for slide in prs.slides:
        for shape in slide.shapes:
            if not shape.has_text_frame:
                continue
            for p in shape.text_frame.paragraphs:
                if re.search("[\u0600-\u06ff]", p.text):
                    ppr = p._p.find(f"{A}pPr")
                    assert ppr.get("rtl") == "1" and ppr.get("algn") == "r", p.text
                    # Arabic runs are tagged Arabic; inline code (a monospace run) is not.
                    for r in p.runs:
                        mono = r._r.find(f"{A}rPr/{A}latin").get("typeface") == "Courier New"
                        assert r._r.find(f"{A}rPr").get("lang") == ("en-US" if mono else "ar-MA")
                    arabic += 1
                elif p.text.startswith("print("):
                    assert p._p.find(f"{A}pPr").get("rtl") is None  # code stays LTR
    assert arabic > 10

    fr = Presentation(str(site / "fr/courses/demo/01-basics/trainer/demo-01-basics-fr.pptx"))
    paragraphs = [
        p
        for s in fr.slides
        for sh in s.shapes
        if sh.has_text_frame
        for p in sh.text_frame.paragraphs
    ]
    assert not any(p._p.find(f"{A}pPr").get("rtl") == "1" for p in paragraphs)
