"""Quizzes (`!!! quiz`, tools/quiz.py): every question has a right option and feedback for
each option; the translation asks the same questions, in the same order, with the same
number of options and the same right ones (a moved right answer is an error at that option's
line in the translation)."""

from __future__ import annotations

from tools import quiz
from tools.check import Error, _rel
from tools.content import Source, translation_pairs


def _quizzes(src: Source) -> list[quiz.Quiz]:
    return quiz.parse(src.body, src.body_line)


def _own(src: Source) -> list[Error]:
    errors = []
    for q in _quizzes(src):
        if not q.question:
            errors.append(Error(src.path, q.line, 1, "quiz has no question: write it first"))
        if not q.options:
            errors.append(
                Error(
                    src.path,
                    q.line,
                    1,
                    "quiz has no options: list them as `- [x] right` and `- [ ] wrong`",
                )
            )
        elif not q.correct:
            errors.append(
                Error(src.path, q.line, 1, "quiz has no right option: mark one with `- [x]`")
            )
        for option in q.options:
            if not option.feedback:
                errors.append(
                    Error(
                        src.path,
                        option.line,
                        1,
                        "option has no feedback: add an indented line under it "
                        "saying why it is right or wrong",
                    )
                )
    return errors


def _compare(original: Source, tr: Source) -> list[Error]:
    name = _rel(original.path)
    want, have = _quizzes(original), _quizzes(tr)
    errors = []
    if len(have) != len(want):
        if len(have) > len(want):
            line = have[len(want)].line
        else:
            line = have[-1].line if have else tr.body_line
        errors.append(
            Error(
                tr.path,
                line,
                1,
                f"{len(have)} quiz question(s) here, {len(want)} in {name}; "
                "both languages need the same questions in the same order",
            )
        )
    for a, b in zip(want, have, strict=False):
        if len(a.options) != len(b.options):
            errors.append(
                Error(
                    tr.path,
                    b.line,
                    1,
                    f"{len(b.options)} option(s) here, {len(a.options)} in the same question "
                    f"at {name}:{a.line}; translate every option, in the same order",
                )
            )
            continue
        for i, (oa, ob) in enumerate(zip(a.options, b.options, strict=True)):
            if oa.correct != ob.correct:
                here, there = ("right", "wrong") if ob.correct else ("wrong", "right")
                errors.append(
                    Error(
                        tr.path,
                        ob.line,
                        1,
                        f"option {i + 1} is marked {here} here but {there} at {name}:{oa.line}; "
                        "the right answers must be the same in every language",
                    )
                )
    return errors


def check(sources: list[Source]) -> list[Error]:
    errors = [error for src in sources for error in _own(src)]
    for original, tr in translation_pairs(sources):
        errors += _compare(original, tr)
    return errors
