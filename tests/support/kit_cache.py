"""A warm trainer kit for the test builds that are not about the kit (issue 16).

A cold kit costs a fixture build about 7 s more (decks, PPTX, and Chromium printing the PDF
handouts). The kit cache is keyed on every input of each entry (tools/slides/kit.py), and
tests/test_build_warm_equals_clean.py proves that a warm build writes the clean build's
site byte for byte. So a fixture copy may start with the entries that earlier builds of
this session made: what it builds is what a cold build writes.

The store is a folder shared by the session's workers: a build adds its new entries to it,
a fresh copy of a fixture (`copy_fixture`) starts with all of them, and the build prunes
what it does not use from its own copy. The tests of the cache itself and of
reproducibility copy their fixture with `warm=False` and build the kit from nothing.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from tools.slides.kit import CACHE, entries

_STORE: list[Path] = []  # set once per worker by tests/conftest.py's session fixture


def use_store(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    _STORE[:] = [folder]


def seed(project: Path) -> None:
    """Give a fresh project every entry the store has (never over its own cache)."""
    target = project / CACHE
    if not _STORE or target.exists():
        return
    target.mkdir(parents=True)
    for entry in entries(_STORE[0]):
        shutil.copyfile(entry, target / entry.name)


def remember(project: Path) -> None:
    """Add the project's new kit entries to the store (atomically: other workers read it)."""
    if not _STORE:
        return
    store = _STORE[0]
    for entry in entries(project / CACHE):
        kept = store / entry.name
        if kept.exists():
            continue
        partial = store / f"{entry.name}.{os.getpid()}.part"
        shutil.copyfile(entry, partial)
        partial.replace(kept)
