"""Front matter against tools/model/schema.py: YAML errors, unknown, missing and mistyped fields."""

from __future__ import annotations

from tests.support.check import failing


def test_yaml_that_does_not_parse_at_the_line_of_the_mistake():
    """`title: [oops` on line 2: reported where the bracket opens, in plain words."""
    out = failing("frontmatter")
    assert "yaml.fr.md:2:8: the `[` opened on line 2 is never closed: add `]`" in out


def test_unknown_field_at_its_line():
    out = failing("frontmatter")
    assert "l.fr.md:9:1: unknown front matter field `colour` for a lesson" in out


def test_missing_required_field_at_line_1():
    out = failing("frontmatter")
    assert "l.fr.md:1:1: missing front matter field `updated`" in out


def test_wrong_type_at_its_line():
    out = failing("frontmatter")
    assert "l.fr.md:5:1: `duration` must be a whole number" in out


def test_the_valid_arabic_lesson_has_no_error():
    out = failing("frontmatter")
    assert "l.ar.md" not in out
