"""Compiled theme templates, kept between builds (Jinja's bytecode cache API).

Every MkDocs run compiles Material's templates again, once per language: about a third of
the time a small site takes to build. This cache keeps the compiled code in memory (for
the second language, and for every rebuild under `serve`) and on disk under
`.cache/jinja/` (for the next build).

Keyed on all its inputs: Jinja checks each entry against the SHA-1 of the template's source
and against its own bytecode format and the Python version; the folder's name is a hash of
what else changes the compiled code (the Jinja and MkDocs versions, the environment's
syntax settings and extensions). Folders of other keys are pruned. Entries are written
to a temporary file and renamed (Jinja does so), so parallel builds never read half a file.
"""

from __future__ import annotations

import hashlib
import shutil
import sys
from pathlib import Path

import jinja2
from jinja2.bccache import Bucket, FileSystemBytecodeCache

from tools.common.paths import ROOT

CACHE = ROOT / ".cache" / "jinja"

# Environment settings that change what a template compiles to.
_SETTINGS = (
    "block_start_string",
    "block_end_string",
    "variable_start_string",
    "variable_end_string",
    "comment_start_string",
    "comment_end_string",
    "line_statement_prefix",
    "line_comment_prefix",
    "trim_blocks",
    "lstrip_blocks",
    "newline_sequence",
    "keep_trailing_newline",
    "optimized",
    "autoescape",
    "is_async",
)


def key(env: jinja2.Environment) -> str:
    """The folder name: what, besides a template's own source, its compiled code depends on."""
    # MkDocs loads only to find the theme's version
    import mkdocs

    parts = [jinja2.__version__, mkdocs.__version__, sys.version]
    parts += [f"{name}={getattr(env, name, None)!r}" for name in _SETTINGS]
    parts += sorted(env.extensions)
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


class TemplateCache(FileSystemBytecodeCache):
    """On disk, with this process's entries in memory in front."""

    def __init__(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        super().__init__(str(directory))
        self.memory: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        data = self.memory.get(bucket.key)
        if data is not None:
            bucket.bytecode_from_string(data)
            return
        super().load_bytecode(bucket)
        if bucket.code is not None:
            self.memory[bucket.key] = bucket.bytecode_to_string()

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.memory[bucket.key] = bucket.bytecode_to_string()
        super().dump_bytecode(bucket)


_caches: dict[Path, TemplateCache] = {}


def prune(keep: str, root: Path = CACHE) -> None:
    """Remove the folders of other keys (an older Jinja, MkDocs or Python)."""
    if root.is_dir():
        for folder in root.iterdir():
            if folder.name != keep:
                shutil.rmtree(folder, ignore_errors=True)


def use(env: jinja2.Environment, root: Path = CACHE) -> TemplateCache:
    """Give the environment the cache of its key (one per process and key)."""
    name = key(env)
    cache = _caches.get(root / name)
    if cache is None:
        prune(name, root)
        cache = _caches[root / name] = TemplateCache(root / name)
    env.bytecode_cache = cache
    return cache
