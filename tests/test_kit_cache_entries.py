"""What a trainer-kit cache folder holds for a later build (tools/slides/kit.py `entries`):
decks, PowerPoint files and PDFs, never a build's report or its work in progress. The test
builds' warm store (tests/support/kit_cache.py) copies exactly these."""

from __future__ import annotations

from tools.slides import kit


def test_entries_are_finished_decks_pptx_and_pdfs(tmp_path):
    for name in (
        "a1.html",  # a deck
        "b2.pptx",
        "c3.pdf",
        "report.json",  # the last build's counts
        "d4.tmp",  # an entry being written
        "e5.handout.html",  # the page Chromium prints into a PDF, during a build
    ):
        (tmp_path / name).write_text("x")
    (tmp_path / "folder.pdf").mkdir()
    assert sorted(p.name for p in kit.entries(tmp_path)) == ["a1.html", "b2.pptx", "c3.pdf"]
    assert kit.entries(tmp_path / "missing") == []
