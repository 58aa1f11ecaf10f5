"""Nothing leaves the site: every page (Arabic and French) and the search make requests to
the site's own origin only, none of them 404s, and a missing URL gets the Arabic 404 page.
Also measures what a first visit to the Arabic home page costs (tests/artifacts/)."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import ARTIFACTS
from tools.common.chromium import NetworkQuiet

pytestmark = pytest.mark.browser
TABS = 8


def site_pages(site: Path) -> list[str]:
    """Every page of the built site as a path under /tamkeen/ (404 pages excluded)."""
    pages = []
    for html in sorted(site.rglob("index.html")):
        rel = html.parent.relative_to(site).as_posix()
        if rel.startswith("pagefind"):
            continue
        pages.append("" if rel == "." else rel + "/")
    return pages


def origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def test_every_request_stays_on_the_site(site, server, page):
    pages = site_pages(site)
    assert "" in pages and "fr/" in pages and "guide/" in pages and "fr/guide/" in pages
    assert len(pages) >= 10, pages

    requests: list[str] = []
    responses: list[tuple[str, int]] = []
    # Every request of the context: its tabs, and the service worker's own fetches.
    page.context.on("request", lambda r: requests.append(r.url))
    page.context.on("response", lambda r: responses.append((r.url, r.status)))

    # TABS pages load at once, then the context waits until its network is quiet: the
    # half-second of quiet that "networkidle" waits for is paid once per batch, not per page.
    quiet = NetworkQuiet(page.context)
    tabs = [page] + [page.context.new_page() for _ in range(TABS - 1)]
    for start in range(0, len(pages), TABS):
        batch = list(zip(tabs, pages[start : start + TABS], strict=False))
        loads = [tab.goto(server.base + path, wait_until="commit") for tab, path in batch]
        for (tab, path), response in zip(batch, loads, strict=True):
            assert response.status == 200, path
            tab.wait_for_load_state("load")
        quiet.wait(page)
    for tab in tabs[1:]:
        tab.close()
    # Search once (it loads the Pagefind script, its WebAssembly and index chunks).
    page.goto(server.base, wait_until="networkidle")
    page.locator(".tk-search-button").click()
    page.locator(".tk-search__input").fill("ذكاء")
    page.locator(".tk-search__results a").first.wait_for(timeout=10_000)
    page.wait_for_load_state("networkidle")

    assert any("/tamkeen/pagefind/" in u for u in requests)
    foreign = sorted({u for u in requests if origin(u) != server.origin})
    assert not foreign, foreign
    missing = sorted({u for u, status in responses if status == 404})
    assert not missing, missing

    # A missing URL: the Arabic 404 page, with status 404, and its own assets all load.
    responses.clear()
    response = page.goto(server.base + "no/such/page/", wait_until="networkidle")
    assert response.status == 404
    assert page.evaluate("document.documentElement.lang") == "ar"
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert "الصفحة غير موجودة" in page.locator("article").inner_text()
    assets = [(u, s) for u, s in responses if u != server.base + "no/such/page/"]
    assert assets and all(s == 200 for _, s in assets), assets
    assert all(origin(u) == server.origin for u in requests), "404 page left the site"


def test_first_visit_to_arabic_home(server, page):
    """Bytes as transferred (the server's Content-Length: gzip size for text) on a cold visit."""
    transferred: list[tuple[str, int]] = []

    def on_response(response):
        length = response.header_value("content-length")
        assert length is not None, response.url
        transferred.append((response.url.removeprefix(server.base) or "index.html", int(length)))

    page.on("response", on_response)
    page.goto(server.base, wait_until="networkidle")
    page.evaluate("document.fonts.ready.then(() => true)")
    page.wait_for_load_state("networkidle")

    total = sum(size for _, size in transferred)
    report = {
        "page": "/tamkeen/",
        "requests": len(transferred),
        "bytes": total,
        "files": dict(sorted(transferred, key=lambda item: -item[1])),
    }
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    Path(ARTIFACTS / "first_visit.json").write_text(
        json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    print(f"\nfirst visit /tamkeen/: {len(transferred)} requests, {total} bytes transferred")
    for url, size in report["files"].items():
        print(f"  {size:>8}  {url}")
    assert not any("/pagefind/" in url for url, _ in transferred)
    assert total > 0
