"""Quizzes (`!!! quiz`, read from the one model): every question has a right option and
feedback for each option; the translation asks the same questions, in the same order, with
the same number of options and the same right ones (a moved right answer is an error at that
option's line in the translation)."""

from __future__ import annotations

from tools.checks.rules.context import Context
from tools.common.messages import Error, error, rel
from tools.model.content import Source, translation_pairs
from tools.model.document import Quiz


def _own(src: Source, quizzes: list[Quiz]) -> list[Error]:
    errors = []
    for q in quizzes:
        if not q.question:
            errors.append(error(src.path, q.line, 1, "quiz.no_question"))
        if not q.options:
            errors.append(error(src.path, q.line, 1, "quiz.no_options"))
        elif not q.correct:
            errors.append(error(src.path, q.line, 1, "quiz.no_right"))
        for option in q.options:
            if not option.feedback:
                errors.append(error(src.path, option.line, 1, "quiz.no_feedback"))
    return errors


def _compare(original: Source, want: list[Quiz], tr: Source, have: list[Quiz]) -> list[Error]:
    name = rel(original.path)
    errors = []
    if len(have) != len(want):
        if len(have) > len(want):
            line = have[len(want)].line
        else:
            line = have[-1].line if have else tr.body_line
        errors.append(
            error(tr.path, line, 1, "quiz.count", have=len(have), want=len(want), name=name)
        )
    for a, b in zip(want, have, strict=False):
        where = f"{name}:{a.line}"
        if len(a.options) != len(b.options):
            errors.append(
                error(
                    tr.path,
                    b.line,
                    1,
                    "quiz.options",
                    have=len(b.options),
                    want=len(a.options),
                    where=where,
                )
            )
            continue
        for i, (oa, ob) in enumerate(zip(a.options, b.options, strict=True)):
            if oa.correct != ob.correct:
                key = "quiz.moved_right" if ob.correct else "quiz.moved_wrong"
                errors.append(error(tr.path, ob.line, 1, key, n=i + 1, where=f"{name}:{oa.line}"))
    return errors


def check(ctx: Context) -> list[Error]:
    errors = [e for src in ctx.sources for e in _own(src, ctx.doc(src).quizzes)]
    for original, tr in translation_pairs(ctx.sources):
        errors += _compare(original, ctx.doc(original).quizzes, tr, ctx.doc(tr).quizzes)
    return errors
