"""File and folder names under docs/ must be ASCII slugs: they become URLs and progress keys."""

from __future__ import annotations

from tests.support.check import failing

BASE = "tests/fixtures/bad/names/docs"


def test_uppercase_folder_and_space_in_name():
    out = failing("names")
    assert f"{BASE}/courses/Demo/index.ar.md:1:1: name `Demo` must use only lowercase" in out
    assert f"{BASE}/courses/Demo/index.fr.md:1:1: name `Demo`" in out
    assert f"{BASE}/my page.ar.md:1:1: name `my page` must use only lowercase" in out
