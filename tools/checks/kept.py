"""`check`'s findings kept between runs: a warm `make site` (nothing changed) must not read,
parse and render every source again to learn what the last run already said.

The key names every input of `check.run` (tools/common/build_cache.py): `tools` and every
installed package (`code_key`), the folders it reads (docs, notebooks, downloads: each file's
name and bytes), mkdocs.yml, the record of the pages generated from notebooks, today's date
(facts due for review), git's HEAD and the status of those folders (a translation is stale
by git history; a tracked file is never the build's own), every TAMKEEN_* variable and the
language of the messages. Any change and every rule runs again; the findings of a run are
kept whatever they are (the same inputs give the same errors, so an error is never hidden).
Only the project's own docs (a mkdocs.yml beside them) keep findings, as `check` keeps its
rendered pages (tools/checks/rules/context.py).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import pickle
from pathlib import Path

from tools.common import build_cache, generated_pages, messages, tracked
from tools.common.languages import LANGUAGES, from_config
from tools.common.messages import Error

STEP = "check-findings"
FOLDERS = ("notebooks", "downloads")  # besides docs/: what the rules read of the project


def _files(folder: Path):
    for top, dirs, names in os.walk(folder):
        dirs.sort()
        for name in sorted(names):
            yield os.path.join(top, name)


def key(docs_dir: Path) -> str:
    project = docs_dir.parent
    h = hashlib.sha256()

    def part(label: str, data: bytes) -> None:
        h.update(f"\0{label}\0{len(data)}\0".encode() + data)

    # As given, from here: the findings name their files by it.
    part("docs", f"{os.getcwd()}\0{docs_dir}".encode())
    folders = [docs_dir, *(project / name for name in FOLDERS)]
    for folder in folders:
        for path in _files(folder):
            with open(path, "rb") as f:
                part(os.path.relpath(path, project), f.read())
    for path in (project / "mkdocs.yml", project / generated_pages.RECORD):
        part(path.name, path.read_bytes() if path.is_file() else b"-")
    part("git", tracked.git_state(project, folders))
    env = sorted((k, v) for k, v in os.environ.items() if k.startswith("TAMKEEN_"))
    part("env", repr([dt.date.today().isoformat(), messages.language(), *env]).encode())
    return build_cache.Step(project, STEP).key(h.hexdigest())


def run(docs_dir: Path) -> list[Error]:
    """`check.run(docs_dir, keep=True)`: every error and warning of the sources, sorted; those
    of the last run when no input changed since."""
    project = docs_dir.parent
    kept = (project / "mkdocs.yml").is_file()
    if kept:
        LANGUAGES.use(from_config(project / "mkdocs.yml"))  # as check.run does
        step = build_cache.Step(project, STEP)
        name = key(docs_dir)
        path = step.get(name)
        if path is not None:
            try:
                return pickle.loads(path.read_bytes())  # our own file
            except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
                pass  # unreadable (older code): run the rules
    from tools.checks import check  # the rules: imported only to run them (slow to load)

    found = check.run(docs_dir, keep=True)
    if kept:
        step.put_bytes(name, pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL))
    return found
