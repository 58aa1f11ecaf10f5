"""Quiz questions become slides: question and options first; the next step (one reveal.js
fragment) highlights the right options and shows the explanation. The PPTX keeps the
answer in the speaker notes. Parsed by tools/model/quiz.py, the site's own parser."""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

from tools.model.content import Source
from tools.slides import deck
from tools.slides.model import lesson_slides
from tools.slides.render import Renderer

BODY = """
## Check

!!! quiz
    What does a language model do?

    - [ ] It looks the answer up.
        No.
    - [x] It predicts the next word.
        Yes.

    It learned which words follow which.
"""


def test_quiz_question_then_answer_on_the_next_step():
    meta = {"title": "T", "duration": 10, "objectives": ["o"], "keypoints": ["k"]}
    rel = PurePosixPath("courses/c/01-m/01-l.fr.md")
    src = Source(Path("/x") / rel, rel, "fr", "lesson", meta, {}, BODY, 1)
    slides = lesson_slides(src)
    # The section holds only the quiz: no empty slide, its title is the quiz's kicker.
    assert [s.kind for s in slides] == ["title", "quiz", "keypoints"]
    q = slides[1]
    assert q.kicker == "Check"
    assert q.options == [("It looks the answer up.", False), ("It predicts the next word.", True)]
    html = deck.deck_html(
        slides, "T", "fr", Renderer(["admonition", "md_in_html"], {}), "x/slides", ["x"] * 3
    )
    section = re.search(r'<section class="tk-quiz">.*?</section>', html, re.S).group(0)
    assert "What does a language model do?" in section
    # Lettered options; on the next step the right one is marked, the others dimmed.
    options = re.findall(
        r'<li class="fragment custom (tk-right|tk-wrong)" data-fragment-index="0">'
        r'<span class="tk-letter">(.)</span>(.*?)</li>',
        section,
    )
    assert options == [
        ("tk-wrong", "A", "It looks the answer up."),
        ("tk-right", "B", "It predicts the next word."),
    ]
    answer = re.search(
        r'<div class="fragment tk-quiz-answer" data-fragment-index="0">(.*?)</div>', section, re.S
    )
    assert answer and "It learned which words follow which." in answer.group(1)
    assert "Réponse\u202f: B" in answer.group(1)
    # The right option's text is not repeated under the answer.
    assert "It predicts the next word." not in answer.group(1)
    assert "[x]" not in section
