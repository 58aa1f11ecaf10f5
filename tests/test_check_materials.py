"""`materials`: required on every module, every item a lesson lists is in its module's list,
and what a lesson's trainer notes ask for (the board, printed pages) is in the lesson's
list; each error names the file and line (tools/checks/rules/materials.py)."""

from __future__ import annotations

from tests.conftest import copy_fixture
from tests.support.check import run_check

LESSON = "docs/courses/demo/01-basics/01-first.{lang}.md"
MODULE = "docs/courses/demo/01-basics/index.{lang}.md"


def _project(tmp_path):
    return copy_fixture("course", tmp_path)


def test_fixture_passes(tmp_path):
    project = _project(tmp_path)
    result = run_check(project / "docs")
    assert result.returncode == 0, result.stdout + result.stderr


def test_module_without_materials(tmp_path):
    project = _project(tmp_path)
    module = project / MODULE.format(lang="fr")
    text = module.read_text(encoding="utf-8")
    module.write_text(text.replace("materials:\n  - le tableau et des marqueurs\n", ""), "utf-8")
    result = run_check(project / "docs")
    assert result.returncode != 0
    assert "01-basics/index.fr.md:1:" in result.stdout and "materials" in result.stdout


def test_lesson_item_missing_from_module(tmp_path):
    project = _project(tmp_path)
    lesson = project / LESSON.format(lang="fr")
    text = lesson.read_text(encoding="utf-8")
    text = text.replace(
        "materials:\n  - le tableau et des marqueurs\n",
        "materials:\n  - le tableau et des marqueurs\n  - vingt cartes imprimées\n",
    )
    lesson.write_text(text, encoding="utf-8")
    line = text.splitlines().index("  - vingt cartes imprimées") + 1
    out = run_check(project / "docs").stdout
    assert f"01-first.fr.md:{line}:1: `vingt cartes imprimées`" in out, out
    assert "index.fr.md" in out  # names the module file to edit


def test_notes_ask_for_the_board(tmp_path):
    project = _project(tmp_path)
    for lang, note, old, item in (
        ("fr", "Notez les réponses au tableau.", "    Prévoir 5 minutes.", "le tableau"),
        ("ar", "اكتب الأجوبة على السبورة.", "    خصص 5 دقائق.", "السبورة"),
    ):
        lesson = project / LESSON.format(lang=lang)
        lines = lesson.read_text(encoding="utf-8").splitlines()
        lines[lines.index(old)] = f"{old} {note}"
        start = lines.index("materials:")
        listed = lines[start : start + 2]
        del lines[start : start + 2]  # the lesson no longer lists the board
        lesson.write_text("\n".join(lines) + "\n", encoding="utf-8")
        expected = next(i for i, line in enumerate(lines, 1) if note in line)
        out = run_check(project / "docs").stdout
        assert f"01-first.{lang}.md:{expected}:1:" in out and item in out, out

        # Listed again, the error is gone.
        lines[start:start] = listed
        lesson.write_text("\n".join(lines) + "\n", encoding="utf-8")
        assert f"01-first.{lang}.md" not in run_check(project / "docs").stdout
