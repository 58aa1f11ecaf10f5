"""Encoding: CRLF line endings, BOM, non-UTF-8 (with the byte offset)."""

from __future__ import annotations

from tests.support.check import run_check


def _page(docs, name, data: bytes):
    (docs / name).write_bytes(data)


def test_crlf_bom_and_non_utf8(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    _page(docs, "a.ar.md", b"---\ntitle: a\n---\n\nok\r\nsecond\r\n")
    _page(docs, "a.fr.md", b"\xef\xbb\xbf---\ntitle: a\n---\n")
    _page(docs, "b.ar.md", b"---\ntitle: b\n---\n\ncaf\xe9\n")
    _page(docs, "b.fr.md", b"---\ntitle: b\n---\n")
    result = run_check(docs)
    assert result.returncode != 0
    out = result.stdout
    assert "a.ar.md:5:1: CRLF line endings (Windows); convert to LF" in out
    assert "a.fr.md:1:1: file starts with a byte order mark (BOM)" in out
    assert "b.ar.md:5:4: not UTF-8 (byte offset 21)" in out
