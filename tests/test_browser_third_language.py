"""The third-language fixture (Tamazight, `zgh`) in Chromium.

Read-aloud in a language without a voice (tools/common/languages.py `voice`): on a Tamazight
lesson of the third-language fixture there is no "listen" button, while the same lesson in
French, on the same phone (the speech stub, with Arabic and French voices), has one; the
page runs with no error either way. (A page shown untranslated has none in any language:
tests of tools/assets/tamkeen.js's listen.)

Links that tamkeen.js makes stay in the page's language folder (`zgh/`), and progress is
kept per lesson whatever the language (tools/common/languages.py gives tamkeen.js the folders)."""

from __future__ import annotations

import pytest

from tests.support.server import SiteServer
from tests.support.speech import listen_page  # noqa: F401
from tests.support.third_language import third_language_build  # noqa: F401
from tools.common.ui_strings import strings

pytestmark = [pytest.mark.browser, pytest.mark.build]
LESSON = "courses/demo/01-basics/01-first/"  # translated in Tamazight


@pytest.fixture(scope="module")
def server(third_language_build):  # noqa: F811
    with SiteServer(third_language_build) as srv:
        yield srv


def _ready(pg) -> None:
    """The lesson's furniture is there, and tamkeen.js has set up the page: its share
    button comes right after the listen button's turn (initListen, then initShare)."""
    pg.wait_for_selector("article > .tk-lesson-meta", state="attached")
    pg.wait_for_selector("[class*='tk-share-']", state="attached")


def test_no_listen_button_in_tamazight(listen_page, server):  # noqa: F811
    pg = listen_page(server.base + "zgh/" + LESSON)
    _ready(pg)
    assert pg.evaluate("document.documentElement.lang") == "zgh"
    assert pg.locator(".tk-listen-open").count() == 0
    assert not any("listen." in url for url in pg.requests)
    assert pg.errors == []


def test_listen_button_in_french(listen_page, server):  # noqa: F811
    pg = listen_page(server.base + "fr/" + LESSON)
    _ready(pg)
    button = pg.locator(".tk-listen-open")
    button.wait_for()
    assert button.inner_text() == strings("fr")["listen"]
    assert pg.errors == []


def test_progress_and_links_in_the_language_folder(page, server):
    page.goto(server.base + "zgh/" + LESSON)
    page.locator(".tk-done__button").click()
    assert page.locator(".tk-done__button").get_attribute("aria-pressed") == "true"
    keys = page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('tamkeen:lesson:'))")
    assert keys == ["tamkeen:lesson:demo/01-basics/01-first"], "the same key in every language"
    # The nav marks the lesson done (its links are read back to lesson keys).
    page.goto(server.base + "zgh/courses/demo/01-basics/02-second/")
    done = page.locator(".md-nav__link.tk-nav-done")
    done.first.wait_for(state="attached")
    assert all("/zgh/" in href for href in done.evaluate_all("l => l.map(a => a.href)"))
    # The search dialog's glossary and saved-pages links: in zgh/, not fr/.
    page.locator(".tk-search-button").first.click()
    hint = page.locator(".tk-search__hint a").first
    hint.wait_for(state="attached")
    assert hint.get_attribute("href") == "/tamkeen/zgh/glossary/"
    saved = page.locator(".tk-search__offline a").first
    assert saved.get_attribute("href") == "/tamkeen/zgh/offline.html"
