"""Tamkeen's own CSS and JS (`tools/assets/`) and the self-hosted fonts, added to every
site built with our hook: files are copied into the built site, and their URLs are added
to `extra_css` / `extra_javascript` so Material links them on every page.
"""

from __future__ import annotations

import re
from pathlib import Path

from tools import fonts

ASSETS = Path(__file__).resolve().parent / "assets"
# source file in tools/assets -> URL in the site
CSS = {"fonts.css": "assets/css/fonts.css", "tamkeen.css": "assets/css/tamkeen.css"}
JS = {"tamkeen.js": "assets/js/tamkeen.js"}
# offline.js: not on every page, only where tools/offline.py links it; progress.js: loaded
# by tamkeen.js on the progress page only.
OTHER = {
    "favicon.svg": "assets/images/favicon.svg",
    "offline.js": "assets/js/offline.js",
    "progress.js": "assets/js/progress.js",
}


def register(config) -> None:
    """Add our stylesheets and script to the MkDocs config (idempotent)."""
    for url in CSS.values():
        if url not in config.extra_css:
            config.extra_css.append(url)
    for url in JS.values():
        if all(str(getattr(s, "path", s)) != url for s in config.extra_javascript):
            config.extra_javascript.append(url)


_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_CSS_SPACE = re.compile(r"\s*([{};,>])\s*")


def minify_css(text: str) -> str:
    """Comments and layout whitespace out: the comments stay in the source for authors,
    not in every reader's download."""
    text = _CSS_COMMENT.sub("", text)
    text = _CSS_SPACE.sub(r"\1", text)
    return re.sub(r"\s+", " ", text).strip() + "\n"


def served(name: str) -> bytes:
    """The bytes of an asset as the site serves it."""
    data = (ASSETS / name).read_bytes()
    if name.endswith(".css"):
        return minify_css(data.decode("utf-8")).encode("utf-8")
    return data


def copy(site_dir: Path) -> None:
    for name, url in {**CSS, **JS, **OTHER}.items():
        target = site_dir / url
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(served(name))
    fonts.copy_fonts(site_dir)
