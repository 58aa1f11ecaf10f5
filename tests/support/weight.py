"""What a reader's browser transfers: first visit to a lesson page (empty cache) and the move
to the next lesson (cache warm). Used by the budget tests and by bench/run.py.

Sizes are the bytes on the wire as our test server sends them (gzip, like GitHub Pages), from
its Content-Length. The lesson's own images are left out, as the budget says.
"""

from __future__ import annotations

from pathlib import Path

from tests.support.chromium import CHROMIUM_ARGS, executable
from tests.support.server import SiteServer

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".avif")


def lesson_pages(docs_dir: Path) -> list[str]:
    """URL paths of the first two lessons of the first course, in each language."""
    from tools import content

    site = content.load(docs_dir)
    lessons = [lesson for course in site.courses for lesson in course.lessons][:2]
    if len(lessons) < 2:
        return []
    urls = []
    for prefix in ("", "fr/"):
        for lesson in lessons:
            path = lesson.source("ar").url_path
            urls.append(prefix + str(path.with_suffix("")) + "/")
    return urls


# The service worker installed (its precache done), or no service worker after 5 s.
SW_READY = """Promise.race([
  navigator.serviceWorker ? navigator.serviceWorker.ready.then(() => true) : true,
  new Promise(r => setTimeout(() => r(false), 5000)),
])"""


def _is_lesson_image(url: str, page_url: str) -> bool:
    return url.lower().endswith(IMAGE_SUFFIXES) and "/assets/" not in url


def visit(context, url: str) -> dict:
    """Load `url` in `context`; bytes on the wire and requests, lesson images left out.
    A file the browser takes from its cache transfers nothing and is not counted."""
    finished = []

    # On the context, not the page: what the service worker fetches (the pages it serves,
    # the assets it precaches) travels too. A response it serves from its cache reports
    # no body and is not counted.
    def listener(request) -> None:
        finished.append(request)

    context.on("requestfinished", listener)
    page = context.new_page()
    page.goto(url, wait_until="networkidle")
    page.evaluate("document.fonts.ready.then(() => true)")
    page.evaluate(SW_READY)
    page.wait_for_load_state("networkidle")
    context.remove_listener("requestfinished", listener)
    rows = []
    for request in finished:
        sizes = request.sizes()
        body = sizes["responseBodySize"]
        if body <= 0 or _is_lesson_image(request.url, url):
            continue  # from the cache, or the lesson's own image
        rows.append((request.url, body + sizes["responseHeadersSize"]))
    page.close()
    return {
        "bytes": sum(n for _, n in rows),
        "requests": len(rows),
        "files": sorted(rows, key=lambda r: -r[1]),
    }


def measure_visits(site_dir: Path, docs_dir: Path | None = None, browser=None) -> dict[str, dict]:
    """Visits of the first two lessons per language. Pass the tests' `browser` (one
    Playwright per process); without it, a Chromium of our own is started (bench)."""
    docs_dir = docs_dir or Path(__file__).resolve().parent.parent.parent / "docs"
    pages = lesson_pages(docs_dir)
    if not pages:
        return {}
    if browser is None:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            own = p.chromium.launch(executable_path=executable(), args=CHROMIUM_ARGS)
            try:
                return measure_visits(site_dir, docs_dir, own)
            finally:
                own.close()
    results = {}
    with SiteServer(site_dir) as server:
        for lang, (first, second) in (("ar", pages[0:2]), ("fr", pages[2:4])):
            context = browser.new_context()
            results[f"{lang} lesson, first visit"] = visit(context, server.base + first)
            # The server's cache headers let the browser reuse CSS, JS and fonts.
            results[f"{lang} next lesson"] = visit(context, server.base + second)
            context.close()
    return results
