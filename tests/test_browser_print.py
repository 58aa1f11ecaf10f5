"""A lesson page prints cleanly: no navigation, header or footer, solutions shown, links
followed by their address."""

from __future__ import annotations

import subprocess

import pytest

from tests.support.server import SiteServer

pytestmark = pytest.mark.browser
LESSON = "fr/courses/demo/01-basics/01-first/"


def test_lesson_prints_without_chrome_with_solutions_and_urls(page, tmp_path, kit_site):
    _, site = kit_site
    with SiteServer(site) as srv:
        page.goto(srv.base + LESSON)
        page.emulate_media(media="print")
        for selector in (".md-header", ".md-sidebar--primary", ".md-footer"):
            assert not page.locator(selector).first.is_visible(), selector
        assert page.locator("details.solution p").first.is_visible()
        pdf = tmp_path / "lesson.pdf"
        page.pdf(path=str(pdf), format="A4")
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Une phrase." in text  # the solution, closed on screen
    assert "https://example.org/source" in text  # the link's address
    assert "Module 01-basics" not in text.split("Première leçon", 1)[0]  # no nav before
