""" "Erase my data on this phone" (progress page, tamkeen.js): after a confirmation, it clears
progress, quiz answers, the name, the trainer view, the offline caches and the service
worker of this site, says so in the page's language, and leaves what other sites of the
same origin keep. Cancel leaves everything."""

from __future__ import annotations

import pytest

from tests.support.course_site import LESSON, answer, course_build  # noqa: F401
from tests.support.server import SiteServer
from tools.common.ui_strings import strings

pytestmark = pytest.mark.browser

STATE = """async () => ({
  keys: Object.keys(localStorage).sort(),
  caches: (await caches.keys()).filter(n => n.startsWith("tamkeen-")),
  workers: (await navigator.serviceWorker.getRegistrations()).length,
})"""


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_erase_my_data(chromium, course_build, lang):  # noqa: F811
    prefix = "" if lang == "ar" else "fr/"
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    with SiteServer(course_build) as server:
        base = server.base + prefix
        pg = context.new_page()
        pg.goto(base + LESSON)
        pg.evaluate("navigator.serviceWorker.ready.then(() => true)")
        pg.reload()
        answer(pg, 0, [1])
        pg.locator(".tk-done__button").click()
        # What another Pages site of the same origin keeps: not ours to erase.
        pg.evaluate("localStorage.setItem('other-site:data', 'keep'); caches.open('other-site')")
        pg.goto(base + "progress/")
        pg.fill("#tk-name", "Amina")
        before = pg.evaluate(STATE)
        assert any(k.startswith("tamkeen:lesson:") for k in before["keys"]), before
        assert "tamkeen:name" in before["keys"] and before["caches"] and before["workers"]

        box = pg.locator(".tk-erase")
        assert box.is_visible()
        box.locator("[data-tk-erase]").click()
        confirm = box.locator(".tk-erase__confirm")
        assert confirm.is_visible()
        assert strings(lang)["summary.erase.confirm"] in confirm.inner_text()
        box.locator("[data-tk-erase-no]").click()  # cancel: nothing changes
        assert not confirm.is_visible()
        assert pg.evaluate(STATE) == before

        box.locator("[data-tk-erase]").click()
        box.locator("[data-tk-erase-yes]").click()
        status = box.locator(".tk-erase__status")
        pg.wait_for_function("() => document.querySelector('.tk-erase__status').textContent")
        assert status.inner_text() == strings(lang)["summary.erased"]
        assert status.get_attribute("role") == "status"
        after = pg.evaluate(STATE)
        assert after == {"keys": ["other-site:data"], "caches": [], "workers": 0}, after
        assert pg.evaluate("caches.has('other-site')")
        assert pg.input_value("#tk-name") == ""

        pg.goto(base + LESSON)  # nothing comes back: the lesson is not done
        assert pg.locator(".tk-done__button").get_attribute("aria-pressed") == "false"
        assert "tk-checked" not in (pg.locator(".tk-quiz").first.get_attribute("class") or "")
    context.close()
