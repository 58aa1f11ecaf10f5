"""A course passed phone to phone (issue 27): "send this course".

For every course and language, `assets/offline/<lang>-<course>.zip`: the course's pages,
the pages they link to and their images (the same files as "save this course",
tools/site/offline.py), the shared assets, and the course's messages (tools/site/share.py), made to
open from `file://` as the workshop bundle does (tools/publish/offline_bundle.py): folder links
name their `index.html`, every page loads offline.js (search from file://, written here
for the course's pages), no manifest. Links to pages outside the course lead to the site
online. Unzipped, `index.html` opens the course.

On the course page, beside "save this course": "send this course" with the zip's size,
which offline.js shares with `navigator.share({files})` where the phone can, or downloads.
The offline page offers it too for each saved course whose zip this phone kept: the
course's list (tools/site/offline.py) names the zip, its size and its SHA-256, against which
offline.js checks the kept copy (another site of the origin can write into its caches).
The messages are offline.js's: nothing is added to the offline pages, which every first
visit precaches.

Called from the hook's `on_post_build`, after tools/site/offline.py's `process_site`.
"""

from __future__ import annotations

import hashlib
import html
import io
import json
import os
import posixpath
import zipfile
from pathlib import Path

from tools.common import build_cache
from tools.common.ui_strings import strings
from tools.publish import offline_bundle
from tools.site import offline, page_pass, site_assets
from tools.site.built_page import BuiltPage, apply_edits, quote
from tools.site.html_page import policy
from tools.site.zip_links import ZipLinks

ZIP_URL = offline.LIST_DIR + "/{lang}-{course}.zip"
_DATE = (1980, 1, 1, 0, 0, 0)  # reproducible
SHARE_DATA = "assets/share"


def _online(site_url: str, rel: str) -> str | None:
    """The site's own address of a file (`courses/x/` for `courses/x/index.html`)."""
    if "//" not in (site_url or ""):
        return None
    rel = rel[: -len("index.html")] if rel == "index.html" or rel.endswith("/index.html") else rel
    return site_url.rstrip("/") + "/" + rel


def _local_href(
    site_dir: Path,
    here: str,
    href: str,
    inside: set[str],
    site_url: str,
    dirs: dict[str, bool] | None = None,
):
    """A link as file:// follows it: a folder names its index.html, and a page this zip
    does not hold is the site online (left as is without an absolute site_url). None: as
    it is. `dirs`: which paths are folders, kept for the next links (pages link the same
    few files: a filesystem call each, not one a link)."""
    path, _, fragment = href.partition("#")
    path, mark, query = path.partition("?")
    if not path or ":" in href or href.startswith(("/", "#")):
        return None
    fragment = (mark + query if mark else "") + ("#" + fragment if fragment else "")
    # Paths as strings (resolve() costs a system call per part, thousands per zip).
    rel = posixpath.normpath(posixpath.join(here, path))
    if rel == ".." or rel.startswith("../"):
        return None
    folder = path.endswith("/") or path.rsplit("/", 1)[-1] in (".", "..")
    if not folder:
        dirs = {} if dirs is None else dirs
        if rel not in dirs:
            dirs[rel] = os.path.isdir(os.path.join(site_dir, rel))
        folder = dirs[rel]
    if folder:
        rel = "index.html" if rel == "." else rel + "/index.html"
    if rel in inside:  # a folder names its index.html: file:// opens no folder
        return path.rstrip("/") + "/index.html" + fragment if folder else None
    url = _online(site_url, rel)
    return url + fragment if url else None


def _page_text(
    site_dir: Path,
    page: Path,
    inside: set[str],
    site_url: str,
    dirs: dict[str, bool],
    links: ZipLinks | None = None,
    data: bytes | None = None,
) -> str:
    """The page as the zip holds it. `links`: where the pass found its links (used for the
    very text they were read from); `data`: its bytes, when already read."""
    data = page.read_bytes() if data is None else data
    here = page.parent.relative_to(site_dir).as_posix()
    root = offline.rel_root(site_dir, page)
    text = data.decode("utf-8")
    if "\r" in text:  # as read_text reads it (the pass's offsets are of the text written)
        text, links = text.replace("\r\n", "\n").replace("\r", "\n"), None
    if links is not None and links.matches(data):
        edits = [] if links.manifest is None else [(*links.manifest, "")]
        for start, end, value in links.hrefs:
            new = _local_href(site_dir, here, value, inside, site_url, dirs)
            if new is not None:
                edits.append((start, end, f'href="{quote(new)}"'))
        script = offline.script_tag(root)  # as offline.add_script_step
        if links.body_end is not None and script not in text:
            edits.append((links.body_end, links.body_end, script))
        return apply_edits(text, edits, str(page))
    built = BuiltPage(text, str(page))
    for link in built.xpath("/html/head/link[@rel='manifest']"):
        built.remove_line(link)  # nothing to install from file://
    for element in built.xpath("//a[@href] | //link[@href]"):  # links and <link rel=prev>
        new = _local_href(site_dir, here, element.get("href"), inside, site_url, dirs)
        if new is not None:
            built.set_attribute(element, "href", new)
    offline.add_script_step(built, root)
    return built.html()


def _search_data(
    site_dir: Path, pages: list[Path], lang: str, known: dict[Path, dict] | None = None
) -> str:
    """`known`: the pages' records from the pass (tools/site/page_pass.py `records`); a page
    without one is read from the site."""
    known = known or {}
    found = (known.get(p) or offline_bundle.page_record(site_dir, p) for p in pages)
    records = [r for r in found if r]
    data = json.dumps(records, ensure_ascii=False, separators=(",", ":"))
    return (
        "window.tamkeenSearchData=window.tamkeenSearchData||{};"
        f"window.tamkeenSearchData[{json.dumps(lang)}]={data};\n"
    )


def course_zip(
    site_dir: Path,
    lang: str,
    course: str,
    site_url: str,
    facts: dict | None = None,
    cache: build_cache.Step | None = None,
    records: dict[Path, dict] | None = None,
    links: dict[Path, ZipLinks] | None = None,
) -> bytes:
    """The zip of one course in one language, as bytes (reproducible). `facts`: the built
    pages' (offline.course_files finds the course's pages and images in them); without, the
    course's list names them (offline.write_course wrote it from the same facts). `cache`:
    the zip is kept under a hash of everything it is made of (the names and bytes of its
    pages and files, the site's URL) and reused when that is the same. `records`: the pages' search
    records from the pass (`_search_data`). `links`: where the pass found each page's links
    (tools/site/zip_links.py; the build's own when not given)."""
    links = page_pass.links if links is None else links
    listed = json.loads((site_dir / offline.LIST_DIR / f"{lang}-{course}.json").read_text("utf-8"))
    if facts is None:  # the list's pages and files (offline.write_course), not found again
        pages = [site_dir / (url + "index.html" if not url or url.endswith("/") else url)
                 for url in listed["pages"]]  # fmt: skip
        files = set(listed["files"]) | set(listed["assets"])
    else:
        pages, images = offline.course_files(site_dir, lang, course, facts)
        site = site_dir.resolve()
        files = {offline.url_of(site, p.resolve()) for p in images} | set(listed["assets"])
    share_dir = site_dir / SHARE_DATA / course
    files |= {p.relative_to(site_dir).as_posix() for p in share_dir.glob(f"*.{lang}.js")}
    # Loaded on demand: the share button's code and the trainer view's QR encoder.
    for extra in (site_assets.PER_LANGUAGE["share.js"].format(lang=lang), "assets/js/qrcode.js"):
        if (site_dir / extra).is_file():
            files.add(extra)
    inside = {p.relative_to(site_dir).as_posix() for p in pages} | files
    top = f"tamkeen-{course}-{lang}"
    key = None
    read: dict[str, bytes] = {}  # the pages' bytes, read once
    if cache is not None:
        parts = [top, site_url]
        for rel in sorted(inside):
            path = site_dir / rel
            data = read[rel] = path.read_bytes() if path.is_file() else b"-"
            parts += [rel, data]
        parts += ["pages", *(p.relative_to(site_dir).as_posix() for p in pages)]
        key = cache.key(*parts)
        kept = cache.get(key)
        if kept is not None:
            return kept.read_bytes()
    start = f"{offline.prefix(lang)}courses/{course}/index.html"
    redirect = (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{policy()}">'
        f'<meta http-equiv="refresh" content="0; url={start}"><title>Tamkeen</title></head>'
        f'<body><p><a href="{start}">Tamkeen</a></p></body></html>\n'
    )
    entries: dict[str, bytes] = {"index.html": redirect.encode("utf-8")}
    dirs: dict[str, bool] = {}
    for page in pages:
        rel = page.relative_to(site_dir).as_posix()
        text = _page_text(site_dir, page, inside, site_url, dirs, links.get(page), read.get(rel))
        entries[rel] = text.encode("utf-8")
    for rel in sorted(files):
        if (site_dir / rel).is_file() and not rel.endswith(".map"):
            entries[rel] = read[rel] if rel in read else (site_dir / rel).read_bytes()
    search = _search_data(site_dir, pages, lang, records)
    entries[f"{offline.LIST_DIR}/search-{lang}.js"] = search.encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for rel in sorted(entries):
            info = zipfile.ZipInfo(f"{top}/{rel}", date_time=_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, entries[rel])
    if cache is not None:
        cache.put_bytes(key, buffer.getvalue())
    return buffer.getvalue()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def send_block(lang: str, url: str, size: int, digest: str, title: str) -> str:
    """The course page's "send this course" with the zip's size (hidden until offline.js
    shows it; its messages are offline.js's)."""
    s = {k: html.escape(v) for k, v in strings(lang).items()}
    size_text = s["share.course.size"].format(size=html.escape(offline.human_size(size, lang)))
    return (
        f'<div class="tk-send" hidden data-pagefind-ignore="all" data-tk-zip="{url}"'
        f' data-tk-sha="{digest}" data-tk-title="{html.escape(title)}">'
        f'<button type="button" class="md-button">{s["share.course.send"]}</button> '
        f'<span class="tk-send__size">({size_text})</span>'
        '<p class="tk-send__status" role="status" aria-live="polite"></p></div>'
    )


def write_all(
    site_dir: Path,
    languages: list[str],
    courses: list[str],
    site_url: str,
    cache: build_cache.Step | None = None,
    records: dict[Path, dict] | None = None,
    links: dict[Path, ZipLinks] | None = None,
) -> None:
    """Every course's zip (each course's list names its pages and files: `course_zip`).
    `records`, `links`: the pages' search records and link places, from the one pass
    (tools/site/page_pass.py)."""
    for lang in languages:
        for course in courses:
            index = site_dir / offline.prefix(lang) / "courses" / course / "index.html"
            listed = site_dir / offline.LIST_DIR / f"{lang}-{course}.json"
            if not index.is_file() or not listed.is_file():
                continue
            data = course_zip(site_dir, lang, course, site_url, None, cache, records, links)
            url = ZIP_URL.format(lang=lang, course=course)
            (site_dir / url).write_bytes(data)
            digest = sha256(data)
            # The course's list (tools/site/offline.py) names its zip: the offline page offers a
            # kept copy from it, checked against this SHA-256.
            course_list = json.loads(listed.read_text(encoding="utf-8"))
            course_list.update({"zip": url, "sha": digest, "zip_bytes": len(data)})
            text = json.dumps(course_list, ensure_ascii=False, indent=1) + "\n"
            listed.write_text(text, encoding="utf-8")
            page = BuiltPage(index.read_text(encoding="utf-8"), str(index))
            root = offline.rel_root(site_dir, index)
            block = send_block(lang, root + url, len(data), digest, offline.course_title(index))
            save = page.first("//div[contains(concat(' ', @class, ' '), ' tk-offline ')]")
            if save is not None:  # "send this course" right after "save this course"
                page.insert_after_end(save, block)
                index.write_text(page.html(), encoding="utf-8")
