"""check's rendered pages kept on disk (tools/checks/rules/context.py): a file written by
older code whose classes have since moved or gone is read as an empty cache, not a crash
(after tools/ moved into layer packages, `make check` failed with "No module named
'tools.rules'" on a machine that had run it before)."""

from __future__ import annotations

import pickle

from tools.checks.rules import context


def _stale_pickle(module: str) -> bytes:
    # Protocol 0: a global by its dotted module and name, as an older tools/ wrote it.
    return f"c{module}\nRendered\n.".encode()


def test_a_kept_file_naming_a_moved_module_reads_as_empty(tmp_path, monkeypatch):
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: t\n", encoding="utf-8")
    kept = tmp_path / context.CACHE
    kept.parent.mkdir(parents=True)
    kept.write_bytes(_stale_pickle("tools.rules.context"))
    with kept.open("rb") as f:  # the file really is unreadable by this code
        try:
            pickle.load(f)
            raise AssertionError("the stale file loaded")
        except ImportError:
            pass
    monkeypatch.setattr(context, "_DISK", {})
    assert context._on_disk(config) == {}


def test_a_kept_file_of_this_code_is_read(tmp_path, monkeypatch):
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: t\n", encoding="utf-8")
    monkeypatch.setattr(context, "_DISK", {})
    context._save(config, {"k": "v"})  # any picklable value stands for a Rendered
    monkeypatch.setattr(context, "_DISK", {})
    assert context._on_disk(config) == {"k": "v"}
