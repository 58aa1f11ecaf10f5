"""With localStorage throwing, quizzes and the done button still work on the page, and the
page says progress cannot be saved."""

from __future__ import annotations

import pytest

from tests.support.course_site import LESSON, answer, course_build, course_site_server  # noqa: F401

pytestmark = pytest.mark.browser
DENY = "Object.defineProperty(window, 'localStorage', {get() { throw new Error('denied'); }});"


@pytest.mark.parametrize(
    ("prefix", "notice"),
    [("", "لا يمكن حفظ تقدّمك"), ("fr/", "Votre progression ne peut pas être enregistrée")],
)
def test_quiz_works_and_page_says_it_cannot_save(chromium, course_site_server, prefix, notice):  # noqa: F811
    context = chromium.new_context()
    context.add_init_script(DENY)
    pg = context.new_page()
    errors = []
    # Material's own inline script may throw on such a page; ours must not.
    pg.on("pageerror", lambda e: errors.append(e.stack or str(e)))
    pg.goto(course_site_server.base + prefix + LESSON)
    assert pg.locator(".tk-nostore").is_visible()
    assert notice in pg.locator(".tk-nostore").inner_text()
    answer(pg, 0, [0])
    assert pg.locator(".tk-quiz").nth(0).locator(".tk-quiz__feedback").nth(0).is_visible()
    pg.locator(".tk-quiz").nth(0).locator(".tk-quiz__retry").click()
    answer(pg, 0, [1])
    assert pg.locator(".tk-quiz").nth(0).locator(".tk-quiz__explanation").is_visible()
    pg.locator(".tk-done__button").click()
    assert pg.locator(".tk-done__button").get_attribute("aria-pressed") == "true"
    pg.goto(course_site_server.base + prefix + "progress/")
    assert pg.locator(".tk-nostore").is_visible()
    assert [e for e in errors if "tamkeen.js" in e] == []
    context.close()


def test_full_storage_says_so_too(chromium, course_site_server):  # noqa: F811
    context = chromium.new_context()
    context.add_init_script(
        "Storage.prototype.setItem = function () {"
        " throw new DOMException('full', 'QuotaExceededError'); };"
    )
    pg = context.new_page()
    pg.goto(course_site_server.base + "fr/" + LESSON)
    assert pg.locator(".tk-nostore").is_visible()
    answer(pg, 0, [1])
    assert pg.locator(".tk-quiz").nth(0).locator(".tk-quiz__explanation").is_visible()
    context.close()
