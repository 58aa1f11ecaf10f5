"""A source without its counterpart in the other language."""

from __future__ import annotations

from tests.support.check import failing


def test_missing_translation_names_the_file_to_create():
    out = failing("pairs")
    assert "lone.ar.md:1:1: no fr version: create" in out
    assert "lone.fr.md" in out
