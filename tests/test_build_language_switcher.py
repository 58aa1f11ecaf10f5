"""The language selector of every page leads to the same page in each language
(/tamkeen/guide/ <-> /tamkeen/fr/guide/), resolved relative to the page. 404 pages, which
have no counterpart, lead to each language's home."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin, urlsplit

from lxml import html

BASE = "/tamkeen/"  # path of site_url in mkdocs.yml
LANGUAGES = ("ar", "fr")


def page_url(site: Path, page: Path) -> str:
    rel = page.relative_to(site).as_posix()
    return BASE + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)


def language_root_path(url: str) -> tuple[str, str]:
    """`/tamkeen/fr/guide/` -> (`fr`, `guide/`); `/tamkeen/guide/` -> (`ar`, `guide/`)."""
    assert url.startswith(BASE), url
    rest = url[len(BASE) :]
    if rest == "fr" or rest.startswith("fr/"):
        return "fr", rest[3:]
    return "ar", rest


def switcher_links(page: Path) -> dict[str, str]:
    root = html.fromstring(page.read_bytes())
    links = root.xpath('//a[contains(concat(" ", @class, " "), " md-select__link ")][@hreflang]')
    return {a.get("hreflang"): a.get("href") for a in links}


def test_switcher_targets_the_counterpart_page(site: Path):
    # Slide decks (tools/slides) are not site pages: they have no language switcher.
    pages = sorted(p for p in site.rglob("*.html") if p.parent.name != "slides")
    assert pages
    wrong = []
    for page in pages:
        url = page_url(site, page)
        lang, path = language_root_path(url)
        if path == "404.html":
            path = ""  # no counterpart: each language's home
        links = switcher_links(page)
        if set(links) != set(LANGUAGES):
            wrong.append(f"{url}: switcher languages {sorted(links)}")
            continue
        for target_lang, href in links.items():
            resolved = urlsplit(urljoin("https://example.org" + url, href)).path
            expected = BASE + ("" if target_lang == "ar" else "fr/") + path
            if resolved != expected:
                wrong.append(f"{url}: {target_lang} link {href!r} -> {resolved}, want {expected}")
    assert not wrong, "\n".join(wrong)


def test_guide_pair_explicitly(site: Path):
    ar = switcher_links(site / "guide" / "index.html")
    fr = switcher_links(site / "fr" / "guide" / "index.html")
    ar_page, fr_page = BASE + "guide/", BASE + "fr/guide/"
    assert urljoin(ar_page, ar["fr"]) == fr_page
    assert urljoin(fr_page, fr["ar"]) == ar_page
