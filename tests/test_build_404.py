"""One 404 page per language: site/404.html (what GitHub Pages serves for every missing URL)
is Arabic first and also says it in French; site/fr/404.html is French first. Home links are
absolute from site_url, since a 404 is served at any depth."""

from __future__ import annotations

from pathlib import Path

from lxml import html

from tools.common import site_markdown
from tools.common.ui_strings import strings

ROOT = Path(__file__).resolve().parent.parent


def site_url() -> str:
    # Read as MkDocs reads it (`!ENV` and `!!python` tags), in this environment.
    url = site_markdown.site_url(ROOT / "mkdocs.yml")
    assert url, "mkdocs.yml has no site_url"
    return url


def sections(page: Path) -> list:
    root = html.fromstring(page.read_bytes())
    found = root.xpath("//article//section[@lang][@dir]")
    assert found, f"{page}: no language sections"
    return found


def check_404(page: Path, first: str, second: str) -> None:
    root = html.fromstring(page.read_bytes())
    direction = {"ar": "rtl", "fr": "ltr"}
    assert (root.get("lang"), root.get("dir")) == (first, direction[first])
    found = sections(page)
    assert [(s.get("lang"), s.get("dir")) for s in found] == [
        (first, direction[first]),
        (second, direction[second]),
    ]
    h1 = root.xpath("//article//h1")
    assert len(h1) == 1 and h1[0].text_content().strip() == strings(first)["notfound.title"]
    assert found[0].xpath(".//h1"), "the page's own language comes first, as the h1"
    assert found[1].xpath("string(.//h2)").strip() == strings(second)["notfound.title"]
    assert strings(second)["notfound.body"] in found[1].text_content()
    base = site_url()
    homes = {s.get("lang"): s.xpath(".//a/@href") for s in found}
    assert homes == {"ar": [base], "fr": [base + "fr/"]}, homes


def test_root_404_is_arabic_first(site: Path):
    check_404(site / "404.html", "ar", "fr")
    assert strings("ar")["notfound.title"] == "الصفحة غير موجودة"


def test_french_404_is_french_first(site: Path):
    check_404(site / "fr" / "404.html", "fr", "ar")
