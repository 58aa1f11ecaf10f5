"""A failed build leaves the previous site byte-for-byte as it was, and no temporary build
directory behind: whether MkDocs stops (a broken link) or the post-build checks do (an
image from another host)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.conftest import copy_fixture, run_build


def snapshot(site_dir: Path) -> dict[str, str]:
    return {
        p.relative_to(site_dir).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(site_dir.rglob("*"))
        if p.is_file()
    }


BREAKS = {
    # stopped by MkDocs --strict
    "mkdocs": ("lesson.fr.md", "\nVoir [ceci](index.md#nulle-part).\n"),
    # stopped by tools/site/postbuild.py after MkDocs succeeded in the temporary directory (an
    # image from another host no longer gets that far: the sanitiser drops it and warns)
    "postbuild": ("../mkdocs.yml", "\nrepo_url: https://github.com/example/tamkeen\n"),
}


@pytest.mark.parametrize("stage", sorted(BREAKS))
def test_failed_build_keeps_old_site(tmp_path, stage):
    project = copy_fixture("basic", tmp_path)
    site_dir = tmp_path / "out" / "site"
    first = run_build(project / "mkdocs.yml", site_dir)
    assert first.returncode == 0, first.stdout + first.stderr
    before = snapshot(site_dir)
    assert "index.html" in before and "fr/lesson/index.html" in before

    source, addition = BREAKS[stage]
    page = project / "docs" / source
    page.write_text(page.read_text(encoding="utf-8") + addition, encoding="utf-8")
    second = run_build(project / "mkdocs.yml", site_dir)

    assert second.returncode != 0, second.stdout + second.stderr
    assert "was left as it was" in second.stderr
    assert snapshot(site_dir) == before
    leftovers = sorted(p.name for p in site_dir.parent.iterdir() if p.name != "site")
    assert leftovers == [], f"left behind next to site/: {leftovers}"
