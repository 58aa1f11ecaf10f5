"""A warm `make site` reuses the pages the last one built (tools/publish/page_cache.py) and gives
the site a cold build gives, byte for byte: with nothing changed (no page but the two
404s goes through the pass again: counted in the build's process by a `sitecustomize` on
PYTHONPATH), and
after an edit (a lesson's title, which every page of its module names in the nav, and
its text), compared with a build of the edited project from no kept page at all."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from tests.conftest import copy_fixture, run_build
from tests.support.check import hashes
from tools.common.build_cache import CACHE
from tools.publish import page_cache

LESSON = "docs/courses/demo/01-basics/02-second.fr.md"

# Each page that goes through the pass (tools/site/page_pass.py `run`) writes one line.
COUNTER = """
import os
import sys

# `python -m tools` puts its folder (run_build's cwd: this worktree) first on sys.path,
# but only after this file runs: first here too, so the `tools` wrapped is the one run.
sys.path.insert(0, os.getcwd())

def _count():
    from tools.site import page_pass

    run = page_pass.run

    def counted(text, path, *args, **kwargs):
        with open(os.environ["TK_PASS_LOG"], "a", encoding="utf-8") as log:
            log.write(f"{path}\\n")
        return run(text, path, *args, **kwargs)

    page_pass.run = counted

_count()
"""


def _build(project: Path, site: Path, log: Path, counter: Path) -> dict[str, str]:
    path = os.pathsep.join(p for p in (str(counter), os.environ.get("PYTHONPATH", "")) if p)
    log.unlink(missing_ok=True)
    log.touch()
    result = run_build(project / "mkdocs.yml", site, {"PYTHONPATH": path, "TK_PASS_LOG": str(log)})
    assert result.returncode == 0, result.stdout + result.stderr
    return hashes(site)


def test_warm_build_equals_cold_build_before_and_after_an_edit(tmp_path):
    project = copy_fixture("course", tmp_path)
    counter = tmp_path / "counter"
    counter.mkdir()
    (counter / "sitecustomize.py").write_text(COUNTER, encoding="utf-8")
    log, site = tmp_path / "pass.log", tmp_path / "site"
    kept = project / CACHE / page_cache.STEP

    cold = _build(project, site, log, counter)
    passed = log.read_text(encoding="utf-8").splitlines()
    assert len(passed) >= 20, "every page goes through the pass on a cold build"
    assert kept.is_dir() and any(kept.iterdir()), "the pages of a successful build are kept"

    warm = _build(project, site, log, counter)
    again = log.read_text(encoding="utf-8").splitlines()
    # The 404s only: rendered from the theme's template once per language, never kept.
    assert [Path(p).name for p in again] == ["404.html", "404.html"], again
    assert warm == cold

    lesson = project / LESSON
    text = lesson.read_text(encoding="utf-8")
    edited = text.replace("title: ", "title: Nouveau titre, ", 1) + "\nUn paragraphe ajouté.\n"
    assert edited != text
    lesson.write_text(edited, encoding="utf-8")
    after_edit = _build(project, site, log, counter)
    assert len(log.read_text(encoding="utf-8").splitlines()) == len(passed)

    # The same edited project, built from no kept page.
    fresh = tmp_path / "fresh"
    shutil.copytree(project, fresh)
    shutil.rmtree(fresh / CACHE / page_cache.STEP)
    clean = _build(fresh, tmp_path / "site-fresh", log, counter)

    assert after_edit != warm, "the edit must show in the built site"
    changed = sorted(k for k in cold if cold[k] != after_edit.get(k))
    assert any(k.endswith(".html") and "02-second" not in k for k in changed), (
        "the new title is in other pages' nav: they must be built again"
    )
    differ = sorted(
        k for k in clean.keys() | after_edit.keys() if clean.get(k) != after_edit.get(k)
    )
    assert differ == [], f"warm and cold builds differ after an edit: {differ[:10]}"
