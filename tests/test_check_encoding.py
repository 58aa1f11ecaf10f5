"""Encoding: CRLF line endings and a BOM are accepted (Windows editors); a file that is not
UTF-8 fails at its byte offset, says how to re-save it, and `fix-encoding` converts it."""

from __future__ import annotations

import subprocess
import sys

from tests.support.check import ROOT, run_check


def _page(docs, name, data: bytes):
    (docs / name).write_bytes(data)


def test_crlf_and_bom_are_accepted(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    _page(docs, "a.ar.md", b"---\r\ntitle: a\r\n---\r\n\r\nok\r\nsecond\r\n")
    _page(docs, "a.fr.md", b"\xef\xbb\xbf---\ntitle: a\n---\n")
    result = run_check(docs)
    assert result.returncode == 0, result.stdout + result.stderr


def test_non_utf8_fails_with_its_offset_and_the_fix(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    _page(docs, "b.ar.md", "---\ntitle: ب\n---\n\nمرحبا\n".encode("cp1256"))
    _page(docs, "b.fr.md", "---\ntitle: b\n---\n\ncafé\n".encode("latin-1"))
    result = run_check(docs)
    assert result.returncode != 0
    out = result.stdout
    assert "b.ar.md:2:8: not UTF-8 (byte offset 11): re-save the file as UTF-8" in out
    assert "b.fr.md:5:4: not UTF-8 (byte offset 21)" in out
    assert "python -m tools fix-encoding" in out


def test_fix_encoding_converts_and_says_so(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    _page(docs, "b.ar.md", "---\ntitle: ب\n---\n\nمرحبا\n".encode("cp1256"))
    _page(docs, "b.fr.md", "---\ntitle: b\n---\n\ncafé\n".encode("latin-1"))
    fixed = subprocess.run(
        [
            sys.executable,
            "-m",
            "tools",
            "fix-encoding",
            str(docs / "b.ar.md"),
            str(docs / "b.fr.md"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert fixed.returncode == 0, fixed.stderr
    assert "converted from cp1256 to UTF-8" in fixed.stdout
    assert "converted from cp1252 to UTF-8" in fixed.stdout
    assert (docs / "b.ar.md").read_text(encoding="utf-8").endswith("مرحبا\n")
    assert (docs / "b.fr.md").read_text(encoding="utf-8").endswith("café\n")
    assert run_check(docs).returncode == 0
