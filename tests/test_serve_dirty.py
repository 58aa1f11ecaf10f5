"""`make serve` rebuilds only what a save touches (`mkdocs serve --dirty`, tools/checks/serve.py),
and stays right: a saved lesson shows its change, a new lesson appears in the menu and the
module page of both languages, a renamed one is renamed there, and the terminal says what
the preview does not build."""

from __future__ import annotations

import shutil

from tests.conftest import copy_fixture
from tests.test_serve_checks import _serving, _wait
from tools.checks.serve import SKIPPED_NOTE

MODULE = "courses/demo/01-basics"


def _page(base: str, path: str) -> str:
    import urllib.request

    with urllib.request.urlopen(base + path, timeout=10) as response:
        return response.read().decode("utf-8")


def test_a_save_rebuilds_its_page_and_the_tree_follows(tmp_path):
    project = copy_fixture("course", tmp_path)
    docs = project / "docs" / MODULE
    first_fr = f"fr/{MODULE}/01-first/"
    with _serving(project) as (base, log):
        _wait(lambda: "tk-quiz" in _page(base, first_fr), "the first build", log)
        assert any(SKIPPED_NOTE in line for line in log), "the preview says what it skips"
        assert "Leçon ajoutée" not in _page(base, first_fr)

        # A saved lesson: its page shows the new text.
        lesson = docs / "01-first.fr.md"
        text = lesson.read_text(encoding="utf-8")
        lesson.write_text(text.rstrip() + "\n\nUne phrase écrite maintenant.\n", "utf-8")
        _wait(lambda: "écrite maintenant" in _page(base, first_fr), "the edit", log)

        # A new lesson, in both languages: every page's menu and the module page list it.
        for lang, title in (("fr", "Leçon ajoutée"), ("ar", "درس مضاف")):
            source = (docs / f"02-second.{lang}.md").read_text(encoding="utf-8")
            old_title = source.split("title: ", 1)[1].split("\n", 1)[0]
            (docs / f"03-added.{lang}.md").write_text(
                source.replace(f"title: {old_title}", f"title: {title}", 1), "utf-8"
            )
        _wait(lambda: "Leçon ajoutée" in _page(base, first_fr), "the new lesson in the menu", log)
        assert "Leçon ajoutée" in _page(base, f"fr/{MODULE}/")
        assert "درس مضاف" in _page(base, f"{MODULE}/01-first/")
        assert "درس مضاف" in _page(base, f"{MODULE}/03-added/")
        # Its language switcher leads to its French page.
        assert f"fr/{MODULE}/03-added/" in _page(base, f"{MODULE}/03-added/")

        # Renamed (a new title): the menu of another page follows.
        added = docs / "03-added.fr.md"
        added.write_text(
            added.read_text("utf-8").replace("Leçon ajoutée", "Leçon renommée"), "utf-8"
        )
        _wait(lambda: "Leçon renommée" in _page(base, first_fr), "the renamed lesson", log)
        assert "Leçon ajoutée" not in _page(base, first_fr)

        # Removed: gone from the menu again.
        for lang in ("fr", "ar"):
            (docs / f"03-added.{lang}.md").unlink()
        _wait(lambda: "Leçon renommée" not in _page(base, first_fr), "the removal", log)
    shutil.rmtree(project, ignore_errors=True)
