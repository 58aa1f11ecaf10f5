"""`[[fact:id]]` renders the fact from docs/facts.yml with its source and "checked on" in
the page's language, on the page and on the lesson's slides; the facts page lists every
fact with where it is used and when it is due."""

from __future__ import annotations

import pytest
from lxml import html

from tests.conftest import copy_fixture, run_build

LESSON = "courses/demo/01-basics/01-first"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("facts-site")
    project = copy_fixture("facts_site", tmp)
    result = run_build(project / "mkdocs.yml", tmp / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    return tmp / "site"


def _facts(path):
    return html.fromstring(path.read_text(encoding="utf-8")).xpath('//*[@class="tk-dated-fact"]')


def test_arabic_lesson_shows_statement_source_and_date(site):
    statement, figure = _facts(site / LESSON / "index.html")
    assert statement.text.startswith("سقف الخدمات 200000 درهم")
    link = statement.xpath(".//a")[0]
    assert link.get("href") == "https://example.org/loi-114-13"
    # The law number is isolated left to right (bidi shows «13-114» otherwise).
    assert link.text_content() == "القانون 114-13"
    assert [b.text for b in link.xpath('bdi[@dir="ltr"]')] == ["114-13"]
    note = statement.xpath('.//*[@class="tk-dated-fact__source"]')[0].text_content()
    assert "تحقّقنا منه في 29 نونبر 2026" in note
    assert figure.text.strip() == "200\u202f000 درهم"


def test_french_lesson_same_source_and_date(site):
    statement, figure = _facts(site / "fr" / LESSON / "index.html")
    assert statement.text.startswith("Le plafond des services est de 200 000 DH")
    note = statement.xpath('.//*[@class="tk-dated-fact__source"]')[0].text_content()
    assert note == "(source\u202f: Loi 114-13, vérifié le 29 novembre 2026)"
    assert statement.text_content().endswith("2026).")  # the full stop after the source
    assert figure.text.strip() == "200\u202f000 DH"


def test_slides_render_the_fact(site):
    deck = (site / "fr" / LESSON / "slides" / "index.html").read_text(encoding="utf-8")
    assert "Le plafond des services est de 200 000 DH" in deck
    assert "vérifié le 29 novembre 2026" in deck


@pytest.mark.parametrize(
    ("prefix", "used", "unused", "due"),
    [
        ("", "الدرس الأول", "لا يستعمله أي درس بعد", "31 يناير 2027"),
        ("fr/", "Première leçon", "aucune leçon pour l’instant", "31 janvier 2027"),
    ],
)
def test_facts_page_lists_use_and_due_date(site, prefix, used, unused, due):
    page = html.fromstring((site / prefix / "facts" / "index.html").read_text(encoding="utf-8"))
    ceiling = page.xpath('//*[@id="ceiling"]/following-sibling::ul[1]')[0].text_content()
    assert used in ceiling and due in ceiling
    other = page.xpath('//*[@id="unused"]/following-sibling::ul[1]')[0].text_content()
    assert unused in other
    link = page.xpath('//*[@id="ceiling"]/following-sibling::ul[1]//a')
    assert [a.get("href") for a in link][-1].endswith("courses/demo/01-basics/01-first/")


@pytest.mark.parametrize(
    ("prefix", "said"),
    [
        ("", "قرأناه في نسخة منه"),
        ("fr/", "Lu dans une copie, pas sur le site de l’éditeur officiel"),
    ],
)
def test_facts_page_says_where_a_copy_was_read(site, prefix, said):
    """A text read in a copy (a scan of the Bulletin officiel) and not on its publisher's site
    says so, with a link to the copy; a text read at its source does not."""
    page = html.fromstring((site / prefix / "facts" / "index.html").read_text(encoding="utf-8"))
    copied = page.xpath('//*[@id="threshold"]/following-sibling::ul[1]')[0]
    assert said in copied.text_content()
    hrefs = [a.get("href") for a in copied.xpath(".//a")]
    assert hrefs[:2] == [
        "https://example.org/loi-de-finances",
        "https://copies.example.net/bo-scan",
    ]
    read_at_source = page.xpath('//*[@id="ceiling"]/following-sibling::ul[1]')[0].text_content()
    assert said not in read_at_source
