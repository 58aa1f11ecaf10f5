"""`python -m tools check` as a whole: every error in one run, never writes, CI annotations,
and the real sources pass."""

from __future__ import annotations

import pytest

from tests.support.check import BAD, ROOT, failing, hashes, run_check, run_check_process


def test_five_different_errors_in_one_run():
    out = failing("five")
    lines = [line for line in out.splitlines() if "page.fr.md:" in line]
    assert len(lines) == 5, out
    for fragment in (
        "page.fr.md:3:1: unknown front matter field `colour`",
        "page.fr.md:8:1: heading skips a level",
        "page.fr.md:10:1: raw <script>",
        "page.fr.md:12:1: image not found",
        "page.fr.md:14:1: insecure link",
    ):
        assert fragment in out


def test_check_never_modifies_a_source():
    before = hashes(BAD)
    for fixture in sorted(BAD.iterdir()):
        run_check(fixture / "docs")
    assert hashes(BAD) == before


def test_github_actions_annotations():
    result = run_check(BAD / "five" / "docs", env={"GITHUB_ACTIONS": "true"})
    assert result.returncode != 0
    assert "::error file=tests/fixtures/bad/five/docs/page.fr.md,line=10,col=1::raw <script>" in (
        result.stdout
    )
    assert result.stdout.count("::error file=") == 5


def test_no_annotations_outside_github_actions():
    assert "::error" not in failing("five")


# The whole real course (seconds, growing with it): `make test`, not `make test-fast`.
@pytest.mark.content
def test_real_docs_pass():
    # The one real `python -m tools check` process: the command line as `make check` runs it.
    result = run_check_process(ROOT / "docs")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "check: no errors" in result.stdout


def test_course_fixture_passes():
    result = run_check(ROOT / "tests" / "fixtures" / "course" / "docs")
    assert result.returncode == 0, result.stdout + result.stderr
