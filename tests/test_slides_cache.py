"""A deck (and the module's PPTX and PDF) is rebuilt when its lesson changes (its text
or a picture it shows), never otherwise: the build reports its counts in
.cache/trainer-kit/report.json."""

from __future__ import annotations

import json

from tests.conftest import run_build
from tests.support.kit import LESSON, build


def _report(project):
    return json.loads((project / ".cache/trainer-kit/report.json").read_text(encoding="utf-8"))


def test_only_decks_of_a_changed_lesson_are_rebuilt(tmp_path):
    project, site = build(tmp_path, warm=False)  # counts what this project's builds make
    first = _report(project)
    # PDFs: a participant and a trainer handout per module and language.
    assert first["built"] == {"decks": 10, "pptx": 4, "pdf": 8}

    result = run_build(project / "mkdocs.yml", site)
    assert result.returncode == 0, result.stderr
    assert _report(project)["built"] == {}, "nothing changed, nothing rebuilt"
    assert _report(project)["reused"] == {"decks": 10, "pptx": 4, "pdf": 8}

    lesson = project / f"{LESSON}.fr.md"
    lesson.write_text(
        lesson.read_text(encoding="utf-8").replace("Écrivez une phrase.", "Écrivez deux phrases."),
        encoding="utf-8",
    )
    result = run_build(project / "mkdocs.yml", site)
    assert result.returncode == 0, result.stderr
    # The French lesson deck and the French module deck; that module's PPTX and PDFs.
    assert _report(project)["built"] == {"decks": 2, "pptx": 1, "pdf": 2}
    deck = site / "fr/courses/demo/01-basics/01-first/slides/index.html"
    assert "Écrivez deux phrases." in deck.read_text(encoding="utf-8")

    # A picture the lesson shows, changed with its Markdown as it was: the lesson's decks in
    # both languages (the picture is theirs), their modules' decks, PPTX and PDFs.
    picture = project / "docs/courses/demo/01-basics/diagram.png"
    from PIL import Image

    Image.new("RGB", (320, 180), "#004d40").save(picture)
    result = run_build(project / "mkdocs.yml", site)
    assert result.returncode == 0, result.stderr
    assert _report(project)["built"] == {"decks": 4, "pptx": 2, "pdf": 4}
