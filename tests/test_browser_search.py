"""Search (Pagefind, loaded on demand by docs/assets/js/tamkeen.js): the index is fetched only
when the reader opens search, each language searches its own pages, and Arabic words are
found whatever clitics the reader types."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

PAGEFIND = "/tamkeen/pagefind/"
NO_RESULTS = ["لا توجد نتائج", "Aucun résultat"]  # tamkeen.js STRINGS.*.none


def record_requests(pg) -> list[str]:
    urls: list[str] = []
    pg.on("request", lambda r: urls.append(r.url))
    return urls


def open_search(pg) -> None:
    pg.locator(".tk-search-button").click()
    pg.locator("dialog.tk-search[open] .tk-search__input").wait_for(state="visible")


def search(pg, query: str) -> list[str]:
    """Type `query`, wait for the answer (results or "no results"), return the links' hrefs,
    every result (lessons come first: "more results" is pressed until none is left)."""
    box = pg.locator(".tk-search__input")
    box.fill("")  # clears the previous results and status synchronously
    box.fill(query)
    pg.wait_for_function(
        """(none) => document.querySelector(".tk-search__results li") ||
                    none.includes(document.querySelector(".tk-search__status").textContent)""",
        arg=NO_RESULTS,
        timeout=10_000,
    )
    more = pg.locator(".tk-search__more")
    while more.is_visible():
        n = pg.locator(".tk-search__results li").count()
        more.click()
        pg.wait_for_function(
            "n => document.querySelectorAll('.tk-search__results li').length > n", arg=n
        )
    return pg.eval_on_selector_all(
        ".tk-search__results a", "links => links.map((a) => a.getAttribute('href'))"
    )


def page_text(site: Path, href: str) -> str:
    assert href.startswith("/tamkeen/"), href
    rel = href.removeprefix("/tamkeen/").split("#")[0]
    return (site / rel / "index.html").read_text(encoding="utf-8")


def test_arabic_search_is_lazy_and_finds_arabic_pages(site, server, page):
    requests = record_requests(page)
    page.goto(server.base + "guide/", wait_until="networkidle")
    assert not [u for u in requests if PAGEFIND in u], "search index fetched before opening"

    open_search(page)
    hrefs = search(page, "ذكاء")
    assert hrefs, "no result for ذكاء"
    assert [u for u in requests if PAGEFIND in u], "opening search should load Pagefind"
    assert all(h.startswith("/tamkeen/") and not h.startswith("/tamkeen/fr/") for h in hrefs)
    assert any("الذكاء" in page_text(site, h) for h in hrefs), hrefs
    # Results read cleanly: no heading permalink marks, the input's label only for readers.
    assert "¶" not in page.locator(".tk-search__results").inner_text()
    label = page.locator(".tk-search label span").bounding_box()
    assert label["width"] <= 1 and label["height"] <= 1, label
    # Pagefind picks the index of the page's language: the French one is never fetched.
    assert not [u for u in requests if "pagefind.fr_" in u]

    # The content only has «والفرنسية» / «بالفرنسية»: the bare word finds the guide.
    hrefs = search(page, "فرنسية")
    assert "/tamkeen/guide/" in hrefs, hrefs
    assert not re.search(r"(?<![\u0600-\u06FF])فرنسية", page_text(site, "/tamkeen/guide/"))

    # A prefixed form the content never uses (ف + ال + ذكاء): Pagefind's stemmer keeps it
    # whole, so only the query forms of tamkeen.js (strip «فال») find the AI course.
    hrefs = search(page, "فالذكاء")
    assert "/tamkeen/courses/ai/" in hrefs, hrefs
    assert not [h for h in hrefs if h.startswith("/tamkeen/fr/")], hrefs


def test_french_search_finds_only_french_pages(site, server, page):
    requests = record_requests(page)
    page.goto(server.base + "fr/guide/", wait_until="networkidle")
    assert not [u for u in requests if PAGEFIND in u], "search index fetched before opening"

    open_search(page)
    for query in ("ordinateur", "l’ordinateur"):
        hrefs = search(page, query)
        assert "/tamkeen/fr/guide/" in hrefs, (query, hrefs)
        assert all(h.startswith("/tamkeen/fr/") for h in hrefs), (query, hrefs)
    assert not [u for u in requests if "pagefind.ar_" in u]
