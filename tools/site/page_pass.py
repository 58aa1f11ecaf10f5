"""One pass over every built page: parsed once, edited by small named steps, written once.

MkDocs hands each rendered page to the hook (`on_post_page`, `on_post_template` for the
404); here it is parsed once (tools/site/built_page.py) and goes through the steps:

- the theme's page made ours (tools/site/html_page.py): `<html dir>`, no head alternates,
  named section navigations (tools/site/landmarks.py), the search body, the policy;
- the manifest and theme colour in its head (tools/site/offline.py; not under `serve`, which
  writes no manifest);
- `width`, `height` and lazy loading on its images (tools/site/images.py).

What the files written after every page need to know of the pages (their links, images,
first heading, gzip size: tools/site/offline.py `PageFacts`) is read in the same pass and kept
in `facts`. A course page waits in `held` (not written by MkDocs) until the sizes of
every page of its course are known and its save button can be added (`offline.process_site`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from tools.site import html_page, images, offline, search_index, zip_links
from tools.site.built_page import BuiltPage

# Every Material page of the build in progress (all languages), and the course pages held
# back until `offline.process_site` writes them.
facts: dict[Path, offline.PageFacts] = {}
held: dict[Path, BuiltPage] = {}
# What the search index reads of each searchable page (tools/site/search_index.py `document`).
documents: dict[Path, str] = {}
# What a course zip's file:// search reads of each participants' page
# (tools/site/search_index.py `record`), from the same tree: the zips read no page again.
records: dict[Path, dict] = {}
# Where a course zip edits each course page (tools/site/zip_links.py): no page parsed again.
links: dict[Path, zip_links.ZipLinks] = {}
_site_dir: Path | None = None


def start(site_dir: Path) -> None:
    """A new build (of every language) into `site_dir`."""
    global _site_dir
    _site_dir = Path(site_dir)
    facts.clear()
    held.clear()
    documents.clear()
    records.clear()
    links.clear()


def site_dir() -> Path | None:
    return _site_dir


def run(
    text: str,
    path: Path,
    lang: str,
    *,
    head_root: str | None,
    searchable: bool = True,
    script_hashes: Iterable[str] = (),
    hold: bool = False,
) -> str:
    """The page as it is written at `path`. `head_root`: the site root as the page links
    it (for the manifest), None for no manifest. `hold`: keep the page (see above) and
    return "" (MkDocs writes nothing)."""
    page = BuiltPage(text, str(path))
    html_page.steps(page, lang, searchable, script_hashes)
    text_lang = None  # read from `<html lang>` once, when asked
    if head_root is not None:
        text_lang = offline.page_lang(text)
        offline.add_head_links(page, head_root, text_lang)
    root = _site_dir or path.parent
    images.image_attributes(page, path, root)
    if hold:  # edited further, and written, by offline.write_course
        held[path] = page
    out = page.html()
    if offline.CONFIG_MARK in text:
        # Course pages: their gzip size, for their course's "save for offline" button (not
        # its slides' and trainer's pages, which no course list names: offline.course_files).
        in_course = False
        if _inside(path, root):
            parts = path.relative_to(root).parts
            if "courses" in parts:
                in_course = not offline.SKIP_DIRS & set(parts[parts.index("courses") + 2 :])
        text_lang = offline.page_lang(text) if text_lang is None else text_lang
        facts[path] = offline.page_facts(page, path, text_lang, out if in_course else None)
        if in_course and not hold:  # before `written` changes the tree
            manifest = None if head_root is None else offline.head_links(head_root, text_lang)
            found = zip_links.read(page, out, manifest)
            if found is not None:
                links[path] = found
    if searchable and not hold:  # a held page's, once it is complete (`written`)
        written(path, page)
    return "" if hold else out


def _inside(path: Path, root: Path) -> bool:
    """`root in path.parents`, compared as text (a Path per parent, for every page)."""
    return str(path).startswith(str(root).rstrip(os.sep) + os.sep)


def replay(
    path: Path,
    out: str,
    held_text: str | None,
    page_facts: offline.PageFacts | None,
    document: str | None,
) -> str:
    """A page kept by the last build (tools/publish/page_cache.py): what `run` would have left
    here for the steps after it, and what it would have returned."""
    if page_facts is not None:
        facts[path] = page_facts
    if document is not None:
        documents[path] = document
    if held_text is not None:
        held[path] = BuiltPage(held_text, str(path))
    return out


def written(path: Path, page: BuiltPage) -> None:
    """A page is complete (its tree no longer read by a step): what search reads of it.
    Its tree is changed here."""
    article = html_page.search_body(page)
    root = _site_dir or path.parent
    if article is None or not _inside(path, root):
        return
    title = page.first("/html/head/title")
    rel = path.relative_to(root)
    who = search_index.audience(rel)
    lang = page.root.get("lang") or ""
    text = title.text_content() if title is not None else ""
    documents[path] = search_index.document(article, lang, text, who)
    if who == "participant":
        records[path] = search_index.record(article, page.root, rel.as_posix())
