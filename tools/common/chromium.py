"""Debian's Chromium, as the build (handout PDFs), the tests and the benchmark start it."""

from __future__ import annotations

import shutil
import time

# Without the background-networking flags Chromium tries to reach other hosts at start.
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
NAMES = ("chromium", "chromium-browser")


def executable() -> str | None:
    """Path of the installed Chromium, or None."""
    return next((path for name in NAMES if (path := shutil.which(name))), None)


class NetworkQuiet:
    """Network idle for every tab of a Playwright browser context at once: no request in
    flight, and none started or ended for `quiet` seconds. Playwright's own "networkidle",
    waited for on several tabs loading together, sometimes never comes (then a 30 s
    timeout); this counts the context's own request events, service workers' included."""

    def __init__(self, context, quiet: float = 0.5) -> None:
        self.quiet = quiet
        self.inflight: dict[object, str] = {}
        self.last = time.monotonic()
        context.on("request", self._start)
        context.on("requestfinished", self._end)
        context.on("requestfailed", self._end)

    def _start(self, request) -> None:
        self.inflight[request] = request.url
        self.last = time.monotonic()

    def _end(self, request) -> None:
        self.inflight.pop(request, None)
        self.last = time.monotonic()

    def wait(self, page, timeout: float = 180.0) -> None:
        """Pump Playwright's events on `page` until the context is quiet."""
        deadline = time.monotonic() + timeout
        while self.inflight or time.monotonic() - self.last < self.quiet:
            if time.monotonic() > deadline:
                raise TimeoutError(f"requests still in flight: {sorted(self.inflight.values())}")
            page.wait_for_timeout(50)
