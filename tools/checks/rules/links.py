"""Images exist and have alt text; links are https and relative; `.md` links and `#anchors`
resolve in the built site. Anchors are read from the page as the site renders it
(tools/common/site_markdown.py), so an id `check` accepts is one the built page has, and a missing
one gets the nearest existing id ("did you mean `#…`?").

`x.md` from `y.ar.md` means `x.ar.md` (else `x.md`), as the i18n plugin resolves it.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from tools.checks.rules.blocks import nearest
from tools.checks.rules.context import Context
from tools.common.messages import Error, error, msg, rel
from tools.common.paths import LANGUAGES
from tools.common.site_markdown import site_url
from tools.model.content import Source, split_language
from tools.model.document import Link

_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
# Two or three letters: `ar`, `fr`, `zgh` (tools/common/languages.py).
_LANG_SUFFIX = re.compile(r"\.([a-z]{2,3})\.md$")


def check(ctx: Context) -> list[Error]:
    errors = []
    site_path = _site_path(ctx)
    for src in ctx.sources:
        for link in ctx.doc(src).links:
            if link.image and link.alt is not None and not link.alt.strip():
                errors.append(error(src.path, link.line, link.col, "link.no_alt"))
            errors += _check_url(ctx, src, link, site_path)
    return errors


def _site_path(ctx: Context) -> tuple[str, str]:
    """(site URL, its path) from the mkdocs.yml that builds these docs."""

    url = site_url(ctx.config_file)
    return url, urlsplit(url).path or "/"


def _check_url(ctx: Context, src: Source, link: Link, site: tuple[str, str]) -> list[Error]:
    url = link.url
    where = (src.path, link.line, link.col)
    if not url:
        return []
    if url.lower().startswith("http://"):
        return [error(*where, "link.http", url=url)]
    site_url, site_path = site
    if (site_url and url.startswith(site_url)) or (
        url.startswith("/") and not url.startswith("//")
    ):
        return [error(*where, "link.absolute", url=url, suggest=_relative_for(ctx, src, url, site))]
    if _SCHEME.match(url) or url.startswith("//"):
        return []
    path, _, anchor = url.partition("#")
    path = unquote(path.partition("?")[0])
    anchor = unquote(anchor)
    if link.image:
        if path and not (src.path.parent / path).exists():
            suggest = _nearest_file(src.path.parent, path)
            if suggest:
                return [error(*where, "link.image_missing_suggest", path=path, suggest=suggest)]
            return [error(*where, "link.image_missing", path=path)]
        return []
    if path.endswith((".html", ".htm")):
        return [error(*where, "link.html", url=url)]
    if not path:
        target = src
    elif path.endswith(".md"):
        other = _LANG_SUFFIX.search(path)
        if other and other.group(1) in LANGUAGES and other.group(1) != src.lang:
            suggest = path[: other.start()] + ".md" + (f"#{anchor}" if anchor else "")
            return [
                error(
                    *where,
                    "link.other_language",
                    lang=msg(f"lang.{src.lang}"),
                    url=url,
                    suggest=suggest,
                )
            ]
        target_path = _resolve(ctx, src, path)
        if target_path is None:
            suggest = _nearest_page(path, _page_links(ctx, src))
            if suggest:
                return [error(*where, "link.page_missing_suggest", path=path, suggest=suggest)]
            localized = path[: -len(".md")] + f".{src.lang}.md"
            return [error(*where, "link.page_missing", path=path, localized=localized)]
        target = ctx.source_at(target_path)
    else:
        return []
    if anchor and target is not None:
        ids = ctx.rendered(target).ids
        if anchor not in ids:
            suggest = nearest(anchor, sorted(ids))
            target_name = rel(target.path)
            if suggest:
                return [
                    error(
                        *where,
                        "link.anchor_missing_suggest",
                        anchor=anchor,
                        target=target_name,
                        suggest=suggest,
                    )
                ]
            return [error(*where, "link.anchor_missing", anchor=anchor, target=target_name)]
    return []


def _resolve(ctx: Context, src: Source, path: str) -> Path | None:
    """The page a relative link names: a source of this check (a notebook lesson's page is one
    before any build writes it into docs/), or a Markdown file on disk."""
    base = src.path.parent / path
    candidates = [base]
    if src.lang and not _LANG_SUFFIX.search(path):
        candidates.insert(0, base.with_name(base.name[: -len(".md")] + f".{src.lang}.md"))
    return next((c for c in candidates if ctx.source_at(c) is not None or c.is_file()), None)


def _nearest_page(path: str, links: list[str]) -> str | None:
    """The page link nearest to `path`, compared without `.md` (a typo, not a shared suffix)."""
    stems = {link[: -len(".md")]: link for link in links}
    found = nearest(path[: -len(".md")], list(stems), cutoff=0.75)
    return stems[found] if found else None


def _page_links(ctx: Context, src: Source) -> list[str]:
    """How `src` would link to every page: relative `.md` paths without the language."""
    here = src.url_path.parent.as_posix() or "."
    return sorted({posixpath.relpath(other.url_path.as_posix(), here) for other in ctx.sources})


def _relative_for(ctx: Context, src: Source, url: str, site: tuple[str, str]) -> str:
    """The relative `.md` link for an absolute URL of the site, or a generic example."""
    site_url, site_path = site
    path = url[len(site_url) :] if site_url and url.startswith(site_url) else url
    if path.startswith(site_path):
        path = path[len(site_path) :]
    path, _, anchor = path.lstrip("/").partition("#")
    first, _, rest = path.partition("/")
    if first in LANGUAGES:
        path = rest
    wanted = path.strip("/")
    here = src.url_path.parent.as_posix() or "."
    for other in ctx.sources:
        page = other.url_path.as_posix()
        stem = page[: -len(".md")]
        url_form = posixpath.dirname(stem) if stem.endswith("/index") or stem == "index" else stem
        if url_form.strip("/") == wanted and split_language(other.path):
            link = posixpath.relpath(page, here)
            return link + (f"#{anchor}" if anchor else "")
    return "../other-lesson.md"


def _nearest_file(folder: Path, path: str) -> str | None:
    """`path` with the nearest existing file name in its folder, for a typo."""
    where = (folder / path).parent
    if not where.is_dir():
        return None
    found = nearest(posixpath.basename(path), [p.name for p in where.iterdir() if p.is_file()])
    return posixpath.join(posixpath.dirname(path), found) if found else None
