"""Tamkeen's own CSS and JS (`tools/assets/`) and the self-hosted fonts, added to every
site built with our hook: files are copied into the built site, and their URLs are added
to `extra_css` / `extra_javascript` so Material links them on every page.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from tools import fonts

ASSETS = Path(__file__).resolve().parent / "assets"
# source file in tools/assets -> URL in the site
CSS = {"fonts.css": "assets/css/fonts.css", "tamkeen.css": "assets/css/tamkeen.css"}
JS = {"tamkeen.js": "assets/js/tamkeen.js"}
OTHER = {"favicon.svg": "assets/images/favicon.svg"}


def register(config) -> None:
    """Add our stylesheets and script to the MkDocs config (idempotent)."""
    for url in CSS.values():
        if url not in config.extra_css:
            config.extra_css.append(url)
    for url in JS.values():
        if all(str(getattr(s, "path", s)) != url for s in config.extra_javascript):
            config.extra_javascript.append(url)


def copy(site_dir: Path) -> None:
    for name, url in {**CSS, **JS, **OTHER}.items():
        target = site_dir / url
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ASSETS / name, target)
    fonts.copy_fonts(site_dir)
