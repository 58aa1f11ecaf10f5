"""A lesson page's sidebar lists its own module's lessons, not every module of the course
(issue 25, item 5: a page that does not grow with the site); every lesson is still reached
from the course's index page (its modules) and each module's index page (its lessons).
On the real site: the rule follows the theme's `navigation.prune` (mkdocs.yml)."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

PRIMARY = "//nav[contains(@class,'md-nav--primary')]"
COURSE = "courses/ai"


def _page(site, url):
    return lxml_html.fromstring((site / url / "index.html").read_bytes())


def _modules(site):
    return sorted(p.name for p in (site / COURSE).iterdir() if (p / "index.html").is_file())


@pytest.mark.parametrize("lang", ["", "fr/"])
def test_a_lesson_lists_its_own_module_only(site, lang):
    modules = _modules(site)
    assert len(modules) >= 2, modules
    own = modules[0]
    lessons = sorted(p.name for p in (site / COURSE / own).iterdir() if (p / "index.html").is_file()
                     and p.name != "trainer")  # fmt: skip
    lesson = _page(site, f"{lang}{COURSE}/{own}/{lessons[0]}")
    hrefs = lesson.xpath(f"{PRIMARY}//a/@href")
    assert f"../{lessons[1]}/" in hrefs, hrefs  # its module's next lesson
    others = [h for h in hrefs for m in modules[1:] if f"/{m}/" in h]
    assert not others, others  # the course's other modules: not listed
    assert lesson.xpath(f"{PRIMARY}//a[@href='../../']")  # the course's index page


@pytest.mark.parametrize("lang", ["", "fr/"])
def test_every_lesson_is_reached_from_the_index_pages(site, lang):
    course_links = _page(site, f"{lang}{COURSE}").xpath("//article//a/@href")
    for module in _modules(site):
        assert any(h.startswith(f"{module}/") for h in course_links), module
        links = _page(site, f"{lang}{COURSE}/{module}").xpath("//article//a/@href")
        for lesson in (site / COURSE / module).iterdir():
            if (lesson / "index.html").is_file() and lesson.name != "trainer":
                assert f"{lesson.name}/" in links, (module, lesson.name)
