"""Headings do not skip a level or repeat; headings in fenced code do not count."""

from __future__ import annotations

from tests.support.check import failing


def test_skipped_level():
    out = failing("headings")
    assert "page.fr.md:7:1: heading skips a level: H1 then H3" in out


def test_repeated_heading():
    out = failing("headings")
    assert 'page.fr.md:11:1: repeated heading "Partie" (H2), first at line 9' in out


def test_headings_in_code_are_ignored():
    out = failing("headings")
    assert out.count("page.fr.md:") == 2, out
