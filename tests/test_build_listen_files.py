"""The build writes one listen script per language beside tamkeen.js, links it from no page
(it loads on demand), and a course saved for offline reading carries its language's copy."""

from __future__ import annotations

import json
import re

from tests.support.course_site import course_build  # noqa: F401
from tools.site import offline


def test_one_listen_file_per_language_linked_nowhere(course_build):  # noqa: F811
    js = course_build / "assets" / "js"
    assert (js / "listen.ar.js").is_file() and (js / "listen.fr.js").is_file()
    assert "استمع" not in (js / "listen.fr.js").read_text(encoding="utf-8")
    pages = list(course_build.rglob("*.html"))
    assert pages and not [p for p in pages if "listen." in p.read_text(encoding="utf-8")]


def test_a_saved_course_can_be_heard_offline(course_build):  # noqa: F811
    for lang in ("ar", "fr"):
        data = json.loads((course_build / "assets" / "offline" / f"{lang}-demo.json").read_text())
        listen = [u for u in data["assets"] if "listen." in u]
        assert listen == [f"assets/js/listen.{lang}.js"]
    # Not precached for every reader: only pages' own assets are. (sw.js lists it among the
    # files it may serve from its cache, with their hashes: that is not a precache.)
    sw = offline.worker_of(course_build)
    precache = json.loads(re.search(r"\bPRECACHE=(\[.*?\])[,;]", sw).group(1))
    assert not [u for u in precache if "listen." in u] and "assets/js/tamkeen.js" in precache
