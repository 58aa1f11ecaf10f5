"""The service worker's cache version is a hash of the built site: the same files give the
same sw.js (reproducible builds), any changed file gives a new version (a new deployment
replaces the old cache), and sw.js precaches only files that exist."""

from __future__ import annotations

import shutil

from tests.support.course_site import course_build  # noqa: F401
from tools.site import offline


def test_version_follows_the_site(course_build, tmp_path):  # noqa: F811
    site = tmp_path / "site"
    shutil.copytree(course_build, site)
    built = (site / "sw.js").read_text(encoding="utf-8")
    version = offline.version_of(built)
    assert len(version) == 16, built[:400]
    assert offline.service_worker(site) == built  # the same files: the same sw.js
    for url in offline.shared_assets(site):
        assert (site / url).is_file(), url
    code = offline.worker_of(site)
    assert '"assets/js/tamkeen.js"' in code and "__PRECACHE__" not in code

    lesson = site / "courses/demo/01-basics/01-first/index.html"
    lesson.write_text(lesson.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    offline.write_service_worker(site)
    changed = offline.version_of((site / "sw.js").read_text(encoding="utf-8"))
    assert changed and changed != version
    # One worker file: the earlier one is gone, and never counted in the version.
    assert len(list((site / offline.WORKER_DIR).iterdir())) == 1
    assert offline.worker_of(site) != code  # the new lesson's hash is in a new manifest
