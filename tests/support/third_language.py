"""The third-language site: the fixture course (tests/fixtures/course) with
tests/fixtures/third_language laid over it (its mkdocs.yml, which adds Tamazight `zgh`,
and the pages translated so far), built once per session (tests/support/shared.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.shared import once

OVERLAY = Path(__file__).resolve().parent.parent / "fixtures" / "third_language"
ROOT = OVERLAY.parent.parent.parent


def project(dest: Path) -> Path:
    """A copy of the course with the overlay's files over it (`{ROOT}` filled in)."""
    from tests.conftest import copy_fixture

    target = copy_fixture("course", dest)
    for path in sorted(OVERLAY.rglob("*")):
        if path.is_file():
            out = target / path.relative_to(OVERLAY)
            out.parent.mkdir(parents=True, exist_ok=True)
            text = path.read_text(encoding="utf-8").replace("{ROOT}", ROOT.as_posix())
            out.write_text(text, encoding="utf-8")
    return target


@pytest.fixture(scope="session")
def third_language_build(tmp_path_factory) -> Path:
    """The built site: read only."""

    def build(tmp: Path) -> None:
        from tests.conftest import run_build

        result = run_build(project(tmp) / "mkdocs.yml", tmp / "site")
        assert result.returncode == 0, result.stdout + result.stderr

    return once(tmp_path_factory, "third-language", build) / "site"
