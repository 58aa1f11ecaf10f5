"""Generated pages are never committed: after a build, every generated file is ignored by git
and `git status` shows nothing new; check does not treat them as hand-written pages."""

import subprocess

import pytest

from tests.conftest import ROOT
from tools.checks import check
from tools.common import generated_pages
from tools.model import notebooks


def test_generated_files_are_ignored(site):  # `site` builds the real repository first
    # The same inputs as the build (site_url is part of a notebook's key: its data cell).
    site_url = notebooks.site_url_of(ROOT / "mkdocs.yml")
    report = notebooks.sync(ROOT, ROOT / "docs", "tamkeen-oriental/tamkeen", "main", site_url)
    assert report.unchanged and not report.skipped
    generated = [
        ROOT / "docs/courses/ai/02-generative-ai/01-next-word.ar.md",
        ROOT / "docs/courses/ai/02-generative-ai/01-next-word.fr.md",
        ROOT / "docs/courses/ai/02-generative-ai/01-next-word.ar.files/01-next-word-ar.ipynb",
        ROOT / "docs/.gitignore",
    ]
    for path in generated:
        assert path.exists(), path
        ignored = subprocess.run(["git", "check-ignore", "-q", str(path)], cwd=ROOT, check=False)
        assert ignored.returncode == 0, f"{path} is not ignored by git"
    status = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all", "docs"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "01-next-word" not in status and ".gitignore" not in status


# `check` over the whole real course (seconds): `make test`, not `make test-fast`.
@pytest.mark.content
def test_check_skips_generated_pages(tmp_path):
    page = ROOT / "docs/courses/ai/02-generative-ai/01-next-word.ar.md"
    assert generated_pages.is_generated(page)
    errors = check.run(ROOT / "docs")
    assert not [e for e in errors if "01-next-word" in str(e.path) and e.path.suffix == ".md"]
