"""`python -m tools new lesson`: a valid lesson pair, never an overwrite, ASCII slugs only."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from tools import cli
from tools.model import content
from tools.model.schema import LESSON, MODULE, type_error


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    target = tmp_path / "docs"
    shutil.copytree(FIXTURES / "course" / "docs", target)
    return target


def snapshot(docs: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(docs)): p.read_bytes() for p in sorted(docs.rglob("*")) if p.is_file()
    }


def test_creates_a_lesson_pair_that_parses_as_a_lesson(docs, capsys):
    code = cli.main(["new", "lesson", "demo/03-new/01-intro", "--docs-dir", str(docs)])
    assert code == 0, capsys.readouterr().err
    folder = docs / "courses" / "demo" / "03-new"
    assert sorted(p.name for p in folder.iterdir()) == [
        "01-intro.ar.md",
        "01-intro.fr.md",
        "index.ar.md",
        "index.fr.md",
    ]
    assert "01-intro.ar.md" in capsys.readouterr().out

    site = content.load(docs)
    lesson = site.nodes["demo/03-new/01-intro"]
    assert lesson.kind == "lesson"
    assert lesson.parent is site.nodes["demo/03-new"]
    assert lesson.parent.parent is site.nodes["demo"]
    assert set(lesson.sources) == {"ar", "fr"}
    for lang, src in lesson.sources.items():
        for name, field in LESSON.items():
            if field.required:
                assert name in src.meta, (lang, name)
            if name in src.meta:
                assert type_error(field, src.meta[name]) is None, (lang, name, src.meta[name])
        assert src.meta["level"] == "beginner"
        assert src.meta["updated"] == dt.date.today()
        assert "translation_of" not in src.meta
        body = src.body
        assert "\n## " in "\n" + body
        assert "\n!!! exercise\n" in body
        assert "\n    ??? solution\n" in body  # nested in the exercise
        assert "\n!!! trainer\n" in body
    assert "اكتب هنا" in lesson.sources["ar"].body
    assert "Écrivez ici" in lesson.sources["fr"].body
    module = site.nodes["demo/03-new"]
    for src in module.sources.values():
        assert type_error(MODULE["title"], src.meta.get("title")) is None


def test_keeps_existing_module_index(docs):
    index = docs / "courses" / "demo" / "01-basics" / "index.fr.md"
    before = index.read_bytes()
    assert cli.main(["new", "lesson", "demo/01-basics/03-third", "--docs-dir", str(docs)]) == 0
    assert index.read_bytes() == before
    assert (docs / "courses" / "demo" / "01-basics" / "03-third.fr.md").is_file()


def test_refuses_to_overwrite_and_writes_nothing(docs, capsys):
    lesson = docs / "courses" / "demo" / "01-basics" / "02-second.fr.md"
    lesson.write_text(lesson.read_text(encoding="utf-8") + "\nmy own edit\n", encoding="utf-8")
    (docs / "courses" / "demo" / "01-basics" / "02-second.ar.md").unlink()
    before = snapshot(docs)

    code = cli.main(["new", "lesson", "demo/01-basics/02-second", "--docs-dir", str(docs)])

    assert code != 0
    err = capsys.readouterr().err
    assert "02-second.fr.md" in err and "02-second.ar.md" not in err
    assert snapshot(docs) == before  # the existing file byte-identical, the ar one not created


@pytest.mark.parametrize("slug", ["03-درس", "03-Bias", "03_bias", "03-bias.md", "03--bias"])
def test_rejects_a_slug_that_is_not_ascii_lowercase(docs, capsys, slug):
    before = snapshot(docs)
    code = cli.main(["new", "lesson", f"demo/03-new/{slug}", "--docs-dir", str(docs)])
    assert code == 2
    err = capsys.readouterr().err
    assert f"invalid slug {slug!r}" in err and "a-z, 0-9" in err
    assert snapshot(docs) == before
