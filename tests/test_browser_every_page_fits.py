"""Every page of the real site fits a 320 px phone in both languages (issue 28's sideways
overflow, for every page, not one of each type): after load, `scrollWidth == clientWidth`
and nothing sticks out on either side (tests/test_browser_overflow.py's measure, which names
the element). test_browser_overflow.py also opens menus, search and a quiz on one page of
each type at three widths; this one only loads each page, at the narrowest phone we serve.
Found this way: a source's title of several French words in one left-to-right isolate
(`white-space: nowrap`) stuck out of the facts page and of a lesson at 360 px.

Slide decks are left out: reveal.js scales a deck to the screen (tested in the slides tests).
"""

from __future__ import annotations

import pytest

from tests.test_browser_overflow import problems

pytestmark = pytest.mark.browser

WIDTH = 320


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_every_page_fits_a_320_px_phone(server, chromium, site, lang):
    root = site if lang == "ar" else site / "fr"
    pages = sorted(
        p.parent.relative_to(site).as_posix() + "/"
        for p in root.rglob("index.html")
        if "slides" not in p.parts and (lang == "fr" or p.relative_to(site).parts[0] != "fr")
    )
    assert len(pages) > 60, f"{lang}: only {len(pages)} pages found"
    context = chromium.new_context(
        viewport={"width": WIDTH, "height": 740},
        is_mobile=True,
        has_touch=True,
        service_workers="block",
        reduced_motion="reduce",
    )
    context.set_default_timeout(10_000)
    found: list[str] = []
    try:
        pg = context.new_page()
        for path in pages:
            path = "" if path == "./" else path
            pg.goto(server.base + path, wait_until="load")
            found += problems(pg, f"{WIDTH} px, {lang} {path or '/'}")
    finally:
        context.close()
    assert not found, "\n".join(found)
