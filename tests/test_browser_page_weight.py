"""Data budgets, measured in Chromium (which has none of the site's fonts installed): a first
visit to a lesson page transfers at most 100 KB (gzip, the lesson's own images left out), the
next lesson at most 15 KB, in Arabic and in French. Bytes are deterministic; times live in
bench/run.py."""

from __future__ import annotations

import pytest

from tests.conftest import FIXTURES, ROOT
from tests.support.course_site import course_build  # noqa: F401
from tests.support.weight import lesson_pages, measure_visits

pytestmark = pytest.mark.browser
FIRST_VISIT = 100 * 1024
NEXT_LESSON = 15 * 1024


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
    assert first["bytes"] <= FIRST_VISIT, _explain(first)
    assert following["bytes"] <= NEXT_LESSON, _explain(following)
    # Only the page itself travels on the next lesson: CSS, JS and fonts come from the cache.
    assert following["requests"] == 1, _explain(following)
    # No font of the other script on a page.
    fonts = [u for u, _ in first["files"] if "/assets/fonts/" in u]
    other = "noto-sans" if lang == "ar" else "tajawal"
    assert fonts and not any(other in u for u in fonts), fonts
