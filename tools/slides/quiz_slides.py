"""Quiz questions as slides: the question and its options first, then (the next step, a
reveal.js fragment) the right options highlighted and the explanation. The questions come
from the lesson's one model (tools/document.py), never a second parser."""

from __future__ import annotations

from tools.document import Quiz
from tools.slides.model import Slide
from tools.ui_strings import strings


def slides(quizzes: list[Quiz], lang: str) -> list[Slide]:
    s = strings(lang)
    out = []
    for q in quizzes:
        slide = Slide("quiz", s["kit.quiz"], ["\n".join(q.question)])
        slide.options = [(o.text, o.correct) for o in q.options]
        right = [o.text for o in q.options if o.correct]
        slide.answer = [f"✓ {text}" for text in right]
        if q.explanation:
            slide.answer.append("\n".join(q.explanation))
        out.append(slide)
    return out
