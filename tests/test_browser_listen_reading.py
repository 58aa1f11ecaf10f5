"""Listen to a lesson (tools/assets/listen.js), with a stand-in speechSynthesis: what is read,
in which order, in which voice. The fixture's second lesson has a code block, a trainer note,
an exercise with its solution, and a quiz with feedback per option and an explanation; none
of those answers or notes may be heard, and a Latin word does not switch the voice."""

from __future__ import annotations

import pytest

from tests.support.course_site import course_build, course_site_server  # noqa: F401
from tests.support.speech import SECOND, listen_page, press_listen, read_to_the_end  # noqa: F401
from tools.common.ui_strings import strings

pytestmark = pytest.mark.browser

ARABIC = [
    "الدرس الثاني",  # title
    "ستتعلم في هذا الدرس أن",  # objectives
    "تطبق الفكرة",
    "التطبيق",  # body
    "نص ثان مع input() 25.",
    "مثال بلغة Python:",  # a Latin word: still the Arabic voice
    "تمرين",  # the exercise, not its solution
    "طبق.",
    "هل يمكن أن يخطئ النموذج؟",  # quiz question and options, not feedback
    "اختر إجابة واحدة.",
    "نعم.",
    "لا.",
    "النقاط الأساسية",  # key points
    "التطبيق مهم",
]
FRENCH = [
    "Deuxième leçon",
    "Dans cette leçon, vous apprendrez à",
    "appliquer l'idée",
    "Application",
    "Deuxième texte avec input() 25.",
    "Un exemple en Python :",
    "Exercice",
    "Appliquez.",
    "Un modèle peut-il se tromper ?",
    "Une seule réponse.",
    "Oui.",
    "Non.",
    "Points clés",
    "appliquer compte",
]
# Never heard: code, the trainer note, the solution, feedback, the explanation, marks.
ABSENT = {
    "ar": ["print", "اعمل في مجموعات", "تطبيق.", "صحيح", "بلى", "يخطئ أحيانا", "✓", "الحل"],
    "fr": ["print", "Travail en groupes", "Application.", "Exact", "Si :", "parfois", "✓"],
}


@pytest.mark.parametrize(
    ("prefix", "lang", "expected", "voice", "tag"),
    [
        ("", "ar", ARABIC, "Arabic (Morocco)", "ar-MA"),
        ("fr/", "fr", FRENCH, "French (France)", "fr-FR"),
    ],
)
def test_lesson_is_read_in_order_in_its_voice(
    listen_page,  # noqa: F811
    course_site_server,  # noqa: F811
    prefix,
    lang,
    expected,
    voice,
    tag,
):
    pg = listen_page(course_site_server.base + prefix + SECOND)
    press_listen(pg)
    pg.wait_for_function("() => window.__tts.spoken.length === 1")
    # The paragraph being read is highlighted and on screen.
    now = pg.locator(".tk-listen-now")
    assert now.count() == 1 and now.evaluate("el => el.tagName") == "H1"
    pg.evaluate("window.__tts.end(); window.__tts.end(); window.__tts.end()")
    assert pg.locator(".tk-listen-now").inner_text().startswith(expected[3])
    assert pg.locator(".tk-listen-now").is_visible()

    said = read_to_the_end(pg)
    assert [u["text"] for u in said] == expected
    assert {u["lang"] for u in said} == {tag}
    assert {u["voice"] for u in said} == {voice}
    heard = " ".join(u["text"] for u in said)
    assert not [word for word in ABSENT[lang] if word in heard]
    # The end is said, the highlight is gone, play starts over from the title.
    assert pg.locator(".tk-listen__status").inner_text() == strings(lang)["listen.done"]
    assert pg.locator(".tk-listen-now").count() == 0
    pg.locator(".tk-listen__play").click()
    assert pg.evaluate("window.__tts.spoken.at(-1).text") == expected[0]
    assert pg.errors == []


def test_nothing_is_loaded_before_listen_is_pressed(listen_page, course_site_server):  # noqa: F811
    pg = listen_page(course_site_server.base + SECOND)
    pg.wait_for_load_state("networkidle")
    assert not [u for u in pg.requests if "/listen." in u]
    assert pg.evaluate("window.__tts.spoken.length") == 0
    assert pg.locator(".tk-listen").count() == 0
    # The button is there, in the page's language, right under the title's facts.
    button = pg.locator("article > .tk-lesson-meta + button.tk-listen-open")
    assert button.inner_text() == "استمع"
    press_listen(pg)
    assert [u.rsplit("/", 1)[1] for u in pg.requests if "/listen." in u] == ["listen.ar.js"]


def test_no_button_where_there_is_no_lesson(listen_page, course_site_server):  # noqa: F811
    pg = listen_page(course_site_server.base + "fr/courses/demo/")
    assert pg.locator("article h1").count() == 1
    assert pg.locator(".tk-listen-open").count() == 0


def test_no_button_without_speech_synthesis(listen_page, course_site_server):  # noqa: F811
    absent = "delete window.speechSynthesis; delete Window.prototype.speechSynthesis;"
    pg = listen_page(course_site_server.base + SECOND, init=(absent,))
    assert pg.evaluate("'speechSynthesis' in window") is False
    assert pg.locator(".tk-lesson-meta").count() == 1
    assert pg.locator(".tk-listen-open").count() == 0
