"""Checks on the built site, run before it replaces `site/` (see tools/build.py).

Each problem names the built file, so a failure says where to look.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from tools.paths import DEFAULT_LANGUAGE, LANGUAGES, direction


@dataclass(frozen=True)
class Problem:
    path: Path
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


_HTML_OPEN = re.compile(r"<html\b([^>]*)>", re.IGNORECASE)
_ATTR = re.compile(r'\b(lang|dir)="([^"]*)"')
# Attributes through which a page makes the browser fetch something by itself.
# Plain `<a href>` links are fine: the reader chooses to follow them.
_RESOURCE_ATTR = re.compile(
    r"<(?P<tag>script|img|iframe|link|source|video|audio|embed|object|track|input|use|image)\b"
    # Quoted or unquoted value: raw HTML in Markdown reaches the page as written.
    r"[^>]*?\s(?P<attr>src|href|srcset|poster|data|xlink:href)\s*=\s*"
    r"(?:\"(?P<dq>[^\"]+)|'(?P<sq>[^']+)|(?P<bare>[^\s\"'>]+))",
    re.IGNORECASE,
)
_CSS_URL = re.compile(r"""(?:url\(\s*["']?|@import\s+["'])(?P<url>[^"')\s]+)""", re.IGNORECASE)
_JS_IMPORT = re.compile(
    r"""(?:\bimport\s*\(\s*|\bfrom\s+|\bfetch\s*\(\s*|importScripts\s*\(\s*)["'](?P<url>[^"']+)"""
)
_EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)
_SAFE_SCHEMES = ("data:", "blob:", "mailto:", "tel:", "#")


def expected_language(site_dir: Path, page: Path) -> str:
    first = page.relative_to(site_dir).parts[0]
    return first if first in LANGUAGES and first != DEFAULT_LANGUAGE else DEFAULT_LANGUAGE


def check_lang_dir(site_dir: Path, pages: Iterable[Path]) -> list[Problem]:
    problems = []
    for page in pages:
        head = page.read_text(encoding="utf-8")[:2000]
        match = _HTML_OPEN.search(head)
        attrs = dict(_ATTR.findall(match.group(1))) if match else {}
        lang = expected_language(site_dir, page)
        want = {"lang": lang, "dir": direction(lang)}
        if attrs.get("lang") != want["lang"] or attrs.get("dir") != want["dir"]:
            got = " ".join(f'{k}="{v}"' for k, v in attrs.items()) or "nothing"
            problems.append(
                Problem(page, f'<html> should have lang="{lang}" dir="{want["dir"]}", has {got}')
            )
    return problems


def _is_external(url: str) -> bool:
    return bool(_EXTERNAL.match(url.strip())) and not url.startswith(_SAFE_SCHEMES)


def external_resources(path: Path) -> list[str]:
    """URLs on another host that this HTML, CSS or JS file would load by itself."""
    text = path.read_text(encoding="utf-8", errors="replace")
    found: list[str] = []
    if path.suffix == ".html":
        for m in _RESOURCE_ATTR.finditer(text):
            tag, attr = m.group("tag").lower(), m.group("attr").lower()
            url = m.group("dq") or m.group("sq") or m.group("bare")
            if tag == "link" and re.search(
                r"""rel=["']?(?:alternate|canonical|prev|next)\b""", m.group(0)
            ):
                continue  # navigation hints, not fetched
            urls = [u.strip().split(" ")[0] for u in url.split(",")] if attr == "srcset" else [url]
            found += [u for u in urls if _is_external(u)]
        for style in re.findall(r"<style\b[^>]*>(.*?)</style>|style=\"([^\"]*)\"", text, re.S):
            found += [m.group("url") for s in style for m in _CSS_URL.finditer(s)]
    elif path.suffix == ".css":
        found += [m.group("url") for m in _CSS_URL.finditer(text)]
    elif path.suffix in (".js", ".mjs"):
        found += [m.group("url") for m in _JS_IMPORT.finditer(text)]
    return [u for u in found if _is_external(u)]


def check_hosts(site_dir: Path) -> list[Problem]:
    problems = []
    for path in sorted(site_dir.rglob("*")):
        if path.suffix not in (".html", ".css", ".js", ".mjs") or not path.is_file():
            continue
        for url in external_resources(path):
            problems.append(Problem(path, f"loads a resource from another host: {url}"))
    return problems


def check_material_triggers(site_dir: Path, pages: Iterable[Path]) -> list[Problem]:
    """Material's JS bundle fetches from other hosts in two cases: a Mermaid diagram (the
    Mermaid library) and a GitHub `repo_url` (repository stats). Neither may appear."""
    problems = []
    for page in pages:
        text = page.read_text(encoding="utf-8")
        if 'class="mermaid"' in text:
            problems.append(Problem(page, "Mermaid diagram: Material would load it from a CDN"))
        if 'class="md-source"' in text:
            problems.append(
                Problem(page, "repository link in the header: Material would call the GitHub API")
            )
    return problems


def run(site_dir: Path) -> list[Problem]:
    pages = sorted(site_dir.rglob("*.html"))
    if not pages:
        return [Problem(site_dir, "no HTML page was built")]
    return (
        check_lang_dir(site_dir, pages)
        + check_hosts(site_dir)
        + check_material_triggers(site_dir, pages)
    )
