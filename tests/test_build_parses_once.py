"""`make site` parses each source once (issue 24, item 1): `check` and the MkDocs build run
in one process and share each source's one parsed document (tools/model/content.py `Source.doc`),
so a build of the fixture course calls `tools.model.document.parse` once per Markdown source,
counted in every Python process the build starts (a `sitecustomize` on PYTHONPATH wraps
the function in each of them)."""

from __future__ import annotations

import os

from tests.conftest import copy_fixture, run_build
from tools.model import content

# Loaded by every Python process started with this folder on PYTHONPATH: each call of
# `tools.model.document.parse` writes one line (process id, first line, length of the text).
COUNTER = """
import os
import sys

# `python -m tools` puts its folder (run_build's cwd: this worktree) first on sys.path,
# but only after this file runs: first here too, so the `tools` wrapped is the one run.
sys.path.insert(0, os.getcwd())

def _count():
    from tools.model import document

    parse = document.parse

    def counted(text, first_line=1):
        with open(os.environ["TK_PARSE_LOG"], "a", encoding="utf-8") as log:
            log.write(f"{os.getpid()}\\t{first_line}\\t{len(text)}\\n")
        return parse(text, first_line)

    document.parse = counted

_count()
"""


def test_each_source_is_parsed_once_per_build(tmp_path):
    project = copy_fixture("course", tmp_path)
    hooks = tmp_path / "counter"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(COUNTER, encoding="utf-8")
    log = tmp_path / "parses.log"
    path = os.pathsep.join(p for p in (str(hooks), os.environ.get("PYTHONPATH", "")) if p)
    env = {"PYTHONPATH": path, "TK_PARSE_LOG": str(log)}

    result = run_build(project / "mkdocs.yml", tmp_path / "site", env)
    assert result.returncode == 0, result.stdout + result.stderr

    sources = content.load(project / "docs").sources
    assert len(sources) >= 10, "the fixture course has its lessons in both languages"
    calls = [line.split("\t") for line in log.read_text(encoding="utf-8").splitlines()]
    processes = {pid for pid, _, _ in calls}
    assert len(processes) == 1, f"sources parsed in {len(processes)} processes"
    assert len(calls) == len(sources), (
        f"{len(calls)} parses for {len(sources)} sources: each must be parsed once per build"
    )
    # One parse per source: the bodies parsed are the sources' bodies, each once.
    assert sorted((int(n), int(size)) for _, n, size in calls) == sorted(
        (src.body_line, len(src.body)) for src in sources
    )
