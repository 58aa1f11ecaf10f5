"""Content hashes, `python -m tools translated`, `python -m tools status`, stale notices."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from tools import cli
from tools.model import content
from tools.model.translation import content_hash, stale_notice, status_rows

KEY = "demo/01-basics/01-first"


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    target = tmp_path / "docs"
    shutil.copytree(FIXTURES / "course" / "docs", target)
    return target


def lesson_file(docs: Path, lang: str) -> Path:
    return docs / "courses" / f"{KEY}.{lang}.md"


def states(docs: Path) -> dict[str, dict[str, str]]:
    return {row.key: row.states for row in status_rows(content.load(docs))}


def status_output(docs: Path, capsys) -> dict[str, list[str]]:
    assert cli.main(["status", "--docs-dir", str(docs)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["key", "ar", "fr"]
    return {line.split()[0]: line.split()[1:] for line in lines[1:] if line.startswith("demo")}


def test_fresh_pair_is_present_in_both_languages(docs, capsys):
    assert states(docs)[KEY] == {"ar": "present", "fr": "present"}
    table = status_output(docs, capsys)
    assert list(table) == [
        "demo",
        "demo/01-basics",
        "demo/01-basics/01-first",
        "demo/01-basics/02-second",
        "demo/02-more",
        "demo/02-more/01-third",
    ]
    assert all(cells == ["present", "present"] for cells in table.values())


def test_translated_writes_the_hash_and_nothing_else(docs, capsys):
    fr = lesson_file(docs, "fr")
    before = fr.read_bytes()
    expected_hash = content_hash(content.load(docs).nodes[KEY].sources["ar"])

    assert cli.main(["translated", str(fr)]) == 0
    assert expected_hash in capsys.readouterr().out

    after = fr.read_bytes()
    marker = b"updated: 2026-11-29\n"
    line = f"translation_of: {expected_hash}\n".encode()
    assert after == before.replace(marker, marker + line, 1)
    assert content.load(docs).nodes[KEY].sources["fr"].meta["translation_of"] == expected_hash
    assert states(docs)[KEY] == {"ar": "present", "fr": "present"}

    # Run again: the existing line is replaced in place, the file stays identical.
    assert cli.main(["translated", str(fr)]) == 0
    assert fr.read_bytes() == after


def test_translated_replaces_an_old_hash_in_place(docs):
    fr = lesson_file(docs, "fr")
    text = fr.read_text(encoding="utf-8")
    old = text.replace("duration: 15\n", "duration: 15\ntranslation_of: 000000000000\n", 1)
    fr.write_text(old, encoding="utf-8")
    assert cli.main(["translated", str(fr)]) == 0
    new_hash = content_hash(content.load(docs).nodes[KEY].sources["ar"])
    assert fr.read_text(encoding="utf-8") == old.replace("000000000000", new_hash)


def test_editing_the_arabic_body_makes_the_french_stale(docs):
    fr, ar = lesson_file(docs, "fr"), lesson_file(docs, "ar")
    assert cli.main(["translated", str(fr)]) == 0
    ar.write_text(
        ar.read_text(encoding="utf-8").replace("updated: 2026-11-29", "updated: 2027-01-15")
        + "\nفقرة جديدة.\n",
        encoding="utf-8",
    )

    assert states(docs)[KEY] == {"ar": "present", "fr": "stale"}
    site = content.load(docs)
    notice = stale_notice(site.nodes[KEY].sources["fr"], site)
    assert notice is not None
    assert (notice.lang, notice.other, notice.date) == ("fr", "ar", dt.date(2027, 1, 15))
    assert "La version arabe" in notice.text and "2027-01-15" in notice.text
    assert stale_notice(site.nodes[KEY].sources["ar"], site) is None


def test_changing_only_updated_or_whitespace_keeps_it_fresh(docs):
    fr, ar = lesson_file(docs, "fr"), lesson_file(docs, "ar")
    assert cli.main(["translated", str(fr)]) == 0
    text = ar.read_text(encoding="utf-8").replace("updated: 2026-11-29", "updated: 2027-01-15")
    ar.write_text(text + "\n\n", encoding="utf-8")
    assert states(docs)[KEY] == {"ar": "present", "fr": "present"}
    site = content.load(docs)
    assert stale_notice(site.nodes[KEY].sources["fr"], site) is None


def test_deleting_the_french_file_makes_it_missing(docs, capsys):
    lesson_file(docs, "fr").unlink()
    assert states(docs)[KEY] == {"ar": "present", "fr": "missing"}
    assert status_output(docs, capsys)[KEY] == ["present", "missing"]
