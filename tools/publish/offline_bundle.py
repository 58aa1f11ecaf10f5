"""`make offline`: the workshop bundle, zips that open from `file://` (unzip, open
index.html) on a laptop or a phone, with no internet at all.

A second build of the site (checked like `make site`) into a temporary directory, with
`use_directory_urls: false` so that every link names an `.html` file. Then:

- every page loads `assets/js/offline.js`, which gives tamkeen.js a search that works from
  file:// (Pagefind cannot: ES module import and fetch are blocked there), reading
  `assets/offline/search-<lang>.js`, written here from the pages' text (title, body, and
  the extra forms of tools/site/search_forms.py), loaded with a classic <script>; like the
  site's index, without trainer notes (the trainer pages in `search-trainer-<lang>.js`,
  searched from a trainer page);
- what file:// cannot use goes: the service worker, the Pagefind index, the manifests;
- `build/offline/tamkeen-ar.zip`, `tamkeen-fr.zip` (with a root index.html that opens
  fr/index.html) and `tamkeen.zip` (both), each with one top folder of the same name.
  Zips are reproducible: sorted entries dated SOURCE_DATE_EPOCH.
- no dead end: each zip is crawled (tools/publish/link_crawl.py) and a dead local link fails the
  build. `404.html` links relatively; in a single-language zip, the other language's files
  (pages, notebook downloads) are left out and links to them lead to `other-language.html`,
  which says which zip has that language.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
import tempfile
import time
import zipfile
from html import escape
from pathlib import Path

from lxml import html as lxml_html

from tools.common.paths import DEFAULT_LANGUAGE, LANGUAGES, ROOT, direction
from tools.common.ui_strings import strings
from tools.model import notebooks
from tools.publish.build import BuildFailed, build_site
from tools.publish.link_crawl import dead_links
from tools.site import offline, search_index
from tools.site.built_page import BuiltPage
from tools.site.html_page import policy

OUT_DIR = ROOT / "build" / "offline"
_DIRECTORY_URLS = re.compile(r"^use_directory_urls:.*$", re.MULTILINE)


def zip_names() -> dict[str, str]:
    """One zip per language of the site (`tamkeen-fr`), and one with them all."""
    return {**{code: f"tamkeen-{code}" for code in LANGUAGES}, "both": "tamkeen"}


# In a single-language zip, the page that links to the other language lead to.
OTHER_PAGE = "other-language.html"
_DROP = (
    "pagefind",
    "pagefind-trainer",
    offline.SW_NAME,
    offline.WORKER_DIR,
    offline.MANIFEST,
    offline.OFFLINE_PAGE,  # the service worker's, with absolute links
    "sitemap.xml",
    "sitemap.xml.gz",
    "assets/javascripts/lunr",  # Material's own search, not used
    "assets/javascripts/workers",
)


def redirect(lang: str) -> str:
    """The zip's top `index.html` when its language has its own folder (`fr/`).
    Every page of the bundle keeps the site's Content-Security-Policy (tools/site/html_page.py);
    this one too. In Chromium, `'self'` on a `file://` page matches every `file:` URL."""
    return f"""<!doctype html>
<html lang="{lang}" dir="{direction(lang)}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{policy()}">
<meta http-equiv="refresh" content="0; url={lang}/index.html">
<title>Tamkeen</title></head>
<body><p><a href="{lang}/index.html">Tamkeen</a></p></body></html>
"""


def _drop() -> list[str]:
    """_DROP, and each other language's manifest and offline page (`fr/manifest…`)."""
    folders = [offline.prefix(code) for code in LANGUAGES if code != DEFAULT_LANGUAGE]
    return [*_DROP, *(f"{f}{n}" for f in folders for n in (offline.MANIFEST, offline.OFFLINE_PAGE))]


def bundle_config(config_file: Path) -> Path:
    """A copy of mkdocs.yml, next to it, with `use_directory_urls: false`."""
    text = config_file.read_text(encoding="utf-8")
    if not _DIRECTORY_URLS.search(text):
        raise BuildFailed(f"{config_file}: no `use_directory_urls:` line to switch off")
    target = config_file.with_name(".mkdocs-offline.yml")
    target.write_text(_DIRECTORY_URLS.sub("use_directory_urls: false", text), encoding="utf-8")
    return target


def page_record(site_dir: Path, page: Path, who: str = "participant") -> dict | None:
    """What the file:// search knows of a page: url, title, text, extra forms; of what `who`
    sees, like the site's index (search_index.hide_from: no trainer note for participants)."""
    tree = lxml_html.fromstring(page.read_bytes())
    articles = tree.xpath("//*[@data-pagefind-body]")
    if not articles:
        return None
    search_index.hide_from(articles[0], who)
    return search_index.record(articles[0], tree, page.relative_to(site_dir).as_posix())


def search_key(lang: str, who: str) -> str:
    """The name of a search data set: `ar` (participants), `trainer-ar` (the trainer pages,
    searched from a trainer page, like the site's two Pagefind indexes)."""
    return lang if who == "participant" else f"{who}-{lang}"


def write_search_data(site_dir: Path) -> dict[str, int]:
    """`assets/offline/search-<key>.js` for every key of `search_key`: {key: pages}."""
    records: dict[str, list[dict]] = {}
    for page in offline.pages(site_dir):
        if page.name == "404.html":
            continue
        who = search_index.audience(page.relative_to(site_dir))
        record = page_record(site_dir, page, who)
        if record:
            lang = offline.page_lang(page.read_text(encoding="utf-8"))
            records.setdefault(search_key(lang, who), []).append(record)
    target_dir = site_dir / offline.LIST_DIR
    target_dir.mkdir(parents=True, exist_ok=True)
    for key, items in records.items():
        data = json.dumps(items, ensure_ascii=False, separators=(",", ":"))
        (target_dir / f"search-{key}.js").write_text(
            "window.tamkeenSearchData=window.tamkeenSearchData||{};"
            f"window.tamkeenSearchData[{json.dumps(key)}]={data};\n",
            encoding="utf-8",
        )
    return {key: len(items) for key, items in records.items()}


def _folder_target(site_dir: Path, page: Path, href: str) -> str | None:
    """The file a link written for directory URLs (our glossary and trainer-kit links)
    means, or None when the link is fine as it is. Such a link is relative to the page's
    folder URL (`a/b.html` was `a/b/`); a folder (`x/`) is `x/index.html` or `x.html`."""
    path, _, fragment = href.partition("#")
    if not path or (not path.endswith("/") and (page.parent / path).exists()):
        return None
    folder_url = page.parent if page.name == "index.html" else page.with_suffix("")
    target = (folder_url / path).resolve()
    candidates = [target / "index.html", target.with_name(target.name + ".html")]
    if path.endswith("/"):
        # Or relative to the page's own folder: the language switcher of the trainer
        # pages (`trainer/` on `…/trainer.html`).
        beside = (page.parent / path).resolve()
        candidates += [beside.with_name(beside.name + ".html"), beside / "index.html"]
    for candidate in candidates if path.endswith("/") else [target]:
        if candidate.is_file() and site_dir.resolve() in candidate.parents:
            rel = os.path.relpath(candidate, page.parent.resolve()).replace(os.sep, "/")
            return rel + (f"#{fragment}" if fragment else "")
    return None


def _local_links(page: BuiltPage):
    """(link, its href with the edits so far) of each `<a>` to a file of the site."""
    for link in page.root.iter("a"):
        href = page.get(link, "href")
        if href and ":" not in href and not href.startswith(("/", "#")):
            yield link, href


def fix_folder_links_step(site_dir: Path, path: Path, page: BuiltPage) -> None:
    for link, href in _local_links(page):
        target = _folder_target(site_dir, path, href)
        if target:
            page.set_attribute(link, "href", target)


def fix_folder_links(site_dir: Path, page: Path, text: str) -> str:
    built = BuiltPage(text, str(page))
    fix_folder_links_step(site_dir, page, built)
    return built.html()


def prepare(site_dir: Path, site_url: str = "/") -> None:
    """Turn a built site into the bundle's tree."""
    for name in _drop():
        path = site_dir / name
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()
    for pattern in ("*.json", "*.zip"):  # course lists and course zips: for the served site
        for path in sorted((site_dir / offline.LIST_DIR).glob(pattern)):
            path.unlink()
    for path in offline.pages(site_dir):
        page = BuiltPage(path.read_text(encoding="utf-8"), str(path))
        root = offline.rel_root(site_dir, path)
        for link in page.xpath("/html/head/link[@rel='manifest']"):
            tag = page.start_tag(link)
            page.replace(tag.start, tag.end, "")
        if path.name == "404.html":
            offline.relative_links_step(page, root, site_url, "index.html")
        fix_folder_links_step(site_dir, path, page)
        offline.add_script_step(page, root)
        path.write_text(page.html(), encoding="utf-8")
    write_search_data(site_dir)


def _other_language(rel: str, lang: str) -> bool:
    """Whether a file belongs only to the other language's pages."""
    name = rel.rsplit("/", 1)[-1]
    for other in (la for la in LANGUAGES if la != lang):
        if f".{other}.files/" in rel:
            return True  # the other language's notebook downloads (tools/model/notebooks.py)
        if re.search(rf"[-.]{other}\.[A-Za-z0-9]+$", name):
            return True  # named for it: `listen.fr.js`, `ai-families-fr.svg`
    others = [la for la in LANGUAGES if la != lang]
    in_other = any(rel.startswith(offline.prefix(o)) for o in others if o != DEFAULT_LANGUAGE)
    their_search = {f"{offline.LIST_DIR}/search-{o}.js" for o in others}
    if lang == DEFAULT_LANGUAGE:
        return in_other or rel in their_search
    if rel.startswith(offline.prefix(lang)) or rel.startswith("assets/"):
        return rel in their_search
    # Outside its folder and assets/: another language's pages (the default's, at the
    # top), their slides and trainer downloads, and the images that this language's pages
    # may share (kept).
    return in_other or rel.endswith(".html") or "/slides/" in rel or "/trainer/" in rel


def other_language_page(site_dir: Path, lang: str) -> str | None:
    """The page a single-language zip opens for the other language (its switcher, a link
    to a page of the other language): where that language is. Made from the language's
    home page, beside it, so that its relative links hold."""
    home = site_dir / offline.prefix(lang) / "index.html"
    if not home.is_file():
        return None
    s = {k: escape(v) for k, v in strings(lang).items()}
    # File names stay left-to-right inside Arabic text.
    names = {k: f'<code dir="ltr">{n}.zip</code>' for k, n in zip_names().items()}
    body = s["bundle.other.body"].format(**names)
    inner = (
        f"<h1>{s['bundle.other.title']}</h1><p>{body}</p>"
        f'<p><a href="index.html">{s["offline.page.home"]}</a></p>'
    )
    text = home.read_text(encoding="utf-8")
    return offline.with_article(text, inner, strings(lang)["bundle.other.title"])


def to_other_language(site_dir: Path, page: Path, text: str, lang: str) -> str:
    """Links of a page to files that a single-language zip leaves out go to OTHER_PAGE."""
    other = site_dir / offline.prefix(lang) / OTHER_PAGE
    site = site_dir.resolve()
    if "<a" not in text:
        return text
    built = BuiltPage(text, str(page))
    for link, href in _local_links(built):
        path = href.partition("#")[0].partition("?")[0]
        if not path:
            continue
        target = (page.parent / path).resolve()
        if site not in target.parents or not target.is_file():
            continue
        if not _other_language(target.relative_to(site).as_posix(), lang):
            continue
        built.set_attribute(link, "href", os.path.relpath(other, page.parent).replace(os.sep, "/"))
    return built.html()


def write_zip(site_dir: Path, target: Path, lang: str | None) -> None:
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "0") or 0)
    date = time.gmtime(max(epoch, 315532800))[:6]  # zip dates start in 1980
    top = target.stem
    files = [p for p in sorted(site_dir.rglob("*")) if p.is_file()]
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".zip.tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in files:
            rel = path.relative_to(site_dir).as_posix()
            if rel.endswith(".map") or (lang and _other_language(rel, lang)):
                continue
            if lang and lang != DEFAULT_LANGUAGE and rel == "index.html":
                continue
            data = path.read_bytes()
            if lang and path.suffix == ".html":
                text = to_other_language(site_dir, path, data.decode("utf-8"), lang)
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(f"{top}/{rel}", date_time=date)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
        other_page = other_language_page(site_dir, lang) if lang else None
        if lang and other_page is not None:
            page = site_dir / offline.prefix(lang) / OTHER_PAGE
            text = to_other_language(site_dir, page, other_page, lang)
            info = zipfile.ZipInfo(f"{top}/{offline.prefix(lang)}{OTHER_PAGE}", date_time=date)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, text)
        if lang and lang != DEFAULT_LANGUAGE:
            info = zipfile.ZipInfo(f"{top}/index.html", date_time=date)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, redirect(lang))
    tmp.replace(target)


def check_zip(path: Path, work: Path) -> None:
    """No dead end in a zip: every local link of its pages leads to one of its files."""
    shutil.rmtree(work, ignore_errors=True)
    with zipfile.ZipFile(path) as archive:
        archive.extractall(work)
    dead = dead_links(work / path.stem)
    shutil.rmtree(work, ignore_errors=True)
    if dead:
        listed = "\n".join(f"  {link}" for link in dead[:20])
        raise BuildFailed(f"{path.name}: {len(dead)} dead links (page: link)\n{listed}")


def build_bundle(config_file: Path, out_dir: Path) -> list[Path]:
    derived = bundle_config(config_file)
    work = Path(tempfile.mkdtemp(prefix="tamkeen-offline-"))
    try:
        site_dir = work / "site"
        build_site(derived, site_dir, docs_dir=config_file.parent / "docs")
        prepare(site_dir, notebooks.site_url_of(config_file) or "/")
        zips = []
        for key, name in zip_names().items():
            lang = None if key == "both" else key
            write_zip(site_dir, out_dir / f"{name}.zip", lang)
            zips.append(out_dir / f"{name}.zip")
            check_zip(out_dir / f"{name}.zip", work / "check")
        return zips
    finally:
        derived.unlink(missing_ok=True)
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tamkeen offline", description=__doc__)
    parser.add_argument("-f", "--config-file", type=Path, default=ROOT / "mkdocs.yml")
    parser.add_argument("-o", "--out-dir", type=Path, default=OUT_DIR)
    args = parser.parse_args(argv)
    try:
        zips = build_bundle(args.config_file.resolve(), args.out_dir.resolve())
    except BuildFailed as exc:
        print(exc, file=sys.stderr)
        return 1
    for path in zips:
        print(f"{path}  {path.stat().st_size / 1024:.0f} KB")
    return 0
