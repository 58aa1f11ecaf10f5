"""`make site` keeps `check`'s findings (tools/checks/kept.py): a warm build with nothing changed
runs no rule (counted in the build's process by a `sitecustomize` on PYTHONPATH) and still
says the warnings, and a source edited afterwards is checked again: the error the edit
brings stops the build, at its file and line."""

from __future__ import annotations

import os
from pathlib import Path

from tests.conftest import copy_fixture, run_build

LESSON = "docs/courses/demo/01-basics/02-second.fr.md"

# Each run of the rules (tools/checks/check.py `run`) writes one line.
COUNTER = """
import os
import sys

# `python -m tools` puts its folder (run_build's cwd: this worktree) first on sys.path,
# but only after this file runs: first here too, so the `tools` wrapped is the one run.
sys.path.insert(0, os.getcwd())

def _count():
    from tools.checks import check

    run = check.run

    def counted(docs_dir, *args, **kwargs):
        with open(os.environ["TK_CHECK_LOG"], "a", encoding="utf-8") as log:
            log.write(f"{docs_dir}\\n")
        return run(docs_dir, *args, **kwargs)

    check.run = counted

_count()
"""


def _build(project: Path, tmp_path: Path):
    counter, log = tmp_path / "counter", tmp_path / "check.log"
    counter.mkdir(exist_ok=True)
    (counter / "sitecustomize.py").write_text(COUNTER, encoding="utf-8")
    log.write_text("", encoding="utf-8")
    path = os.pathsep.join(p for p in (str(counter), os.environ.get("PYTHONPATH", "")) if p)
    env = {"PYTHONPATH": path, "TK_CHECK_LOG": str(log)}
    result = run_build(project / "mkdocs.yml", tmp_path / "site", env)
    return result, len(log.read_text(encoding="utf-8").splitlines())


def test_a_warm_build_reuses_the_findings_and_checks_an_edited_source(tmp_path):
    project = copy_fixture("course", tmp_path)
    lesson = project / LESSON
    text = lesson.read_text(encoding="utf-8")
    # A stale translation: a warning, said by every build, never fatal.
    lesson.write_text(text.replace("---\n", "---\ntranslation_of: abcdefabcdef\n", 1), "utf-8")

    cold, runs = _build(project, tmp_path)
    assert cold.returncode == 0, cold.stdout + cold.stderr
    assert runs == 1, "a first build runs the rules"
    assert "02-second.fr.md" in cold.stderr, cold.stderr

    # The first build writes the record of the pages it generated from notebooks (none
    # here), which `check` reads: the second sees what every later one sees.
    assert _build(project, tmp_path)[0].returncode == 0
    warm, runs = _build(project, tmp_path)
    assert warm.returncode == 0, warm.stdout + warm.stderr
    assert runs == 0, "nothing changed: the last run's findings, no rule run again"
    said = [line for line in cold.stderr.splitlines() if "02-second.fr.md" in line]
    assert [line for line in warm.stderr.splitlines() if "02-second.fr.md" in line] == said, (
        "the warnings are said again, the same"
    )

    edited = lesson.read_text(encoding="utf-8") + "\nVoir [la suite](absente.md).\n"
    lesson.write_text(edited, encoding="utf-8")
    line = edited.count("\n")
    broken, runs = _build(project, tmp_path)
    assert runs == 1, "an edited source is checked again"
    assert broken.returncode != 0
    assert f"02-second.fr.md:{line}:" in broken.stderr, broken.stderr
    assert "absente.md" in broken.stderr, broken.stderr
