"""Session builds shared by every pytest-xdist worker (`make test` runs several).

A session fixture is per *process*: with four workers, the real site would be built four
times. `once` builds into a folder beside the workers' own temporary folders, under a file
lock: the first worker that needs it builds it, the others wait and then read it. A failed
build leaves no mark, so the next worker tries again and reports the same failure.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from filelock import FileLock


def shared_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The session's temporary folder common to all workers (pytest's own without xdist)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def once(
    tmp_path_factory: pytest.TempPathFactory, name: str, build: Callable[[Path], None]
) -> Path:
    """`build(folder)` run once per test session, whichever worker asks first."""
    root = shared_root(tmp_path_factory)
    folder, done = root / f"shared-{name}", root / f"shared-{name}.done"
    with FileLock(root / f"shared-{name}.lock"):
        if not done.is_file():
            shutil.rmtree(folder, ignore_errors=True)  # what a failed attempt left
            folder.mkdir()
            build(folder)
            done.touch()
    return folder
