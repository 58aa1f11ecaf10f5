"""What a trainer needs to correct a lesson, read from its one model (tools/document.py):
the quiz questions with their lettered options and right answers, and the exercises with
their solutions. The trainer page (plan.py) and the trainer handout (handout.py) read it.
"""

from __future__ import annotations

from dataclasses import dataclass

from tools import blocks, document
from tools.content import Source
from tools.languages import language
from tools.slides.model import split_exercise
from tools.ui_strings import strings


@dataclass
class Question:
    number: int  # 1-based, in the lesson
    line: int  # of `!!! quiz` in the source
    question: str  # Markdown
    options: list[document.Option]
    explanation: str  # Markdown

    @property
    def right(self) -> list[int]:
        return [i for i, o in enumerate(self.options) if o.correct]


@dataclass
class Exercise:
    title: str
    body: str  # Markdown, without its solutions
    solutions: list[str]  # Markdown
    type: str  # its block type (one with a slide of its own: tools/blocks.py)


def letter(lang: str, index: int) -> str:
    """The letter of an option, as a room votes: أ ب ج د… in Arabic, A B C D… in French."""
    letters = strings(lang)["kit.letters"].split()
    return letters[index] if index < len(letters) else str(index + 1)


def questions(src: Source) -> list[Question]:
    doc = src.doc
    return [
        Question(n, q.line, "\n".join(q.question), q.options, "\n".join(q.explanation))
        for n, q in enumerate(doc.quizzes, 1)
    ]


def exercises(src: Source) -> list[Exercise]:
    s = strings(src.lang)
    doc = src.doc
    out = []
    for block in doc.all_blocks():
        if blocks.slide(block.type) == "own":
            body, solutions = split_exercise(doc, block)
            title = block.title or s[blocks.BY_NAME[block.type].label]
            out.append(Exercise(title, body, solutions, block.type))
    return out


def right_letters(lang: str, question: Question) -> str:
    return language(lang).list_separator.join(letter(lang, i) for i in question.right)
