"""Which files git tracks: what a pull request can add or change.

A file the build wrote is never tracked (generated files are git-ignored), so a tracked
file is never treated as the build's own output, whatever it says about itself. Outside
a git repository nothing is tracked.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

# git top level -> ((index mtime, size), tracked paths): one `git ls-files` per change of
# the index, not one per question.
_CACHE: dict[Path, tuple[tuple[int, int], frozenset[Path]]] = {}


def _git(cwd: Path, *args: str) -> str | None:
    try:
        result = subprocess.run(
            ["git", "-C", str(cwd), *args], capture_output=True, text=True, check=False
        )
    except OSError:  # no git on this machine
        return None
    return result.stdout if result.returncode == 0 else None


# directory -> (git top level, its index file): asked once per directory in a repository
# (outside one, asked again: `git init` may come later).
_ROOTS: dict[Path, tuple[Path, Path]] = {}


def _in_a_repository(directory: Path) -> bool:
    """A `.git` (folder, or file in a worktree) here or above, or GIT_DIR set: only then is
    git worth starting (tests check hundreds of temporary folders outside any repository)."""
    if "GIT_DIR" in os.environ:
        return True
    return any((folder / ".git").exists() for folder in (directory, *directory.parents))


def _root(directory: Path) -> tuple[Path, Path] | None:
    if directory not in _ROOTS:
        if not _in_a_repository(directory):
            return None
        top = _git(directory, "rev-parse", "--show-toplevel")
        index = _git(directory, "rev-parse", "--git-path", "index") if top else None
        if not (top and index):
            return None
        _ROOTS[directory] = (Path(top.strip()), directory / index.strip())
    return _ROOTS[directory]


def tracked_files(directory: Path) -> frozenset[Path]:
    """Resolved paths of every file git tracks in the repository holding `directory`."""
    directory = directory.resolve()
    while not directory.is_dir():
        directory = directory.parent
    found = _root(directory)
    if found is None:
        return frozenset()
    root, index = found
    stat = index.stat() if index.exists() else None
    stamp = (stat.st_mtime_ns, stat.st_size) if stat else (0, 0)
    cached = _CACHE.get(root)
    if cached and cached[0] == stamp:
        return cached[1]
    listed = _git(root, "ls-files", "-z") or ""
    files = frozenset((root / name).resolve() for name in listed.split("\0") if name)
    _CACHE[root] = (stamp, files)
    return files


def is_tracked(path: Path) -> bool:
    return path.resolve() in tracked_files(path.parent)


def git_state(project: Path, folders: list[Path]) -> bytes:
    """HEAD and the status of `folders` (b"-" outside git): what git tells a build about
    them (a translation is stale by git history: tools/model/translation.py `state`). For
    the keys of the kept check findings and kept pages."""
    cmd = ["git", "-C", str(project), "status", "--porcelain=v2", "--branch"]
    cmd += ["--untracked-files=all", "--", *(str(f.resolve()) for f in folders)]
    try:
        result = subprocess.run(cmd, capture_output=True, check=False)
    except OSError:  # no git on this machine
        return b"-"
    return result.stdout if result.returncode == 0 else b"-"
