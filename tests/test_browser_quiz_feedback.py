"""A wrong answer shows that option's feedback only; a right one shows the explanation; marks
stay hidden until the participant checks; Retry starts again (both languages)."""

from __future__ import annotations

import pytest

from tests.support.course_site import LESSON, answer, course_build, course_site_server  # noqa: F401

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    ("prefix", "wrong", "right", "explanation"),
    [
        ("", "لا: النموذج لا يحفظ", "إجابة صحيحة", "تعلّم النموذج"),
        ("fr/", "Non : le modèle ne garde", "Bonne réponse", "Le modèle a appris"),
    ],
)
def test_wrong_then_right(page, course_site_server, prefix, wrong, right, explanation):  # noqa: F811
    page.goto(course_site_server.base + prefix + LESSON)
    box = page.locator(".tk-quiz").nth(0)
    feedback = box.locator(".tk-quiz__feedback")
    assert not box.locator(".tk-quiz__mark").first.is_visible()
    assert not any(feedback.nth(i).is_visible() for i in range(3))

    answer(page, 0, [0])
    assert feedback.nth(0).is_visible() and wrong in feedback.nth(0).inner_text()
    assert not feedback.nth(1).is_visible() and not feedback.nth(2).is_visible()
    assert not box.locator(".tk-quiz__explanation").is_visible()
    assert box.locator(".tk-quiz__status").inner_text().strip()
    assert right not in box.locator(".tk-quiz__status").inner_text()
    # The right option is not given away by a wrong answer.
    assert not box.locator("li[data-tk-correct] .tk-quiz__mark").is_visible()

    box.locator(".tk-quiz__retry").click()
    assert not feedback.nth(0).is_visible()
    assert not box.locator("input").nth(0).is_checked()
    answer(page, 0, [1])
    assert right in box.locator(".tk-quiz__status").inner_text()
    assert explanation in box.locator(".tk-quiz__explanation").inner_text()
    assert box.locator("li[data-tk-correct] .tk-quiz__mark").is_visible()


def test_multiple_answer_needs_every_right_option(page, course_site_server):  # noqa: F811
    page.goto(course_site_server.base + "fr/" + LESSON)
    box = page.locator(".tk-quiz").nth(1)
    answer(page, 1, [0])  # one of two right options
    assert "Pas tout à fait" in box.locator(".tk-quiz__status").inner_text()
    assert not box.locator(".tk-quiz__explanation").is_visible()
    box.locator(".tk-quiz__retry").click()
    answer(page, 1, [0, 2])
    assert "Bonne réponse" in box.locator(".tk-quiz__status").inner_text()
    assert box.locator(".tk-quiz__explanation").is_visible()


def test_check_without_a_choice_asks_for_one(page, course_site_server):  # noqa: F811
    page.goto(course_site_server.base + LESSON)
    box = page.locator(".tk-quiz").nth(0)
    box.locator(".tk-quiz__check").click()
    assert box.locator(".tk-quiz__status").inner_text() == "اختر إجابة أولا."
    assert not box.locator(".tk-quiz__feedback").first.is_visible()
