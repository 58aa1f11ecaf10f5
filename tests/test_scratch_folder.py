"""Pagefind's input (one file and folder a page, deleted once indexed) goes to memory when the
machine has room there: creating files on a disk filesystem costs the build CPU
(tools/common/scratch.py). An explicit TMPDIR, or too little room, keeps the default."""

from __future__ import annotations

import os
from types import SimpleNamespace

from tools.common import scratch


def _statvfs(free: int):
    return lambda _path: SimpleNamespace(f_bavail=free, f_frsize=1)


def test_memory_when_there_is_room(monkeypatch):
    monkeypatch.delenv("TMPDIR", raising=False)
    monkeypatch.setattr(os, "statvfs", _statvfs(10**9))
    monkeypatch.setattr(os, "access", lambda _p, _m: True)
    assert scratch.folder(1000) == scratch.RAM


def test_default_without_room_or_access_or_tmpfs(monkeypatch):
    monkeypatch.delenv("TMPDIR", raising=False)
    monkeypatch.setattr(os, "access", lambda _p, _m: True)
    monkeypatch.setattr(os, "statvfs", _statvfs(100 * 1024 * 1024))
    assert scratch.folder(100 * 1024 * 1024) is None  # twice the need, and room to spare
    monkeypatch.setattr(os, "statvfs", _statvfs(10**9))
    monkeypatch.setattr(os, "access", lambda _p, _m: False)
    assert scratch.folder(1000) is None

    def missing(_path):
        raise FileNotFoundError(_path)

    monkeypatch.setattr(os, "access", lambda _p, _m: True)
    monkeypatch.setattr(os, "statvfs", missing)
    assert scratch.folder(1000) is None


def test_explicit_tmpdir_wins(monkeypatch, tmp_path):
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr(os, "statvfs", _statvfs(10**9))
    monkeypatch.setattr(os, "access", lambda _p, _m: True)
    assert scratch.folder(1000) is None
