"""Shared fixtures: a built copy of the real site, small fixture sites, and Chromium.

Builds are what a test run pays for (issue 16), so a site a test only *reads* is built
once per session and shared, also between the pytest-xdist workers of `make test`
(tests/support/shared.py):

- `site` / `server`: the real site (as `make site` builds it), served under /tamkeen/;
- `kit_site`: (project, site) of the fixture course with the trainer-kit additions
  (tests/support/kit.py), built once with SOURCE_DATE_EPOCH=1700000000;
- `course_build` / `course_site_server` (tests/support/course_site.py): the fixture course;
- `chromium`: one Chromium for the whole session; `page` gives each test a fresh context.

A test that *changes* a project or its site (edits a lesson, compares two builds) builds
its own copy with `fixture_site`, `run_build` or `tests.support.kit.build`, never a shared
one. Never write into a shared site: copy what you change to `tmp_path` first. A fixture
copy starts with the session's trainer-kit entries (tests/support/kit_cache.py); a test of
the kit cache or of reproducibility copies it with `warm=False`.

Markers, set here from what a test uses so that new test files get them with no work:
`browser` (drives Chromium: the `chromium`/`page` fixtures or a test_browser_* file),
`build` (builds a site: a build fixture, or a module that calls a build helper) and `kernel`
(executes notebooks: a test that calls a kernel runner, or a module's `pytestmark`).
`content` is set by hand on the tests that run over the whole real course (docs/ or a clone
of the repository): seconds each, growing with the course. `make test-fast` runs
the rest: `pytest -m "not browser and not build and not kernel and not content"`; `make test`
runs them all.
"""

from __future__ import annotations

import inspect
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import kit_cache
from tests.support.chromium import CHROMIUM_ARGS, executable
from tests.support.server import SiteServer
from tests.support.shared import once, shared_root

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"  # screenshots (not committed)


def run_build(config_file: Path, site_dir: Path, env: dict | None = None):
    """`python -m tools build` as `make site` runs it; returns the CompletedProcess."""
    result = subprocess.run(
        [sys.executable, "-m", "tools", "build", "-f", str(config_file), "-d", str(site_dir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=dict(os.environ, **(env or {})),
        check=False,
    )
    if result.returncode == 0 and config_file.parent != ROOT:
        kit_cache.remember(config_file.parent)
    return result


@pytest.fixture(scope="session", autouse=True)
def _kit_store(tmp_path_factory) -> None:
    """The session's store of trainer-kit entries (tests/support/kit_cache.py)."""
    kit_cache.use_store(shared_root(tmp_path_factory) / "kit-store")


@pytest.fixture(autouse=True)
def _messages_in_english() -> Iterator[None]:
    """Each test starts with `check`'s messages in English: a command run in-process with
    `--lang ar` (tools/model/credential.py, tools/checks/check.py) sets the language for the
    process, and
    the next test in that worker read Arabic messages where it expected English."""
    from tools.common import messages

    messages.set_language("en")
    yield
    messages.set_language("en")


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The real site, built once per test session exactly as `make site` builds it."""

    def build(folder: Path) -> None:
        result = run_build(ROOT / "mkdocs.yml", folder / "site")
        assert result.returncode == 0, result.stdout + result.stderr

    return once(tmp_path_factory, "real", build) / "site"


@pytest.fixture(scope="session")
def kit_site(tmp_path_factory) -> tuple[Path, Path]:
    """(project, site) of the fixture course with the kit additions, built once: read only."""
    from tests.support.kit import build

    # Cold: the session's kit built from nothing (the other kit builds may start warm).
    folder = once(tmp_path_factory, "kit", lambda tmp: build(tmp, env=KIT_ENV, warm=False))
    return folder / "course", folder / "site"


# The shared kit site's epoch: fixed, so a test may compare it with a build of its own.
KIT_ENV = {"SOURCE_DATE_EPOCH": "1700000000"}

# Fixtures that build (or serve) a site, and that drive Chromium: they mark the test.
BUILD_FIXTURES = {
    "site",
    "server",
    "fixture_site",
    "kit_site",
    "course_build",
    "course_site_server",
}
BROWSER_FIXTURES = {"chromium", "page"}
# A module that calls one of these builds a site in its tests.
BUILD_CALLS = (
    "run_build(",
    "support.kit import",
    "build_site(",
    "mkdocs_build(",
    "bench.",
    '"mkdocs",',  # `python -m mkdocs serve|build` in a subprocess
    "_serving(",  # tests/test_serve_checks.py's `mkdocs serve`, used by other serve tests
    '"tools", "offline"',  # `python -m tools offline`: builds every language, then zips
    '"tools", "build"',  # `python -m tools build` in a subprocess
)

# A test that calls one of these starts a Jupyter kernel (searched in the test's own source).
KERNEL_CALLS = (
    '"notebook", "refresh"',  # `python -m tools notebook refresh`: re-executes the notebook
    "notebook_run.execute(",
    "notebook_run.refresh(",
    "NotebookClient(",
)


def _calls_a_kernel(item, source: str) -> bool:
    if not any(call in source for call in KERNEL_CALLS):
        return False  # the module never does: no need to read the function
    try:
        own = inspect.getsource(item.function)
    except (AttributeError, OSError, TypeError):
        return False
    return any(call in own for call in KERNEL_CALLS)


def pytest_collection_modifyitems(config, items) -> None:
    sources: dict[Path, str] = {}
    for item in items:
        path = Path(str(item.fspath))
        if path not in sources:
            try:
                sources[path] = path.read_text(encoding="utf-8")
            except OSError:
                sources[path] = ""
        names = set(getattr(item, "fixturenames", ()))
        if names & BROWSER_FIXTURES or path.name.startswith("test_browser_"):
            item.add_marker(pytest.mark.browser)
        if names & BUILD_FIXTURES or any(call in sources[path] for call in BUILD_CALLS):
            item.add_marker(pytest.mark.build)
        if _calls_a_kernel(item, sources[path]):
            item.add_marker(pytest.mark.kernel)


def copy_fixture(name: str, dest: Path, warm: bool = True) -> Path:
    """Copy tests/fixtures/<name> (a small site with its own mkdocs.yml) to dest.

    `{ROOT}` in the copied mkdocs.yml becomes the repository root, so a fixture uses the
    real hook (`{ROOT}/tools/hooks/site.py`) and theme overrides (`{ROOT}/overrides`)
    wherever it is copied. `warm`: the copy starts with the session's trainer-kit entries
    (tests/support/kit_cache.py); a test of the kit cache or of reproducibility says False.
    """
    target = dest / name
    shutil.copytree(FIXTURES / name, target)
    config = target / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("{ROOT}", ROOT.as_posix()), encoding="utf-8"
    )
    if warm:
        kit_cache.seed(target)
    return target


@pytest.fixture
def fixture_site(tmp_path):
    """Build a fixture site: returns (project_dir, site_dir, CompletedProcess)."""

    def build(name: str, site_dir: Path | None = None, env: dict | None = None):
        project = copy_fixture(name, tmp_path)
        out = site_dir or tmp_path / "out" / "site"
        return project, out, run_build(project / "mkdocs.yml", out, env)

    return build


@pytest.fixture(scope="session")
def server(site) -> Iterator[SiteServer]:
    """The real site served under /tamkeen/ on 127.0.0.1, gzip-compressed."""
    with SiteServer(site) as srv:
        yield srv


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium driven by Playwright. Missing Chromium is a failure, not a skip:
    `.ci/run` installs it (apt-get install chromium)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable(), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium):
    """A fresh phone-sized browser context (no cache, no storage)."""
    context = chromium.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2)
    pg = context.new_page()
    yield pg
    context.close()


def screenshot(pg, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    pg.evaluate("document.fonts.ready.then(() => true)")  # web fonts swapped in
    pg.screenshot(path=str(path), full_page=True)
    return path
