"""Every slide of every deck of the real site, in both languages, fits 1280×720: Chromium
steps through each slide and each fragment state (a quiz's answer included) and reads the
slide's layout size (tests/support/deck_fit.py)."""

from __future__ import annotations

import pytest

from tests.support import deck_fit

pytestmark = pytest.mark.browser


def test_every_slide_of_every_deck_fits(site, server, chromium):
    decks = deck_fit.decks(site)
    assert {deck_fit.language(d) for d in decks} == {"ar", "fr"}
    assert len(decks) >= 90, decks  # lesson and module decks, two languages
    states = deck_fit.measure_site(chromium, server.base, site)
    assert {s.deck for s in states} == set(decks)
    answers = [s for s in states if s.kind == "tk-quiz" and s.fragment >= 0]
    assert len(answers) >= 400, len(answers)  # the answer state of every quiz slide
    over = [
        f"{s.deck}#/{s.h} step {s.fragment}: {s.height}×{s.width} px {s.title[:50]!r}"
        for s in states
        if not s.fits
    ]
    assert not over, f"{len(over)} slide states over 1280×720:\n" + "\n".join(over[:30])
    # Pictures are drawn as large as their box allows (object-fit: contain in a box as wide
    # as the slide), not at their natural size: one side fills the box, and the box is at
    # least 200 px tall.
    pictures = [(s, img) for s in states if s.fragment == -1 for img in s.images]
    assert len(pictures) >= 16, len(pictures)  # diagrams and charts, lesson and module decks
    small = []
    for s, (nw, nh, bw, bh) in pictures:
        assert nw and nh, f"{s.deck}#/{s.h}: a picture did not load"
        scale = min(bw / nw, bh / nh)
        fills = scale * nw >= 0.98 * bw or scale * nh >= 0.98 * bh
        if not fills or bh < 200 or bw < 1000:
            small.append(f"{s.deck}#/{s.h}: {nw}×{nh} drawn in {bw}×{bh}")
    assert not small, small


def test_long_slides_are_continued_not_cut(site):
    """A slide split in parts says so in its title « … (2/3) », in both languages."""
    for lang, prefix in (("ar", ""), ("fr", "fr/")):
        deck = site / prefix / "courses/ai/01-what-is-ai/02-how-machines-learn/slides/index.html"
        html = deck.read_text(encoding="utf-8")
        assert "(1/" in html and "(2/" in html, lang
