"""`check` and the facts register: a malformed entry is an error at its line, an unknown
`[[fact:id]]` (or an unknown form) is an error at its path:line:col, a reference inside
code is not one, and a fact past its review date is a warning that does not fail."""

from __future__ import annotations

import shutil

from tests.support.check import BAD, failing, run_check

DOCS = "tests/fixtures/bad/facts/docs"


def test_unknown_fact_id_names_file_line_and_column():
    out = failing("facts")
    assert f"{DOCS}/page.ar.md:9:4: unknown fact 'unknown-id': add it to docs/facts.yml" in out
    assert "in-code" not in out


def test_unknown_form_and_malformed_entry():
    out = failing("facts")
    assert f"{DOCS}/page.fr.md:7:21: fact 'ceiling': write [[fact:ceiling]]" in out
    assert f"{DOCS}/facts.yml:8:1: facts: fact 'no-source' lacks: source" in out
    assert f"{DOCS}/facts.yml:14:1: facts: fact 'styled': the fr statement is plain text" in out
    # Where the official text was read in a copy, the copy is a link (REVIEWING.md § 3).
    assert f"{DOCS}/facts.yml:21:1: facts: fact 'copy-not-https': read_in is the https://" in out


def test_overdue_fact_is_a_warning_that_does_not_fail(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(BAD / "facts" / "docs" / "facts.yml", docs / "facts.yml")
    text = (docs / "facts.yml").read_text(encoding="utf-8")
    (docs / "facts.yml").write_text(text.split("- id: no-source")[0], encoding="utf-8")
    for lang in ("ar", "fr"):
        (docs / f"p.{lang}.md").write_text("---\ntitle: t\n---\n\n[[fact:ceiling]]\n")
    result = run_check(docs)
    assert result.returncode == 0, result.stdout
    assert "facts.yml:1:1: warning: fact 'ceiling' was due for review on 2020-01-31" in (
        result.stdout
    )
