"""A real deck in each language, as a trainer projects it: title, content, quiz question,
quiz answer (lettered options, the right letter marked on the next step, the right text
not repeated) and the speaker view (S): the site's own page, labels in the deck's language,
Arabic notes right to left with their lists kept and Latin words isolated, no request or
script the policy refuses. Screenshots go to tests/artifacts."""

from __future__ import annotations

import pytest

from tests.conftest import screenshot
from tools.common.ui_strings import strings

pytestmark = pytest.mark.browser
DECK = "courses/ai/01-what-is-ai/02-how-machines-learn/slides/"
LETTERS = {"ar": ["أ", "ب", "ج", "د"], "fr": ["A", "B", "C", "D"]}


@pytest.fixture
def wide(chromium):
    context = chromium.new_context(viewport={"width": 1280, "height": 720})
    yield context
    context.close()


def _go(pg, index: int, fragment: int = -1) -> None:
    pg.evaluate(f"Reveal.slide({index}, 0, {fragment})")
    pg.wait_for_function(f"() => Reveal.getIndices().h === {index}")
    pg.evaluate("document.fonts.ready.then(() => true)")


def _first(pg, selector: str) -> int:
    return pg.evaluate(f"Reveal.getSlides().findIndex((s) => s.matches({selector!r}))")


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_deck_and_speaker_view(wide, server, lang):
    s = strings(lang)
    prefix = "" if lang == "ar" else "fr/"
    errors: list[str] = []
    pg = wide.new_page()
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.goto(server.base + prefix + DECK)
    pg.wait_for_function("() => window.Reveal && Reveal.isReady()")

    _go(pg, 0)
    screenshot(pg, f"deck-{lang}-1-title")
    section = _first(pg, "section.tk-section")
    assert section > 0
    _go(pg, section)
    screenshot(pg, f"deck-{lang}-2-content")

    quiz = _first(pg, "section.tk-quiz")
    assert quiz > 0
    _go(pg, quiz)
    letters = pg.locator(".present .tk-quiz-options .tk-letter").all_inner_texts()
    assert letters == LETTERS[lang][: len(letters)] and len(letters) >= 2
    assert not pg.locator(".present .tk-quiz-answer").is_visible()
    screenshot(pg, f"deck-{lang}-3-quiz")
    # The next step shows the answer: the right letter marked, the others dimmed.
    pg.keyboard.press("ArrowLeft" if lang == "ar" else "ArrowRight")
    pg.wait_for_function("() => document.querySelector('.present .tk-quiz-answer.visible')")
    pg.wait_for_timeout(400)  # reveal's fragment transition
    assert pg.evaluate("Reveal.getIndices().h") == quiz  # still the same slide
    assert pg.locator(".present .tk-quiz-answer").is_visible()
    label = pg.locator(".present .tk-answer-label").text_content()
    right = pg.locator(".present .tk-right .tk-letter").all_inner_texts()
    assert right and all(letter in label for letter in right), (label, right)
    # The right option's text is not repeated in the answer.
    for text in pg.locator(".present .tk-right").all_inner_texts():
        body = text.replace(right[0], "", 1).strip()
        assert body not in pg.locator(".present .tk-quiz-answer").text_content()
    screenshot(pg, f"deck-{lang}-4-answer")

    # An exercise whose notes hold the solution as a list.
    exercise = pg.evaluate("Reveal.getSlides().findIndex((s) => s.querySelector('aside.notes li'))")
    assert exercise > 0
    _go(pg, exercise)
    with wide.expect_page() as opened:
        pg.keyboard.press("s")
    view = opened.value
    view.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    view.wait_for_load_state()
    assert view.url.endswith(f"/tamkeen/{prefix}assets/slides/speaker.html")
    view.wait_for_function(
        "() => document.querySelector('.speaker-controls-notes .value li')", timeout=15000
    )
    view.set_viewport_size({"width": 1280, "height": 720})
    assert view.evaluate("document.documentElement.lang") == lang
    assert view.locator("#upcoming-slide .label").text_content() == s["slides.speaker.upcoming"]
    assert (
        view.locator(".speaker-controls-notes .label").text_content() == (s["slides.speaker.notes"])
    )
    assert s["slides.speaker.layout"] in view.locator(".speaker-layout-label").text_content()
    assert view.locator(".tk-keys").text_content() == s["slides.keys"]
    notes = view.locator(".speaker-controls-notes .value")
    direction = notes.evaluate("e => getComputedStyle(e).direction")
    assert direction == ("rtl" if lang == "ar" else "ltr")
    assert notes.locator("li").count() >= 2  # the solution's list is a list
    if lang == "ar":
        # Latin words inside Arabic notes are isolated (bdi) so bidi cannot reorder them.
        assert notes.locator("bdi").count() >= 1
    view.wait_for_timeout(800)  # the previews load
    screenshot(view, f"deck-{lang}-5-speaker")
    refused = [e for e in errors if "Content Security Policy" in e or "Refused" in e]
    assert not refused, refused
