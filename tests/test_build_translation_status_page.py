"""The build renders the translation status as a page, and a stale translation tells its
readers, in their language, when the original was updated."""

from __future__ import annotations

import subprocess
import sys

from lxml import html as lxml_html

from tests.conftest import ROOT, copy_fixture, run_build

LESSON = "courses/demo/01-basics/01-first"


def page(site, rel):
    return lxml_html.fromstring((site / rel / "index.html").read_text(encoding="utf-8"))


def test_status_page_and_stale_notice(tmp_path):
    project = copy_fixture("course", tmp_path)
    fr_file = project / "docs" / f"{LESSON}.fr.md"
    ar_file = project / "docs" / f"{LESSON}.ar.md"
    marked = subprocess.run(
        [sys.executable, "-m", "tools", "translated", str(fr_file)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert marked.returncode == 0, marked.stderr

    fresh = tmp_path / "fresh"
    assert run_build(project / "mkdocs.yml", fresh).returncode == 0
    table = page(fresh, "fr/translation-status").xpath("//article//table")[0]
    assert "peut-être en retard" not in table.text_content()
    assert "✓ présente" in table.text_content()
    assert not page(fresh, f"fr/{LESSON}").xpath("//p[@class='tk-stale']")

    # The Arabic original changes after the translation: the French page is now stale.
    ar_file.write_text(
        ar_file.read_text(encoding="utf-8").replace("updated: 2026-11-29", "updated: 2026-12-03")
        + "\nفقرة جديدة.\n",
        encoding="utf-8",
    )
    stale = tmp_path / "stale"
    result = run_build(project / "mkdocs.yml", stale)
    assert result.returncode == 0, result.stdout + result.stderr
    rows = page(stale, "fr/translation-status").xpath("//article//table//tr")
    row = next(r for r in rows if "Première leçon" in r.text_content())
    assert "⚠ peut-être en retard" in row.text_content()
    ar_rows = page(stale, "translation-status").xpath("//article//table//tr")
    ar_row = next(r for r in ar_rows if "الدرس الأول" in r.text_content())
    assert "⚠ قد تكون متأخرة" in ar_row.text_content()

    notice = page(stale, f"fr/{LESSON}").xpath("string(//p[@class='tk-stale'])")
    assert "La version arabe de cette leçon a été mise à jour le 2026-12-03" in notice
    assert not page(stale, LESSON).xpath("//p[@class='tk-stale']")
