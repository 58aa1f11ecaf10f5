"""Arabic decks are right-to-left for the browser and for reveal.js; code stays LTR and
the slide number reads correctly. French decks stay LTR."""

from __future__ import annotations

import re


def test_arabic_and_french_deck_html(kit_site):
    _, site = kit_site
    ar = (site / "courses/demo/01-basics/01-first/slides/index.html").read_text(encoding="utf-8")
    fr = (site / "fr/courses/demo/01-basics/01-first/slides/index.html").read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl">' in ar
    assert '<html lang="fr" dir="ltr">' in fr
    # reveal.js starts from a file (no inline script under the CSP) and takes its
    # direction from <html dir> (Reveal.getConfig().rtl: tests/test_browser_slides.py).
    for deck in (ar, fr):
        assert re.search(r'<script src="(\.\./)+assets/slides/start\.js"></script>', deck)
        assert "<script>" not in deck
    start = (site / "assets/slides/start.js").read_text(encoding="utf-8")
    assert re.search(r'rtl: document\.documentElement\.dir === "rtl"', start)
    # Relative paths only, to the site's own fonts and the self-hosted reveal.js.
    for href in re.findall(r'<(?:link|script|img)\b[^>]*(?:href|src)="([^"]+)"', ar):
        assert not re.match(r"^[a-z]+:|^/", href), href
    assert 'href="../../../../../assets/css/fonts.css"' in ar
    css = (site / "assets/slides/slides.css").read_text(encoding="utf-8")
    assert re.search(r"\.slide-number \{\s*direction: ltr;", css)
    assert re.search(
        r"\.reveal pre,\s*\.reveal code,\s*\.reveal \.highlight \{\s*direction: ltr", css
    )
    # Trainer notes become speaker notes; solutions are notes too, never on the slide.
    # The solution's label is a paragraph of its own (a solution that is a list stays one).
    notes = '<aside class="notes"><p><strong>الحل:</strong></p>\n<p>جملة.</p><p>خصص 5 دقائق.</p>'
    assert notes + "</aside>" in ar
