"""Quizzes in a lesson's Markdown: one parser for the renderer and the validator.

An author writes one question per block; `- [x]` marks a right option, `- [ ]` a wrong one,
and the indented line under each option is the feedback shown when it is chosen:

    !!! quiz
        What does a language model do?

        - [ ] It looks the answer up in a database.
            No: it stores no list of answers.
        - [x] It predicts the next word.
            Yes: one word at a time.

        It learned which words usually follow which (the explanation, optional).

One `[x]` makes a single-answer question (radio buttons), several a multiple-answer one
(checkboxes). `render` turns each block into accessible HTML (a fieldset with a legend,
inputs with labels) that reads, without JavaScript or printed, as the list of options with
the right ones marked; tamkeen.js makes it interactive.
"""

from __future__ import annotations

import difflib
import html
import re
import unicodedata

from tools.common.ui_strings import strings
from tools.model import document
from tools.model.document import Option, Quiz

__all__ = ["Option", "Quiz", "parse", "render", "replace", "count", "to_html", "letter"]


def letter(lang: str, index: int) -> str:
    """The letter of an option, as a room votes: أ ب ج د… in Arabic, A B C D… in French."""
    letters = strings(lang)["kit.letters"].split()
    return letters[index] if index < len(letters) else str(index + 1)


def parse(text: str, first_line: int = 1) -> list[Quiz]:
    """Every quiz block of `text`, read from its one model (tools/model/document.py): nothing
    inside a code fence is ever a quiz. Lines are numbered from `first_line`."""
    return document.parse(text, first_line).quizzes


def _paragraphs(lines: list[str]) -> list[str]:
    return [p.strip() for p in "\n".join(lines).split("\n\n") if p.strip()]


_PARENTHETICAL = re.compile(r"\(([^()]+)\)")
_NOT_WORD = re.compile(r"[^\w ]+")
# How close an author's "(cochez toutes les bonnes réponses)" must be to our hint to say the
# same thing (« الأجوبة » for « الإجابات » still is; « اخترع أرقامًا » is not).
SAME_INSTRUCTION = 0.75


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(_NOT_WORD.sub(" ", text).split())


def states_hint(question: list[str], hint: str) -> bool:
    """Does the question already say how to answer, in a parenthesis («(اختر كل الأجوبة
    الصحيحة)»)? Then the page does not say it a second time under it."""
    want = _fold(hint)
    return any(
        difflib.SequenceMatcher(None, _fold(said), want).ratio() >= SAME_INSTRUCTION
        for line in question
        for said in _PARENTHETICAL.findall(line)
    )


def to_html(quiz: Quiz, number: int, lang: str) -> list[str]:
    """The quiz as raw HTML whose text parts Python-Markdown renders (md_in_html)."""
    s = strings(lang)
    kind = "checkbox" if quiz.multiple else "radio"
    name = f"tk-q{number}"
    data = {
        "right": s["quiz.right"],
        "wrong": s["quiz.wrong"],
        "choose": s["quiz.choose"],
    }
    attrs = " ".join(f'data-tk-{k}="{html.escape(v)}"' for k, v in data.items())
    paragraphs = _paragraphs(quiz.question) or [""]
    hint = s["quiz.multiple" if quiz.multiple else "quiz.single"]
    out = [
        f'<div class="tk-quiz" data-tk-quiz="{number}" {attrs} markdown="1">',
        '<fieldset markdown="1">',
        f'<legend markdown="span">{paragraphs[0]}</legend>',
    ]
    if len(paragraphs) > 1:
        out += ['<div class="tk-quiz__question" markdown="1">', ""]
        out += [p + "\n" for p in paragraphs[1:]]
        out += ["</div>"]
    if not states_hint(quiz.question, hint):
        out += [f'<p class="tk-quiz__hint">{html.escape(hint)}</p>']
    out += ['<ul class="tk-quiz__options" markdown="1">']
    for i, option in enumerate(quiz.options):
        state = "right" if option.correct else "wrong"
        mark = "✓" if option.correct else "✗"
        label = html.escape(s[f"quiz.mark.{state}"])
        correct = ' data-tk-correct=""' if option.correct else ""
        out += [
            f'<li class="tk-quiz__option"{correct} markdown="1">',
            # The text in one span: a label that is a flex box makes each of its inline
            # children (text, <em>, <code>) a flex item of its own, and a row of those does
            # not wrap as a sentence does (it stuck out of a 320 px screen).
            f'<label><input type="{kind}" name="{name}" value="{i}"> '
            f'<span class="tk-quiz__text">{option.text}</span></label>',
            f'<span class="tk-quiz__mark tk-quiz__mark--{state}">{mark}'
            f'<span class="tk-sr"> {label}</span></span>',
            f'<span class="tk-quiz__feedback">{" ".join(option.feedback)}</span>',
            "</li>",
        ]
    out += ["</ul>", "</fieldset>"]
    if quiz.explanation:
        out += ['<div class="tk-quiz__explanation" markdown="1">', ""]
        out += [p + "\n" for p in _paragraphs(quiz.explanation)]
        out += ["</div>"]
    out += [
        '<p class="tk-quiz__status" role="status" aria-live="polite"></p>',
        '<p class="tk-quiz__actions" hidden>'
        f'<button type="button" class="md-button md-button--primary tk-quiz__check">'
        f"{html.escape(s['quiz.check'])}</button>"
        f'<button type="button" class="md-button tk-quiz__retry" hidden>'
        f"{html.escape(s['quiz.retry'])}</button></p>",
        "</div>",
    ]
    return out


def replace(doc: document.Document, lines: list[str], lang: str) -> list[str]:
    """`lines` (the model's lines, maybe retitled) with every quiz block replaced by its
    HTML, numbered in page order."""
    out = list(lines)
    for number, quiz in reversed(list(enumerate(doc.quizzes))):
        block = ["", *to_html(quiz, number, lang), ""]
        out[quiz.start : quiz.end] = [quiz.indent + line if line else line for line in block]
    return out


def render(markdown: str, lang: str) -> str:
    """`markdown` with every quiz block replaced by its HTML (numbered in page order)."""
    doc = document.parse(markdown)
    return "\n".join(replace(doc, doc.lines, lang)) if doc.quizzes else markdown


def count(markdown: str) -> int:
    """How many quiz questions a lesson body has."""
    return len(parse(markdown))
