"""Which files git tracks: what a pull request can add or change.

A file the build wrote is never tracked (generated files are git-ignored), so a tracked
file is never treated as the build's own output, whatever it says about itself. Outside
a git repository nothing is tracked.
"""

from __future__ import annotations

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


def tracked_files(directory: Path) -> frozenset[Path]:
    """Resolved paths of every file git tracks in the repository holding `directory`."""
    directory = directory.resolve()
    while not directory.is_dir():
        directory = directory.parent
    top = _git(directory, "rev-parse", "--show-toplevel")
    if not top:
        return frozenset()
    root = Path(top.strip())
    index = _git(root, "rev-parse", "--git-path", "index")
    stat = (root / index.strip()).stat() if index and (root / index.strip()).exists() else None
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
