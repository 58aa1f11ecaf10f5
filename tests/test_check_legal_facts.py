"""Facts discipline (tools/checks/rules/legal_facts.py): a law, a tax rate or a penalty written by
hand in a lesson is a warning at its line and column; figures from the register, in code, or
with no legal word near them are not; a law or tax fact with a secondary source is a warning
at its line in the register, and the page marks it as secondary."""

from __future__ import annotations

from tests.support.content_site import findings, write_site
from tools.checks.rules.legal_facts import findings as line_findings

REGISTER = """- id: law
  figure: {ar: "القانون 09.08", fr: "loi 09-08"}
  ar: "يحمي القانون 09.08 المعطيات الشخصية."
  fr: "La loi 09-08 protège les données personnelles."
  source: {url: "https://example.org/bo", ar: "ج.ر.", fr: "B.O.", kind: primary}
  checked: 2026-11-29
  review_by: 2027-01-31

- id: tax
  figure: {value: 1, unit: percent}
  ar: "الضريبة 1% من رقم المعاملات."
  fr: "L’impôt est de 1 % du chiffre d’affaires."
  source: {url: "https://example.org/press", ar: "جريدة", fr: "Journal", kind: secondary}
  checked: 2026-11-29
  review_by: 2027-01-31

- id: stat
  figure: {value: 415, unit: twh}
  ar: "استهلكت مراكز البيانات 415 تيراواط ساعة."
  fr: "Les centres de données ont consommé 415 TWh."
  source: {url: "https://example.org/iea", ar: "الوكالة", fr: "AIE", kind: secondary}
  checked: 2026-11-29
  review_by: 2027-01-31

- id: rate
  figure: {value: 0.5, unit: percent}
  ar: "وبحسب الملخص نفسه، النسبة 0,5% للتجارة."
  fr: "D’après le même résumé, le taux est de 0,5 % pour le commerce."
  source: {url: "https://example.org/p", ar: "النظام الجبائي", fr: "Régime fiscal", kind: secondary}
  checked: 2026-11-29
  review_by: 2027-01-31
"""

FR = """## Section

L’impôt est de 1 % du chiffre d’affaires, et la retenue de 30 % au-delà de 80 000 DH.

Le café vend le thé à 10 DH, soit 20 % de moins.

[[fact:tax]] Un rappel : `impôt = 1 %` se calcule ainsi.

Selon la loi 31-08, le vendeur informe l’acheteur.

La loi 09-08 protège vos clients. [[fact:law|figure]]

L’article 447-2 du Code pénal punit le montage. Lisez l’article 3 de ce blog.
"""
AR = """## قسم

الضريبة 1% من رقم المعاملات.

يبيع المقهى الشاي بـ 10 دراهم.

اقرأ الفصل 3 من التقرير. يعاقب الفصل 447-2 على التركيب.
"""


def _docs(tmp_path):
    docs = write_site(tmp_path, {"l": {"fr": FR, "ar": AR}})
    (docs / "facts.yml").write_text(REGISTER, encoding="utf-8")
    return docs


def _hits(found, name):
    return sorted(
        (e.line, e.col, dict(e.message.args)["found"]) for e in found if e.path.name == name
    )


def test_hand_written_legal_figures_in_prose(tmp_path):
    docs = _docs(tmp_path)
    found = findings(docs, "legal.prose")
    assert all(e.warning for e in found)
    # The body starts at line 12 (front matter of tests/support/content_site.py). Not
    # found: 10 DH and 20 % (no legal word), the fact and the code, the law the page cites
    # (09-08), "l'article 3 de ce blog", «الفصل 3 من التقرير».
    assert _hits(found, "l.fr.md") == [
        (14, 16, "1 %"),
        (14, 60, "30 %"),
        (14, 76, "80 000 DH"),
        (20, 10, "loi 31-08"),
        (24, 3, "article 447-2"),
    ]
    assert _hits(found, "l.ar.md") == [(14, 9, "1%"), (18, 32, "الفصل 447-2")]
    text = [e for e in found if e.path.name == "l.fr.md"][0].text("en")
    assert "`1 %` next to «impôt»" in text and "[[fact:id|figure]]" in text


def test_keypoints_are_prose_too(tmp_path):
    docs = _docs(tmp_path)
    lesson = docs / "courses/c/m/l.fr.md"
    text = lesson.read_text(encoding="utf-8")
    lesson.write_text(text.replace("  - l fr\n", "  - Le taux de l’impôt est de 2 %.\n"))
    found = [e for e in findings(docs, "legal.prose") if e.path.name == "l.fr.md"]
    assert (8, 31, "2 %") in _hits(found, "l.fr.md")


def test_one_line():
    assert line_findings("Une amende de 2 000 à 20 000 DH et 1 à 3 ans de prison.") == [
        (15, "2 000 à 20 000 DH", "amende"),
        (36, "1 à 3 ans", "amende"),
    ]
    assert line_findings("Remise de 50 % sur le caftan.") == []
    # A cited fact names the law: its number alone is no new statement.
    assert line_findings("La loi 09-08 protège.", frozenset({(9, 8)})) == []
    assert line_findings("القانون 09.08 يحمي.", frozenset({(9, 8)})) == []


def test_secondary_source_for_law_or_tax(tmp_path):
    docs = _docs(tmp_path)
    found = findings(docs, "legal.secondary")
    # `rate` names no tax word; its source's name does ("régime fiscal"): it is a tax fact too.
    assert [(e.path.name, e.line, e.warning) for e in found] == [
        ("facts.yml", 9, True),
        ("facts.yml", 25, True),
    ]
    assert "fact 'tax' is about law or tax" in found[0].text("en")
    assert "fact 'rate' is about law or tax" in found[1].text("en")


def test_the_page_says_secondary_source():
    import datetime as dt
    import xml.etree.ElementTree as etree

    from tools.model import facts
    from tools.site import facts_markdown

    fact = facts.Fact(
        "tax",
        1,
        {"ar": "الضريبة 1%.", "fr": "L’impôt est de 1 %."},
        {"value": 1, "unit": "percent"},
        "https://example.org",
        {"ar": "جريدة", "fr": "Journal"},
        "secondary",
        dt.date(2026, 11, 29),
        dt.date(2027, 1, 31),
    )
    for lang, said in (("fr", "source secondaire"), ("ar", "مصدر ثانوي")):
        html = etree.tostring(facts_markdown.render(fact, "", lang), encoding="unicode")
        assert said in html
        primary = facts.Fact(
            *[fact.__dict__[k] for k in fact.__dataclass_fields__][:6],
            "primary",
            fact.checked,
            fact.review_by,
        )
        assert said not in etree.tostring(
            facts_markdown.render(primary, "", lang), encoding="unicode"
        )


def test_arabic_auto_entrepreneur_with_its_article():
    # «المقاول الذاتي»: the adjective takes the article too; both forms are a legal word.
    for text in ("يؤدي المقاول الذاتي 1% من رقم المعاملات.", "يؤدي مقاول ذاتي 1% من رقمه."):
        assert [what for _, what, _ in line_findings(text)] == ["1%"], text
    assert line_findings("يبيع المقاول 1% من الكمية.") == []


JUDGED_FR = """## Section

> « L’impôt de l’auto-entrepreneur est de 2 % pour les services. »

> « Selon la loi 31-08, vous avez 30 jours. »

!!! quiz
    Quel est le taux ?

    - [ ] 30 % de tout, depuis que la loi de finances 2023 a changé le régime.
        Non : la retenue ne porte que sur la partie au-delà de 80 000 DH.
    - [x] Le taux des services.
        Exact : l’impôt est de 1 % pour les services.

!!! exercise

    > « L’amende est de 500 DH. »

    ??? solution

        L’impôt fait 2 % ici.
"""
JUDGED_AR = """## قسم

> «ضريبة المقاول الذاتي 2% للخدمات.»

!!! quiz
    ما النسبة؟

    - [ ] 0,5% لأنها أدنى نسبة في نظام المقاول الذاتي.
        لا: الاقتطاع يخص ما يتجاوز 80000 درهم.
    - [x] نسبة الخدمات.
        صحيح.
"""


def test_what_the_learner_judges_states_nothing(tmp_path):
    """A quiz option and a quotation are claims put to the learner (a wrong one on purpose,
    or the answer): their figures are not read; feedback and solutions are; a law number
    is read everywhere."""
    docs = write_site(tmp_path, {"l": {"fr": JUDGED_FR, "ar": JUDGED_AR}})
    (docs / "facts.yml").write_text(REGISTER, encoding="utf-8")
    found = findings(docs, "legal.prose")
    # Body from line 12: the quotes at 14, 16 and 28 (in the exercise), the options at 21
    # and 23, their feedback at 22 and 24, the solution at 32.
    assert _hits(found, "l.fr.md") == [
        (16, 14, "loi 31-08"),
        (22, 64, "80 000 DH"),
        (24, 32, "1 %"),
        (32, 22, "2 %"),
    ]
    assert [line for line, _, _ in _hits(found, "l.ar.md")] == [20]
