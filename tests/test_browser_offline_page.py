"""On the installed site, a page that was never saved opens, with no network, the offline
page in the reader's language (tools/site/offline.py, sw.js), not the browser's error page. It
says the page is not saved and lists the courses that are, as links that open offline;
with no course saved it says how to save one. In Chromium with the network off, on the
fixture course served under /tamkeen/; screenshots in tests/artifacts/."""

from __future__ import annotations

import re

import pytest

from tests.conftest import screenshot
from tests.support.course_site import course_build  # noqa: F401
from tests.support.server import SiteServer
from tools.common.ui_strings import strings

pytestmark = pytest.mark.browser
COURSE = "courses/demo/"
LESSON = COURSE + "01-basics/01-first/"
NEVER_SAVED = "translation-status/"  # in the service worker's list, never visited, not linked
LANGS = {"": "ar", "fr/": "fr"}


def _course_title(build, prefix: str) -> str:
    """The course page's <h1>, read from the built file (without its "¶" anchor)."""
    text = (build / prefix / COURSE / "index.html").read_text(encoding="utf-8")
    h1 = re.search(r"<h1\b[^>]*>(.*?)</h1>", text, re.S).group(1)
    return re.sub(r"<[^>]+>", "", h1.split('<a class="headerlink"')[0]).strip()


def _installed(context, base: str):
    pg = context.new_page()
    pg.goto(base + LESSON)
    pg.evaluate("navigator.serviceWorker.ready.then(() => true)")
    pg.reload()
    assert pg.evaluate("!!navigator.serviceWorker.controller"), "service worker not controlling"
    return pg


def _offline(context, pg, server) -> None:
    server.__exit__(None, None, None)  # no network at all from here on
    context.set_offline(True)
    context.new_cdp_session(pg).send("Network.clearBrowserCache")


@pytest.mark.parametrize("prefix", ["", "fr/"])
def test_never_saved_page_opens_offline_page_listing_saved_courses(chromium, course_build, prefix):  # noqa: F811
    lang = LANGS[prefix]
    s = strings(lang)
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    server = SiteServer(course_build).__enter__()
    base = server.base + prefix
    try:
        pg = _installed(context, server.base + prefix)
        pg.goto(base + COURSE)
        pg.locator(".tk-offline button").click()
        pg.wait_for_function(
            "t => document.querySelector('.tk-offline__status').textContent === t",
            arg=s["offline.saved"],
            timeout=20000,
        )
    finally:
        _offline(context, pg, server)
    try:
        violations: list[str] = []
        pg.on(
            "console", lambda m: violations.append(m.text) if "Content Security" in m.text else None
        )
        pg.goto(base + NEVER_SAVED)  # would be the browser's error page without the worker
        assert pg.evaluate("document.documentElement.lang") == lang
        assert pg.locator("article h1").inner_text() == s["offline.page.title"]
        assert s["offline.page.body"] in pg.locator("article").inner_text()
        links = pg.locator(".tk-offline-list li a")
        links.first.wait_for(timeout=10000)
        assert links.count() == 1
        assert links.first.inner_text() == _course_title(course_build, prefix)
        assert pg.locator(".tk-offline-list__label").is_visible()
        assert not pg.locator(".tk-offline-list__none").is_visible()
        assert pg.locator(".tk-search-button").count() == 1, "the site's own script ran"
        assert violations == [], violations  # nothing inline: the CSP holds
        screenshot(pg, f"offline-page-{lang}")
        links.first.click()  # the saved course opens, offline
        pg.wait_for_url(base + COURSE)
        assert pg.locator(".tk-offline").count() == 1
    finally:
        context.close()


@pytest.mark.parametrize("prefix", ["", "fr/"])
def test_offline_page_with_nothing_saved_says_how_to_save(chromium, course_build, prefix):  # noqa: F811
    lang = LANGS[prefix]
    s = strings(lang)
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    server = SiteServer(course_build).__enter__()
    try:
        pg = _installed(context, server.base + prefix)
    finally:
        _offline(context, pg, server)
    try:
        pg.goto(server.base + prefix + COURSE + "02-more/01-third/")  # never visited
        assert pg.evaluate("document.documentElement.lang") == lang
        assert pg.locator("article h1").inner_text() == s["offline.page.title"]
        none = pg.locator(".tk-offline-list__none")
        assert none.is_visible() and none.inner_text() == s["offline.page.none"]
        assert pg.locator(".tk-offline-list li").count() == 0
    finally:
        context.close()
