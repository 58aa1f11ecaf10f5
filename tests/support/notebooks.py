"""Helpers for the notebook tests: the fixture site of tests/fixtures/notebooks/site, with
one of the bad notebooks (tests/fixtures/notebooks/bad/) put in place of a good one."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import FIXTURES, copy_fixture

BAD = FIXTURES / "notebooks" / "bad"
GOOD_AR = Path("notebooks/demo/01-mod/01-good.ar.ipynb")
GOOD_FR = Path("notebooks/demo/01-mod/01-good.fr.ipynb")


def notebook_site(dest: Path, bad: str | None = None, as_path: Path = GOOD_FR) -> Path:
    """Copy of the fixture site; with `bad`, that notebook replaces `as_path`."""
    project = copy_fixture("notebooks/site", dest)
    if bad:
        shutil.copyfile(BAD / f"{bad}.ipynb", project / as_path)
    return project


def check_messages(project: Path) -> list[str]:
    """`check` errors as `path:line:col: message`, paths relative to the project."""
    from tools.checks import check

    errors = check.run(project / "docs")
    prefix = f"{project}/"
    return [
        f"{e.path.relative_to(project)}:{e.line}:{e.col}: {e.text('en').replace(prefix, '')}"
        for e in errors
    ]
