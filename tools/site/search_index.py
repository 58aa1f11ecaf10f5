"""Build the search index with Pagefind (from PyPI), one index per language.

Pagefind splits the index by `<html lang>` and chunks it; the browser fetches it only when
the reader opens search, so a normal page view downloads nothing. We index a copy of the
pages, each with the extra word forms of `tools.site.search_forms` added at low weight, and
write the index into the real site.
"""

from __future__ import annotations

import gzip
import html
import json
import os
import shutil
import subprocess
import sys
import tempfile
import functools
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from tools.common import blocks, build_cache, scratch
from tools.common.paths import DEFAULT_LANGUAGE, LANGUAGES
from tools.site.search_forms import index_forms, normalise_arabic

OUTPUT_SUBDIR = "pagefind"
# Trainer pages have their own index: participants never get them in their results. (Two
# indexes rather than a Pagefind filter: with filters, Pagefind's files differ from one run
# to the next, and the site would no longer build byte for byte.)
TRAINER_SUBDIR = "pagefind-trainer"
ENTRY = "pagefind-entry.json"
BODY_MARK = "data-pagefind-body"
# Pagefind's bundled UIs: we ship our own small one (tools/assets/tamkeen.js).
UNUSED = (
    "pagefind-ui.js",
    "pagefind-ui.css",
    "pagefind-modular-ui.js",
    "pagefind-modular-ui.css",
    "pagefind-component-ui.js",
    "pagefind-component-ui.css",
    "pagefind-highlight.js",
)


class SearchIndexError(RuntimeError):
    pass


# A module's trainer page lives in its `trainer/` folder.
TRAINER_DIR = "trainer"


def audience(rel: Path) -> str:
    """Who a page is for, from its path in the site: a module's trainer page is
    `trainer/index.html`, or `trainer.html` without directory URLs (the workshop bundle)."""
    trainer = rel.parent.name == TRAINER_DIR or rel.name == f"{TRAINER_DIR}.html"
    return "trainer" if trainer else "participant"


# What participants do not search for in a page: the blocks the block registry keeps out
# of their index (tools/common/blocks.py `search`: the trainer notes, and the trainer-kit links
# that share their class; the module's trainer page holds the notes, in the trainers'
# index), and:
# Code blocks (a notebook's Python, its printed output) are not what a participant searches
# for, and their lone letters and garbled words answer nonsense queries (`x`): left out of
# the participants' index too.
CODE = "pre"
_CODE_XPATH = etree.XPath(".//pre")
# What `record` leaves out: the heading permalinks (¶) and what Pagefind ignores.
# (One walk of the article: the union of two paths walked it twice.)
_UNRECORDED = etree.XPath(".//*[contains(@class,'headerlink') or @data-pagefind-ignore]")
_H1 = etree.XPath(".//h1")
# An element's text nodes as plain strings, made in C: what `itertext` yields (comments' text
# left out, their tails in) at half its cost. (The parser and lxml's setters never leave two
# text nodes side by side, so a node is what `itertext` reads as one `text` or `tail`.)
_TEXTS = etree.XPath(".//text()", smart_strings=False)
# The order of results (tamkeen.js): lessons, then course and module pages, then the
# others (home, progress, about, translation status…). A file beside each index gives the
# rank of every page that is not a lesson, by Pagefind's result id.
RANKS = "tamkeen-ranks.json"
_FRAGMENT_MAGIC = b"pagefind_dcd"


def hide_from(article, who: str) -> None:
    """What `who` does not search for, dropped from a parsed article (changed here): the
    blocks the registry keeps out of `who`'s index (tools/common/blocks.py), and for participants
    code blocks. Both indexes read it: the site's
    (Pagefind, with the same selectors) and the workshop bundle's
    (tools/publish/offline_bundle.py)."""
    unsearched = _compiled(blocks.xpath(blocks.unsearched(who)))
    found = unsearched(article) if unsearched else []
    if who == "participant":
        found += _CODE_XPATH(article)
    for hidden in found:
        hidden.drop_tree()


# Every page of a build asks for the same one or two XPaths: each compiled once.
@functools.lru_cache(maxsize=16)
def _compiled(path: str) -> etree.XPath | None:
    return etree.XPath(path) if path else None


def _unsearched_selectors(who: str) -> list[str]:
    """Pagefind's `--exclude-selectors` for `who`'s index: what `hide_from` drops."""
    hidden = blocks.selector(blocks.unsearched(who))
    return [*([hidden] if hidden else []), *([CODE] if who == "participant" else [])]


def with_forms(page: str, who: str = "participant") -> str:
    """The page as Pagefind should index it: its article followed by the extra forms (of
    the words `who` can see)."""
    if BODY_MARK not in page:
        return page
    tree = lxml_html.fromstring(page)
    articles = tree.xpath(f"//*[@{BODY_MARK}]")
    if not articles:
        return page
    hide_from(articles[0], who)
    forms = index_forms(articles[0].text_content())
    if not forms:
        return page
    block = f'<p data-pagefind-weight="0.5">{html.escape(" ".join(forms))}</p>'
    end = page.rfind("</article>")
    return page[:end] + block + page[end:] if end >= 0 else page


def document(article, lang: str, title: str, who: str = "participant") -> str:
    """A page as Pagefind should index it, from its parsed article (changed here: the
    caller is done with it): the article alone, marked as the body, followed by the extra
    forms (of the words `who` can see), with the page's language and title. Pagefind
    reads only these from a page (the index is the same as from the whole page). The
    article is left with what `who` does not see dropped (`hide_from`)."""
    article.set(BODY_MARK, "")
    hide_from(article, who)
    forms = index_forms(article.text_content())
    block = None
    if forms:
        block = article.makeelement("p", {"data-pagefind-weight": "0.5"})
        block.text = " ".join(forms)
        article.append(block)
    body = lxml_html.tostring(article, encoding="unicode")
    if block is not None:  # the article as `who` sees it, for `record`
        article.remove(block)
    return (
        f'<!doctype html><html lang="{html.escape(lang)}"><head><title>{html.escape(title)}'
        f"</title></head><body>{body}</body></html>"
    )


def record(article, root, url: str) -> dict:
    """What the file:// search of a zip knows of a page (tools/publish/offline_bundle.py,
    tools/publish/course_zip.py): url, title, text, extra forms. `article`: the page's
    search body, with what its reader does not see dropped already (`hide_from`); changed
    here. `root`: the page's tree (its `<title>` where the article has no `<h1>`)."""
    for el in _UNRECORDED(article):
        el.drop_tree()
    h1 = _H1(article)
    title = (h1[0].text_content() if h1 else root.findtext(".//title") or "").strip()
    text = " ".join(" ".join(_TEXTS(article)).split())
    text = normalise_arabic(text)  # NFC first (search_forms)
    return {"u": url, "t": title, "x": text, "f": " ".join(index_forms(text, normalised=True))}


def build(
    site_dir: Path,
    documents: dict[Path, str] | None = None,
    cache: build_cache.Step | None = None,
) -> None:
    """The participants' index (every page but the trainer pages) and the trainers' one.
    `documents`: {built page: what to index of it} (tools/site/page_pass.py); other pages are
    read from the site. `cache`: each index is kept under a hash of what Pagefind reads
    (every page's name and text, the options) and reused when that is the same."""
    # Listed once for both (Pagefind writes no page): a walk of the whole site each.
    pages = sorted(site_dir.rglob("*.html"))
    for output, who in ((OUTPUT_SUBDIR, "participant"), (TRAINER_SUBDIR, "trainer")):
        _index(site_dir, site_dir / output, who, documents or {}, cache, pages)


def _options(who: str) -> list[str]:
    return [
        # Heading permalinks (¶) are not words.
        "--exclude-selectors", ".headerlink",
        *(a for s in _unsearched_selectors(who) for a in ("--exclude-selectors", s)),
        "--silent",
    ]  # fmt: skip


def _index(
    site_dir: Path,
    output: Path,
    who: str,
    documents: dict[Path, str],
    cache: build_cache.Step | None = None,
    every: list[Path] | None = None,
) -> None:
    """`every`: the site's pages, sorted (else listed here)."""
    pages = sorted(site_dir.rglob("*.html")) if every is None else every
    pages = [p for p in pages if audience(p.relative_to(site_dir)) == who]
    shutil.rmtree(output, ignore_errors=True)
    if not pages:
        return  # a site without trainer pages has no trainers' index
    texts = {}
    for source in pages:
        text = documents.get(source)
        if text is None:
            text = with_forms(source.read_text(encoding="utf-8"), who)
        texts[source.relative_to(site_dir)] = text
    if any(BODY_MARK in text for text in texts.values()):
        # Once one page marks its body, Pagefind indexes only the pages that do: the others
        # (slide decks, redirects) are not copied for it to skip (the same index).
        texts = {rel: text for rel, text in texts.items() if BODY_MARK in text}
    key = None
    if cache is not None:
        parts = [who, *_options(who)]
        for rel, text in texts.items():
            parts += [rel.as_posix(), text]
        key = cache.key(*parts)
        kept = cache.get(key)
        if kept is not None:  # linked, as `put_tree` kept it (its docstring says why it is safe)
            shutil.copytree(kept, output, copy_function=build_cache.link_or_copy)
            return
    needed = sum(map(len, texts.values())) * 4  # UTF-8 bytes at most, a bound for the room
    with tempfile.TemporaryDirectory(prefix="tamkeen-search-", dir=scratch.folder(needed)) as tmp:
        copy = Path(tmp)
        # As text, each folder made once: thousands of pages (a Path and a `mkdir` a page
        # were most of the cost of this copy).
        made: set[str] = set()
        for rel, text in texts.items():
            target = os.path.join(tmp, rel)
            folder = os.path.dirname(target)
            if folder not in made:
                os.makedirs(folder, exist_ok=True)
                made.add(folder)
            with open(target, "w", encoding="utf-8") as file:
                file.write(text)
        cmd = [*_pagefind(), "--site", str(copy), "--output-path", str(output)]
        result = subprocess.run(cmd + _options(who), capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SearchIndexError(
            f"pagefind failed on {site_dir} (exit {result.returncode}):\n"
            f"{result.stdout}{result.stderr}"
        )
    for name in UNUSED:
        (output / name).unlink(missing_ok=True)
    sort_entry_languages(output / ENTRY)
    write_ranks(output)
    if cache is not None:
        cache.put_tree(key, output)


@functools.cache
def _pagefind() -> tuple[str, ...]:
    """Pagefind's binary, found by pagefind's own lookup (what `python -m pagefind` runs),
    without that second interpreter and its imports (~0.07 s of CPU an index)."""
    from pagefind.service import get_executable  # imported when an index is built

    found = get_executable()
    return (str(found.resolve()),) if found else (sys.executable, "-m", "pagefind")


def rank(url: str) -> int:
    """0 a lesson, 1 a course or module page, 2 any other page (`url` from the site's root:
    `/courses/ai/01-x/02-y/`, `/fr/progress/`)."""
    parts = [p for p in url.split("/") if p]
    if parts and parts[0] in LANGUAGES and parts[0] != DEFAULT_LANGUAGE:
        parts = parts[1:]
    if not parts or parts[0] != "courses":
        return 2
    return 0 if len(parts) >= 4 else 1


def write_ranks(output: Path) -> None:
    """`tamkeen-ranks.json`: {result id: rank} of the pages that are not lessons. A result's
    id is its fragment's name; the fragment (gzip, after Pagefind's signature) holds its URL."""
    ranks = {}
    for fragment in sorted((output / "fragment").glob("*.pf_fragment")):
        data = gzip.decompress(fragment.read_bytes()).removeprefix(_FRAGMENT_MAGIC)
        level = rank(json.loads(data)["url"])
        if level:
            ranks[fragment.name.removesuffix(".pf_fragment")] = level
    text = json.dumps(ranks, sort_keys=True, separators=(",", ":"))
    (output / RANKS).write_text(text, encoding="utf-8")


def sort_entry_languages(entry: Path) -> None:
    """Pagefind writes the languages of `pagefind-entry.json` in hash-map order, which
    changes from run to run; sort them so the same sources give the same bytes."""
    data = json.loads(entry.read_text(encoding="utf-8"))
    data["languages"] = dict(sorted(data.get("languages", {}).items()))
    entry.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
