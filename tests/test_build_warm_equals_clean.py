"""A warm build is the clean build (issue 16): the same commit built from an empty cache and
from the cache an earlier commit left (other content, other Markdown options, another
SOURCE_DATE_EPOCH) gives byte-identical site/ trees, and the earlier entries are pruned."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.conftest import run_build
from tests.support.check import hashes
from tests.support.kit import LESSON, kit_project

EARLIER = {"SOURCE_DATE_EPOCH": "1700000000"}
NOW = {"SOURCE_DATE_EPOCH": "1764374400"}


def _earlier_commit(project: Path) -> None:
    """What the earlier commit differed in: a lesson's text and a Markdown option."""
    lesson = project / f"{LESSON}.fr.md"
    text = lesson.read_text(encoding="utf-8")
    lesson.write_text(text.replace("Écrivez une phrase.", "Écrivez trois phrases."), "utf-8")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("permalink: true", 'permalink: "#"'), encoding="utf-8")


def _build(project: Path, site: Path, env: dict) -> dict[str, str]:
    result = run_build(project / "mkdocs.yml", site, env)
    assert result.returncode == 0, result.stdout + result.stderr
    return hashes(site)


def test_warm_build_equals_clean_build(tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    # The earlier commit, built: its caches (.cache/, converted pages) are what is left.
    project = kit_project(work)
    _earlier_commit(project)
    earlier_site = _build(project, tmp_path / "site", EARLIER)
    left_behind = tmp_path / "left-behind"
    shutil.copytree(project, left_behind, symlinks=True)
    earlier_entries = {p.name for p in (project / ".cache/trainer-kit").iterdir()}

    # This commit from a fresh clone: no cache at all.
    shutil.rmtree(project)
    shutil.rmtree(tmp_path / "site")
    project = kit_project(work)
    clean = _build(project, tmp_path / "site", NOW)
    clean_entries = {p.name for p in (project / ".cache/trainer-kit").iterdir()}
    shutil.rmtree(tmp_path / "site")

    # This commit over the earlier one's tree and caches (a `git pull`, then `make site`).
    shutil.rmtree(project)
    shutil.copytree(left_behind, project, symlinks=True)
    fresh = kit_project(tmp_path / "fresh")
    for name in (f"{LESSON}.fr.md", "mkdocs.yml"):
        shutil.copyfile(fresh / name, project / name)
    warm = _build(project, tmp_path / "site", NOW)

    assert earlier_site != clean, "the earlier commit must build a different site"
    differ = sorted(k for k in clean.keys() | warm.keys() if clean.get(k) != warm.get(k))
    assert differ == [], f"warm and clean builds differ in {len(differ)} file(s): {differ[:10]}"

    # The earlier commit's kit entries are gone: the cache holds this build's only.
    report = json.loads((project / ".cache/trainer-kit/report.json").read_text("utf-8"))
    assert report["pruned"] > 0
    entries = {p.name for p in (project / ".cache/trainer-kit").iterdir()}
    assert entries == clean_entries
    assert not (entries - {"report.json"}) & (earlier_entries - {"report.json"})
