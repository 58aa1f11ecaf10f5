"""The PPTX holds the text the height estimate measured: HTML's white space collapsed, and
nothing else. French typography puts no-break spaces (U+00A0, and the narrow U+202F before
« ? », « : » and inside « … ») where a line must not break; a PPTX run that turned them into
plain spaces was wider than the estimate and broke where the browser does not (a box one line
short: marketing-03 and marketing-04, French quiz slides)."""

from __future__ import annotations

import pytest
from pptx import Presentation

from tools.slides.fit import Layout
from tools.slides.pptx_deck import TEXT_W, _box, _children, _Text

QUIZ = (
    "<p>Le propriétaire accepte de perdre au plus 300\u202fDH. Quel réglage respecte ce "
    "plafond\u202f?</p>"
    '<ol class="tk-quiz-options"><li><span class="tk-letter">C</span>Une mention claire dès '
    "le début\u202f: «\u202fcollaboration\u202f» ou «\u202fproduit offert\u202f».</li></ol>"
)


def _paragraphs(html: str) -> list[str]:
    page = Presentation().slides.add_slide(Presentation().slide_layouts[6])
    frame = _box(page, 0, 0, TEXT_W, 100).text_frame
    text = _Text(frame, "fr", 34.0)
    for el in _children(html):
        text.block(el)
    return [p.text for p in frame.paragraphs]


def test_no_break_spaces_reach_the_pptx():
    assert _paragraphs(QUIZ) == [
        "Le propriétaire accepte de perdre au plus 300\u202fDH. Quel réglage respecte ce "
        "plafond\u202f?",
        "Une mention claire dès le début\u202f: «\u202fcollaboration\u202f» ou "
        "«\u202fproduit offert\u202f».",
    ]


@pytest.mark.parametrize(
    "html, text",
    [
        ("<p>  un \n\t deux  <strong> trois </strong>quatre</p>", "un deux trois quatre"),
        ("<p>10\u00a0%\u00a0: <em>\u202f»</em></p>", "10\u00a0%\u00a0: \u202f»"),
        ("<p>un<br>\n deux <code> x </code> trois</p>", "un\vdeux x trois"),
    ],
)
def test_only_html_white_space_collapses(html, text):
    assert _paragraphs(html) == [text]


def test_the_estimate_counts_the_no_break_spaces_as_the_pptx_holds_them():
    """The line the estimate fits is the line in the PPTX: with plain spaces (wider, and a
    break point before « ? ») the question takes a second line at 29.92 px."""
    layout = Layout()
    question = _children(QUIZ)[0]
    one_line = layout.text(question.text, TEXT_W, 29.92)
    assert one_line == pytest.approx(29.92 * 1.3)
    plain = _paragraphs(QUIZ)[0]
    assert layout.text(plain, TEXT_W, 29.92) == one_line
    assert layout.text(plain.replace("\u202f", " "), TEXT_W, 29.92) == 2 * one_line
