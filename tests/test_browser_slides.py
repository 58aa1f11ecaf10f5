"""A deck loads with every request on the site's own origin, and the keyboard moves
through it; the same deck opens from file:// (a copy on a USB stick)."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from tests.conftest import screenshot
from tests.support.server import SiteServer

pytestmark = pytest.mark.browser
DECK = "courses/demo/01-basics/01-first/slides/"


@pytest.fixture(scope="module")
def deck_site(kit_site):
    return kit_site[1]  # the session's kit build (tests/conftest.py), read only


@pytest.fixture
def wide(chromium):
    context = chromium.new_context(viewport={"width": 1280, "height": 720})
    yield context.new_page()
    context.close()


def _index(pg) -> int:
    return pg.evaluate("Reveal.getIndices().h")


def test_deck_is_same_origin_and_keyboard_navigable(wide, deck_site):
    requests: list[str] = []
    wide.on("request", lambda r: requests.append(r.url))
    with SiteServer(deck_site) as srv:
        wide.goto(srv.base + DECK)
        wide.wait_for_function("() => window.Reveal && Reveal.isReady()")
        wide.evaluate("document.fonts.ready")
        origin = urlsplit(srv.base).netloc
        assert requests and all(urlsplit(u).netloc == origin for u in requests), requests
        assert _index(wide) == 0
        # An RTL deck runs right to left: ← is the next slide, → the previous one.
        wide.keyboard.press("ArrowLeft")
        wide.keyboard.press("ArrowLeft")
        assert _index(wide) == 2
        wide.keyboard.press("ArrowRight")
        assert _index(wide) == 1
        # The slide with the figure: Arabic text, right-aligned, the image loaded.
        wide.goto(srv.base + DECK + "#/3")
        wide.wait_for_function("() => Reveal.getIndices().h === 3")
        heading = "getComputedStyle(document.querySelector('.present h2')).direction"
        assert wide.evaluate(heading) == "rtl"
        assert wide.evaluate("document.querySelector('.present img').naturalWidth") == 320
        # The site's own Arabic face, even though reveal's rtl mode asks for sans-serif.
        family = "getComputedStyle(document.querySelector('.present h2')).fontFamily"
        assert wide.evaluate(family).startswith('"Tamkeen Arabic"')
        number = wide.locator(".slide-number")
        assert number.evaluate("e => getComputedStyle(e).direction") == "ltr"
        screenshot(wide, "slides-ar-figure")


def test_deck_opens_from_file(wide, deck_site):
    failed: list[str] = []
    wide.on("requestfailed", lambda r: failed.append(r.url))
    wide.goto((deck_site / "courses/demo/01-basics/slides/index.html").as_uri())
    wide.wait_for_function("() => window.Reveal && Reveal.isReady()")
    assert not failed
    assert wide.evaluate("Reveal.getConfig().rtl") is True
    total = wide.evaluate("Reveal.getTotalSlides()")
    assert total > 5
    wide.keyboard.press("ArrowLeft")
    assert _index(wide) == 1
    # The speaker-notes plugin is loaded (the `s` key opens the speaker view).
    assert wide.evaluate("Reveal.hasPlugin('notes')")
