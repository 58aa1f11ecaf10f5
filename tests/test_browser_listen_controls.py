"""The listen player's controls, with a stand-in speechSynthesis: pause and resume from the
last word heard, previous/next paragraph, the speed remembered on the device (and working
for the page when storage is off), the keyboard, and stopping when the page changes."""

from __future__ import annotations

import pytest

from tests.support.course_site import course_build, course_site_server  # noqa: F401
from tests.support.speech import SECOND, listen_page, press_listen, spoken  # noqa: F401
from tools.common.ui_strings import strings

pytestmark = pytest.mark.browser
DENY = "Object.defineProperty(window, 'localStorage', {get() { throw new Error('denied'); }});"


def last(pg) -> dict:
    return pg.evaluate("window.__tts.spoken.at(-1)")


def focused(pg, selector: str) -> bool:
    return pg.evaluate(f"document.activeElement.matches({selector!r})")


def calls(pg) -> list[str]:
    return pg.evaluate("window.__tts.calls")


@pytest.mark.parametrize(("prefix", "lang"), [("", "ar"), ("fr/", "fr")])
def test_pause_and_resume_from_the_last_word(listen_page, course_site_server, prefix, lang):  # noqa: F811
    s = strings(lang)
    pg = listen_page(course_site_server.base + prefix + SECOND)
    press_listen(pg)
    pg.evaluate("window.__tts.end()")  # the title is over; the objectives' title starts
    sentence = last(pg)["text"]
    assert pg.locator(".tk-listen__status").inner_text() == s["listen.reading"]
    pg.evaluate("window.__tts.boundary(6)")  # six characters in, a word starts

    pg.locator(".tk-listen__pause").click()
    assert calls(pg)[-1] == "cancel"
    assert len(spoken(pg)) == 2  # nothing more is said
    assert pg.locator(".tk-listen__status").inner_text() == s["listen.paused"]
    play = pg.locator(".tk-listen__play")
    assert play.get_attribute("aria-label") == s["listen.play"]
    assert pg.locator(".tk-listen-now").inner_text().startswith(sentence)

    play.click()
    assert len(spoken(pg)) == 3
    assert last(pg)["text"] == sentence[6:]  # the same paragraph, from the last word heard
    assert pg.locator(".tk-listen__pause").get_attribute("aria-label") == s["listen.pause"]
    # pause() and resume() fail on Android: never relied on.
    assert "pause" not in calls(pg) and "resume" not in calls(pg)
    assert pg.errors == []


def test_next_and_previous_paragraph(listen_page, course_site_server):  # noqa: F811
    pg = listen_page(course_site_server.base + "fr/" + SECOND)
    press_listen(pg)
    assert last(pg)["text"] == "Deuxième leçon"
    pg.locator(".tk-listen__next").click()
    assert calls(pg)[-2:] == ["cancel", "speak"]
    assert last(pg)["text"] == "Dans cette leçon, vous apprendrez à"
    pg.locator(".tk-listen__next").click()
    assert last(pg)["text"] == "appliquer l'idée"
    assert pg.locator(".tk-listen-now").evaluate("el => el.tagName") == "LI"
    pg.locator(".tk-listen__previous").click()
    assert last(pg)["text"] == "Dans cette leçon, vous apprendrez à"
    # Before the title there is nothing: previous stays on it.
    pg.locator(".tk-listen__previous").click()
    pg.locator(".tk-listen__previous").click()
    assert last(pg)["text"] == "Deuxième leçon"
    # Paused, next moves the highlight and says nothing until play.
    pg.locator(".tk-listen__pause").click()
    count = len(spoken(pg))
    pg.locator(".tk-listen__next").click()
    assert len(spoken(pg)) == count
    assert pg.locator(".tk-listen-now").inner_text().startswith("Dans cette leçon")
    pg.locator(".tk-listen__play").click()
    assert last(pg)["text"] == "Dans cette leçon, vous apprendrez à"
    assert pg.errors == []


def test_speed_is_remembered(listen_page, course_site_server):  # noqa: F811
    pg = listen_page(course_site_server.base + SECOND)
    press_listen(pg)
    speed = pg.locator(".tk-listen__speed")
    assert last(pg)["rate"] == 1 and speed.inner_text() == "1×"
    pg.evaluate("window.__tts.boundary(6)")
    speed.click()
    assert (
        last(pg)
        == {  # said again, faster, from the last word heard
            "text": "الدرس الثاني"[6:],
            "lang": "ar-MA",
            "rate": 1.25,
            "voice": "Arabic (Morocco)",
        }
    )
    assert speed.inner_text() == "1.25×"
    assert speed.get_attribute("aria-label") == "السرعة 1.25×"
    assert pg.evaluate("localStorage.getItem('tamkeen:listen-rate')") == "1.25"
    # Another lesson, another day: the same speed.
    pg.goto(course_site_server.base + "fr/courses/demo/01-basics/01-first/")
    press_listen(pg)
    assert last(pg)["rate"] == 1.25
    assert pg.locator(".tk-listen__speed").inner_text() == "1.25×"
    pg.locator(".tk-listen__speed").click()
    assert last(pg)["rate"] == 0.75  # and round again
    pg.locator(".tk-listen__speed").click()
    assert last(pg)["rate"] == 1
    assert pg.errors == []


def test_speed_works_without_storage(listen_page, course_site_server):  # noqa: F811
    pg = listen_page(course_site_server.base + SECOND, init=(DENY,))
    press_listen(pg)
    pg.locator(".tk-listen__speed").click()
    assert last(pg)["rate"] == 1.25
    assert [e for e in pg.errors if "listen" in e] == []


def test_keyboard_and_announcements(listen_page, course_site_server):  # noqa: F811
    s = strings("ar")
    pg = listen_page(course_site_server.base + SECOND)
    pg.locator(".tk-listen-open").focus()
    pg.keyboard.press("Enter")
    pg.wait_for_function("() => window.__tts.spoken.length === 1")
    bar = pg.locator(".tk-listen")
    assert bar.get_attribute("role") == "region" and bar.get_attribute("aria-label") == "استمع"
    status = pg.locator(".tk-listen__status")
    assert (
        status.get_attribute("aria-live") == "polite" and status.get_attribute("role") == "status"
    )
    # Focus is on play/pause: Space pauses, Space plays again.
    assert focused(pg, ".tk-listen__pause")
    pg.keyboard.press("Space")
    assert status.inner_text() == s["listen.paused"]
    pg.keyboard.press("Space")
    assert status.inner_text() == s["listen.reading"]
    # Every control is a labelled button in the tab order.
    labels = bar.locator("button").evaluate_all("bs => bs.map(b => b.getAttribute('aria-label'))")
    assert labels == [
        s["listen.previous"],
        s["listen.pause"],
        s["listen.next"],
        "السرعة 1×",
        s["listen.close"],
    ]
    pg.keyboard.press("Tab")
    assert focused(pg, ".tk-listen__next")
    pg.keyboard.press("Enter")
    assert last(pg)["text"] == "ستتعلم في هذا الدرس أن"
    # Close: speech stops, the player goes, focus returns to "listen".
    pg.locator(".tk-listen__close").focus()
    pg.keyboard.press("Enter")
    assert calls(pg)[-1] == "cancel"
    assert bar.count() == 0 and pg.locator(".tk-listen-now").count() == 0
    assert focused(pg, ".tk-listen-open")
    pg.evaluate("window.__tts.end()")
    assert len(spoken(pg)) == 3  # nothing after closing
    assert pg.errors == []


def test_a_new_page_stops_the_reading(listen_page, course_site_server):  # noqa: F811
    pg = listen_page(course_site_server.base + SECOND)
    press_listen(pg)
    # Material's document$ emits on every page, instant navigation included.
    pg.evaluate("window.document$.next(document)")
    assert calls(pg)[-1] == "cancel"
    assert pg.locator(".tk-listen").count() == 0
    assert pg.locator(".tk-listen-open").count() == 1
    press_listen(pg)
    pg.evaluate("window.dispatchEvent(new PageTransitionEvent('pagehide'))")
    assert calls(pg)[-1] == "cancel"
    assert pg.locator(".tk-listen").count() == 0  # back from the cache: closed, not "playing"
    assert pg.errors == []
