"""Trainer notes: hidden from participants, shown by the trainer view (a toggle remembered on
the device, or a `?trainer` link), in both languages."""

from __future__ import annotations

import pytest

from tests.support.server import SiteServer

pytestmark = pytest.mark.browser
LESSON = "courses/demo/01-basics/01-first/"


@pytest.fixture(scope="module")
def course_server(tmp_path_factory):
    from tests.conftest import copy_fixture, run_build

    tmp = tmp_path_factory.mktemp("trainer")
    project = copy_fixture("course", tmp)
    result = run_build(project / "mkdocs.yml", tmp / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    with SiteServer(tmp / "site") as srv:
        yield srv


@pytest.mark.parametrize(
    ("prefix", "show", "hide"),
    [
        ("", "إظهار ملاحظات المؤطّر", "إخفاء ملاحظات المؤطّر"),
        ("fr/", "Afficher les notes pour l'animateur", "Masquer les notes pour l'animateur"),
    ],
)
def test_toggle_is_remembered_after_reload(page, course_server, prefix, show, hide):
    page.goto(course_server.base + prefix + LESSON)
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


def test_trainer_link_turns_the_view_on_across_languages(page, course_server):
    page.goto(course_server.base + LESSON + "?trainer")
    assert page.locator(".admonition.trainer").is_visible()
    # Remembered on the device: the French page, without the parameter, shows it too.
    page.goto(course_server.base + "fr/" + LESSON)
    assert page.locator(".admonition.trainer").is_visible()
    page.goto(course_server.base + LESSON + "?trainer=0")
    assert not page.locator(".admonition.trainer").is_visible()


def test_participant_never_sees_notes_without_storage(chromium, course_server):
    context = chromium.new_context()
    context.add_init_script(
        "Object.defineProperty(window, 'localStorage', {get() { throw new Error('denied'); }});"
    )
    pg = context.new_page()
    pg.goto(course_server.base + LESSON)
    assert not pg.locator(".admonition.trainer").is_visible()
    pg.locator(".tk-trainer-toggle").click()  # still works for this page
    assert pg.locator(".admonition.trainer").is_visible()
    context.close()
