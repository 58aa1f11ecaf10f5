"""Trainer notes: hidden from participants, shown by the trainer view (a toggle remembered on
the device, or a `?trainer` link), in both languages."""

from __future__ import annotations

import pytest

from tests.support.course_site import course_build, course_site_server  # noqa: F401

pytestmark = pytest.mark.browser
LESSON = "courses/demo/01-basics/01-first/"


@pytest.mark.parametrize(
    ("prefix", "show", "hide"),
    [
        ("", "إظهار ملاحظات المؤطّر", "إخفاء ملاحظات المؤطّر"),
        ("fr/", "Afficher les notes pour l’animateur", "Masquer les notes pour l’animateur"),
    ],
)
def test_toggle_is_remembered_after_reload(page, course_site_server, prefix, show, hide):  # noqa: F811
    page.goto(course_site_server.base + prefix + LESSON)
    note = page.locator(".admonition.trainer")
    button = page.locator(".tk-trainer-toggle")
    assert note.count() == 1
    assert not note.is_visible()
    assert button.inner_text() == show
    assert button.get_attribute("aria-pressed") == "false"

    button.click()
    assert note.is_visible()
    assert button.inner_text() == hide

    page.reload()
    assert page.locator(".admonition.trainer").is_visible()
    page.locator(".tk-trainer-toggle").click()
    page.reload()
    assert not page.locator(".admonition.trainer").is_visible()


def test_trainer_link_turns_the_view_on_across_languages(page, course_site_server):  # noqa: F811
    page.goto(course_site_server.base + LESSON + "?trainer")
    assert page.locator(".admonition.trainer").is_visible()
    # Remembered on the device: the French page, without the parameter, shows it too.
    page.goto(course_site_server.base + "fr/" + LESSON)
    assert page.locator(".admonition.trainer").is_visible()
    page.goto(course_site_server.base + LESSON + "?trainer=0")
    assert not page.locator(".admonition.trainer").is_visible()


def test_participant_never_sees_notes_without_storage(chromium, course_site_server):  # noqa: F811
    context = chromium.new_context()
    context.add_init_script(
        "Object.defineProperty(window, 'localStorage', {get() { throw new Error('denied'); }});"
    )
    pg = context.new_page()
    pg.goto(course_site_server.base + LESSON)
    assert not pg.locator(".admonition.trainer").is_visible()
    pg.locator(".tk-trainer-toggle").click()  # still works for this page
    assert pg.locator(".admonition.trainer").is_visible()
    context.close()
