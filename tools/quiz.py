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

import html
import re
from dataclasses import dataclass, field

from tools.ui_strings import strings

_START = re.compile(r"^(?P<indent>[ \t]*)(?:!!!|\?\?\?\+?)[ \t]+quiz\b.*$")
_OPTION = re.compile(r"^[-*+][ \t]+\[(?P<mark>[ xX])\][ \t]+(?P<text>.*)$")
_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")


@dataclass
class Option:
    line: int
    correct: bool
    text: str
    feedback: list[str] = field(default_factory=list)


@dataclass
class Quiz:
    line: int  # line of `!!! quiz`
    indent: str
    end: int  # index (0-based, in the parsed text) of the line after the block
    start: int  # index (0-based) of the `!!! quiz` line
    question: list[str] = field(default_factory=list)
    options: list[Option] = field(default_factory=list)
    explanation: list[str] = field(default_factory=list)

    @property
    def multiple(self) -> bool:
        return sum(o.correct for o in self.options) > 1

    @property
    def correct(self) -> list[int]:
        return [i for i, o in enumerate(self.options) if o.correct]


def _dedent(line: str, indent: str) -> str | None:
    """The line inside a block opened at `indent`, or None if it leaves the block."""
    if not line.strip():
        return ""
    inner = indent + "    "
    if line.startswith(inner):
        return line[len(inner) :]
    if line.startswith(indent + "\t"):
        return line[len(indent) + 1 :]
    return None


def parse(text: str, first_line: int = 1) -> list[Quiz]:
    """Every quiz block of `text` (fenced code skipped); lines numbered from `first_line`."""
    lines = text.split("\n")
    quizzes = []
    fence = None
    i = 0
    while i < len(lines):
        line = lines[i]
        match = _FENCE.match(line)
        if fence is not None:
            if match and match.group(1)[0] == fence[0] and len(match.group(1)) >= len(fence):
                fence = None
            i += 1
            continue
        if match:
            fence = match.group(1)
            i += 1
            continue
        start = _START.match(line)
        if not start:
            i += 1
            continue
        quiz = Quiz(first_line + i, start.group("indent"), i + 1, i)
        body: list[tuple[int, str]] = []
        j = i + 1
        while j < len(lines):
            inner = _dedent(lines[j], quiz.indent)
            if inner is None:
                break
            body.append((first_line + j, inner))
            j += 1
        while body and not body[-1][1].strip():
            body.pop()
        quiz.end = i + 1 + len(body)
        _fill(quiz, body)
        quizzes.append(quiz)
        i = quiz.end
    return quizzes


def _fill(quiz: Quiz, body: list[tuple[int, str]]) -> None:
    state = "question"
    for number, text in body:
        option = _OPTION.match(text)
        if option:
            state = "option"
            quiz.options.append(Option(number, option.group("mark") != " ", option.group("text")))
        elif state == "question":
            quiz.question.append(text)
        elif state == "option" and text.strip() and text[:1] in " \t":
            quiz.options[-1].feedback.append(text.strip())
        elif state == "option" and not text.strip():
            continue
        else:
            state = "explanation"
            quiz.explanation.append(text)
    quiz.question = _trim(quiz.question)
    quiz.explanation = _trim(quiz.explanation)


def _trim(lines: list[str]) -> list[str]:
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


def _paragraphs(lines: list[str]) -> list[str]:
    return [p.strip() for p in "\n".join(lines).split("\n\n") if p.strip()]


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
    out += [f'<p class="tk-quiz__hint">{html.escape(hint)}</p>']
    out += ['<ul class="tk-quiz__options" markdown="1">']
    for i, option in enumerate(quiz.options):
        state = "right" if option.correct else "wrong"
        mark = "✓" if option.correct else "✗"
        label = html.escape(s[f"quiz.mark.{state}"])
        correct = ' data-tk-correct=""' if option.correct else ""
        out += [
            f'<li class="tk-quiz__option"{correct} markdown="1">',
            f'<label><input type="{kind}" name="{name}" value="{i}"> {option.text}</label>',
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


def render(markdown: str, lang: str) -> str:
    """`markdown` with every quiz block replaced by its HTML (numbered in page order)."""
    quizzes = parse(markdown)
    if not quizzes:
        return markdown
    lines = markdown.split("\n")
    out: list[str] = []
    previous = 0
    for number, quiz in enumerate(quizzes):
        out += lines[previous : quiz.start]
        block = ["", *to_html(quiz, number, lang), ""]
        out += [quiz.indent + line if line else line for line in block]
        previous = quiz.end
    out += lines[previous:]
    return "\n".join(out)


def count(markdown: str) -> int:
    """How many quiz questions a lesson body has."""
    return len(parse(markdown))
