"""Read-aloud in a language without a voice (tools/languages.py `voice`): on a Tamazight
lesson of the third-language fixture there is no "listen" button, while the same lesson in
French, on the same phone (the speech stub, with Arabic and French voices), has one; the
page runs with no error either way. (A page shown untranslated has none in any language:
tests of tools/assets/tamkeen.js's listen.)"""

from __future__ import annotations

import pytest

from tests.support.server import SiteServer
from tests.support.speech import listen_page  # noqa: F401
from tools.ui_strings import strings

pytestmark = pytest.mark.browser
LESSON = "courses/demo/01-basics/01-first/"  # translated in Tamazight


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from tests.conftest import copy_fixture, run_build

    tmp = tmp_path_factory.mktemp("third-language-browser")
    project = copy_fixture("third_language", tmp)
    result = run_build(project / "mkdocs.yml", tmp / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    with SiteServer(tmp / "site") as srv:
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
