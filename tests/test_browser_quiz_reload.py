"""Answers are kept on the device: a reload restores the checked state of each quiz."""

from __future__ import annotations

import pytest

from tests.support.course_site import LESSON, answer, course_build, course_site_server  # noqa: F401

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("prefix", ["", "fr/"])
def test_reload_restores_answers(page, course_site_server, prefix):  # noqa: F811
    page.goto(course_site_server.base + prefix + LESSON)
    answer(page, 0, [0])  # wrong
    answer(page, 1, [0, 2])  # right
    page.reload()
    first, second = page.locator(".tk-quiz").nth(0), page.locator(".tk-quiz").nth(1)
    assert first.locator("input").nth(0).is_checked()
    assert first.locator(".tk-quiz__feedback").nth(0).is_visible()
    assert not first.locator(".tk-quiz__explanation").is_visible()
    assert (
        second.locator("input").nth(0).is_checked() and second.locator("input").nth(2).is_checked()
    )
    assert second.locator(".tk-quiz__explanation").is_visible()
    assert second.locator(".tk-quiz__retry").is_visible()
    assert not second.locator(".tk-quiz__check").is_visible()
