"""A trainer page a volunteer can run a session from, in both languages: prerequisites, a
practice block drawn from the module's quizzes and exercises, the module's materials with
the lessons that ask for them, a pre-workshop checklist, a safeguarding note, the answer key
(right letters, solutions) and links to the trainer handout and the class view that
resolve. Screenshots of the Arabic and French pages (tests/artifacts)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import run_build, screenshot
from tests.support.kit import kit_project
from tests.support.server import SiteServer

PAGE = "courses/demo/01-basics/trainer/"
PREREQUISITES = {"ar": "هاتف مشحون", "fr": "un téléphone chargé"}


@pytest.fixture(scope="module")
def kit_site(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("trainer-kit")
    project = kit_project(tmp)
    for lang, item in PREREQUISITES.items():
        index = project / f"docs/courses/demo/01-basics/index.{lang}.md"
        text = index.read_text(encoding="utf-8")
        index.write_text(text.replace("materials:", f"prerequisites:\n  - {item}\nmaterials:", 1))
    site = tmp / "site"
    result = run_build(project / "mkdocs.yml", site)
    assert result.returncode == 0, result.stdout + result.stderr
    return site


def _text(html: str) -> str:
    html = re.sub(r'<a class="headerlink"[^>]*>.*?</a>', "", html)
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


EXPECTED = {
    "fr": [
        "Prérequis un téléphone chargé",
        "Le bloc de pratique (55 minutes)",
        "Les questions : Première leçon (1, 2); Deuxième leçon (1).",
        "« Exercice » (leçon : Première leçon)",
        "À préparer le tableau et des marqueurs (pour la leçon : Première leçon)",
        "Avant l’atelier",
        "Le projecteur :",
        "hotspot",
        "Protection des participants",
        "Les mineurs (16 et 17 ans) :",
        "hypertrucage (deepfake)",
        "Question 1 : Que fait un modèle de langage ? ✓ B Il prédit le mot suivant.",
        "✓ A Le numéro de votre carte nationale. ✓ C Le mot de passe de votre messagerie.",
    ],
    "ar": [
        "المتطلبات القبلية هاتف مشحون",
        "فقرة التطبيق (55 دقيقة)",
        "الأسئلة: الدرس الأول (1، 2)؛ الدرس الثاني (1).",
        "«تمرين» (الدرس: الدرس الأول)",
        "ما يجب تحضيره السبورة وأقلامها (للدرس: الدرس الأول)",
        "قبل الورشة",
        "جهاز العرض:",
        "نقطة الاتصال (hotspot):",
        "الحماية والسلامة",
        "القاصرون (16 و17 سنة):",
        "تزييف عميق",
        "السؤال 1: ماذا يفعل النموذج اللغوي؟ ✓ ب يتوقّع الكلمة التالية.",
    ],
}


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_trainer_page_content(kit_site, lang):
    prefix = "" if lang == "ar" else "fr/"
    page = kit_site / prefix / PAGE / "index.html"
    html = page.read_text(encoding="utf-8")
    text = _text(html)
    for expected in EXPECTED[lang]:
        assert expected in text, expected
    # The solutions, folded, in the answer key.
    assert re.search(r'<details class="solution">\s*<summary>', html)
    # Every link of the page's downloads resolves in the built site.
    hrefs = re.findall(r'<a href="([^"#]+)">', html)
    wanted = {f"demo-01-basics-{lang}-trainer.pdf", "../../../../class/"}
    assert wanted <= set(hrefs), hrefs
    for href in wanted:
        target = (page.parent / href).resolve()
        assert (target / "index.html" if href.endswith("/") else target).is_file(), href


@pytest.mark.browser
def test_trainer_page_screenshots(kit_site, chromium):
    with SiteServer(kit_site) as server:
        context = chromium.new_context(viewport={"width": 412, "height": 915})
        pg = context.new_page()
        for lang, prefix in (("ar", ""), ("fr", "fr/")):
            pg.goto(server.base + prefix + PAGE)
            direction = pg.evaluate("document.documentElement.dir")
            assert direction == ("rtl" if lang == "ar" else "ltr")
            screenshot(pg, f"trainer-page-{lang}")
        context.close()
