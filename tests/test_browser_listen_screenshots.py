"""The listen player on a phone (360×740), in Arabic and French, playing and paused, and
with no voice: screenshots in tests/artifacts/ (looked at by a person), and the layout
checked: the bar at the bottom of the screen, every control a full-size touch target on
one row, previous/next in the reading direction, the paragraph read not hidden under it."""

from __future__ import annotations

import pytest

from tests.conftest import ARTIFACTS
from tests.support.course_site import course_build, course_site_server  # noqa: F401
from tests.support.speech import SECOND, listen_page, press_listen  # noqa: F401

pytestmark = pytest.mark.browser
PHONE = {"width": 360, "height": 740}


def shot(pg, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pg.evaluate("document.fonts.ready.then(() => true)")
    path = ARTIFACTS / f"{name}.png"
    pg.screenshot(path=str(path))  # the screen as the reader sees it, bar included
    assert path.stat().st_size > 10_000


def check_bar(pg, direction: str) -> None:
    bar = pg.locator(".tk-listen").bounding_box()
    assert bar["x"] == 0 and bar["width"] == PHONE["width"]
    assert abs(bar["y"] + bar["height"] - PHONE["height"]) < 1
    boxes = [b.bounding_box() for b in pg.locator(".tk-listen button:visible").all()]
    assert len(boxes) == 5
    assert all(b["width"] >= 44 and b["height"] >= 44 for b in boxes), boxes
    assert len({round(b["y"]) for b in boxes}) == 1  # one row
    assert all(b["x"] >= 0 and b["x"] + b["width"] <= PHONE["width"] for b in boxes)
    previous = pg.locator(".tk-listen__previous").bounding_box()["x"]
    following = pg.locator(".tk-listen__next").bounding_box()["x"]
    assert (previous < following) == (direction == "ltr")
    now = pg.locator(".tk-listen-now").bounding_box()
    assert now["y"] >= 0 and now["y"] + now["height"] <= bar["y"]


@pytest.mark.parametrize(("prefix", "name", "direction"), [("", "ar", "rtl"), ("fr/", "fr", "ltr")])
def test_player_on_a_phone(listen_page, course_site_server, prefix, name, direction):  # noqa: F811
    pg = listen_page(course_site_server.base + prefix + SECOND, viewport=PHONE)
    button = pg.locator(".tk-listen-open")
    assert button.is_visible() and button.bounding_box()["height"] >= 30
    shot(pg, f"listen-{name}-button")
    press_listen(pg)
    # Into the lesson: the body's paragraph with a Latin word is being read.
    for _ in range(5):
        pg.evaluate("window.__tts.end()")
    check_bar(pg, direction)
    assert pg.locator(".tk-listen__pause").is_visible()
    shot(pg, f"listen-{name}-playing")
    pg.locator(".tk-listen__pause").click()
    check_bar(pg, direction)
    assert pg.locator(".tk-listen__play").is_visible()
    shot(pg, f"listen-{name}-paused")
    assert pg.errors == []


@pytest.mark.parametrize(("prefix", "name"), [("", "ar"), ("fr/", "fr")])
def test_no_voice_on_a_phone(listen_page, course_site_server, prefix, name):  # noqa: F811
    english = [{"name": "en", "lang": "en-US", "localService": True}]
    pg = listen_page(course_site_server.base + prefix + SECOND, voices=english, viewport=PHONE)
    press_listen(pg)
    status = pg.locator(".tk-listen__status")
    box = status.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    assert box["y"] + box["height"] <= PHONE["height"]
    assert pg.locator(".tk-listen__close").is_visible()
    shot(pg, f"listen-{name}-novoice")
