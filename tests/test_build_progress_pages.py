"""The generated parts tamkeen.js fills in: a "mark as done" button on every lesson, the
lesson keys on index pages and the home page, and the completion summary in both
languages (tests/fixtures/course)."""

from __future__ import annotations

import json

import pytest
from lxml import html as lxml_html

from tests.support.course_site import course_build  # noqa: F401

KEYS = ["demo/01-basics/01-first", "demo/01-basics/02-second", "demo/02-more/01-third"]


def parse(site, rel):
    return lxml_html.fromstring((site / rel / "index.html").read_text(encoding="utf-8"))


@pytest.mark.parametrize("prefix", ["", "fr/"])
def test_every_lesson_has_a_done_button_with_its_language_free_key(course_build, prefix):  # noqa: F811
    for key in KEYS:
        tree = parse(course_build, f"{prefix}courses/{key}")
        (done,) = tree.xpath("//article//div[@class='tk-done']")
        assert done.get("data-tk-key") == key
        assert done.get("hidden") is not None  # shown by JavaScript only
        assert done.xpath("button[@aria-pressed='false']")
        assert done.xpath("p[@class='tk-nostore' and @role='alert']")


@pytest.mark.parametrize(
    ("prefix", "template"),
    [("", "الدروس المنجزة: {n} من {m}"), ("fr/", "Leçons terminées\u202f: {n} sur {m}")],
)
def test_index_pages_carry_their_lesson_keys(course_build, prefix, template):  # noqa: F811
    course = parse(course_build, f"{prefix}courses/demo")
    counts = [c.get("data-tk-lessons") for c in course.xpath("//article//*[@class='tk-count']")]
    assert counts == [" ".join(KEYS), " ".join(KEYS[:2]), KEYS[2]]
    module = parse(course_build, f"{prefix}courses/demo/01-basics")
    (count,) = module.xpath("//article//*[@class='tk-count']")
    assert count.get("data-tk-lessons") == " ".join(KEYS[:2])
    assert count.get("data-tk-template") == template
    home = parse(course_build, prefix.rstrip("/") or ".")
    (cont,) = home.xpath("//article//p[@class='tk-continue']")
    assert [k for k, _ in json.loads(cont.get("data-tk-lessons"))] == KEYS
    assert home.xpath("//article//span[@class='tk-count']/@data-tk-lessons") == [" ".join(KEYS)]


@pytest.mark.parametrize(
    ("prefix", "self_reported", "name"),
    [
        ("", "هذا الملخص تصريح ذاتي", "اسمك"),
        ("fr/", "Ce récapitulatif est déclaratif", "Votre nom"),
    ],
)
def test_summary_page(course_build, prefix, self_reported, name):  # noqa: F811
    tree = parse(course_build, f"{prefix}progress")
    article = tree.xpath("//article")[0]
    assert self_reported in article.xpath("string(.//p[@class='tk-summary__self'])")
    assert article.xpath("string(.//label[@for='tk-name'])") == name
    assert article.xpath(".//input[@id='tk-name']")
    rows = article.xpath(".//table[@class='tk-summary__table']//tr[@data-tk-lessons]")
    assert [r.get("data-tk-lessons") for r in rows] == [" ".join(KEYS[:2]), KEYS[2]]
    # Quiz questions per lesson, for the scores: 2 in the first lesson, 1, then none.
    assert [r.get("data-tk-questions") for r in rows] == ["2 1", "0"]
    for control in ("tk-code-in", "tk-file"):
        assert article.xpath(f".//label[@for='{control}']")
    # Listed in the navigation of every page.
    home = parse(course_build, prefix.rstrip("/") or ".")
    assert home.xpath("//nav[contains(@class,'md-nav--primary')]//a[@href='progress/']")
