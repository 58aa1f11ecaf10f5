"""A fact's source name in Arabic keeps its Latin runs readable: «المادة 73 (II-B-6° وIII)»
was reordered by the bidi algorithm around the Arabic «و» and the brackets. On an Arabic
page each run of Latin words in the source's name is isolated left to right (`<bdi dir="ltr">`);
a French page gets the name as written."""

from __future__ import annotations

from pathlib import Path

import markdown
import pytest
from lxml import html

from tools.model import facts
from tools.site.facts_markdown import FactsExtension

REGISTER = Path(__file__).parent / "fixtures" / "fact_source_bidi" / "facts.yml"


def _source_link(lang: str, monkeypatch: pytest.MonkeyPatch):
    # The extension reads the register and language the build sets; set them for this page only.
    monkeypatch.setitem(facts._current, "register", REGISTER)
    monkeypatch.setitem(facts._current, "lang", lang)
    page = markdown.Markdown(extensions=[FactsExtension()]).convert("[[fact:droit]]")
    (link,) = html.fromstring(page).xpath('//*[@class="tk-dated-fact__source"]/a')
    return link


def test_arabic_source_name_isolates_its_latin_runs(monkeypatch):
    link = _source_link("ar", monkeypatch)
    assert link.get("href") == "https://example.org/cgi"
    assert link.text_content() == (
        "المدونة العامة للضرائب، المادة 73 (II-B-6° وIII) (قرأناها في نسخة على GitHub)"
    )
    assert [b.text for b in link.xpath('bdi[@dir="ltr"]')] == ["II-B-6°", "III", "GitHub"]
    # The Arabic words and the brackets stay outside the isolates, in the page's direction.
    assert link.text == "المدونة العامة للضرائب، المادة 73 ("


def test_french_source_name_is_written_as_is(monkeypatch):
    link = _source_link("fr", monkeypatch)
    assert (
        link.text
        == "Code général des impôts, article 73 (II-B-6° et III) (lu dans une copie sur GitHub)"
    )
    assert link.xpath("bdi") == []


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_facts_page_isolates_the_same_runs(lang):
    """The facts page (every fact with its source) shows the name as a lesson does."""
    text = facts.page_markdown(facts.load(REGISTER), [], lang, "facts.md")
    page = markdown.Markdown().convert(text)
    (link,) = html.fromstring(page).xpath('//a[@href="https://example.org/cgi"]')
    runs = [b.text for b in link.xpath('bdi[@dir="ltr"]')]
    assert runs == (["II-B-6°", "III", "GitHub"] if lang == "ar" else [])
    assert link.text_content() == facts.load(REGISTER)["droit"].source_name[lang]


def test_a_latin_title_with_a_colon_is_one_run():
    """«Digital 2026: Morocco» in two isolates put its colon between them, laid out right
    to left: «Morocco :Digital 2026». A Latin comma or colon followed by a space continues
    the run; the Arabic comma «،» ends it."""
    text = facts.isolated_markdown("DataReportal، Digital 2026: Morocco", "ar")
    words = '<bdi dir="ltr" class="tk-ltr-words">'
    assert text == f'<bdi dir="ltr">DataReportal</bdi>، {words}Digital 2026: Morocco</bdi>'
    page = markdown.Markdown().convert(facts.page_markdown(facts.load(REGISTER), [], "ar", "f.md"))
    (link,) = html.fromstring(page).xpath('//a[@href="https://example.org/report"]')
    assert [b.text for b in link.xpath("bdi")] == ["DataReportal", "Digital 2026: Morocco"]


def test_french_accents_stay_inside_the_run():
    """«Économie» was cut at its «É»: the run started at «conomie»."""
    text = facts.isolated_markdown("LesEco، Économie: le régime", "ar")
    words = '<bdi dir="ltr" class="tk-ltr-words">'
    assert text == f'<bdi dir="ltr">LesEco</bdi>، {words}Économie: le régime</bdi>'


def test_a_run_of_words_may_wrap_a_single_word_may_not(monkeypatch):
    """An isolate never wraps inside itself (tamkeen.css: «447-1» whole), but a title of
    several Latin words in one isolate stuck out of a 360 px screen on the facts page:
    such a run is marked to wrap between its words; one word or number is not."""
    link = _source_link("ar", monkeypatch)
    classes = {b.text: b.get("class") for b in link.xpath("bdi")}
    assert classes == {"II-B-6°": None, "III": None, "GitHub": None}
    text = facts.isolated_markdown("اللجنة، «Notifier une demande de transfert» و447-1", "ar")
    assert '<bdi dir="ltr" class="tk-ltr-words">Notifier une demande de transfert</bdi>' in text
    assert '<bdi dir="ltr">447-1</bdi>' in text
    css = (Path(__file__).parent.parent / "tools" / "assets" / "tamkeen.css").read_text("utf-8")
    assert "bdi.tk-ltr-words {\n  white-space: normal;" in css
