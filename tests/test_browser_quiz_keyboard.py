"""A quiz can be answered with the keyboard only: Tab to the options, Space to choose,
Tab to Check, Enter; focus then rests on Retry and the result is announced."""

from __future__ import annotations

import pytest

from tests.support.course_site import LESSON, course_build, course_site_server  # noqa: F401

pytestmark = pytest.mark.browser


def tab_to(pg, selector: str, limit: int = 80) -> None:
    for _ in range(limit):
        pg.keyboard.press("Tab")
        if pg.evaluate(f"document.activeElement.matches({selector!r})"):
            return
    raise AssertionError(f"Tab never reached {selector}")


@pytest.mark.parametrize(("prefix", "right"), [("", "إجابة صحيحة"), ("fr/", "Bonne réponse")])
def test_keyboard_only(page, course_site_server, prefix, right):  # noqa: F811
    page.goto(course_site_server.base + prefix + LESSON)
    # Single answer: Tab reaches the radio group, arrows move, Space chooses.
    tab_to(page, ".tk-quiz[data-tk-quiz='0'] input")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Space")
    assert page.locator(".tk-quiz").nth(0).locator("input").nth(1).is_checked()
    tab_to(page, ".tk-quiz[data-tk-quiz='0'] .tk-quiz__check")
    page.keyboard.press("Enter")
    box = page.locator(".tk-quiz").nth(0)
    assert right in box.locator(".tk-quiz__status").inner_text()
    assert page.evaluate("document.activeElement.matches('.tk-quiz__retry')")

    # Multiple answer: each checkbox is its own Tab stop.
    tab_to(page, ".tk-quiz[data-tk-quiz='1'] input[value='0']")
    page.keyboard.press("Space")
    tab_to(page, ".tk-quiz[data-tk-quiz='1'] input[value='2']")
    page.keyboard.press("Space")
    tab_to(page, ".tk-quiz[data-tk-quiz='1'] .tk-quiz__check")
    page.keyboard.press("Enter")
    assert right in page.locator(".tk-quiz").nth(1).locator(".tk-quiz__status").inner_text()
    # Both right: the lesson is complete.
    assert page.locator(".tk-done__button").get_attribute("aria-pressed") == "true"
