"""What a reader's phone downloads: the first visit to a lesson page (empty cache), then the
next lesson. Used by the budget tests and by bench/run.py.

Each visit counts everything fetched from the page's load until 30 s after it: the page, its
files, and what the service worker fetches (it registers once the page is idle, then
installs): a phone pays for all of it. In Chromium with a phone's screen (390×844, mobile
emulation). Sizes are the bytes the test server sent, status line and headers included
(tests/support/server.py: gzip, ETag and 304s, like GitHub Pages): a file the browser takes
from its cache costs nothing, a revalidation answered 304 costs its headers. The lesson's own
images are left out, as the budget says.
"""

from __future__ import annotations

import time
from pathlib import Path

from tests.support.chromium import CHROMIUM_ARGS, executable
from tests.support.server import PREFIX, SiteServer

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".avif")
WINDOW_S = 30.0  # counted after the page's load event
PHONE = {
    "viewport": {"width": 390, "height": 844},
    "device_scale_factor": 3,
    "is_mobile": True,
    "has_touch": True,
}


def lesson_pages(docs_dir: Path) -> list[str]:
    """URL paths of the first two lessons of the first course, in each language."""
    from tools.model import content

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


def _is_lesson_image(path: str) -> bool:
    return path.lower().endswith(IMAGE_SUFFIXES) and "/assets/" not in path


def _visit_rows(server: SiteServer, since: float, until: float) -> dict:
    rows = []
    for served in list(server.log):
        if since <= served.at <= until and not _is_lesson_image(served.path):
            name = served.path.removeprefix(PREFIX) or "./"
            rows.append(
                (name if served.status == 200 else f"{name} ({served.status})", served.bytes)
            )
    return {
        "bytes": sum(n for _, n in rows),
        "requests": len(rows),
        "files": sorted(rows, key=lambda r: (-r[1], r[0])),
    }


def _open(runs: list[dict], key: str) -> None:
    """Load `key`'s page in every run's tab, then wait until 30 s after the last load:
    the languages are measured at the same time, each on its own server (its log is its
    own)."""
    for run in runs:
        run["since"] = time.monotonic()
        run["page"].goto(run["server"].base + run[key], wait_until="load")
        run["loaded"] = time.monotonic()
    wait = max(run["loaded"] for run in runs) + WINDOW_S - time.monotonic()
    runs[0]["page"].wait_for_timeout(max(0.0, wait) * 1000)
    for run in runs:
        run[key + "_visit"] = _visit_rows(run["server"], run["since"], run["loaded"] + WINDOW_S)


def measure_visits(site_dir: Path, docs_dir: Path | None = None, browser=None) -> dict[str, dict]:
    """First visit and next lesson, per language. Pass the tests' `browser` (one Playwright
    per process); without it, a Chromium of our own is started (bench)."""
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
    with SiteServer(site_dir) as ar_server, SiteServer(site_dir) as fr_server:
        runs = []
        for lang, server, (first, second) in (
            ("ar", ar_server, pages[0:2]),
            ("fr", fr_server, pages[2:4]),
        ):
            context = browser.new_context(**PHONE)
            page = context.new_page()
            runs.append(
                {"lang": lang, "server": server, "context": context, "page": page}
                | {"first": first, "next": second}
            )
        try:
            _open(runs, "first")
            # The next lesson, as a reader opens it: the browser's cache and the service
            # worker have what the first visit kept.
            _open(runs, "next")
        finally:
            for run in runs:
                run["context"].close()
    results = {}
    for run in runs:
        results[f"{run['lang']} lesson, first visit"] = run["first_visit"]
        results[f"{run['lang']} next lesson"] = run["next_visit"]
    return results
