"""CRLF line endings and a UTF-8 BOM are accepted and normalised: the site built from a copy
saved on Windows is byte-identical to the LF one."""

from __future__ import annotations

from tests.conftest import copy_fixture, run_build


def _files(site):
    return {
        p.relative_to(site).as_posix(): p.read_bytes()
        for p in sorted(site.rglob("*"))
        if p.is_file()
    }


def test_crlf_and_bom_build_byte_identical(tmp_path):
    project = copy_fixture("course", tmp_path)
    env = {"SOURCE_DATE_EPOCH": "1764000000"}
    lf_site = tmp_path / "lf"
    result = run_build(project / "mkdocs.yml", lf_site, env)
    assert result.returncode == 0, result.stdout + result.stderr

    sources = sorted((project / "docs").rglob("*.md"))
    for path in sources:
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    assert all(
        p.read_bytes().startswith(b"\xef\xbb\xbf") and b"\r\n" in p.read_bytes() for p in sources
    )
    crlf_site = tmp_path / "crlf"
    result = run_build(project / "mkdocs.yml", crlf_site, env)
    assert result.returncode == 0, result.stdout + result.stderr

    lf, crlf = _files(lf_site), _files(crlf_site)
    assert sorted(lf) == sorted(crlf)
    different = [name for name in lf if lf[name] != crlf[name]]
    assert different == []
