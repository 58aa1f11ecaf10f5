"""Quiz questions as slides: the question and its lettered options first (أ ب ج د in
Arabic, A B C D in French, so a room can vote by letter); then, on the next step (a reveal.js
fragment), the right letters marked and a short explanation. The right option's text is
never repeated. The speaker notes hold the answer and the feedback of every option. The
questions come from the lesson's one model (tools/document.py), never a second parser."""

from __future__ import annotations

from tools import blocks
from tools.document import Quiz
from tools.slides import answers
from tools.slides.model import Slide
from tools.ui_strings import strings

# A question's slide is of the quiz block's kind (tools/blocks.py `slide`: "questions").
_KIND = blocks.with_slide("questions")[0]


def letters(lang: str, n: int) -> list[str]:
    """The first `n` option letters (the trainer page and handout use the same ones)."""
    return [answers.letter(lang, i) for i in range(n)]


def answer_line(lang: str, q: Quiz) -> str:
    right = answers.right_letters(lang, answers.Question(0, q.line, "", q.options, ""))
    return strings(lang)["slides.answer"].format(letters=right)


def slides(quizzes: list[Quiz], lang: str) -> list[Slide]:
    s = strings(lang)
    out = []
    for q in quizzes:
        slide = Slide(_KIND, s["kit.quiz"], ["\n".join(q.question)])
        slide.options = [(o.text, o.correct) for o in q.options]
        slide.letters = letters(lang, len(q.options))
        slide.answer_label = answer_line(lang, q)
        # The explanation, or else the right option's own feedback: one short text.
        explanation = "\n".join(q.explanation).strip()
        if not explanation:
            explanation = "\n".join(
                line for o in q.options if o.correct for line in o.feedback
            ).strip()
        slide.answer = [explanation] if explanation else []
        feedback = [
            f"- **{letter}** — {' '.join(o.feedback).strip() or o.text}"
            for letter, o in zip(slide.letters, q.options, strict=True)
        ]
        slide.notes.append(f"**{slide.answer_label}**\n\n" + "\n".join(feedback))
        out.append(slide)
    return out
