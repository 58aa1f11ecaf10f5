"""Headings of Arabic pages get ids made of their Arabic words (`قبل-أن-تبدأ`), as the
Unicode slugify of mkdocs.yml makes them: never the `_1`, `_2` of Python-Markdown's ASCII
slugify, and no id repeats in a page. An author may still set an explicit id (`{#ai}`)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from lxml import html
from markdown.extensions.toc import slugify as ascii_slugify
from pymdownx.slugs import slugify

from tests.conftest import ROOT
from tools.model import glossary

ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
GENERATED = re.compile(r"^_\d+$")
DEDUP_SUFFIX = re.compile(r"_\d+$")  # toc's suffix for a repeated heading
unicode_slugify = slugify(case="lower")  # the same call as in mkdocs.yml


def arabic_pages(site: Path) -> list[Path]:
    return sorted(
        p
        for p in site.rglob("*.html")
        if p.relative_to(site).parts[0] != "fr"
        and p.name != "404.html"
        # Slide decks (tools/slides) are not site pages: no article, no heading anchors.
        and p.parent.name != "slides"
    )


GLOSSARY_IDS = {term.id for term in glossary.load(ROOT / "docs")}


def headings(page: Path) -> list[tuple[str, str]]:
    """(id, text) of each heading with an id in the page's article."""
    root = html.fromstring(page.read_bytes())
    article = root.xpath('//article[contains(@class, "md-content__inner")]')
    assert article, f"{page}: no article"
    return [
        (h.get("id"), h.text_content().replace("¶", "").strip())
        for h in article[0].xpath(".//h1|.//h2|.//h3|.//h4|.//h5|.//h6")
        if h.get("id")
    ]


def test_guide_heading_has_arabic_id(site: Path):
    ids = [anchor for anchor, _ in headings(site / "guide" / "index.html")]
    assert "قبل-أن-تبدأ" in ids, ids


def test_arabic_heading_ids_are_arabic_and_unique(site: Path):
    pages = arabic_pages(site)
    assert pages
    arabic_ids = 0
    wrong = []
    for page in pages:
        found = headings(page)
        name = page.relative_to(site)
        for anchor, text in found:
            if not ARABIC_LETTER.search(text):
                continue
            base = DEDUP_SUFFIX.sub("", anchor)
            if name.parts[0] == "glossary" and base in GLOSSARY_IDS:
                continue  # explicit `{#id}` of a glossary entry, even when it looks ASCII
            if GENERATED.match(anchor):
                wrong.append(f"{name}: id {anchor!r} for {text!r}: Arabic words dropped")
            elif base == unicode_slugify(text, "-"):
                arabic_ids += bool(ARABIC_LETTER.search(anchor))
            elif base == ascii_slugify(text, "-"):
                wrong.append(f"{name}: id {anchor!r} for {text!r}: ASCII slugify was used")
            # else: an explicit id chosen by the author (`{#ai}`)
        repeated = [a for a, n in Counter(a for a, _ in found).items() if n > 1]
        if repeated:
            wrong.append(f"{name}: repeated ids {repeated}")
    assert not wrong, "\n".join(wrong)
    assert arabic_ids >= 5, f"only {arabic_ids} Arabic ids: the test would prove nothing"
