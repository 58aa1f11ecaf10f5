"""The same sources and the same SOURCE_DATE_EPOCH give a byte-identical site (every file),
so a deploy changes only what the authors changed."""

from __future__ import annotations

import hashlib
from pathlib import Path

from tests.conftest import copy_fixture, run_build

EPOCH = "1700000000"  # 2023-11-14


def snapshot(site_dir: Path) -> dict[str, str]:
    return {
        p.relative_to(site_dir).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(site_dir.rglob("*"))
        if p.is_file()
    }


def test_two_builds_are_byte_identical(tmp_path):
    project = copy_fixture("basic", tmp_path, warm=False)
    sites = []
    for name in ("one", "two"):
        site_dir = tmp_path / name / "site"
        result = run_build(project / "mkdocs.yml", site_dir, env={"SOURCE_DATE_EPOCH": EPOCH})
        assert result.returncode == 0, result.stdout + result.stderr
        sites.append(snapshot(site_dir))
    one, two = sites
    assert "sitemap.xml" in one and "pagefind/pagefind-entry.json" in one
    assert sorted(one) == sorted(two), set(one) ^ set(two)
    differ = sorted(name for name in one if one[name] != two[name])
    assert differ == [], f"files that differ between two identical builds: {differ}"
    sitemap = (tmp_path / "one" / "site" / "sitemap.xml").read_text(encoding="utf-8")
    assert "2023-11-14" in sitemap, "SOURCE_DATE_EPOCH must set the sitemap dates"
