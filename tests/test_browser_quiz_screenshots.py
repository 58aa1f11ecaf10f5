"""Screenshots of an answered quiz in Arabic and French (tests/artifacts/, looked at by a
person), and the same quiz without JavaScript: the answers marked, every feedback shown."""

from __future__ import annotations

import pytest

from tests.conftest import screenshot
from tests.support.course_site import LESSON, answer, course_build, course_site_server  # noqa: F401

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(("prefix", "name", "direction"), [("", "ar", "rtl"), ("fr/", "fr", "ltr")])
def test_answered_quiz_screenshot(page, course_site_server, prefix, name, direction):  # noqa: F811
    page.goto(course_site_server.base + prefix + LESSON)
    answer(page, 0, [0])  # wrong: its feedback
    answer(page, 1, [0, 2])  # right: the explanation
    box = page.locator(".tk-quiz").nth(0)
    assert box.evaluate("b => getComputedStyle(b).direction") == direction
    # The feedback sits under its option's text, on the reading side.
    label = box.locator("li").nth(0).locator("label").bounding_box()
    feedback = box.locator(".tk-quiz__feedback").nth(0).bounding_box()
    assert feedback["y"] >= label["y"] + label["height"] - 1
    if direction == "rtl":
        assert abs((feedback["x"] + feedback["width"]) - (label["x"] + label["width"])) < 40
    else:
        assert abs(feedback["x"] - label["x"]) < 40
    box.scroll_into_view_if_needed()
    page.evaluate("window.scrollTo(0, 0)")
    path = screenshot(page, f"quiz-{name}")
    assert path.stat().st_size > 10_000


def test_without_javascript_the_quiz_is_a_marked_list(chromium, course_site_server):  # noqa: F811
    context = chromium.new_context(
        java_script_enabled=False, viewport={"width": 390, "height": 844}
    )
    pg = context.new_page()
    pg.goto(course_site_server.base + LESSON)
    box = pg.locator(".tk-quiz").nth(0)
    assert box.locator("li[data-tk-correct] .tk-quiz__mark").inner_text().startswith("✓")
    assert box.locator("li[data-tk-correct] .tk-quiz__mark").is_visible()
    assert all(box.locator(".tk-quiz__feedback").nth(i).is_visible() for i in range(3))
    assert box.locator(".tk-quiz__explanation").is_visible()
    assert not box.locator(".tk-quiz__check").is_visible()
    assert not pg.locator(".tk-done").is_visible()
    screenshot(pg, "quiz-ar-nojs")
    context.close()


def test_printed_lesson_shows_the_answers(page, course_site_server):  # noqa: F811
    page.goto(course_site_server.base + "fr/" + LESSON)
    page.emulate_media(media="print")
    box = page.locator(".tk-quiz").nth(0)
    assert box.locator("li[data-tk-correct] .tk-quiz__mark").is_visible()
    assert box.locator(".tk-quiz__explanation").is_visible()
    assert not box.locator(".tk-quiz__check").is_visible()
