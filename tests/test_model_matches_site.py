"""The differential test: on every page of docs/ and of every fixture site that builds,
what the one model says equals what the built HTML contains: heading ids, internal links
and anchors, block kinds and quiz questions. What `check` accepts is what the site renders."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from tests.support.differential import compare

# Every fixture site that builds (the others fail on purpose: a broken anchor, a missing
# image, an untranslated page, a page left out of the nav).
FIXTURE_SITES = ["basic", "course", "notebooks/site", "facts_site"]


def test_real_docs(site):
    problems, counts = compare(ROOT / "docs", site)
    assert problems == []
    # The real course has plenty of each (a differential test on nothing proves nothing).
    assert counts["pages"] >= 80 and counts["headings"] >= 150
    assert counts["links"] >= 10 and counts["blocks"] >= 100 and counts["quizzes"] >= 100


@pytest.mark.parametrize("name", FIXTURE_SITES)
def test_fixture_sites(fixture_site, name):
    project, site_dir, result = fixture_site(name)
    assert result.returncode == 0, result.stdout + result.stderr
    problems, counts = compare(project / "docs", site_dir)
    assert problems == []
    assert counts["pages"] >= 2
