"""`check` validates docs/glossary.yml: unique ASCII ids, a term and a definition in every
language, each error at its line."""

from __future__ import annotations

from tests.support.check import failing

FILE = "tests/fixtures/bad/glossary/docs/glossary.yml"


def test_duplicate_id_names_the_first_line():
    out = failing("glossary")
    assert f"{FILE}:4:3: id `ok` already used on line 1" in out


def test_bad_id_and_missing_definition():
    out = failing("glossary")
    assert f"{FILE}:7:3: `id` must be lowercase a-z, 0-9 and -" in out
    assert f"{FILE}:9:7: `fr.definition` is missing for this term" in out
    assert out.count("glossary.yml:") == 3, out
