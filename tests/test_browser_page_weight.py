"""Data budgets, measured as a phone pays them (tests/support/weight.py): in Chromium (which
has none of the site's fonts installed) at 390×844 with mobile emulation, everything the
server sends (gzip, headers included) from a lesson's load until 30 s after it, service
worker install included: a first visit transfers at most 90 KB (the lesson's own images left
out), the next lesson at most 12 KB, in Arabic and in French. Bytes are deterministic;
times live in bench/run.py."""

from __future__ import annotations

import pytest

from tests.conftest import FIXTURES, ROOT
from tests.support.course_site import course_build  # noqa: F401
from tests.support.weight import lesson_pages, measure_visits

pytestmark = pytest.mark.browser
FIRST_VISIT = 90 * 1024
NEXT_LESSON = 12 * 1024
# What the browser's update check of the service worker may cost on each page: sw.js is
# the version and the name of the worker's code (tools/site/offline.py).
UPDATE_CHECK = 512


@pytest.fixture(scope="module")
def fixture_visits(course_build, chromium):  # noqa: F811
    # The session's build of the fixture course (tests/support/course_site.py), read only.
    return measure_visits(course_build, FIXTURES / "course" / "docs", chromium)


@pytest.fixture(scope="module")
def real_visits(site, chromium):
    assert lesson_pages(ROOT / "docs"), "the real site has no two lessons to measure"
    return measure_visits(site, ROOT / "docs", chromium)


def _explain(visit: dict) -> str:
    return "\n".join(f"{n:>7} {u}" for u, n in visit["files"])


@pytest.mark.parametrize("which", ["fixture_visits", "real_visits"])
@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_first_visit_and_next_lesson_budgets(request, which, lang):
    visits = request.getfixturevalue(which)
    first = visits[f"{lang} lesson, first visit"]
    following = visits[f"{lang} next lesson"]
    wrong = []
    if first["bytes"] > FIRST_VISIT:
        wrong.append(f"first visit: {first['bytes']} > {FIRST_VISIT} bytes\n{_explain(first)}")
    if following["bytes"] > NEXT_LESSON:
        wrong.append(f"next lesson: {following['bytes']} > {NEXT_LESSON}\n{_explain(following)}")
    # Only the page itself and the service worker's update check travel on the next
    # lesson: CSS, JS, fonts and the worker's code come from the cache.
    sizes = dict(following["files"])
    if len(sizes) != 2 or sizes.get("sw.js", UPDATE_CHECK + 1) > UPDATE_CHECK:
        wrong.append(f"next lesson: more than the page and a small sw.js\n{_explain(following)}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("which", ["fixture_visits", "real_visits"])
@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_first_visit_fetches_only_what_this_reader_needs(request, which, lang):
    first = request.getfixturevalue(which)[f"{lang} lesson, first visit"]
    names = [name for name, _ in first["files"]]
    # The service worker installed within the 30 s (its code counted), with the offline
    # page of the reader's language only.
    assert "sw.js" in names and any(n.startswith("assets/sw/") for n in names), names
    mine, other = ("offline.html", "fr/offline.html")[:: 1 if lang == "ar" else -1]
    assert mine in names and other not in names, names
    # No font of the other script on a page.
    fonts = [n for n in names if n.startswith("assets/fonts/")]
    script = "noto-sans" if lang == "ar" else "tajawal"
    assert fonts and not any(script in n for n in fonts), fonts
