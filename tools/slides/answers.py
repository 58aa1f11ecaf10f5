"""What a trainer needs to correct a lesson, read from its one model (tools/model/document.py):
the quiz questions with their lettered options and right answers, and the exercises with
their solutions. The trainer page (plan.py) and the trainer handout (handout.py) read it.
"""

from __future__ import annotations

from dataclasses import dataclass

from tools.common import blocks
from tools.common.languages import language
from tools.common.ui_strings import strings
from tools.model import document
from tools.model.content import Source
from tools.model.document import Block, Document
from tools.model.quiz import letter


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
    type: str  # its block type (one with a slide of its own: tools/common/blocks.py)


# Speaker notes (trainer notes): kept off a slide's body and an exercise's.
_NOTES = blocks.with_slide("notes")


def _body_without(doc: Document, block: Block, types: tuple[str, ...]) -> str:
    """A block's body (dedented) without its nested blocks of `types`."""
    skip = {
        n
        for child in block.children
        if child.type in types
        for n in range(child.line, child.end + 1)
    }
    inner = block.indent + 4
    lines = [
        line[inner:] if line[:inner].strip() == "" else line.lstrip()
        for n, line in enumerate(doc.lines, doc.first_line)
        if block.line < n <= block.end and n not in skip
    ]
    return "\n".join(lines).strip("\n")


def split_exercise(doc: Document, block: Block) -> tuple[str, list[str]]:
    """A block with a slide of its own (an exercise) without its nested answers
    (solutions) and speaker notes (trainer notes), and the answers."""
    solutions = [child.body for child in block.children if blocks.slide(child.type) == "answer"]
    return _body_without(doc, block, blocks.with_slide("answer") + _NOTES), solutions


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
