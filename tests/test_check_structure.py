"""Both languages of a lesson: same H2 sections, exercises and code blocks; same code."""

from __future__ import annotations

from tests.support.check import failing


def test_extra_h2_section_at_its_line():
    out = failing("structure")
    assert "l.fr.md:16:1: 2 H2 section(s) here, 1 in" in out


def test_missing_exercise_block():
    out = failing("structure")
    assert "l.fr.md:9:1: 0 exercise block(s) (`!!! exercise`) here, 1 in" in out


def test_differing_code_block_in_the_translation():
    out = failing("structure")
    assert "l.fr.md:12:1: code block differs from the one at" in out
    assert "l.ar.md:12" in out
    assert "l.ar.md:12:" not in out, "errors go to the translation"
