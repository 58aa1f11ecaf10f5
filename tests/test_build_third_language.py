"""A third language as data (tools/common/languages.py): the fixture course with Tamazight in
Tifinagh (`zgh`, a three-letter code, left to right), partly translated, falling back to
French. It builds; its pages say their language and direction; an untranslated page shows
the French text, marked as French; the translation status has a column per language; it
gets its own search index; the lesson's "listen" button is not offered, no phone having a
Tamazight voice."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest
from lxml import html

from tests.support.third_language import third_language_build  # noqa: F401
from tools.common.ui_strings import strings

LESSON = "courses/demo/01-basics/01-first/index.html"  # translated
UNTRANSLATED = "courses/demo/01-basics/02-second/index.html"  # French and Arabic only


pytestmark = pytest.mark.build


@pytest.fixture
def built(third_language_build) -> Path:  # noqa: F811
    return third_language_build


def _page(site: Path, rel: str):
    return html.fromstring((site / rel).read_text(encoding="utf-8"))


def _h1(element) -> str:
    return element.xpath("string(.//h1)").strip().removesuffix("¶")  # the heading's link


def test_translated_page_in_its_own_language(built):
    root = _page(built, f"zgh/{LESSON}")
    assert (root.get("lang"), root.get("dir")) == ("zgh", "ltr")
    assert _h1(root.xpath("//article")[0]) == "ⵜⵓⵖⵔⵉ ⵜⴰⵎⵣⵡⴰⵔⵓⵜ"
    assert not root.xpath("//*[contains(@class, 'tk-fallback')]")
    # The other languages are untouched: Arabic at the top, right to left; French in fr/.
    ar, fr = _page(built, LESSON), _page(built, f"fr/{LESSON}")
    assert (ar.get("lang"), ar.get("dir")) == ("ar", "rtl")
    assert (fr.get("lang"), fr.get("dir")) == ("fr", "ltr")


def test_untranslated_page_shows_the_french_one(built):
    root = _page(built, f"zgh/{UNTRANSLATED}")
    assert (root.get("lang"), root.get("dir")) == ("zgh", "ltr")
    notice = root.xpath("//article//p[contains(@class, 'tk-fallback')]")
    assert [n.text_content() for n in notice] == [strings("zgh")["fallback.notice"]]
    assert "ⵜⵎⴰⵣⵉⵖⵜ" in notice[0].text_content(), "the notice is in Tamazight"
    borrowed = root.xpath("//article//div[@lang]")
    assert [(d.get("lang"), d.get("dir")) for d in borrowed] == [("fr", "ltr")]
    assert _h1(borrowed[0]) == "Deuxième leçon"
    assert not re.search("[\u0600-\u06ff]", borrowed[0].text_content()), "French, not Arabic"


def _status(site: Path, prefix: str) -> tuple[list[str], dict[str, list[str]]]:
    root = _page(site, f"{prefix}translation-status/index.html")
    (table,) = root.xpath("//article//table")
    header = [th.text_content().strip() for th in table.xpath(".//thead//th")]
    rows = {}
    for tr in table.xpath(".//tbody/tr"):
        cells = [td.text_content().strip() for td in tr.xpath("td")]
        rows[cells[0].lstrip("— ").strip()] = cells[1:]
    return header, rows


def test_translation_status_has_three_language_columns(built):
    s = strings("zgh")
    header, rows = _status(built, "zgh/")
    assert header == [s["status.page"], s["status.lang.ar"], s["status.lang.fr"], "ⵜⴰⵎⴰⵣⵉⵖⵜ"]
    present, missing = s["status.present"], s["status.missing"]
    assert rows["ⵜⵓⵖⵔⵉ ⵜⴰⵎⵣⵡⴰⵔⵓⵜ"] == [present, present, present]
    # Untranslated: listed under its French title, missing in Tamazight only.
    assert rows["Deuxième leçon"] == [present, present, missing]
    assert rows["Troisième leçon"] == [present, present, missing]
    # The Arabic page names the third language in Arabic.
    header_ar, rows_ar = _status(built, "")
    assert header_ar[1:] == ["العربية", "الفرنسية", "الأمازيغية"]
    assert all(len(states) == 3 for states in rows_ar.values()) and len(rows_ar) == len(rows)


def test_own_search_index(built):
    entry = json.loads((built / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert sorted(entry["languages"]) == ["ar", "fr", "zgh"]
    assert entry["languages"]["zgh"]["page_count"] == entry["languages"]["fr"]["page_count"]
    urls = {}
    for fragment in (built / "pagefind" / "fragment").glob("zgh_*.pf_fragment"):
        data = gzip.decompress(fragment.read_bytes())
        record = json.loads(data[data.index(b"{") :])
        urls[record["url"]] = record["content"]
    assert urls and all(url.startswith("/zgh/") for url in urls), sorted(urls)
    assert "ⵜⴰⵡⵏⴳⵉⵎⵜ" in urls["/zgh/courses/demo/01-basics/01-first/"]


def test_no_read_aloud_without_a_voice(built):
    js = built / "assets" / "js"
    assert (js / "listen.ar.js").is_file() and (js / "listen.fr.js").is_file()
    assert not (js / "listen.zgh.js").exists()
    assert (js / "share.zgh.js").is_file(), "other per-language scripts are there"
    # tamkeen.js offers "listen" where its table has the page's language: ar and fr only.
    tamkeen = (js / "tamkeen.js").read_text(encoding="utf-8")
    tables = re.findall(r"\{ar:\{listen:\"([^\"]*)\"\},fr:\{listen:\"([^\"]*)\"\}(,zgh:)?", tamkeen)
    assert tables == [(strings("ar")["listen"], strings("fr")["listen"], "")]


def test_our_scripts_read_the_third_language_as_data(built):
    """No script of ours names a language (tests/test_language_branches.py): what they need
    of Tamazight comes filled in from its row and its strings, with no change to the JS."""
    js = built / "assets" / "js"
    row = '{dir:"ltr",decimal:",",list:", "}'
    for name in ("offline.js", "credential.js"):
        assert "zgh:" + row in (js / name).read_text(encoding="utf-8"), name
    tamkeen = (js / "tamkeen.js").read_text(encoding="utf-8")
    # The search dialog's words for a zgh page: its own table (French where it has none).
    start = tamkeen.index('zgh:{"search.')
    label = '"search.label":' + json.dumps(strings("zgh")["search.label"], ensure_ascii=False)
    assert label in tamkeen[start : tamkeen.index("}", start)]
    assert (js / "share.zgh.js").is_file()
