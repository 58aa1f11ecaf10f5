"""Dead local links of a folder of static files opened from `file://` (the workshop zips):
every `href`, `src`, `srcset` and refresh URL of every HTML file and every `url()` and
`@import` of every CSS file, resolved as a browser resolves it from `file://`.

A link is dead when its file is missing, when it is absolute (`/x` is the root of the
reader's disk) or when it names a folder with no `index.html` (a file listing, at best).
Links to other sites, `data:`, `mailto:` and same-page fragments are not local.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from lxml import html as lxml_html

from tools.site import postbuild

_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


@dataclass(frozen=True)
class DeadLink:
    source: str  # file holding the link, relative to the root
    url: str

    def __str__(self) -> str:
        return f"{self.source}: {self.url}"


def html_urls(text: str) -> list[str]:
    """Every URL of a page a reader can follow or that it loads (tools/site/postbuild.py reads
    the fetched ones the same way; here `<a href>` counts too)."""
    try:
        tree = lxml_html.fromstring(text)
    except Exception:  # noqa: BLE001 - an empty or non-HTML file has no links
        return []
    urls: list[str] = []
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        for attr in ("href", "src"):
            value = el.get(attr)
            if value is not None and el.tag != "base":
                urls.append(value)
        if el.get("srcset"):
            urls += postbuild._srcset(el.get("srcset"))
        if el.tag == "meta" and (el.get("http-equiv") or "").lower() == "refresh":
            url = postbuild._refresh_url(el.get("content"))
            urls += [url] if url else []
    return urls


def is_local(url: str) -> bool:
    url = url.strip()
    return bool(url) and not url.startswith(("#", "//")) and not _SCHEME.match(url)


def resolves(root: Path, source: Path, url: str) -> bool:
    path = unquote(urlsplit(url.strip()).path)
    if not path:
        return True  # `?x` or `#x`: this very file
    if path.startswith("/"):
        return False
    target = (source.parent / path).resolve()
    if root.resolve() not in (target, *target.parents):
        return False
    if path.endswith("/") or target.is_dir():
        return (target / "index.html").is_file()
    return target.is_file()


def dead_links(root: Path) -> list[DeadLink]:
    """Every dead local link under `root`, sorted."""
    dead = []
    for path in sorted(root.rglob("*")):
        if path.suffix not in (".html", ".css") or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        urls = html_urls(text) if path.suffix == ".html" else postbuild.css_urls(text)
        rel = path.relative_to(root).as_posix()
        for url in sorted(set(urls)):
            if is_local(url) and not resolves(root, path, url):
                dead.append(DeadLink(rel, url))
    return dead
