"""Windows authors: a clone made with `core.autocrlf=true` (Git for Windows' default) checks
with 0 errors, and `.gitattributes` keeps the files LF there."""

from __future__ import annotations

import subprocess

import pytest

from tests.support.check import ROOT, run_check


# A clone of the whole repository, then `check` over its real course: `make test` only.
@pytest.mark.content
def test_autocrlf_clone_checks_clean(tmp_path):
    clone = tmp_path / "clone"
    done = subprocess.run(
        ["git", "clone", "-q", "-c", "core.autocrlf=true", str(ROOT), str(clone)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lessons = sorted((clone / "docs").rglob("*.md"))
    assert lessons
    assert not [p for p in lessons if b"\r\n" in p.read_bytes()], ".gitattributes keeps LF"
    result = run_check(clone / "docs")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "check: no errors" in result.stdout
