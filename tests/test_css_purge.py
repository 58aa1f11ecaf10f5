"""The theme's stylesheet loses the rules the site never uses, and only those (issue 25,
item 4): every class a built page carries that Material styles keeps its rules; a class no
page, script or code of ours names loses them; the blocklist names no class a page uses."""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import material
from lxml import html as lxml_html

from tools.site import css_purge

THEME_CSS = Path(material.__file__).parent / "templates" / "assets" / "stylesheets"
CLASS = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")


def _classes_in_selectors(css: str) -> set[str]:
    css = re.sub(r"\{[^{}]*\}", "{}", css)  # declarations out: only selectors (and @rules)
    return set(CLASS.findall(css))


def _page_classes(site: Path, elements: bool = False) -> set[str]:
    found: set[str] = set()
    for page in site.rglob("*.html"):
        tree = lxml_html.fromstring(page.read_bytes())
        for value in tree.xpath("//@class"):
            found.update(value.split())
        if elements:
            found.update(el.tag for el in tree.iter() if isinstance(el.tag, str))
    return found


def test_every_class_a_page_uses_keeps_its_rules(site):
    (sheet,) = css_purge.theme_stylesheets(site)
    original = (THEME_CSS / sheet.name).read_text(encoding="utf-8")
    purged = sheet.read_text(encoding="utf-8")
    used = _page_classes(site) & _classes_in_selectors(original)
    assert used, "no page class found in the theme's CSS: the check checks nothing"
    missing = used - _classes_in_selectors(purged)
    assert not missing, f"classes on built pages lost every rule: {sorted(missing)}"
    # and the purge did cut: at most 60 % of the theme's sheet, gzip
    ratio = len(gzip.compress(purged.encode(), 9)) / len(gzip.compress(original.encode(), 9))
    assert ratio <= 0.6, ratio


def test_the_blocklist_names_no_class_nor_element_of_a_built_page(site):
    blocked = [re.compile(pattern) for pattern in css_purge.BLOCKLIST]
    names = _page_classes(site, elements=True)
    assert {"details", "summary", "md-typeset"} <= names  # the check sees what it checks
    hits = sorted(c for c in names if any(b.search(c) for b in blocked))
    assert not hits, f"blocklisted classes or elements on built pages: {hits}"


def test_a_class_named_nowhere_loses_its_rules_one_named_in_a_held_page_keeps_them(tmp_path):
    sheets = tmp_path / "assets" / "stylesheets"
    sheets.mkdir(parents=True)
    css = ".md-typeset .tk-held-only{color:red}.tk-nowhere-at-all{color:blue}.md-tooltip{x:1}"
    (sheets / "main.0000.min.css").write_text(css, encoding="utf-8")
    (tmp_path / "index.html").write_text(
        '<div class="md-typeset md-tooltip"><p>text</p></div>', encoding="utf-8"
    )
    sizes = css_purge.purge(tmp_path, ['<p class="tk-held-only">held</p>'])
    out = (sheets / "main.0000.min.css").read_text(encoding="utf-8")
    assert ".tk-held-only" in out
    assert "tk-nowhere-at-all" not in out
    assert "md-tooltip" not in out  # blocklisted, even though a page names it
    assert sizes["main.0000.min.css"][1] < sizes["main.0000.min.css"][0]
