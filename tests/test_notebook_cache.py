"""Conversion is cached by content hash: a second build converts 0 notebooks (counted in
.cache/notebooks/report.json, written by the hook); changing one converts only that one."""

import json

from tests.conftest import run_build
from tests.support.notebooks import GOOD_AR, notebook_site


def _report(project):
    return json.loads((project / ".cache/notebooks/report.json").read_text(encoding="utf-8"))


def test_second_build_converts_nothing(tmp_path):
    project = notebook_site(tmp_path)
    site = tmp_path / "out" / "site"
    first = run_build(project / "mkdocs.yml", site)
    assert first.returncode == 0, first.stderr
    assert _report(project)["converted"] == 2

    second = run_build(project / "mkdocs.yml", site)
    assert second.returncode == 0, second.stderr
    report = _report(project)
    assert (report["converted"], report["unchanged"]) == (0, 2)

    path = project / GOOD_AR
    path.write_text(path.read_text(encoding="utf-8").replace("نص عربي.", "نص عربي آخر."))
    third = run_build(project / "mkdocs.yml", site)
    assert third.returncode == 0, third.stderr
    report = _report(project)
    assert report["converted_notebooks"] == [str(GOOD_AR)]
    assert (report["converted"], report["unchanged"]) == (1, 1)
    page = (site / "courses/demo/01-mod/01-good/index.html").read_text(encoding="utf-8")
    assert "نص عربي آخر." in page


def test_data_file_change_reconverts_both_languages(tmp_path):
    project = notebook_site(tmp_path)
    from tools.model import notebooks

    notebooks.sync(project, project / "docs")
    (project / "notebooks/demo/01-mod/01-good/numbers.txt").write_text("1\n", encoding="utf-8")
    report = notebooks.sync(project, project / "docs")
    assert len(report.converted) == 2


def test_deleted_notebook_removes_its_page(tmp_path):
    project = notebook_site(tmp_path)
    from tools.model import notebooks

    notebooks.sync(project, project / "docs")
    page = project / "docs/courses/demo/01-mod/01-good.ar.md"
    assert page.exists()
    (project / GOOD_AR).unlink()
    report = notebooks.sync(project, project / "docs")
    assert not page.exists()
    assert not page.with_name("01-good.ar.files").exists()
    assert report.removed
