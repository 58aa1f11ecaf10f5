"""Golden tree of a small course: lesson pages, index pages and the nav are generated from
front matter, in both languages (tests/fixtures/course)."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from tests.support.course_site import course_build  # noqa: F401

LESSONS = ["01-basics/01-first", "01-basics/02-second", "02-more/01-third"]


@pytest.fixture(scope="module")
def course_site(course_build):  # noqa: F811
    return course_build  # the session's build of the fixture course, read only


def parse(site, rel):
    return lxml_html.fromstring((site / rel / "index.html").read_text(encoding="utf-8"))


def test_golden_tree(course_site):
    pages = sorted(str(p.parent.relative_to(course_site)) for p in course_site.rglob("index.html"))
    expected = ["."]
    for prefix in ("", "fr/"):
        expected += [f"{prefix}courses/demo", f"{prefix}courses/demo/01-basics"]
        expected += [f"{prefix}courses/demo/02-more"]
        expected += [f"{prefix}courses/demo/{lesson}" for lesson in LESSONS]
        # Trainer kit (tools/slides): a deck per lesson and per module, a trainer page per module.
        expected += [f"{prefix}courses/demo/{lesson}/slides" for lesson in LESSONS]
        for module in ("01-basics", "02-more"):
            expected += [f"{prefix}courses/demo/{module}/{kit}" for kit in ("slides", "trainer")]
    expected += ["fr", "glossary", "fr/glossary", "translation-status", "fr/translation-status"]
    expected += ["progress", "fr/progress"]
    # The trainers' class view (progress codes to a table), one per language.
    expected += ["class", "fr/class"]
    assert pages == sorted(expected)


@pytest.mark.parametrize(
    ("prefix", "objectives", "keypoints", "next_label", "duration"),
    [
        ("", "ستتعلم في هذا الدرس أن", "النقاط الأساسية", "الدرس التالي", "20 دقيقة"),
        ("fr/", "Dans cette leçon, vous apprendrez à", "Points clés", "Leçon suivante", "20 min"),
    ],
)
def test_lesson_skeleton(course_site, prefix, objectives, keypoints, next_label, duration):
    tree = parse(course_site, f"{prefix}courses/demo/01-basics/02-second")
    article = tree.xpath("//article")[0]
    blocks = article.xpath(".//div[contains(@class,'admonition')]")
    classes = [b.get("class") for b in blocks]
    # Objectives first, key points last, the author's blocks in between.
    assert "objectives" in classes[0] and "keypoints" in classes[-1], classes
    assert blocks[0].xpath("string(p[@class='admonition-title'])") == objectives
    assert blocks[-1].xpath("string(p[@class='admonition-title'])") == keypoints
    meta = article.xpath("string(.//p[@class='tk-lesson-meta'])")
    assert duration in meta
    crumbs = article.xpath(".//p[@class='tk-lesson-meta']//a/@href")
    assert crumbs == ["../../", "../"]  # course › module
    pager = article.xpath(".//p[@class='tk-lesson-pager']//a")
    assert [a.get("href") for a in pager] == ["../01-first/", "../../02-more/01-third/"]
    assert pager[1].text_content().startswith(next_label)


def test_first_and_last_lessons_have_one_pager_link(course_site):
    first = parse(course_site, "courses/demo/01-basics/01-first")
    last = parse(course_site, "fr/courses/demo/02-more/01-third")
    assert len(first.xpath("//p[@class='tk-lesson-pager']//a")) == 1
    assert len(last.xpath("//p[@class='tk-lesson-pager']//a")) == 1


def test_module_index_lists_lessons_with_duration_and_objectives(course_site):
    tree = parse(course_site, "fr/courses/demo/01-basics")
    text = tree.xpath("string(//article)")
    assert "Durée totale\u202f: 35 min" in text
    links = tree.xpath("//article//h3/a[not(@class='headerlink')]/@href")
    assert links == ["01-first/", "02-second/"]
    assert "expliquer l'idée" in text and "appliquer l'idée" in text


def test_course_index_and_home_totals(course_site):
    course = parse(course_site, "courses/demo")
    assert "المدة الإجمالية: 60 دقيقة" in course.xpath("string(//article)")
    home_fr = parse(course_site, "fr")
    dl = home_fr.xpath("string(//article//dl)")
    assert "Cours de démonstration" in dl and "3 leçons" in dl and "60 min" in dl


def test_nav_has_modules_and_lessons_in_each_language(course_site):
    ar = parse(course_site, "courses/demo/02-more/01-third")
    fr = parse(course_site, "fr/courses/demo/02-more/01-third")
    ar_nav = ar.xpath("string(//nav[contains(@class,'md-nav--primary')])")
    fr_nav = fr.xpath("string(//nav[contains(@class,'md-nav--primary')])")
    assert "الدرس الثالث" in ar_nav and "Troisième leçon" not in ar_nav
    assert "Troisième leçon" in fr_nav and "Module 02-more" in fr_nav


def test_trainer_blocks_are_marked_for_the_trainer_view(course_site):
    for prefix, title in (("", "ملاحظة للمؤطّر"), ("fr/", "Note pour l’animateur")):
        tree = parse(course_site, f"{prefix}courses/demo/01-basics/01-first")
        trainer = tree.xpath("//div[contains(@class,'admonition') and contains(@class,'trainer')]")
        assert len(trainer) == 1
        assert trainer[0].xpath("string(p[@class='admonition-title'])") == title


@pytest.mark.parametrize(
    ("prefix", "word", "other"),
    [("", "الفكرة", "idée"), ("fr/", "l'idée", "فكرة")],
)
def test_glossary_page_and_first_use_linked(course_site, prefix, word, other):
    glossary = parse(course_site, f"{prefix}glossary")
    assert glossary.xpath("//h2[@id='idea']")
    assert other in glossary.xpath("string(//p[@class='tk-term-other'])")
    lesson = parse(course_site, f"{prefix}courses/demo/01-basics/01-first")
    links = lesson.xpath("//article//a[@class='tk-term']")
    assert len(links) == 1, [a.text_content() for a in links]  # first use only
    assert links[0].get("href") == "../../../../glossary/#idea"
    assert links[0].text_content().lower().endswith(word.split("'")[-1])
    # Never inside a heading.
    assert not lesson.xpath("//h2//a[@class='tk-term']")
