"""A course zip's page made from the pass's offsets (tools/site/zip_links.py) is the page
made by parsing the written page again: the same links rewritten, the manifest line left out,
offline.js before `</body>`; where the pass cannot be sure (it set an `href` itself, the page
on disk is not the one it wrote) the zip parses the page as before."""

from __future__ import annotations

from pathlib import Path

from tools.publish import course_zip
from tools.site import html_page, offline, zip_links
from tools.site.built_page import BuiltPage

PAGE = """<!doctype html>
<html lang="ar"><head><meta charset="utf-8"><title>t</title>
  <link rel="alternate" href="../fr/courses/c/l/" hreflang="fr">
<link rel="stylesheet" href="../../../assets/a.css"><link rel="prev" href="../l0/">
  </head><body>
<nav><a href="../">up</a> <a href="../l2/">2</a><a class="k" href="../../../glossary/">g</a></nav>
<p>text <a
   href="../l3/#part"
   title="four">4</a> and <a href='https://example.org/x' data-v="a>b">out</a></p>
<script>var s = "<a href='not-a-link'>";</script>
<ul><li><a href="../../other/">o</a></li><li><a href="../l2/?q=1">q</a></li>
<li><a href="">self</a></li><li><a href="#top">top</a></li></ul>
<img src="../../../assets/i.png">
</body></html>
"""
REL = "courses/c/l1/index.html"
INSIDE = {
    "courses/c/index.html", "courses/c/l1/index.html", "courses/c/l2/index.html",
    "courses/c/l3/index.html", "glossary/index.html", "assets/a.css",
}  # fmt: skip
SITE_URL = "https://tamkeen.example/t/"


def _pass(site: Path, text: str = PAGE, edit=None) -> tuple[Path, zip_links.ZipLinks | None]:
    """The page through the pass's steps that edit it (as tools/site/page_pass.py runs
    them), written; and what the pass keeps for the zip."""
    path = site / REL
    page = BuiltPage(text, str(path))
    html_page.steps(page, "ar", True, ())
    offline.add_head_links(page, "../../../", "ar")
    if edit is not None:
        edit(page)
    out = page.html()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(out, encoding="utf-8")
    for rel in INSIDE - {REL}:  # folders are folders (a link's `isdir`)
        (site / rel).parent.mkdir(parents=True, exist_ok=True)
    manifest = offline.head_links("../../../", "ar")
    return path, zip_links.read(page, out, manifest)


def _both(site: Path, path: Path, links) -> tuple[str, str]:
    args = (site, path, INSIDE, SITE_URL)
    return course_zip._page_text(*args, {}, links), course_zip._page_text(*args, {}, None)


def test_same_page_as_parsed_again(tmp_path):
    path, links = _pass(tmp_path)
    assert links is not None and links.manifest is not None
    assert len(links.hrefs) == 11  # the alternate link the pass removed is not one
    fast, parsed = _both(tmp_path, path, links)
    assert fast == parsed
    assert 'rel="manifest"' not in fast and 'hreflang="fr"' not in fast
    assert 'href="../l2/index.html"' in fast and 'href="../l3/index.html#part"' in fast
    assert 'href="https://tamkeen.example/t/courses/other/"' in fast
    assert fast.rstrip().endswith(
        '<script src="../../../assets/js/offline.js"></script></body></html>'
    )


def test_a_page_changed_on_disk_is_parsed_again(tmp_path):
    path, links = _pass(tmp_path)
    text = path.read_text(encoding="utf-8").replace(
        "<p>text", "<p>more text <a href='../l2/'>x</a>"
    )
    path.write_text(text, encoding="utf-8")
    assert not links.matches(path.read_bytes())
    fast, parsed = _both(tmp_path, path, links)
    assert fast == parsed and 'more text <a href="../l2/index.html">' in fast


def test_windows_line_ends_are_read_as_text(tmp_path):
    path, links = _pass(tmp_path, PAGE.replace("\n<ul>", "\r\n<ul>"))
    fast, parsed = _both(tmp_path, path, links)
    assert fast == parsed and "\r" not in fast


def test_no_offsets_where_the_pass_set_a_link_or_inserted_one(tmp_path):
    def set_href(page: BuiltPage) -> None:
        page.set_attribute(page.first("//nav/a"), "href", "../../")

    def insert_link(page: BuiltPage) -> None:
        page.insert_after_start(page.root.find("body"), '<a href="../l2/">new</a>')

    for edit in (set_href, insert_link):
        path, links = _pass(tmp_path, edit=edit)
        assert links is None
        fast, parsed = _both(tmp_path, path, links)
        assert fast == parsed
