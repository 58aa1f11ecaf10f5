"""Handouts embed real fonts, never Type 3 glyph drawings.

Chromium's PDF backend draws a bold it had to synthesise (the site ships weight 400 only) as
Type 3 glyph outlines read from its glyph cache, and those outlines changed from one print
to the next: two builds of one commit gave different PDFs. `tools/slides/handout.py` gives
print its own bold faces, so every font of every handout is an embedded font file.
"""

from __future__ import annotations

from pypdf import PdfReader


def _fonts(pdf) -> list[tuple[str, str]]:
    found = []
    for page in PdfReader(pdf).pages:
        for font in (page.get("/Resources") or {}).get("/Font", {}).values():
            font = font.get_object()
            found.append((str(font.get("/Subtype")), str(font.get("/BaseFont", ""))))
    return found


def test_handouts_have_no_type3_fonts_and_real_bold_faces(kit_site):
    site = kit_site[1]
    pdfs = sorted(site.rglob("*.pdf"))
    assert len(pdfs) == 8  # participants' and trainer's handouts, 2 modules × 2 languages
    for pdf in pdfs:
        fonts = _fonts(pdf)
        assert fonts, pdf
        assert [f for f in fonts if f[0] == "/Type3"] == [], pdf
        names = " ".join(name for _, name in fonts)
        # Headings are bold: the bold face of the page's own script is embedded.
        french = pdf.relative_to(site).parts[0] == "fr"
        bold = "NotoSans-Bold" if french else "Tajawal-Bold"
        assert bold in names, (pdf, names)
