"""Progress is stored per lesson key, not per language: switching language keeps it."""

from __future__ import annotations

import pytest

from tests.support.course_site import LESSON, answer, course_build, course_site_server  # noqa: F401

pytestmark = pytest.mark.browser


def test_switching_language_keeps_answers_and_done(page, course_site_server):  # noqa: F811
    page.goto(course_site_server.base + LESSON)
    answer(page, 1, [0, 2])
    page.locator(".tk-done__button").click()
    assert page.locator(".tk-done__button").get_attribute("aria-pressed") == "true"
    keys = page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('tamkeen:lesson:'))")
    assert keys == ["tamkeen:lesson:demo/01-basics/01-first"]

    # The language switcher, as a participant would use it.
    page.locator(".md-header__option .md-select a[hreflang='fr']").first.dispatch_event("click")
    page.wait_for_url("**/fr/" + LESSON)
    box = page.locator(".tk-quiz").nth(1)
    assert box.locator("input").nth(0).is_checked() and box.locator("input").nth(2).is_checked()
    assert "Bonne réponse" in box.locator(".tk-quiz__status").inner_text() or (
        box.locator(".tk-quiz__explanation").is_visible()
    )
    assert page.locator(".tk-done__button").get_attribute("aria-pressed") == "true"
    assert page.locator(".md-nav__link--active.tk-nav-done").count() >= 1
