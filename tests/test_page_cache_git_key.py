"""Kept pages are keyed on git's state too: a page's "translation out of date" notice reads
git history (tools/model/translation.py `state`), so a commit that changes nothing on disk
can change a page. The key of the kept pages (tools/publish/page_cache.py) changes with a
commit and with an uncommitted edit's status, and not between two identical questions."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from types import SimpleNamespace

import pytest

from tools.publish import page_cache

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def _git(root: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@t", *args],
        check=True,
        capture_output=True,
    )


def test_a_commit_changes_the_key(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: t\n", encoding="utf-8")
    (tmp_path / "docs" / "index.ar.md").write_text("# أ\n", encoding="utf-8")
    (tmp_path / "docs" / "index.fr.md").write_text("# a\n", encoding="utf-8")
    config = SimpleNamespace(
        config_file_path=str(tmp_path / "mkdocs.yml"),
        docs_dir=str(tmp_path / "docs"),
        watch=[],
        theme=SimpleNamespace(custom_dir=None),
    )
    _git(tmp_path, "init", "-q")
    untracked = page_cache.site_key(config)
    assert page_cache.site_key(config) == untracked
    _git(tmp_path, "add", "-A")
    _git(tmp_path, "commit", "-qm", "both")
    committed = page_cache.site_key(config)
    assert committed != untracked  # the same bytes on disk
    _git(tmp_path, "commit", "-q", "--allow-empty", "-m", "again")
    assert page_cache.site_key(config) not in (untracked, committed)
