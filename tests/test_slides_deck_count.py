"""One deck per lesson and language, plus one per module and language."""

from __future__ import annotations


def test_deck_count_is_lessons_and_modules_times_languages(kit_site):
    _, site = kit_site
    decks = sorted(site.rglob("slides/index.html"))
    lessons, modules, languages = 3, 2, 2
    assert len(decks) == (lessons + modules) * languages, decks
    assert (site / "courses/demo/01-basics/01-first/slides/index.html").is_file()
    assert (site / "fr/courses/demo/02-more/slides/index.html").is_file()
    # Only the files a deck needs ship: reveal.js, its CSS, one theme, the speaker view in
    # each language (tools/slides/speaker.py: the notes plugin's view is inline script).
    assets = sorted(p.name for p in (site / "assets/slides").iterdir())
    assert assets == [
        "reveal.css", "reveal.js", "slides.css", "speaker.css", "speaker.html", "speaker.js",
        "start.js", "theme.css",
    ]  # fmt: skip
    assert (site / "fr/assets/slides/speaker.html").is_file()
