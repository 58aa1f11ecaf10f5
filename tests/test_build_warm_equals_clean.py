"""A warm build is the clean build (issue 16): the same commit built from an empty cache and
from the cache an earlier commit left (other content, other Markdown options, another
SOURCE_DATE_EPOCH) gives byte-identical site/ trees, and the earlier entries are pruned."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.conftest import KIT_ENV, run_build
from tests.support.check import hashes
from tests.support.kit import LESSON, kit_project

EARLIER = {"SOURCE_DATE_EPOCH": "1600000000"}


def _earlier_commit(project: Path) -> dict[str, str]:
    """Make `project` the earlier commit (a lesson's text, a Markdown option); returns the
    files it changed, as this commit has them."""
    now = {}
    for name, old, new in (
        (f"{LESSON}.fr.md", "Écrivez une phrase.", "Écrivez trois phrases."),
        ("mkdocs.yml", "permalink: true", 'permalink: "#"'),
    ):
        path = project / name
        now[name] = path.read_text(encoding="utf-8")
        path.write_text(now[name].replace(old, new), encoding="utf-8")
    return now


def test_warm_build_equals_clean_build(tmp_path, kit_site):
    # This commit from an empty cache: the session's kit build (SOURCE_DATE_EPOCH KIT_ENV).
    clean_project, clean_site = kit_site
    clean = hashes(clean_site)
    clean_entries = {p.name for p in (clean_project / ".cache/trainer-kit").iterdir()}

    # The earlier commit, built: its caches (.cache/, converted pages) are left behind.
    project = kit_project(tmp_path, warm=False)  # only an earlier commit's cache
    now = _earlier_commit(project)
    site = tmp_path / "site"
    result = run_build(project / "mkdocs.yml", site, EARLIER)
    assert result.returncode == 0, result.stdout + result.stderr
    earlier = hashes(site)
    earlier_entries = {p.name for p in (project / ".cache/trainer-kit").iterdir()}

    # This commit over the earlier one's tree and caches (a `git pull`, then `make site`).
    for name, text in now.items():
        (project / name).write_text(text, encoding="utf-8")
    shutil.rmtree(site)
    result = run_build(project / "mkdocs.yml", site, dict(KIT_ENV))
    assert result.returncode == 0, result.stdout + result.stderr
    warm = hashes(site)

    assert earlier != clean, "the earlier commit must build a different site"
    differ = sorted(k for k in clean.keys() | warm.keys() if clean.get(k) != warm.get(k))
    assert differ == [], f"warm and clean builds differ in {len(differ)} file(s): {differ[:10]}"

    # The earlier commit's kit entries are gone: the cache holds this build's only.
    report = json.loads((project / ".cache/trainer-kit/report.json").read_text("utf-8"))
    assert report["pruned"] > 0
    entries = {p.name for p in (project / ".cache/trainer-kit").iterdir()}
    assert entries == clean_entries
    assert not (entries - {"report.json"}) & (earlier_entries - {"report.json"})
