"""Quiz questions as slides: the question and its options first, then (the next step, a
reveal.js fragment) the right options highlighted and the explanation. Parsed by the
site's own quiz parser (tools/quiz.py), never a second one."""

from __future__ import annotations

from tools import quiz
from tools.slides.model import Slide
from tools.ui_strings import strings


def slides(block: str, lang: str) -> list[Slide]:
    s = strings(lang)
    out = []
    for q in quiz.parse(block):
        slide = Slide("quiz", s["kit.quiz"], ["\n".join(q.question)])
        slide.options = [(o.text, o.correct) for o in q.options]
        right = [o.text for o in q.options if o.correct]
        slide.answer = [f"✓ {text}" for text in right]
        if q.explanation:
            slide.answer.append("\n".join(q.explanation))
        out.append(slide)
    return out
