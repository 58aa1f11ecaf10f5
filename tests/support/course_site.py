"""The fixture course (tests/fixtures/course) built once per session and served under
/tamkeen/, for the quiz and progress browser tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.server import SiteServer
from tests.support.shared import once

LESSON = "courses/demo/01-basics/01-first/"


@pytest.fixture(scope="session")
def course_build(tmp_path_factory) -> Path:
    """The fixture course's site, built once per session (tests/support/shared.py): read only.
    Each test module imports this fixture, which makes one session fixture *per module*;
    `once` keeps it to one build (issue 16)."""

    def build(tmp: Path) -> None:
        from tests.conftest import copy_fixture, run_build

        project = copy_fixture("course", tmp)
        result = run_build(project / "mkdocs.yml", tmp / "site")
        assert result.returncode == 0, result.stdout + result.stderr

    return once(tmp_path_factory, "course", build) / "site"


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
