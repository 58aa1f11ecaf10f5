"""Which voice reads a lesson, with a stand-in speechSynthesis: the page's language, its
preferred region (ar-MA; fr-FR then fr-MA), a voice on the phone before one that needs the
network; voices that arrive late (Chrome's `voiceschanged`); and, when the phone has no
voice for the language, a message in the page's language saying how to add one on Android,
with no play button left that cannot work."""

from __future__ import annotations

import pytest

from tests.support.course_site import course_build, course_site_server  # noqa: F401
from tests.support.speech import SECOND, listen_page, press_listen, spoken  # noqa: F401
from tools.common.ui_strings import strings

pytestmark = pytest.mark.browser


def voice(name: str, lang: str, local: bool = True) -> dict:
    return {"name": name, "lang": lang, "localService": local}


@pytest.mark.parametrize(
    ("prefix", "voices", "chosen"),
    [
        ("", [voice("eg", "ar-EG"), voice("ma", "ar_MA"), voice("fr", "fr-FR")], "ma"),
        ("", [voice("en", "en-US"), voice("sa", "ar-SA")], "sa"),
        ("", [voice("ma-net", "ar-MA", local=False), voice("eg", "ar-EG")], "eg"),
        ("fr/", [voice("ca", "fr-CA"), voice("ma", "fr-MA"), voice("fr", "fr-FR")], "fr"),
        ("fr/", [voice("ca", "fr-CA"), voice("ma", "fr-MA"), voice("ar", "ar-MA")], "ma"),
        ("fr/", [voice("be", "fr-BE")], "be"),
    ],
)
def test_voice_follows_the_page_language(
    listen_page,  # noqa: F811
    course_site_server,  # noqa: F811
    prefix,
    voices,
    chosen,
):
    pg = listen_page(course_site_server.base + prefix + SECOND, voices=voices)
    press_listen(pg)
    first = spoken(pg)[0]
    assert first["voice"] == chosen
    lang = next(v["lang"] for v in voices if v["name"] == chosen)
    assert first["lang"] == lang.replace("_", "-")  # Android picks by lang as much as voice


def test_voices_that_arrive_late(listen_page, course_site_server):  # noqa: F811
    late = [voice("ma", "ar-MA")]
    pg = listen_page(course_site_server.base + SECOND, voices=[], late=late)
    press_listen(pg)
    pg.wait_for_function("() => window.__tts.spoken.length === 1")
    assert [u["voice"] for u in spoken(pg)] == ["ma"]
    assert pg.locator(".tk-listen__pause").is_visible()


def test_voices_after_no_voice_was_said(listen_page, course_site_server):  # noqa: F811
    # Later than the 2 s the player waits: "no voice" first, then reading once they come.
    pg = listen_page(course_site_server.base + SECOND, voices=[])
    press_listen(pg)
    pg.wait_for_selector(".tk-listen--none", timeout=5000)
    pg.evaluate("window.__tts.setVoices([{name: 'ma', lang: 'ar-MA', localService: true}])")
    assert [u["voice"] for u in spoken(pg)] == ["ma"]
    assert pg.locator(".tk-listen--none").count() == 0
    assert pg.locator(".tk-listen__pause").is_visible()
    assert pg.locator(".tk-listen__status").inner_text() == strings("ar")["listen.reading"]


@pytest.mark.parametrize(("prefix", "lang"), [("", "ar"), ("fr/", "fr")])
def test_no_voice_for_the_language(listen_page, course_site_server, prefix, lang):  # noqa: F811
    s = strings(lang)
    other = voice("other", "fr-FR" if lang == "ar" else "ar-MA")
    pg = listen_page(course_site_server.base + prefix + SECOND, voices=[other])
    press_listen(pg)
    status = pg.locator(".tk-listen__status")
    status.wait_for()
    assert status.inner_text().split("\n") == [s["listen.novoice"], s["listen.howto"]]
    assert "Android" in s["listen.howto"] or "أندرويد" in s["listen.howto"]
    assert status.get_attribute("aria-live") == "polite"
    # No button that cannot work: only "close", and it has the focus.
    visible = pg.locator(".tk-listen button:visible")
    assert visible.count() == 1
    assert visible.get_attribute("class") == "tk-listen__close"
    assert pg.evaluate("document.activeElement.matches('.tk-listen__close')")
    assert spoken(pg) == []
    visible.click()
    assert pg.locator(".tk-listen").count() == 0
    assert pg.locator(".tk-listen-open").is_visible()
    assert pg.errors == []


def test_no_voice_ever_announced(listen_page, course_site_server):  # noqa: F811
    # Some browsers list no voice and never fire voiceschanged: the message comes anyway.
    pg = listen_page(course_site_server.base + SECOND, voices=[])
    press_listen(pg)
    pg.wait_for_selector(".tk-listen--none", timeout=5000)
    assert pg.locator(".tk-listen__status").inner_text().startswith(strings("ar")["listen.novoice"])


def test_a_language_listed_but_not_installed(listen_page, course_site_server):  # noqa: F811
    # Android may list Arabic while its voice data is not on the phone: speaking fails.
    pg = listen_page(course_site_server.base + "fr/" + SECOND)
    press_listen(pg)
    pg.evaluate("window.__tts.fail('language-unavailable')")
    assert pg.locator(".tk-listen--none").count() == 1
    assert pg.locator(".tk-listen__status").inner_text().startswith(strings("fr")["listen.novoice"])
    assert len(spoken(pg)) == 1
