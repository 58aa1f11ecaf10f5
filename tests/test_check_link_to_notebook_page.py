"""A Markdown lesson may link to a notebook lesson's page (`01-good.md`) before any build has
written that page into docs/: `check` knows the page from the notebook, not from the disk.
(A clean clone has no converted notebook page, so a check that looked on disk passed on a
machine that had built the site and failed everywhere else.)"""

from __future__ import annotations

from tests.support.notebooks import notebook_site
from tools.checks import check


def _link_from_module_page(project, target: str) -> None:
    for lang in ("ar", "fr"):
        page = project / "docs" / "courses" / "demo" / "01-mod" / f"index.{lang}.md"
        page.write_text(
            page.read_text(encoding="utf-8") + f"\n[notebook]({target})\n", encoding="utf-8"
        )


def test_a_link_to_a_notebook_page_that_is_not_on_disk_is_found(tmp_path):
    project = notebook_site(tmp_path)
    page = project / "docs" / "courses" / "demo" / "01-mod" / "01-good.fr.md"
    assert not page.exists()  # no build ran: the page exists only as the notebook
    _link_from_module_page(project, "01-good.md")
    found = [e for e in check.run(project / "docs") if e.key.startswith("link.")]
    assert found == []


def test_a_link_to_a_missing_notebook_page_is_still_an_error(tmp_path):
    project = notebook_site(tmp_path)
    _link_from_module_page(project, "01-gone.md")
    found = sorted(e.key for e in check.run(project / "docs") if e.key.startswith("link."))
    assert found == ["link.page_missing", "link.page_missing"]  # one per language
