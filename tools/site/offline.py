"""The installable, offline site: web app manifest and icons per language, the service
worker (`sw.js`, versioned by a hash of the built site) and, on each course page, a
"save this course for offline" button with the course's size and its list of URLs.

Called from the hook's `on_post_build` once every language is built:

- `process_site` before the search index: icons, manifests, `<link rel="manifest">` in
  every page's `<head>`, the course lists (`assets/offline/<lang>-<course>.json`) and the
  save button (size in the page's language) with `assets/js/offline.js` on course pages;
- `write_service_worker` last, when no other file will change: `sw.js` from
  `tools/assets/sw.js` with the build hash and the shared assets to precache.

The workshop bundle (tools/publish/offline_bundle.py) reuses `page_text`, `pages` and `rel_root`.
"""

# Long module: the installable site (manifest, icons, the course lists, the service worker) from
# the same built-page facts. Seam for a later split: the manifest and icons.

from __future__ import annotations

import base64
import gzip
import hashlib
import html
import json
import os
import posixpath
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from lxml import html as lxml_html

from tools.site import site_assets
from tools.site.built_page import BuiltPage, read_tag
from tools.common.languages import language
from tools.common.paths import DEFAULT_LANGUAGE, LANGUAGES, direction
from tools.site.site_assets import minify_js
from tools.common.ui_strings import strings

ASSETS = Path(__file__).resolve().parent.parent / "assets"
THEME_COLOR = "#00796b"
ICON_SIZES = (192, 512)
ICON_URL = "assets/images/icon-{n}.png"
MANIFEST = "manifest.webmanifest"
SCRIPT_URL = "assets/js/offline.js"
LIST_DIR = "assets/offline"
SW_NAME = "sw.js"
# The worker's code, imported by sw.js and named by its hash (write_service_worker).
WORKER_DIR = "assets/sw"
# The page the service worker shows, offline, for a page that was never saved: one per
# language, made from that language's 404 page (with relative links: sw.js redirects to it).
OFFLINE_PAGE = "offline.html"
CONFIG_MARK = 'id="__config"'  # a Material page (not a slide deck)
# Shared assets precached by the service worker on install: the stylesheets, scripts and
# favicon that pages link (not every file of the theme). Fonts are not: a reader of one
# language would download the other script's faces. They are kept when a page uses them,
# and with every course saved for offline.
_FONTS = re.compile(r"^assets/fonts/[^/]+\.woff2?$")
# Not part of a course for offline reading: slide decks and the trainer's downloads.
SKIP_DIRS = frozenset({"slides", "trainer"})
_TEXT = (".html", ".css", ".js", ".json", ".svg", ".txt", ".xml", ".webmanifest")


def prefix(lang: str) -> str:
    return "" if lang == DEFAULT_LANGUAGE else f"{lang}/"


def pages(site_dir: Path) -> list[Path]:
    """Every Material page of the site (slide decks and other HTML left out)."""
    return [p for p in sorted(site_dir.rglob("*.html")) if CONFIG_MARK in p.read_text("utf-8")]


def page_lang(text: str) -> str:
    """The language of a page's `<html lang>` (the default one if it is not ours)."""
    start = text.find("<html")
    lang = None
    if start >= 0:
        tag = read_tag(text, start)
        lang = next((v for name, _s, _e, v in tag.attributes if name == "lang"), None)
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def rel_root(site_dir: Path, page: Path) -> str:
    """Relative URL from a page to the site root (`""` at the root, `../../` deeper)."""
    return "../" * (len(page.relative_to(site_dir).parts) - 1)


def url_of(site_dir: Path, path: Path) -> str:
    """Site-relative URL of a built file (`courses/x/` for `courses/x/index.html`)."""
    rel = path.relative_to(site_dir).as_posix()
    return rel[: -len("index.html")] if rel == "index.html" or rel.endswith("/index.html") else rel


# The level of the gzip sizes shown ("about N MB" to save a course): zlib's default, what a
# web server compresses with on the fly (GitHub Pages' own level is not published). Level 9
# took twice the CPU for 1 % smaller (measured on docs/'s course pages: 1.16 against 2.20 ms
# a page), and no server sends the pages at 9.
SIZE_LEVEL = 6


def gzip_size(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=SIZE_LEVEL, mtime=0))


def compressed_size(path: Path) -> int:
    data = path.read_bytes()
    return gzip_size(data) if path.suffix in _TEXT else len(data)


def human_size(n: int, lang: str) -> str:
    s = strings(lang)
    if n < 1024 * 1024:
        return s["offline.kb"].format(n=max(1, round(n / 1024)))
    value = f"{n / (1024 * 1024):.1f}"
    return s["offline.mb"].format(n=value.replace(".", language(lang).decimal_mark))


# --- manifest and icons ---------------------------------------------------------------


def write_icons(site_dir: Path) -> None:
    """PNG icons drawn like tools/assets/favicon.svg (a teal tile, a white ⊥ with a bar)."""
    # Pillow loads only to draw the app icons
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


def add_head_links(page: BuiltPage, root: str, lang: str) -> None:
    """The manifest and theme colour at the end of a page's `<head>` (once)."""
    head = page.root.find("head")
    if head is None:
        return
    end = page.end_tag(head)[0]
    snippet = head_links(root, lang)
    if snippet not in page.text[:end]:
        page.insert(end, snippet)


def add_script(text: str, root: str) -> str:
    tag = script_tag(root)
    end = text.rfind("</body>")
    return text if end < 0 or tag in text else text[:end] + tag + text[end:]


def script_tag(root: str) -> str:
    return f'<script src="{root}{SCRIPT_URL}"></script>'


def add_script_step(page: BuiltPage, root: str) -> None:
    """offline.js at the end of the `<body>` (once)."""
    body = page.root.find("body")
    if body is not None and script_tag(root) not in page.text:
        page.insert_before_end(body, script_tag(root))


# --- courses --------------------------------------------------------------------------


@dataclass
class PageFacts:
    """What the offline files need to know of a built Material page, read in the pass
    (tools/site/page_pass.py): no page is read again."""

    path: Path  # where it is written
    lang: str
    linked: list[str]  # stylesheets, icon and scripts as the page links them
    images: list[str]  # `<img src>` as written
    title: str  # its first heading, as text
    size: int | None = None  # gzip size of its bytes (course pages; others once asked)
    article_links: list[str] = field(default_factory=list)  # `<a href>` in its article


def linked_urls(root) -> list[str]:
    """URLs of the stylesheets, icons and scripts a parsed page links."""
    out: list[str] = []
    for el in root.iter("link", "script"):
        _add_linked(el, out)
    return out


def _add_linked(el, out: list[str]) -> None:
    if el.tag == "link":
        if el.get("rel") in ("stylesheet", "icon") and el.get("href"):
            out.append(el.get("href"))
    elif el.get("src"):
        out.append(el.get("src"))


def heading_text(root) -> str:
    """The text of the first `<h1>`, without its "¶" anchor."""
    return _heading_text(next(root.iter("h1"), None))


def _heading_text(h1) -> str:
    if h1 is None:
        return ""
    parts = [h1.text or ""]
    for child in h1:
        if "headerlink" not in (child.get("class") or "").split() or child.tag != "a":
            parts.append(child.text_content() if isinstance(child.tag, str) else "")
        parts.append(child.tail or "")
    return "".join(parts).strip()


def _is_article(el) -> bool:
    return (el.get("class") or "").startswith("md-content__inner")


def article_links(root) -> list[str]:
    """`<a href>` of a parsed page's article (Material's `md-content__inner`), in order."""
    return _links_of(next((a for a in root.iter("article") if _is_article(a)), None))


def _links_of(article) -> list[str]:
    if article is None:
        return []
    return [a.get("href") for a in article.iter("a") if a.get("href") is not None]


def page_facts(page: BuiltPage, path: Path, lang: str, final: str | None = None) -> PageFacts:
    """`final`: the page's text as written, when its gzip size is wanted (course pages).
    What `linked_urls`, the images, `heading_text` and `article_links` read, in one walk of
    the tree (each of them walks the whole page, its navigation included)."""
    linked: list[str] = []
    images: list[str] = []
    h1 = article = None
    for el in page.root.iter("link", "script", "img", "h1", "article"):
        tag = el.tag
        if tag == "img":
            if el.get("src"):
                images.append(el.get("src"))
        elif tag == "h1":
            h1 = el if h1 is None else h1
        elif tag == "article":
            article = el if article is None and _is_article(el) else article
        else:
            _add_linked(el, linked)
    return PageFacts(
        path=path,
        lang=lang,
        linked=linked,
        images=images,
        title=_heading_text(h1),
        size=None if final is None else gzip_size(final.encode("utf-8")),
        article_links=_links_of(article),
    )


def read_facts(site_dir: Path) -> dict[Path, PageFacts]:
    """The facts of every Material page on disk (a site built earlier)."""
    found = {}
    for path in pages(site_dir):
        text = path.read_text(encoding="utf-8")
        page = BuiltPage(text, str(path))
        found[path] = page_facts(page, path, page_lang(text))
    return found


def _under(path: Path, folder: Path) -> bool:
    """`folder in path.parents`, compared as text (both absolute and normalised): no
    Python frame per parent, for every link of every page."""
    return str(path).startswith(str(folder).rstrip(os.sep) + os.sep)


def _rel_folder(site_dir: Path, page: Path) -> str | None:
    try:
        return page.parent.relative_to(site_dir).as_posix()
    except ValueError:
        return None


def _joined(site: Path, site_dir: Path, page: Path, path: str) -> Path:
    """`(page.parent / path).resolve()` for a page of the site at `site_dir` (`site`: its
    resolved path), joined as text: a built site holds no symbolic link (every file is
    written or copied into it), so this is the same file without a filesystem call per
    link of every page."""
    try:
        rel = page.parent.relative_to(site_dir).as_posix()
    except ValueError:  # not a page of this site: as before
        return (page.parent / path).resolve()
    return Path(posixpath.normpath(posixpath.join(site.as_posix(), rel, path)))


def linked_pages(
    site_dir: Path, lang: str, html_pages: list[Path], facts: dict[Path, PageFacts]
) -> list[Path]:
    """The site's pages outside the courses that these pages' articles link to (the
    glossary of every term link, the dated facts): a saved lesson's links open offline."""
    site, courses = site_dir.resolve(), (site_dir / prefix(lang) / "courses").resolve()
    site_text, courses_text = str(site).rstrip(os.sep) + os.sep, str(courses) + os.sep
    found: set[Path] = set()
    # Left out on the text first (a folder's `/index.html` is under the same folders as
    # the folder with a `/`), a `stat` last and once a target: most links are to the
    # course's own pages.
    is_dir: dict[str, bool] = {}
    for page in html_pages:
        folder = None
        for href in facts[page].article_links:
            path = urlsplit(href).path
            if not path or "//" in href or href.startswith(("data:", "/", "#", "mailto:")):
                continue
            if folder is None:  # as `_joined`, once a page
                rel = _rel_folder(site_dir, page)
                folder = site.as_posix() + "/" + rel if rel is not None else ""
            if folder:
                text = posixpath.normpath(posixpath.join(folder, path))
            else:
                text = str(_joined(site, site_dir, page, path))
            if not (text + os.sep).startswith(site_text) or (text + os.sep).startswith(
                courses_text
            ):
                continue
            if text not in is_dir:
                is_dir[text] = os.path.isdir(text)
            target = Path(text, "index.html") if is_dir[text] else Path(text)
            if target.suffix != ".html":
                continue
            written = site_dir / target.relative_to(site)
            if written in facts:  # a Material page (not a slide deck)
                found.add(written)
    return sorted(found)


def course_files(
    site_dir: Path, lang: str, course: str, facts: dict[Path, PageFacts]
) -> tuple[list[Path], list[Path]]:
    """(pages, images) of one course in one language: the course, module and lesson pages,
    the pages they link to (linked_pages) and the images they show."""
    top = site_dir / prefix(lang) / "courses" / course
    html_pages = sorted(
        p for p in facts if _under(p, top) and not SKIP_DIRS & set(p.relative_to(top).parts)
    )
    html_pages += linked_pages(site_dir, lang, html_pages, facts)
    images: set[Path] = set()
    for page in html_pages:
        for src in facts[page].images:
            if "//" in src or src.startswith(("data:", "/")):
                continue
            target = (page.parent / urlsplit(src).path).resolve()
            if target.is_file() and site_dir.resolve() in target.parents:
                images.add(target)
    return html_pages, sorted(images)


def shared_assets(site_dir: Path, facts: dict[Path, PageFacts] | None = None) -> list[str]:
    """Site-relative URLs of the files under assets/ that pages link in their <head>."""
    facts = read_facts(site_dir) if facts is None else facts
    found: set[str] = set()
    url: dict[str, str | None] = {}  # every page links the same few files: one stat each
    for page, page_facts_ in facts.items():
        folder = None
        for href in page_facts_.linked:
            if "//" in href or href.startswith(("data:", "/")):
                continue
            if folder is None:  # joined as text, as `_joined` does
                folder = page.parent.relative_to(site_dir).as_posix()
            rel = posixpath.normpath(posixpath.join(folder, urlsplit(href).path))
            if not rel.startswith("assets/"):
                continue
            if rel not in url:
                path = site_dir / rel
                url[rel] = url_of(site_dir, path) if path.is_file() else None
            if url[rel] is not None:
                found.add(url[rel])
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


def write_course(
    site_dir: Path,
    lang: str,
    course: str,
    facts: dict[Path, PageFacts],
    held: dict[Path, BuiltPage],
    written: Callable[[Path, BuiltPage], None] | None = None,
    assets: list[str] | None = None,
) -> None:
    """The course's list of files, and its save button on the course page (held back by
    the pass until its size is known: `held`). `assets`: every course's (course_assets),
    found once for all."""
    index = site_dir / prefix(lang) / "courses" / course / "index.html"
    if index not in facts:
        return
    html_pages, images = course_files(site_dir, lang, course, facts)
    site = site_dir.resolve()
    files = [url_of(site, p.resolve()) for p in images]
    pages_urls = [url_of(site_dir, p) for p in html_pages]
    size = sum(_size(facts[p]) for p in html_pages) + sum(compressed_size(p) for p in images)
    list_url = f"{LIST_DIR}/{lang}-{course}.json"
    assets = course_assets(site_dir, facts) if assets is None else assets
    data = {
        "course": course,
        "lang": lang,
        "bytes": size,
        "pages": pages_urls,
        "files": files,
        "assets": assets + listen_file(site_dir, lang),
    }
    target = site_dir / list_url
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    page = held.pop(index, None) or BuiltPage(index.read_text(encoding="utf-8"), str(index))
    root = rel_root(site_dir, index)
    h1 = next(page.root.iter("h1"), None)
    block = save_block(lang, root + list_url, size)
    if h1 is not None:
        page.insert_after_end(h1, block)
    add_script_step(page, root)
    index.write_text(page.html(), encoding="utf-8")
    facts[index].linked.append(root + SCRIPT_URL)
    if written is not None:
        if h1 is not None:  # the tree as written, for what reads it next
            element = lxml_html.fragment_fromstring(block)
            element.tail, h1.tail = h1.tail, None
            h1.addnext(element)
        written(index, page)


def course_assets(site_dir: Path, facts: dict[Path, PageFacts]) -> list[str]:
    """The shared files every course list names: the same for all (a save button adds
    offline.js to a course page's links, and offline.js is named anyway)."""
    # offline.js itself: the offline page lists the saved courses with it. Named here, not
    # found in the pages: the first course is listed before any page links it.
    return sorted({*shared_assets(site_dir, facts), SCRIPT_URL}) + fonts(site_dir)


def _size(facts: PageFacts) -> int:
    """A page's gzip size: from the pass (course pages), else read once (a page they link
    to, written by then) and kept for the other courses that link it."""
    if facts.size is None:
        facts.size = compressed_size(facts.path)
    return facts.size


def relative_links_step(page: BuiltPage, root: str, site_url: str, empty: str) -> None:
    """A 404 page's links, absolute (it is served at any depth), made relative to `root`,
    where the copy sits: `/tamkeen/x` and `https://…/tamkeen/x` become `{root}x` (and the
    root itself `{root}{empty}`); so does the theme's `base`."""
    absolute = urlsplit(site_url or "/").path.rstrip("/") + "/"
    starts = [absolute] + ([site_url.rstrip("/") + "/"] if "//" in site_url else [])
    for el in page.root.iter():
        if not isinstance(el.tag, str):
            continue
        for name in ("href", "src"):
            value = el.get(name)
            for start in starts:
                if value is not None and value.startswith(start):
                    value = root + (value[len(start) :] or empty)
                    page.set_attribute(el, name, value)
    base = f'"base": "{absolute}"'
    for script in page.root.iter("script"):
        if base in (script.text or ""):
            start, end = page.inner_span(script)
            page.replace(start, end, page.text[start:end].replace(base, f'"base": "{root or "."}"'))


def relative_links(text: str, root: str, site_url: str, empty: str = "index.html") -> str:
    page = BuiltPage(text)
    relative_links_step(page, root, site_url, empty)
    return page.html()


def with_article_step(page: BuiltPage, inner: str, title: str) -> None:
    """A Material page with its article's content and its <title> replaced."""
    title_el = page.first("/html/head/title")
    if title_el is not None:
        page.replace_inner(title_el, html.escape(title))
    for article in page.root.iter("article"):
        if (article.get("class") or "").startswith("md-content__inner"):
            page.replace_inner(article, inner)
            break


def with_article(text: str, inner: str, title: str) -> str:
    page = BuiltPage(text)
    with_article_step(page, inner, title)
    return page.html()


def course_title(index: Path, facts: dict[Path, PageFacts] | None = None) -> str:
    if facts is not None and index in facts:
        title = facts[index].title
    else:
        title = heading_text(BuiltPage(index.read_text(encoding="utf-8")).root)
    return title or index.parent.name


def offline_page(
    site_dir: Path,
    lang: str,
    courses: list[str],
    site_url: str,
    facts: dict[Path, PageFacts] | None = None,
) -> str | None:
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
        known = index in facts if facts is not None else index.is_file()
        if known and (site_dir / LIST_DIR / f"{lang}-{course}.json").is_file():
            items.append(
                {
                    "list": f"{root}{LIST_DIR}/{lang}-{course}.json",
                    "url": f"courses/{course}/",
                    "title": course_title(index, facts),
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
    page = BuiltPage(source.read_text(encoding="utf-8"), str(source))
    relative_links_step(page, root, site_url, empty="./")
    # The switcher leads to the other language's offline page (saved with this one), not to
    # a home page the reader may not have.
    for link in page.xpath("//a[@href][@hreflang][@class='md-select__link']"):
        page.set_attribute(link, "href", f"{root}{prefix(link.get('hreflang'))}{OFFLINE_PAGE}")
    with_article_step(page, inner, strings(lang)["offline.page.title"])
    add_script_step(page, root)
    return page.html()


def write_offline_pages(
    site_dir: Path,
    languages: list[str],
    courses: list[str],
    site_url: str,
    facts: dict[Path, PageFacts] | None = None,
) -> None:
    for lang in languages:
        text = offline_page(site_dir, lang, courses, site_url, facts)
        if text is not None:
            target = site_dir / prefix(lang) / OFFLINE_PAGE
            target.write_text(text, encoding="utf-8")
            if facts is not None:  # a page made here: its links known from what was written
                facts[target] = page_facts(BuiltPage(text, str(target)), target, lang)


def offline_pages(site_dir: Path) -> dict[str, str]:
    """{language prefix ("" or "fr/"): site-relative URL of its offline page}."""
    found = {}
    for lang in LANGUAGES:
        if (site_dir / prefix(lang) / OFFLINE_PAGE).is_file():
            found[prefix(lang)] = prefix(lang) + OFFLINE_PAGE
    return found


def process_site(
    site_dir: Path,
    languages: list[str],
    courses: list[str],
    site_url: str,
    facts: dict[Path, PageFacts],
    held: dict[Path, BuiltPage],
    written: Callable[[Path, BuiltPage], None] | None = None,
) -> None:
    """Icons, manifests, course lists and save buttons, offline pages. `facts`: every
    Material page, from the pass (tools/site/page_pass.py, which also added the head links)."""
    write_icons(site_dir)
    write_manifests(site_dir, languages)
    assets = course_assets(site_dir, facts)
    for lang in languages:
        for course in courses:
            write_course(site_dir, lang, course, facts, held, written, assets)
    for path, page in held.items():  # a course page of no course list: as it is
        path.write_text(page.html(), encoding="utf-8")
        if written is not None:
            written(path, page)
    held.clear()
    write_offline_pages(site_dir, languages, courses, site_url, facts)


# --- service worker -------------------------------------------------------------------


def _digests(site_dir: Path) -> list[tuple[str, bytes]]:
    """(path under the site, SHA-256) of every built file but the service worker's, sorted:
    each file read once for the version and the integrity list."""
    out = []
    for rel in site_files(site_dir):
        if rel != SW_NAME and not rel.startswith(WORKER_DIR + "/"):
            with open(os.path.join(site_dir, rel), "rb") as file:
                out.append((rel, hashlib.sha256(file.read()).digest()))
    return out


def site_files(site_dir: Path) -> list[str]:
    """Every file under the site (path as text, `/`-separated) in `sorted(rglob("*"))`'s
    order (part by part), read as directory entries: a large site has tens of thousands
    of files, and a Path object and a `stat` each cost more than the hash."""
    found: list[str] = []
    folders = [("", os.fspath(site_dir))]
    while folders:
        prefix, folder = folders.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir():
                    folders.append((prefix + entry.name + "/", entry.path))
                elif entry.is_file():
                    found.append(prefix + entry.name)
    return sorted(found, key=lambda rel: rel.split("/"))


def site_hash(site_dir: Path, digests: list[tuple[str, bytes]] | None = None) -> str:
    """A hash of every built file but the service worker: the cache version."""
    digest = hashlib.sha256()
    for rel, file_digest in _digests(site_dir) if digests is None else digests:
        digest.update(rel.encode() + b"\0" + file_digest)
    return digest.hexdigest()[:16]


# What the service worker may serve from its cache: the pages, the shared assets, fonts and
# images. Slides, trainer downloads, notebook downloads and the search index come from the
# network only (and so cost nothing in its integrity lists).
_CACHEABLE = (".html", ".css", ".js", ".json", ".woff2", ".woff", ".webmanifest") + (
    ".png",
    ".jpg",
    ".jpeg",
    ".gif",
    ".webp",
    ".svg",
)
_NOT_CACHED_DIRS = SKIP_DIRS | {"pagefind", "pagefind-trainer"}
# The manifest of every file kept from outside the courses (and of their folders' files
# that no course list names).
SITE_MANIFEST = f"{LIST_DIR}/site.json"


def _hash(digest: bytes) -> str:
    return base64.urlsafe_b64encode(digest[:16]).decode("ascii").rstrip("=")


def integrity(site_dir: Path, digests: list[tuple[str, bytes]] | None = None) -> dict[str, str]:
    """{file path under the site: the first 128 bits of its SHA-256, base64url} for every
    file the service worker may serve from its cache. 128 bits keep a second preimage out
    of reach."""
    out = {}
    for rel, digest in _digests(site_dir) if digests is None else digests:
        parts = rel.split("/")
        if Path(rel).suffix not in _CACHEABLE or _NOT_CACHED_DIRS & set(parts[:-1]):
            continue
        out[rel] = _hash(digest)
    return out


def precache(site_dir: Path, facts: dict[Path, PageFacts] | None = None) -> list[str]:
    """Shared assets fetched when the service worker installs: offline.js is left to the
    course pages that use it (it would cost every first visit); so are the offline pages
    (the worker adds the reader's language's)."""
    return [u for u in shared_assets(site_dir, facts) if u != SCRIPT_URL]


def known_files(
    site_dir: Path, facts: dict[Path, PageFacts] | None = None, pre: list[str] | None = None
) -> list[str]:
    """The files sw.js names with their hash: those its own code fetches (the precache and
    the offline pages), the fonts and our scripts. A fixed set: the site's content does
    not make it grow. `pre`: the precache, when already found."""
    scripts = [url_of(site_dir, p) for p in sorted((site_dir / "assets" / "js").glob("*.js"))]
    return sorted(
        {
            *(precache(site_dir, facts) if pre is None else pre),
            *offline_pages(site_dir).values(),
            *fonts(site_dir),
            *scripts,
        }
    )


def _file(url: str) -> str:
    """The file a site-relative URL names (`x/` is `x/index.html`)."""
    return url + "index.html" if url == "" or url.endswith("/") else url


def _course_lists(site_dir: Path) -> list[tuple[str, str]]:
    """(path prefix, list path) of every course list: `courses/ai/` or `fr/courses/ai/`."""
    out = []
    for path in sorted((site_dir / LIST_DIR).glob("*.json")):
        rel = url_of(site_dir, path)
        if rel == SITE_MANIFEST:
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        out.append((f"{prefix(data['lang'])}courses/{data['course']}/", rel))
    return out


def write_integrity(
    site_dir: Path, facts: dict[Path, PageFacts] | None = None, pre: list[str] | None = None
) -> dict:
    """Every file the service worker may keep, with its hash, named once: in sw.js (the
    fixed set of `known_files`) or in a manifest. Each course list gets `integrity`: its
    pages and images, and every other such file under its folder; `site.json` the rest.
    Returns {"files": …, "manifests": [[prefix, path, hash], …], "digests": …} for sw.js."""
    digests = _digests(site_dir)
    cacheable = integrity(site_dir, digests)
    known = set(known_files(site_dir, facts, pre))
    lists = _course_lists(site_dir)
    list_paths = {path for _prefix, path in lists} | {SITE_MANIFEST}
    claimed: set[str] = set(known)
    for course_prefix, path in lists:
        target = site_dir / path
        data = json.loads(target.read_text(encoding="utf-8"))
        named = [_file(u) for u in data["pages"] + data["files"]]
        own = [rel for rel in cacheable if rel.startswith(course_prefix) and rel not in known]
        data["integrity"] = {
            rel: cacheable[rel] for rel in sorted({*named, *own}) if rel in cacheable
        }
        claimed.update(own)
        target.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    rest = {
        rel: value
        for rel, value in cacheable.items()
        if rel not in claimed and rel not in list_paths
    }
    site_manifest = site_dir / SITE_MANIFEST
    site_manifest.parent.mkdir(parents=True, exist_ok=True)
    site_manifest.write_text(
        json.dumps({"integrity": rest}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    by_path = dict(digests)  # the manifests as written
    for path in list_paths:
        by_path[path] = hashlib.sha256((site_dir / path).read_bytes()).digest()
    digests = sorted(by_path.items())
    entries = sorted(lists, key=lambda entry: (-len(entry[0]), entry[0]))
    manifests = [[p, path, _hash(by_path[path])] for p, path in entries]
    manifests.append(["", SITE_MANIFEST, _hash(by_path[SITE_MANIFEST])])
    files = {rel: cacheable[rel] for rel in sorted(known) if rel in cacheable}
    return {"files": files, "manifests": manifests, "digests": digests}


def worker(site_dir: Path, facts: dict[Path, PageFacts] | None = None) -> tuple[str, str]:
    """(version, the worker's code), its manifests written first (write_integrity). `facts`:
    every Material page (the build's pass); without them, read from the site. Minified."""

    template = (ASSETS / SW_NAME).read_text(encoding="utf-8")
    pre = precache(site_dir, facts)  # every page's links read once
    found = write_integrity(site_dir, facts, pre)
    compact = {"separators": (",", ":")}
    text = (
        template.replace("__FILES__", json.dumps(found["files"], **compact))
        .replace("__PRECACHE__", json.dumps(pre, **compact))
        .replace("__OFFLINE__", json.dumps(offline_pages(site_dir), **compact))
        .replace("__MANIFESTS__", json.dumps(found["manifests"], **compact))
        .replace("__TYPES__", json.dumps([s[1:] for s in _CACHEABLE], **compact))
        .replace("__NEVER__", json.dumps(sorted(_NOT_CACHED_DIRS), **compact))
    )
    # Other handlers, each in its own file, after this worker's (which answers GET only).
    code = minify_js([text])[0] + share_worker() + "\n"
    return site_hash(site_dir, found["digests"]), code


def share_worker() -> str:
    """The share target's handler (sw_share.js), minified: it travels with the first visit."""
    return "\n" + site_assets.minify_js([(ASSETS / SHARE_WORKER).read_text(encoding="utf-8")])[0]


def service_worker_files(
    site_dir: Path, facts: dict[Path, PageFacts] | None = None
) -> dict[str, str]:
    """{path under the site: text} of the service worker: sw.js, which the browser fetches
    again on every navigation to check for an update (past its HTTP cache), holds only the
    version and the name of the code it imports; the code, named by its hash, comes from
    the HTTP cache like any asset (importScripts)."""
    version, code = worker(site_dir, facts)
    name = f"{WORKER_DIR}/{hashlib.sha256(code.encode()).hexdigest()[:16]}.js"
    loader = f'"use strict";var VERSION="{version}";importScripts("{name}");\n'
    return {SW_NAME: loader, name: code}


def service_worker(site_dir: Path, facts: dict[Path, PageFacts] | None = None) -> str:
    """The text of sw.js (service_worker_files)."""
    return service_worker_files(site_dir, facts)[SW_NAME]


def worker_of(site_dir: Path) -> str:
    """The code the built sw.js imports."""
    sw = (site_dir / SW_NAME).read_text(encoding="utf-8")
    match = re.search(r'importScripts\("([^"]+)"\)', sw)
    return (site_dir / match.group(1)).read_text(encoding="utf-8") if match else ""


def write_service_worker(site_dir: Path, facts: dict[Path, PageFacts] | None = None) -> None:
    files = service_worker_files(site_dir, facts)
    shutil.rmtree(site_dir / WORKER_DIR, ignore_errors=True)  # an earlier build's
    for rel, text in files.items():
        (site_dir / rel).parent.mkdir(parents=True, exist_ok=True)
        (site_dir / rel).write_text(text, encoding="utf-8")


def version_of(sw_text: str) -> str:
    match = re.search(r'\bVERSION\s*=\s*"([0-9a-f]+)"', sw_text)
    return match.group(1) if match else ""
