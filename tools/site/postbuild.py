"""Checks on the built site, run before it replaces `site/` (see tools/publish/build.py).

Each problem names the built file, so a failure says where to look.

The host check parses what the browser parses: every `.html`, `.svg`, `.css`, `.js` and
`.webmanifest` file; in HTML and SVG every URL-bearing attribute (`src`, `srcset`, `href`
where it fetches, `xlink:href`, `poster`, `data`, `style`…), `<base>` and meta refresh; CSS
(files, `<style>`, `style` attributes) with a CSS tokenizer (tinycss2): `url()`,
`image-set()`, `@import`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from defusedxml import ElementTree as SafeTree
from defusedxml.common import DefusedXmlException
from lxml import etree
from lxml import html as lxml_html

from tools.site.built_page import LocateError, read_tag
from tools.common.paths import DEFAULT_LANGUAGE, LANGUAGES, direction


@dataclass(frozen=True)
class Problem:
    path: Path
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


_EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)
_ACTIVE_URL = re.compile(r"^\s*(?:javascript|vbscript)\s*:", re.IGNORECASE)
_JS_IMPORT = re.compile(
    r"""(?:\bimport\s*\(\s*|\bfrom\s+|\bfetch\s*\(\s*|importScripts\s*\(\s*"""
    r"""|new\s+(?:Shared)?Worker\s*\(\s*)["'](?P<url>[^"']+)"""
)
# Files the browser reads, and so the files this check parses.
CHECKED_SUFFIXES = (".html", ".svg", ".css", ".js", ".mjs", ".webmanifest")
# URL-bearing attributes the browser fetches by itself (HTML and SVG). `href` is fetched
# only on some elements: on `<a>` it is a link the reader chooses to follow.
_FETCHED_ATTRS = ("src", "srcset", "poster", "data", "background", "codebase", "ping")
_HREF_FETCHED = {"link", "image", "use", "feimage", "script", "pattern", "textpath", "tref",
                 "mpath", "lineargradient", "radialgradient", "filter", "cursor", "font-face-uri",
                 "color-profile"}  # fmt: skip
_LINK_NOT_FETCHED = {"alternate", "canonical", "prev", "next", "author", "help", "license",
                     "bookmark", "search", "me", "tag"}  # fmt: skip


def expected_language(site_dir: Path, page: Path) -> str:
    first = page.relative_to(site_dir).parts[0]
    return first if first in LANGUAGES and first != DEFAULT_LANGUAGE else DEFAULT_LANGUAGE


def _html_attributes(head: str) -> dict[str, str]:
    """`lang` and `dir` of the page's `<html>` start tag, in the order written."""
    start = head.lower().find("<html")
    while start >= 0 and head[start + 5 : start + 6] not in (" ", "\t", "\n", "\r", ">", "/"):
        start = head.lower().find("<html", start + 1)
    if start < 0:
        return {}
    try:
        tag = read_tag(head, start)
    except LocateError:
        return {}
    return {name: value or "" for name, _s, _e, value in tag.attributes if name in ("lang", "dir")}


def check_lang_dir(site_dir: Path, pages: Iterable[Path]) -> list[Problem]:
    problems = []
    for page in pages:
        head = page.read_text(encoding="utf-8")[:2000]
        attrs = _html_attributes(head)
        lang = expected_language(site_dir, page)
        want = {"lang": lang, "dir": direction(lang)}
        if attrs.get("lang") != want["lang"] or attrs.get("dir") != want["dir"]:
            got = " ".join(f'{k}="{v}"' for k, v in attrs.items()) or "nothing"
            problems.append(
                Problem(page, f'<html> should have lang="{lang}" dir="{want["dir"]}", has {got}')
            )
    return problems


def _is_external(url: str) -> bool:
    return bool(_EXTERNAL.match(url.strip()))


def css_urls(css: str, declarations: bool = False) -> list[str]:
    """Every URL a stylesheet (or a `style` attribute's declarations) would fetch: `url()`,
    the strings of `image-set()`, `@import`. Read with a CSS tokenizer, so quoting,
    comments, escapes and case change nothing."""
    # tinycss2 loads only when a stylesheet is checked
    import tinycss2

    found: list[str] = []

    def walk(tokens) -> None:
        for token in tokens or ():
            kind = getattr(token, "type", "")
            if kind == "url":
                found.append(token.value)
            elif kind == "function":
                name = token.lower_name
                if name == "url" or name.endswith("image-set") or name in ("image", "src"):
                    found.extend(t.value for t in token.arguments if t.type == "string")
                walk(token.arguments)
            elif kind in ("() block", "[] block", "{} block"):
                walk(token.content)
            elif kind == "at-rule":
                if token.lower_at_keyword == "import":
                    found.extend(t.value for t in token.prelude if t.type == "string")
                walk(token.prelude)
                walk(token.content)
            elif kind == "qualified-rule":
                walk(token.prelude)
                walk(token.content)
            elif kind == "declaration":
                walk(token.value)

    if declarations:
        walk(tinycss2.parse_declaration_list(css))
    else:
        walk(tinycss2.parse_stylesheet(css))  # rule contents as component values
    return list(dict.fromkeys(found))


def _srcset(value: str) -> list[str]:
    return [part.strip().split()[0] for part in value.split(",") if part.strip()]


def _refresh_url(content: str) -> str | None:
    match = re.search(r"url\s*=\s*['\"]?([^'\"]+)", content or "", re.IGNORECASE)
    return match.group(1).strip() if match else None


def _element_urls(el) -> list[tuple[str, str]]:
    """(what, URL) the element makes the browser fetch or go to by itself."""
    tag = str(el.tag).rsplit("}", 1)[-1].lower()
    out: list[tuple[str, str]] = []
    for name, value in el.attrib.items():
        attr = str(name).rsplit("}", 1)[-1].lower()
        if str(name).startswith("{http://www.w3.org/1999/xlink}") or name == "xlink:href":
            attr = "xlink:href"
        if attr in _FETCHED_ATTRS:
            urls = _srcset(value) if attr == "srcset" else [value]
            out += [(f"<{tag} {attr}>", u) for u in urls]
        elif attr in ("href", "xlink:href"):
            if tag == "base":
                out.append(("<base href>", value or "(empty)"))
            elif tag == "link":
                rel = set((el.get("rel") or "").lower().split())
                if not rel or not rel <= _LINK_NOT_FETCHED:
                    out.append((f"<link rel={' '.join(sorted(rel))}>", value))
            elif tag in _HREF_FETCHED:
                out.append((f"<{tag} {attr}>", value))
        elif attr == "style":
            out += [(f"<{tag} style>", u) for u in css_urls(value, declarations=True)]
    if tag == "meta" and (el.get("http-equiv") or "").lower() == "refresh":
        out.append(("<meta http-equiv=refresh>", _refresh_url(el.get("content")) or "(reload)"))
    if tag == "style":
        out += [("<style>", u) for u in css_urls("".join(el.itertext()))]
    return out


def _problem_urls(what: str, url: str) -> str | None:
    """Why this URL is a problem, or None."""
    if what == "<base href>":
        return f"a <base> element (it moves every relative URL): {url}"
    if what == "<meta http-equiv=refresh>":
        return f"a meta refresh (the page navigates by itself): {url}"
    if _ACTIVE_URL.match(url):
        return f"a script URL in {what}: {url[:80]}"
    if _is_external(url):
        return f"loads a resource from another host: {url} ({what})"
    return None


def _html_problems(text: str) -> list[str]:
    try:
        root = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return []
    found = []
    for el in root.iter():
        if isinstance(el.tag, str):
            found += [p for what, url in _element_urls(el) if (p := _problem_urls(what, url))]
    return found


def _svg_problems(text: str) -> list[str]:
    try:
        root = SafeTree.fromstring(text.encode("utf-8"))
    except (ElementTree.ParseError, DefusedXmlException, ValueError):
        return ["not a valid SVG image"]
    # Read by expat once defusedxml has refused entities and DTDs: the processing
    # instructions of the prolog too (the tree has no place for them).
    events = ElementTree.XMLPullParser(events=("pi",))
    events.feed(text)
    if any(pi.text.startswith("xml-stylesheet") for _event, pi in events.read_events()):
        return ["an xml-stylesheet instruction (a stylesheet loaded by the image)"]
    found = []
    for el in root.iter():
        found += [p for what, url in _element_urls(el) if (p := _problem_urls(what, url))]
    return found


def _manifest_urls(value) -> list[str]:
    if isinstance(value, dict):
        out = []
        for key, item in value.items():
            if key in ("src", "url", "start_url", "scope", "action", "id") and isinstance(
                item, str
            ):
                out.append(item)
            else:
                out += _manifest_urls(item)
        return out
    if isinstance(value, list):
        return [u for item in value for u in _manifest_urls(item)]
    return []


def file_problems(path: Path) -> list[str]:
    """Why the browser would fetch from another host (or run, or go elsewhere) by reading
    this built file: HTML and SVG parsed, CSS tokenized, manifests read as JSON."""

    text = path.read_text(encoding="utf-8", errors="replace")
    suffix = path.suffix
    if suffix == ".html":
        return _html_problems(text)
    if suffix == ".svg":
        return _svg_problems(text)
    if suffix == ".css":
        return [
            f"loads a resource from another host: {u} (CSS)"
            for u in css_urls(text)
            if _is_external(u)
        ]
    if suffix in (".js", ".mjs"):
        return [
            f"loads a resource from another host: {m.group('url')} (script)"
            for m in _JS_IMPORT.finditer(text)
            if _is_external(m.group("url"))
        ]
    if suffix == ".webmanifest":
        try:
            data = json.loads(text)
        except ValueError:
            return ["not a valid web app manifest (JSON)"]
        return [
            f"loads a resource from another host: {u} (manifest)"
            for u in _manifest_urls(data)
            if _is_external(u)
        ]
    return []


def external_resources(path: Path) -> list[str]:
    """URLs on another host that this built file would load by itself."""
    return [
        p.split(": ", 1)[1].rsplit(" (", 1)[0]
        for p in file_problems(path)
        if p.startswith("loads a resource from another host")
    ]


def check_hosts(site_dir: Path) -> list[Problem]:
    problems = []
    for path in sorted(site_dir.rglob("*")):
        if path.suffix not in CHECKED_SUFFIXES or not path.is_file():
            continue
        problems += [Problem(path, message) for message in file_problems(path)]
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
