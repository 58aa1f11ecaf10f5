"""The fixture course (tests/fixtures/course) built once per session and served under
/tamkeen/, for the quiz and progress browser tests."""

from __future__ import annotations

import pytest

from tests.support.server import SiteServer

LESSON = "courses/demo/01-basics/01-first/"


@pytest.fixture(scope="session")
def course_build(tmp_path_factory):
    from tests.conftest import copy_fixture, run_build

    tmp = tmp_path_factory.mktemp("course-progress")
    project = copy_fixture("course", tmp)
    result = run_build(project / "mkdocs.yml", tmp / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    return tmp / "site"


@pytest.fixture(scope="session")
def course_site_server(course_build):
    with SiteServer(course_build) as srv:
        yield srv


def answer(pg, quiz: int, options: list[int]) -> None:
    """Choose `options` (0-based) in the page's quiz number `quiz`, then Check."""
    box = pg.locator(".tk-quiz").nth(quiz)
    for i in options:
        box.locator("input").nth(i).check()
    box.locator(".tk-quiz__check").click()
