"""Moving to a new phone: export progress as a code (or a file) in one browser context,
import it in a fresh one; a bad code changes nothing and says so in the page's language."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.support.course_site import LESSON, answer, course_build, course_site_server  # noqa: F401

pytestmark = pytest.mark.browser
SUMMARY = "fr/progress/"


def stored(pg) -> dict:
    return pg.evaluate(
        "Object.fromEntries(Object.keys(localStorage).filter(k => k.startsWith('tamkeen:'))"
        ".map(k => [k, localStorage.getItem(k)]))"
    )


def make_progress(chromium, server):
    context = chromium.new_context()
    pg = context.new_page()
    pg.goto(server.base + LESSON)
    answer(pg, 0, [1])
    answer(pg, 1, [0, 2])  # all right: the lesson is done
    pg.goto(server.base + SUMMARY)
    pg.fill("#tk-name", "Salma Bennani")
    return context, pg


def test_export_code_then_import_in_a_fresh_context(chromium, course_site_server, tmp_path):  # noqa: F811
    context, pg = make_progress(chromium, course_site_server)
    before = stored(pg)
    assert before["tamkeen:name"] == "Salma Bennani"
    assert '"d":' in before["tamkeen:lesson:demo/01-basics/01-first"]
    row = pg.locator("tr[data-tk-lessons]").first
    assert row.locator(".tk-n").inner_text() == "1/2"
    assert row.locator(".tk-score").inner_text() == "2/3"
    pg.locator("[data-tk-export]").click()
    expect(pg.locator("#tk-code-out")).not_to_have_value("")  # made asynchronously
    code = pg.locator("#tk-code-out").input_value()
    assert code.startswith(("TK1-", "TK2-")) and len(code) < 400
    with pg.expect_download() as info:
        pg.locator("[data-tk-download]").click()
    file_path = tmp_path / "tamkeen-progress.txt"
    assert info.value.suggested_filename == file_path.name
    info.value.save_as(file_path)
    assert file_path.read_text(encoding="utf-8").strip() == code
    context.close()

    for via in ("code", "file"):
        fresh = chromium.new_context()
        new = fresh.new_page()
        new.goto(course_site_server.base + SUMMARY)
        assert stored(new) == {}
        if via == "code":
            new.fill("#tk-code-in", code)
            new.locator("[data-tk-import]").click()
        else:
            new.set_input_files("#tk-file", file_path)
        # Reading a file is asynchronous: wait for the message, then check storage.
        expect(new.locator(".tk-transfer__status")).to_have_text("Progression importée.")
        assert stored(new) == before
        assert new.locator("#tk-name").input_value() == "Salma Bennani"
        assert new.locator("tr[data-tk-lessons]").first.locator(".tk-score").inner_text() == "2/3"
        new.goto(course_site_server.base + LESSON)  # Arabic: the same progress
        assert new.locator(".tk-done__button").get_attribute("aria-pressed") == "true"
        assert new.locator(".tk-quiz").nth(1).locator(".tk-quiz__explanation").is_visible()
        fresh.close()


@pytest.mark.parametrize(
    ("prefix", "message"),
    [
        ("", "هذا الرمز غير صالح: تأكد أنك نسخته كاملا. لم يتغيّر شيء."),
        (
            "fr/",
            "Ce code n’est pas valide\u202f: vérifiez qu’il est copié en entier. Rien n’a changé.",
        ),
    ],
)
def test_bad_code_changes_nothing(chromium, course_site_server, prefix, message):  # noqa: F811
    context, pg = make_progress(chromium, course_site_server)
    pg.goto(course_site_server.base + prefix + "progress/")
    pg.locator("[data-tk-export]").click()
    expect(pg.locator("#tk-code-out")).not_to_have_value("")  # made asynchronously
    good = pg.locator("#tk-code-out").input_value()
    before = stored(pg)
    body, checksum = good[4:].rsplit("-", 1)
    tampered = good[:4] + body[:-2] + ("AA" if body[-2:] != "AA" else "BB") + "-" + checksum
    for bad in ("hello", good[:-3], tampered, "TK1-e30-0"):
        pg.evaluate("document.querySelector('.tk-transfer__status').textContent = ''")
        pg.fill("#tk-code-in", bad)
        pg.locator("[data-tk-import]").click()
        expect(pg.locator(".tk-transfer__status")).to_have_text(message)
        assert stored(pg) == before
    assert pg.locator("#tk-name").input_value() == "Salma Bennani"
    context.close()
