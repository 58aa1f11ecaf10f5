"""A new deployment replaces the old cache, in Chromium: a reader's service worker holds the
pages they visited under version 1; the site is rebuilt with a changed lesson (a new
version); on update, the new worker re-fetches what the old cache held and deletes it, so
only the new cache remains and it holds the new page."""

from __future__ import annotations

import shutil
import time

import pytest

from tests.support.course_site import course_build  # noqa: F401
from tests.support.server import SiteServer
from tools.site import offline

pytestmark = pytest.mark.browser
LESSON = "courses/demo/01-basics/01-first/"
MARK = "<!-- deployment 2 -->"


def test_new_version_replaces_old_cache(chromium, course_build, tmp_path):  # noqa: F811
    site = tmp_path / "site"
    shutil.copytree(course_build, site)
    old = offline.version_of((site / "sw.js").read_text(encoding="utf-8"))
    context = chromium.new_context()
    try:
        with SiteServer(site) as server:
            pg = context.new_page()
            pg.goto(server.base + LESSON)
            pg.evaluate("navigator.serviceWorker.ready.then(() => true)")
            pg.reload()  # controlled now: this visit is kept
            assert pg.evaluate("caches.keys()") == [f"tamkeen-{old}"]
            url = server.base + LESSON
            cached = "u => caches.match(u).then(r => r ? r.text() : '')"
            assert pg.evaluate(cached, url).count("<title>") == 1

            # Deployment 2: one lesson changes, so does the version.
            lesson = site / LESSON / "index.html"
            lesson.write_text(lesson.read_text(encoding="utf-8") + MARK, encoding="utf-8")
            offline.write_service_worker(site)
            new = offline.version_of((site / "sw.js").read_text(encoding="utf-8"))
            assert new != old

            pg.evaluate("navigator.serviceWorker.getRegistration().then(r => r.update())")
            deadline = time.monotonic() + 15
            while time.monotonic() < deadline:
                keys = pg.evaluate("caches.keys()")
                if keys == [f"tamkeen-{new}"] and MARK in pg.evaluate(cached, url):
                    break
                pg.wait_for_timeout(200)
            assert keys == [f"tamkeen-{new}"], keys  # the old cache is gone
            assert MARK in pg.evaluate(cached, url)  # re-fetched: the new page
    finally:
        context.close()
