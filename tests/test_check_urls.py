"""Two sources that map to the same URL."""

from __future__ import annotations

from tests.support.check import failing


def test_page_and_index_collide():
    out = failing("urls")
    assert "docs/a.ar.md:1:1: same URL /a as" in out
    assert "docs/a/index.fr.md:1:1: same URL /a as" in out


def test_names_differing_only_in_case_collide():
    out = failing("urls")
    assert "docs/Guide.fr.md:1:1: same URL /guide as" in out
    assert "docs/guide.ar.md:1:1: same URL /guide as" in out
