"""A page without its translation: the source check stops the build and names the file;
tools.site.fallback (used when static-i18n serves a page in the other language) tells the reader
and marks the borrowed text with its real language and direction."""

from __future__ import annotations

from lxml import html

from tools.common.ui_strings import strings
from tools.site import fallback


def test_missing_translation_stops_the_build(fixture_site):
    project, site_dir, result = fixture_site("only_arabic")
    assert result.returncode != 0, result.stdout + result.stderr
    assert "only.ar.md" in result.stderr, result.stderr
    assert "no fr version" in result.stderr
    assert "only.fr.md" in result.stderr, "the message says which file to create"
    assert not site_dir.exists()


def test_wrap_french_page_showing_arabic_text():
    body = "<h1>درس</h1>\n<p>نص عربي</p>"
    out = fallback.wrap(body, "fr", "ar")
    root = html.fragment_fromstring(out, create_parent="div")
    notice, wrapper = root.getchildren()
    assert notice.tag == "p" and "tk-fallback" in notice.get("class")
    assert notice.get("role") == "note"
    assert notice.text_content() == strings("fr")["fallback.notice"]
    assert "traduite en français" in notice.text_content()
    assert (wrapper.tag, wrapper.get("lang"), wrapper.get("dir")) == ("div", "ar", "rtl")
    assert wrapper.xpath("string(h1)") == "درس"
    assert wrapper.xpath("string(p)") == "نص عربي"
    assert notice.get("lang") is None, "the notice is in the page's language (French)"


def test_wrap_arabic_page_showing_french_text():
    out = fallback.wrap("<p>Bonjour</p>", "ar", "fr")
    root = html.fragment_fromstring(out, create_parent="div")
    notice, wrapper = root.getchildren()
    assert notice.text_content() == strings("ar")["fallback.notice"]
    assert (wrapper.get("lang"), wrapper.get("dir")) == ("fr", "ltr")


def test_wrap_leaves_a_translated_page_alone():
    body = "<p>Bonjour</p>"
    assert fallback.wrap(body, "fr", "fr") == body
