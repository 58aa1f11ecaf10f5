"""Full-page screenshots for a human to look at (tests/artifacts/*.png, not committed):
Arabic and French home and guide pages, Arabic search with results, the Arabic navigation
drawer, and the Arabic guide at desktop width (sidebars)."""

from __future__ import annotations

import pytest

from tests.conftest import screenshot

pytestmark = pytest.mark.browser

MIN_BYTES = 20_000  # a blank or broken page compresses to a few kB


def settle(pg) -> None:
    pg.wait_for_load_state("networkidle")
    pg.evaluate("document.fonts.ready.then(() => true)")


def check(path) -> None:
    assert path.is_file(), path
    assert path.stat().st_size > MIN_BYTES, (path, path.stat().st_size)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", path


@pytest.mark.parametrize(
    ("name", "path"),
    [
        ("ar-home", ""),
        ("fr-home", "fr/"),
        ("ar-guide", "guide/"),
        ("fr-guide", "fr/guide/"),
    ],
)
def test_page_screenshot(server, page, name, path):
    page.goto(server.base + path)
    settle(page)
    check(screenshot(page, name))
    # The hidden permalink mark never pushes a heading onto an extra (blank) line.
    grown = page.eval_on_selector_all(
        ".md-typeset :is(h1, h2, h3) > .headerlink",
        """links => links.filter((link) => {
             const h = link.parentElement, before = h.offsetHeight;
             link.style.display = "none";
             const after = h.offsetHeight;
             link.style.display = "";
             return before !== after;
           }).map((link) => link.parentElement.textContent)""",
    )
    assert not grown, grown


def test_arabic_search_screenshot(server, page):
    page.goto(server.base + "guide/")
    settle(page)
    page.locator(".tk-search-button").click()
    page.locator(".tk-search__input").fill("ذكاء")
    page.locator(".tk-search__results a").first.wait_for(timeout=10_000)
    settle(page)
    check(screenshot(page, "ar-search"))


def test_arabic_drawer_screenshot(server, page):
    page.goto(server.base + "guide/")
    settle(page)
    page.locator("label.md-header__button[for=__drawer]").click()
    page.locator(".md-sidebar--primary").wait_for(state="visible")
    page.wait_for_timeout(400)  # drawer slide-in transition
    path = screenshot(page, "ar-drawer")
    check(path)
    # The drawer slides in from the right edge in RTL.
    box = page.locator(".md-sidebar--primary").bounding_box()
    assert box["x"] + box["width"] >= 390 - 1, box


def test_arabic_guide_desktop_screenshot(server, chromium):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    try:
        pg = context.new_page()
        pg.goto(server.base + "guide/")
        settle(pg)
        check(screenshot(pg, "ar-guide-desktop"))
        nav = pg.locator(".md-sidebar--primary").bounding_box()
        toc = pg.locator(".md-sidebar--secondary").bounding_box()
        content = pg.locator(".md-content").bounding_box()
        # RTL: navigation on the right, table of contents on the left of the content.
        assert nav["x"] > content["x"] > toc["x"], (nav, content, toc)
    finally:
        context.close()
