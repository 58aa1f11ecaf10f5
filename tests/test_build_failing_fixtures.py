"""A source error stops the build, and the message names the source file to fix.

Caught by MkDocs in strict mode with the `validation:` options of mkdocs.yml (copied into
each fixture): a link to a missing anchor, a page left out of `nav`, a missing image."""

from __future__ import annotations

import pytest

CASES = [
    # fixture, source file the message must name, other words it must contain
    ("broken_anchor", "index.fr.md", ["#nulle-part"]),
    ("not_in_nav", "orphan.ar.md", ["nav"]),
    ("missing_image", "lesson.ar.md", ["img/missing.png"]),
]


@pytest.mark.parametrize(("name", "source", "words"), CASES, ids=[c[0] for c in CASES])
def test_source_error_fails_the_build(fixture_site, name, source, words):
    project, site_dir, result = fixture_site(name)
    assert result.returncode != 0, result.stdout + result.stderr
    assert source in result.stderr, result.stderr
    for word in words:
        assert word in result.stderr, result.stderr
    assert "build failed" in result.stderr
    assert not site_dir.exists(), "a failed first build must not create site/"
    assert not list(site_dir.parent.glob(".site-build-*")), "temporary build dir left behind"


def test_the_valid_fixture_builds(fixture_site):
    """The failing fixtures are this one plus one error: it must build."""
    project, site_dir, result = fixture_site("basic")
    assert result.returncode == 0, result.stdout + result.stderr
    assert (site_dir / "lesson" / "index.html").is_file()
    assert (site_dir / "fr" / "lesson" / "index.html").is_file()
