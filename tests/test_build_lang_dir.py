"""Every page of the real site declares its language and direction on `<html>`:
Arabic (the root) right-to-left, French (under /fr/) left-to-right, 404 pages included."""

from __future__ import annotations

from pathlib import Path

from lxml import html

EXPECTED = {"ar": "rtl", "fr": "ltr"}


def page_language(site: Path, page: Path) -> str:
    return "fr" if page.relative_to(site).parts[0] == "fr" else "ar"


def test_every_page_has_lang_and_dir(site: Path):
    pages = sorted(site.rglob("*.html"))
    assert len(pages) >= 4, pages
    wrong = []
    for page in pages:
        root = html.fromstring(page.read_bytes())
        lang = page_language(site, page)
        got = (root.get("lang"), root.get("dir"))
        if got != (lang, EXPECTED[lang]):
            wrong.append(f"{page.relative_to(site)}: {got}, expected {(lang, EXPECTED[lang])}")
    assert not wrong, "\n".join(wrong)


def test_both_languages_and_both_404_pages_are_checked(site: Path):
    pages = {p.relative_to(site).as_posix() for p in site.rglob("*.html")}
    assert {"404.html", "fr/404.html", "index.html", "fr/index.html"} <= pages
    for name, lang in (("404.html", "ar"), ("fr/404.html", "fr")):
        root = html.fromstring((site / name).read_bytes())
        assert (root.get("lang"), root.get("dir")) == (lang, EXPECTED[lang]), name
