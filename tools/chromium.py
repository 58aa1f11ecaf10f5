"""Debian's Chromium, as the build (handout PDFs), the tests and the benchmark start it."""

from __future__ import annotations

import shutil

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
