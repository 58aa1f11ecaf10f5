"""Results of the build's slow steps, kept between builds by a hash of all their inputs.

A warm `make site` (nothing changed) must not pay again for what cannot have changed:
the pages `check` renders (tools/checks/rules/context.py), the theme's CSS purge
(tools/site/css_purge.py), the search indexes (tools/site/search_index.py). Each step names every
input of its result in its key; besides those, `code_key` stands for what no step lists
itself: the code of `tools` (every file of the package), the version of every installed
Python package and the Python version. Erring on the side of a rebuild: any change to
`tools/` or to a library rebuilds them all. Entries live in `.cache/<step>/` beside
mkdocs.yml, written to a temporary name and renamed (a parallel build never reads half
an entry); a step keeps its last few entries only.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
from importlib import metadata
from pathlib import Path

TOOLS = Path(__file__).resolve().parent.parent
CACHE = Path(".cache")
KEEP = 4  # entries per step: this build's, and a few for switching branches back
_code_key: list[str] = []


def code_key() -> str:
    """SHA-256 of the `tools` package's files, the installed packages' versions and the
    Python version (computed once per process)."""
    if not _code_key:
        h = hashlib.sha256(sys.version.encode())
        for path in sorted(TOOLS.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                h.update(f"\0{path.relative_to(TOOLS)}\0".encode() + path.read_bytes())
        versions = {(d.metadata["Name"] or "", d.version) for d in metadata.distributions()}
        h.update(repr(sorted(versions)).encode())
        _code_key.append(h.hexdigest())
    return _code_key[0]


class Step:
    """The kept results of one step, under `<project>/.cache/<name>/<key>` (a file or a
    folder)."""

    def __init__(self, project_dir: Path, name: str) -> None:
        self.root = Path(project_dir) / CACHE / name

    def key(self, *parts: str | bytes) -> str:
        h = hashlib.sha256(code_key().encode())
        for part in parts:
            data = part.encode() if isinstance(part, str) else part
            h.update(f"\0{len(data)}\0".encode() + data)
        return h.hexdigest()[:32]

    def get(self, key: str) -> Path | None:
        path = self.root / key
        if not path.exists():
            return None
        os.utime(path)  # in use: `_prune` keeps it
        return path

    def put_bytes(self, key: str, data: bytes) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        partial = self.root / f".{key}.{os.getpid()}.tmp"
        partial.write_bytes(data)
        partial.replace(self.root / key)
        self._prune()

    def put_tree(self, key: str, folder: Path) -> None:
        """Keep `folder` (hard links to its files where the filesystem allows: thousands of
        files for a large course's search index). A link is safe only because no one writes
        these files in place: the step that made `folder` is done with it, the entry is never
        written again, and a build replaces its site's files rather than writing into them
        (MkDocs empties the site first; the search step its own folder)."""
        self.root.mkdir(parents=True, exist_ok=True)
        partial = self.root / f".{key}.{os.getpid()}.tmp"
        shutil.rmtree(partial, ignore_errors=True)
        shutil.copytree(folder, partial, copy_function=link_or_copy)
        target = self.root / key
        if target.exists():  # the same key: the same content
            shutil.rmtree(partial, ignore_errors=True)
        else:
            try:
                partial.rename(target)
            except OSError:  # another build put it first
                shutil.rmtree(partial, ignore_errors=True)
        self._prune()

    def _prune(self) -> None:
        entries = [p for p in self.root.iterdir() if not p.name.startswith(".")]
        entries.sort(key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[KEEP:]:
            if old.is_dir():
                shutil.rmtree(old, ignore_errors=True)
            else:
                old.unlink(missing_ok=True)


def link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:  # another filesystem, or one without hard links
        shutil.copy2(source, target)
