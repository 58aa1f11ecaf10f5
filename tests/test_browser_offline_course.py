"""Offline reading with the service worker, in Chromium, on the fixture course served under
/tamkeen/: a reader visits a lesson (the service worker installs and controls the page after
a reload), presses "save this course for offline" on the course page and waits for
"saved"; then the network is gone (the server is stopped and the browser set offline):
every lesson of the course still opens, a quiz still works and progress is kept."""

from __future__ import annotations

import pytest

from tests.support.course_site import answer, course_build  # noqa: F401
from tests.support.server import SiteServer

pytestmark = pytest.mark.browser
COURSE = "courses/demo/"
LESSONS = ["01-basics/01-first/", "01-basics/02-second/", "02-more/01-third/"]
SAVED = {
    "": "حُفظت الدورة: دروسها تُفتح الآن دون إنترنت على هذا الجهاز.",
    "fr/": "Cours enregistré\u202f: ses leçons s’ouvrent sans internet sur cet appareil.",
}


def _titles(build, prefix: str) -> dict[str, str]:
    """Expected <title> of each lesson, read from the built files."""
    import re

    titles = {}
    for lesson in LESSONS:
        html = (build / prefix / COURSE / lesson / "index.html").read_text(encoding="utf-8")
        titles[lesson] = re.search(r"<title>([^<]+)</title>", html).group(1)
    return titles


@pytest.mark.parametrize("prefix", ["", "fr/"])
def test_saved_course_opens_offline_with_quiz_and_progress(chromium, course_build, prefix):  # noqa: F811
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    server = SiteServer(course_build).__enter__()
    try:
        pg = context.new_page()
        base = server.base + prefix
        pg.goto(base + COURSE + LESSONS[0])
        pg.evaluate("navigator.serviceWorker.ready.then(() => true)")
        pg.reload()
        assert pg.evaluate("!!navigator.serviceWorker.controller"), "service worker not controlling"

        pg.goto(base + COURSE)
        box = pg.locator(".tk-offline")
        assert box.is_visible()
        size = box.locator(".tk-offline__size").inner_text()
        assert ("حوالي" if prefix == "" else "environ") in size, size
        status = box.locator(".tk-offline__status")
        assert status.get_attribute("aria-live") == "polite"
        box.locator("button").click()
        pg.wait_for_function(
            "t => document.querySelector('.tk-offline__status').textContent === t",
            arg=SAVED[prefix],
            timeout=20000,
        )
    finally:
        server.__exit__(None, None, None)  # no network at all from here on
    try:
        context.set_offline(True)
        titles = _titles(course_build, prefix)
        for lesson in LESSONS:
            pg.goto(base + COURSE + lesson)
            assert pg.title() == titles[lesson], lesson
            assert pg.locator("article h1").count() == 1
            # Shared assets come from the cache too: our script ran (quiz buttons shown).
            assert pg.locator(".tk-done").is_visible()
        pg.goto(base + COURSE + LESSONS[0])
        quiz = pg.locator(".tk-quiz").first
        correct = [
            i
            for i in range(quiz.locator(".tk-quiz__option").count())
            if quiz.locator(".tk-quiz__option").nth(i).get_attribute("data-tk-correct") is not None
        ]
        answer(pg, 0, correct)
        assert "tk-right" in (quiz.get_attribute("class") or "")
        pg.reload()  # offline reload: the answer is kept (localStorage)
        assert "tk-checked" in (pg.locator(".tk-quiz").first.get_attribute("class") or "")
        key = "demo/01-basics/01-first"
        record = pg.evaluate(f"JSON.parse(localStorage.getItem('tamkeen:lesson:{key}'))")
        assert record and record["s"][0] == 1, record
    finally:
        context.close()
