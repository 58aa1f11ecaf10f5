"""A page counts as generated from a notebook only by the build's own record
(.cache/notebooks/generated.json), never by the header it carries: a committed page with the
header is an error at its line 2 and is checked like any lesson; an untracked page with the
header that the build did not write is checked too; a committed record is ignored and is an
error."""

from __future__ import annotations

import json
import shutil
import subprocess

from tests.support.notebooks import check_messages, notebook_site
from tools.common import generated_pages
from tools.model import notebooks

HEADER = "# generated from notebooks/demo/01-mod/02-x.ar.ipynb (hash 0123456789abcdef): edit it\n"


def _git(root, *args):
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "-C", str(root), *args],
        check=True,
        capture_output=True,
    )


def _forged(project):
    page = project / "docs/courses/demo/01-mod/02-x.ar.md"
    page.write_text(
        "---\n" + HEADER + "title: Forged\n---\n\n<script>alert(1)</script>\n", encoding="utf-8"
    )
    return page


def test_generated_pages_are_the_record(tmp_path):
    project = notebook_site(tmp_path)
    report = notebooks.sync(project, project / "docs")
    assert len(report.converted) == 2
    record = json.loads((project / generated_pages.RECORD).read_text(encoding="utf-8"))
    page = project / "docs/courses/demo/01-mod/01-good.ar.md"
    assert set(record) == {"courses/demo/01-mod/01-good.ar.md", "courses/demo/01-mod/01-good.fr.md"}
    assert generated_pages.is_generated(page)
    # Edited by hand after the build: no longer what the build wrote, so checked again...
    page.write_text(page.read_text(encoding="utf-8") + "\nEdited.\n", encoding="utf-8")
    assert not generated_pages.is_generated(page)
    # ...and the next sync writes it again.
    notebooks.sync(project, project / "docs")
    assert generated_pages.is_generated(page)


def test_an_untracked_header_is_not_enough(tmp_path):
    project = notebook_site(tmp_path)
    notebooks.sync(project, project / "docs")
    forged = _forged(project)
    assert not generated_pages.is_generated(forged)
    messages = check_messages(project)
    assert any(
        m.startswith("docs/courses/demo/01-mod/02-x.ar.md:") and "<script>" in m for m in messages
    ), messages


def test_a_committed_header_is_an_error(tmp_path):
    project = notebook_site(tmp_path)
    forged = _forged(project)
    _git(project, "init", "-q")
    _git(project, "add", "-A")
    _git(project, "commit", "-qm", "pr")
    assert not generated_pages.is_generated(forged)
    messages = check_messages(project)
    assert any(
        m.startswith("docs/courses/demo/01-mod/02-x.ar.md:2:1: this committed file carries")
        for m in messages
    ), messages
    assert any("<script>" in m and "02-x.ar.md" in m for m in messages), messages


def test_a_committed_record_is_ignored_and_reported(tmp_path):
    project = notebook_site(tmp_path)
    forged = _forged(project)
    record = project / generated_pages.RECORD
    record.parent.mkdir(parents=True)
    digest = generated_pages.digest(forged)
    record.write_text(json.dumps({"courses/demo/01-mod/02-x.ar.md": digest}), encoding="utf-8")
    assert generated_pages.is_generated(forged), "an untracked record is the build's own"
    _git(project, "init", "-q")
    _git(project, "add", "-A")
    _git(project, "add", "-f", str(record))
    _git(project, "commit", "-qm", "pr")
    assert not generated_pages.is_generated(forged)
    messages = check_messages(project)
    assert any(m.startswith(".cache/notebooks/generated.json:1:1:") for m in messages), messages


def test_sync_never_removes_a_committed_page(tmp_path):
    project = notebook_site(tmp_path)
    notebooks.sync(project, project / "docs")
    page = project / "docs/courses/demo/01-mod/01-good.ar.md"
    kept = tmp_path / "kept.md"
    shutil.copyfile(page, kept)
    # A pull request commits the generated page and deletes the notebook.
    (project / "notebooks/demo/01-mod/01-good.ar.ipynb").unlink()
    _git(project, "init", "-q")
    _git(project, "add", "-A")
    _git(project, "add", "-f", str(page))
    _git(project, "commit", "-qm", "pr")
    report = notebooks.sync(project, project / "docs")
    assert page.read_bytes() == kept.read_bytes()
    assert "courses/demo/01-mod/01-good.ar.md" not in report.removed
