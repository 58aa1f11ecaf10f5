"""The installable, offline site: web app manifest and icons per language, the service
worker (`sw.js`, versioned by a hash of the built site) and, on each course page, a
"save this course for offline" button with the course's size and its list of URLs.

Called from the hook's `on_post_build` once every language is built:

- `process_site` before the search index: icons, manifests, `<link rel="manifest">` in
  every page's `<head>`, the course lists (`assets/offline/<lang>-<course>.json`) and the
  save button (size in the page's language) with `assets/js/offline.js` on course pages;
- `write_service_worker` last, when no other file will change: `sw.js` from
  `tools/assets/sw.js` with the build hash and the shared assets to precache.

The workshop bundle (tools/offline_bundle.py) reuses `page_text`, `pages` and `rel_root`.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import html
import json
import re
from pathlib import Path
from urllib.parse import urlsplit

from tools import site_assets
from tools.paths import DEFAULT_LANGUAGE, LANGUAGES, direction
from tools.ui_strings import strings

ASSETS = Path(__file__).resolve().parent / "assets"
THEME_COLOR = "#00796b"
ICON_SIZES = (192, 512)
ICON_URL = "assets/images/icon-{n}.png"
MANIFEST = "manifest.webmanifest"
SCRIPT_URL = "assets/js/offline.js"
LIST_DIR = "assets/offline"
SW_NAME = "sw.js"
# The page the service worker shows, offline, for a page that was never saved: one per
# language, made from that language's 404 page (with relative links: sw.js redirects to it).
OFFLINE_PAGE = "offline.html"
# Material's language switcher links, as MkDocs writes them (href first).
_SWITCHER = re.compile(r'<a href="[^"]*"(\s+hreflang="([a-z]+)"\s+class="md-select__link")')
CONFIG_MARK = 'id="__config"'  # a Material page (not a slide deck)
# Shared assets precached by the service worker on install: the stylesheets, scripts and
# favicon that pages link (not every file of the theme). Fonts are not: a reader of one
# language would download the other script's faces. They are kept when a page uses them,
# and with every course saved for offline.
_LINKED = re.compile(
    r'<(?:link\b[^>]*?\srel="(?:stylesheet|icon)"[^>]*?\shref|script\b[^>]*?\ssrc)="([^"]+)"'
)
_FONTS = re.compile(r"^assets/fonts/[^/]+\.woff2?$")
# Not part of a course for offline reading: slide decks and the trainer's downloads.
_SKIP_DIRS = frozenset({"slides", "trainer"})
_TEXT = (".html", ".css", ".js", ".json", ".svg", ".txt", ".xml", ".webmanifest")
_HTML_LANG = re.compile(r'<html\b[^>]*\blang="([^"]+)"')
_IMG_SRC = re.compile(r'<img\b[^>]*?\ssrc="([^"]+)"')
_A_HREF = re.compile(r'<a\b[^>]*?\shref="([^"]+)"')
_H1_END = re.compile(r"</h1>")
_H1_TEXT = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_HEADERLINK = re.compile(r'<a\b[^>]*class="headerlink"[^>]*>.*?</a>', re.DOTALL)
_ARTICLE = re.compile(
    r'(<article\b[^>]*class="md-content__inner[^"]*"[^>]*>)(.*?)(</article>)', re.DOTALL
)
_TITLE = re.compile(r"<title>.*?</title>", re.DOTALL)


def prefix(lang: str) -> str:
    return "" if lang == DEFAULT_LANGUAGE else f"{lang}/"


def pages(site_dir: Path) -> list[Path]:
    """Every Material page of the site (slide decks and other HTML left out)."""
    return [p for p in sorted(site_dir.rglob("*.html")) if CONFIG_MARK in p.read_text("utf-8")]


def page_lang(text: str) -> str:
    match = _HTML_LANG.search(text)
    lang = match.group(1) if match else DEFAULT_LANGUAGE
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def rel_root(site_dir: Path, page: Path) -> str:
    """Relative URL from a page to the site root (`""` at the root, `../../` deeper)."""
    return "../" * (len(page.relative_to(site_dir).parts) - 1)


def url_of(site_dir: Path, path: Path) -> str:
    """Site-relative URL of a built file (`courses/x/` for `courses/x/index.html`)."""
    rel = path.relative_to(site_dir).as_posix()
    return rel[: -len("index.html")] if rel == "index.html" or rel.endswith("/index.html") else rel


def compressed_size(path: Path) -> int:
    data = path.read_bytes()
    return len(gzip.compress(data, compresslevel=9, mtime=0)) if path.suffix in _TEXT else len(data)


def human_size(n: int, lang: str) -> str:
    s = strings(lang)
    if n < 1024 * 1024:
        return s["offline.kb"].format(n=max(1, round(n / 1024)))
    value = f"{n / (1024 * 1024):.1f}"
    return s["offline.mb"].format(n=value.replace(".", ",") if lang == "fr" else value)


# --- manifest and icons ---------------------------------------------------------------


def write_icons(site_dir: Path) -> None:
    """PNG icons drawn like tools/assets/favicon.svg (a teal tile, a white ⊥ with a bar)."""
    from PIL import Image, ImageDraw

    for n in ICON_SIZES:
        k = n / 32
        img = Image.new("RGBA", (n, n), (0, 0, 0, 0))
        draw = ImageDraw.Draw(img)
        draw.rounded_rectangle((0, 0, n - 1, n - 1), radius=round(6 * k), fill=THEME_COLOR)
        width = round(3 * k)
        for x1, y1, x2, y2 in ((8, 22, 24, 22), (16, 8, 16, 22), (10, 13, 22, 13)):
            draw.line((x1 * k, y1 * k, x2 * k, y2 * k), fill="white", width=width)
            for x, y in ((x1, y1), (x2, y2)):  # round caps
                r = width / 2
                draw.ellipse((x * k - r, y * k - r, x * k + r, y * k + r), fill="white")
        target = site_dir / ICON_URL.format(n=n)
        target.parent.mkdir(parents=True, exist_ok=True)
        img.save(target, format="PNG", optimize=True)


def manifest(lang: str) -> dict:
    """The manifest of one language, written at `<prefix>manifest.webmanifest`: its URLs
    are relative to that file, so the app's scope is the site's sub-path wherever it is
    deployed."""
    s = strings(lang)
    up = "../" * prefix(lang).count("/")
    return {
        "id": "./",
        "name": s["app.name"],
        "short_name": s["app.short_name"],
        "lang": lang,
        "dir": direction(lang),
        "start_url": "./",
        "scope": up or "./",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": THEME_COLOR,
        "icons": [
            {"src": up + ICON_URL.format(n=n), "sizes": f"{n}x{n}", "type": "image/png"}
            for n in ICON_SIZES
        ],
        "share_target": share_target(),
    }


# Progress received by the installed app (issue 27): a code shared as text, or a progress
# file, is POSTed to the progress page, where the service worker takes it (sw_share.js)
# and the page fills its import screen (progress.js). Relative to the manifest: each
# language's own progress page.
SHARE_ACTION = "progress/?tk-share"
SHARE_WORKER = "sw_share.js"


def share_target() -> dict:
    return {
        "action": SHARE_ACTION,
        "method": "POST",
        "enctype": "multipart/form-data",
        "params": {
            "title": "title",
            "text": "text",
            "url": "url",
            "files": [{"name": "file", "accept": ["text/plain", ".txt"]}],
        },
    }


def write_manifests(site_dir: Path, languages: list[str]) -> None:
    for lang in languages:
        target = site_dir / prefix(lang) / MANIFEST
        target.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(manifest(lang), ensure_ascii=False, indent=1)
        target.write_text(text + "\n", encoding="utf-8")


def head_links(root: str, lang: str) -> str:
    return (
        f'<link rel="manifest" href="{root}{prefix(lang)}{MANIFEST}">'
        f'<meta name="theme-color" content="{THEME_COLOR}">'
    )


def add_to_head(text: str, snippet: str) -> str:
    end = text.find("</head>")
    return text if end < 0 or snippet in text[:end] else text[:end] + snippet + text[end:]


def add_script(text: str, root: str) -> str:
    tag = f'<script src="{root}{SCRIPT_URL}"></script>'
    end = text.rfind("</body>")
    return text if end < 0 or tag in text else text[:end] + tag + text[end:]


# --- courses --------------------------------------------------------------------------


def linked_pages(site_dir: Path, lang: str, html_pages: list[Path]) -> list[Path]:
    """The site's pages outside the courses that these pages' articles link to (the
    glossary of every term link, the dated facts): a saved lesson's links open offline."""
    site, courses = site_dir.resolve(), (site_dir / prefix(lang) / "courses").resolve()
    found: set[Path] = set()
    for page in html_pages:
        article = _ARTICLE.search(page.read_text(encoding="utf-8"))
        for href in _A_HREF.findall(article.group(2) if article else ""):
            path = urlsplit(html.unescape(href)).path
            if not path or "//" in href or href.startswith(("data:", "/", "#", "mailto:")):
                continue
            target = (page.parent / path).resolve()
            target = target / "index.html" if target.is_dir() else target
            if (
                target.suffix == ".html"
                and target.is_file()
                and site in target.parents
                and courses not in target.parents
                and CONFIG_MARK in target.read_text(encoding="utf-8")
            ):
                found.add(site_dir / target.relative_to(site))
    return sorted(found)


def course_files(site_dir: Path, lang: str, course: str) -> tuple[list[Path], list[Path]]:
    """(pages, images) of one course in one language: the course, module and lesson pages,
    the pages they link to (linked_pages) and the images they show."""
    top = site_dir / prefix(lang) / "courses" / course
    found = [p for p in sorted(top.rglob("*.html")) if not _SKIP_DIRS & set(p.parts)]
    html_pages = [p for p in found if CONFIG_MARK in p.read_text(encoding="utf-8")]
    html_pages += linked_pages(site_dir, lang, html_pages)
    images: set[Path] = set()
    for page in html_pages:
        for src in _IMG_SRC.findall(page.read_text(encoding="utf-8")):
            if "//" in src or src.startswith(("data:", "/")):
                continue
            target = (page.parent / urlsplit(src).path).resolve()
            if target.is_file() and site_dir.resolve() in target.parents:
                images.add(target)
    return html_pages, sorted(images)


def shared_assets(site_dir: Path) -> list[str]:
    """Site-relative URLs of the files under assets/ that pages link in their <head>."""
    site = site_dir.resolve()
    found: set[str] = set()
    for page in pages(site_dir):
        for href in _LINKED.findall(page.read_text(encoding="utf-8")):
            if "//" in href or href.startswith(("data:", "/")):
                continue
            target = (page.parent / urlsplit(href).path).resolve()
            if target.is_file() and site / "assets" in target.parents:
                found.add(url_of(site, target))
    return sorted(found)


def fonts(site_dir: Path) -> list[str]:
    return [
        url_of(site_dir, p)
        for p in sorted((site_dir / "assets").rglob("*"))
        if _FONTS.match(url_of(site_dir, p))
    ]


def listen_file(site_dir: Path, lang: str) -> list[str]:
    """The "listen" script (loaded on demand, so not precached): a saved course can be
    read aloud offline too."""
    url = site_assets.PER_LANGUAGE["listen.js"].format(lang=lang)
    return [url] if (site_dir / url).is_file() else []


def save_block(lang: str, list_url: str, size: int) -> str:
    s = {k: html.escape(v) for k, v in strings(lang).items()}
    size_text = s["offline.size"].format(size=human_size(size, lang))
    return (
        f'<div class="tk-offline" hidden data-pagefind-ignore="all" data-tk-list="{list_url}"'
        f' data-tk-saving="{s["offline.saving"]}" data-tk-saved="{s["offline.saved"]}"'
        f' data-tk-failed="{s["offline.failed"]}">'
        f'<button type="button" class="md-button">{s["offline.save"]}</button> '
        f'<span class="tk-offline__size">({size_text})</span>'
        '<p class="tk-offline__status" role="status" aria-live="polite"></p></div>'
    )


def write_course(site_dir: Path, lang: str, course: str) -> None:
    index = site_dir / prefix(lang) / "courses" / course / "index.html"
    if not index.is_file():
        return
    html_pages, images = course_files(site_dir, lang, course)
    site = site_dir.resolve()
    files = [url_of(site, p.resolve()) for p in images]
    pages_urls = [url_of(site_dir, p) for p in html_pages]
    size = sum(compressed_size(p) for p in html_pages + images)
    list_url = f"{LIST_DIR}/{lang}-{course}.json"
    # offline.js itself: the offline page lists the saved courses with it. Named here, not
    # found in the pages: the first course is listed before any page links it.
    assets = sorted({*shared_assets(site_dir), SCRIPT_URL})
    data = {
        "course": course,
        "lang": lang,
        "bytes": size,
        "pages": pages_urls,
        "files": files,
        "assets": assets + fonts(site_dir) + listen_file(site_dir, lang),
    }
    target = site_dir / list_url
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    text = index.read_text(encoding="utf-8")
    root = rel_root(site_dir, index)
    text = _H1_END.sub(lambda m: m.group(0) + save_block(lang, root + list_url, size), text, 1)
    index.write_text(add_script(text, root), encoding="utf-8")


def relative_links(text: str, root: str, site_url: str, empty: str = "index.html") -> str:
    """A 404 page's links, absolute (it is served at any depth), made relative to `root`,
    where the copy sits: `/tamkeen/x` and `https://…/tamkeen/x` become `{root}x` (and the
    root itself `{root}{empty}`)."""
    absolute = urlsplit(site_url or "/").path.rstrip("/") + "/"
    prefixes = [absolute] + ([site_url.rstrip("/") + "/"] if "//" in site_url else [])
    for start in prefixes:
        text = re.sub(
            r'(\s(?:href|src)=")' + re.escape(start) + r'([^"]*)"',
            lambda m: f'{m.group(1)}{root}{m.group(2) or empty}"',
            text,
        )
    return text.replace(f'"base": "{absolute}"', f'"base": "{root or "."}"')


def with_article(text: str, inner: str, title: str) -> str:
    """A Material page with its article's content and its <title> replaced."""
    text = _TITLE.sub(lambda m: f"<title>{html.escape(title)}</title>", text, 1)
    return _ARTICLE.sub(lambda m: m.group(1) + inner + m.group(3), text, 1)


def course_title(index: Path) -> str:
    match = _H1_TEXT.search(index.read_text(encoding="utf-8"))
    if not match:
        return index.parent.name
    heading = _HEADERLINK.sub("", match.group(1))  # the "¶" anchor
    return html.unescape(_TAG.sub("", heading)).strip()


def offline_page(site_dir: Path, lang: str, courses: list[str], site_url: str) -> str | None:
    """The offline page of one language, or None without its 404 page. Its links are
    relative: the service worker redirects to it (so it works wherever the site is
    deployed). The courses are listed by offline.js, which shows those whose every file
    is in the reader's cache."""
    root = "../" * prefix(lang).count("/")
    source = site_dir / prefix(lang) / "404.html"
    if not source.is_file():
        return None
    s = {k: html.escape(v) for k, v in strings(lang).items()}
    items = []
    for course in courses:
        index = site_dir / prefix(lang) / "courses" / course / "index.html"
        if index.is_file() and (site_dir / LIST_DIR / f"{lang}-{course}.json").is_file():
            items.append(
                {
                    "list": f"{root}{LIST_DIR}/{lang}-{course}.json",
                    "url": f"courses/{course}/",
                    "title": course_title(index),
                }
            )
    data = html.escape(json.dumps(items, ensure_ascii=False, separators=(",", ":")))
    inner = (
        '<div class="tk-offline-page" data-pagefind-ignore="all">'
        f"<h1>{s['offline.page.title']}</h1>"
        f"<p>{s['offline.page.body']}</p>"
        f'<div class="tk-offline-list" data-tk-courses="{data}">'
        f'<p class="tk-offline-list__label" hidden>{s["offline.page.saved"]}</p><ul></ul>'
        f'<p class="tk-offline-list__none">{s["offline.page.none"]}</p></div>'
        f'<p><a href="./">{s["offline.page.home"]}</a></p></div>'
    )
    text = relative_links(source.read_text(encoding="utf-8"), root, site_url, empty="./")
    # The switcher leads to the other language's offline page (saved with this one), not to
    # a home page the reader may not have.
    text = _SWITCHER.sub(
        lambda m: f'<a href="{root}{prefix(m.group(2))}{OFFLINE_PAGE}"{m.group(1)}', text
    )
    return add_script(with_article(text, inner, strings(lang)["offline.page.title"]), root)


def write_offline_pages(
    site_dir: Path, languages: list[str], courses: list[str], site_url: str
) -> None:
    for lang in languages:
        text = offline_page(site_dir, lang, courses, site_url)
        if text is not None:
            (site_dir / prefix(lang) / OFFLINE_PAGE).write_text(text, encoding="utf-8")


def offline_pages(site_dir: Path) -> dict[str, str]:
    """{language prefix ("" or "fr/"): site-relative URL of its offline page}."""
    found = {}
    for lang in LANGUAGES:
        if (site_dir / prefix(lang) / OFFLINE_PAGE).is_file():
            found[prefix(lang)] = prefix(lang) + OFFLINE_PAGE
    return found


def process_site(site_dir: Path, languages: list[str], courses: list[str], site_url: str) -> None:
    write_icons(site_dir)
    write_manifests(site_dir, languages)
    absolute = urlsplit(site_url or "/").path.rstrip("/") + "/"
    for page in pages(site_dir):
        text = page.read_text(encoding="utf-8")
        # 404 pages are served at any depth: Material links them with absolute URLs.
        root = absolute if page.name == "404.html" else rel_root(site_dir, page)
        new = add_to_head(text, head_links(root, page_lang(text)))
        if new != text:
            page.write_text(new, encoding="utf-8")
    for lang in languages:
        for course in courses:
            write_course(site_dir, lang, course)
    write_offline_pages(site_dir, languages, courses, site_url)


# --- service worker -------------------------------------------------------------------


def site_hash(site_dir: Path) -> str:
    """A hash of every built file but the service worker: the cache version."""
    digest = hashlib.sha256()
    for path in sorted(site_dir.rglob("*")):
        rel = path.relative_to(site_dir).as_posix()
        if path.is_file() and rel != SW_NAME:
            digest.update(rel.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]


# What the service worker may serve from its cache: the pages, the shared assets, fonts and
# images. Slides, trainer downloads, notebook downloads and the search index come from the
# network only (and so cost nothing in its integrity list).
_CACHEABLE = (".html", ".css", ".js", ".json", ".woff2", ".woff", ".webmanifest") + (
    ".png",
    ".jpg",
    ".jpeg",
    ".gif",
    ".webp",
    ".svg",
)
_NOT_CACHED_DIRS = _SKIP_DIRS | {"pagefind", "pagefind-trainer"}


def integrity(site_dir: Path) -> dict[str, str]:
    """{file path under the site: the first 128 bits of its SHA-256, base64url} for every
    file the service worker may serve from its cache. 128 bits keep a second preimage out
    of reach and the list small: it travels with the first visit."""
    out = {}
    for path in sorted(site_dir.rglob("*")):
        rel = path.relative_to(site_dir)
        if (
            not path.is_file()
            or rel.as_posix() == SW_NAME
            or path.suffix not in _CACHEABLE
            or _NOT_CACHED_DIRS & set(rel.parts[:-1])
        ):
            continue
        digest = hashlib.sha256(path.read_bytes()).digest()[:16]
        out[rel.as_posix()] = base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")
    return out


def precache(site_dir: Path) -> list[str]:
    """Shared assets fetched when the service worker installs: offline.js is left to the
    course pages that use it (it would cost every first visit)."""
    return [u for u in shared_assets(site_dir) if u != SCRIPT_URL] + list(
        offline_pages(site_dir).values()
    )


def service_worker(site_dir: Path) -> str:
    template = (ASSETS / SW_NAME).read_text(encoding="utf-8")
    return (
        template.replace("__VERSION__", site_hash(site_dir))
        .replace("__PRECACHE__", json.dumps(precache(site_dir)))
        .replace("__OFFLINE__", json.dumps(offline_pages(site_dir)))
        .replace("__INTEGRITY__", json.dumps(integrity(site_dir), separators=(",", ":")))
    ) + share_worker()


def share_worker() -> str:
    """The share target's handler (sw_share.js), minified: it travels with the first visit."""
    return "\n" + site_assets.minify_js([(ASSETS / SHARE_WORKER).read_text(encoding="utf-8")])[0]


def write_service_worker(site_dir: Path) -> None:
    (site_dir / SW_NAME).write_text(service_worker(site_dir), encoding="utf-8")


def version_of(sw_text: str) -> str:
    match = re.search(r'var VERSION = "([0-9a-f]+)"', sw_text)
    return match.group(1) if match else ""
