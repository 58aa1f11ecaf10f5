"""A step that edits every link of a page (the course zip's file:// links) edits each link
in its own place: several on one line, others spread over lines and over start tags of
several lines, more than the few that are searched line by line (tools/site/built_page.py
reads the rest of a name's start tags once from the whole text)."""

from __future__ import annotations

import pytest

from tools.site import built_page
from tools.site.built_page import BuiltPage, LocateError

PAGE = """<!doctype html>
<html lang="ar"><head><title>t</title>
<link rel="stylesheet" href="a.css"><link rel="icon" href="i.svg">
</head><body>
<nav><a href="x/1/">1</a> <a href="x/2/">2</a><a class="k" href="x/3/">3</a></nav>
<p>text <a
   href="x/4/"
   title="four">4</a> and <a href='x/5/' data-v="a>b">5</a></p>
<script>var s = "<a href='not-a-link'>";</script>
<ul>
<li><a href="x/6/">6</a></li><li><a href="x/7/">7</a></li>
<li><a href="x/8/" hidden>8</a></li>
</ul>
<a href="x/9/">9</a><a href="x/10/">10</a><a href="x/11/">11</a><a href="x/12/">12</a>
</body></html>
"""


def _every_link_renamed(text: str) -> str:
    page = BuiltPage(text, "page.html")
    for a in page.xpath("//a[@href]"):
        page.set_attribute(a, "href", a.get("href").replace("x/", "y/") + "index.html")
    return page.html()


def test_every_link_is_edited_in_its_own_tag():
    out = _every_link_renamed(PAGE)
    for n in range(1, 13):
        assert f'"y/{n}/index.html"' in out, n
        assert f"x/{n}/" not in out, n
    # Only the href values changed: the rest of the text is byte for byte the same.
    expected = PAGE
    for n in range(1, 13):
        expected = expected.replace(f'"x/{n}/"', f'"y/{n}/index.html"')
    expected = expected.replace("href='x/5/'", 'href="y/5/index.html"')
    assert out == expected
    assert "href='not-a-link'" in out  # inside a script: not an element


@pytest.mark.parametrize("windowed", [0, 4, 1000])
def test_the_same_edits_whether_tags_are_read_per_line_or_all_at_once(monkeypatch, windowed):
    monkeypatch.setattr(built_page, "_WINDOWED", windowed)
    expected = PAGE
    for n in range(1, 13):
        expected = expected.replace(f'"x/{n}/"', f'"y/{n}/index.html"')
    expected = expected.replace("href='x/5/'", 'href="y/5/index.html"')
    assert _every_link_renamed(PAGE) == expected


def test_an_element_of_another_page_is_refused():
    page, other = BuiltPage(PAGE, "page.html"), BuiltPage(PAGE, "other.html")
    link = other.xpath("//a[@href]")[0]
    with pytest.raises(LocateError, match="page.html"):
        page.start_tag(link)
