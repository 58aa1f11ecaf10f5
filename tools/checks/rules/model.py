"""What the model cannot render as the author meant is an error at its line: each source's
document (tools/model/document.py) keeps these `Problem`s as it reads (a code fence never closed,
a quiz with one option, a list glued to the paragraph before it…).

One message per mistake: a translated quiz left with one option because an option was not
translated is the quiz rule's error ("1 option here, 2 in the same question at …"), not this
one's."""

from __future__ import annotations

from tools.checks.rules.context import Context
from tools.common.messages import Error, error
from tools.model.content import translation_pairs


def _parity_says_so(ctx: Context) -> set[tuple[object, int]]:
    """(path, line) of translated quizzes whose options the quiz rule already compares."""
    found = set()
    for original, tr in translation_pairs(ctx.sources):
        want, have = ctx.doc(original).quizzes, ctx.doc(tr).quizzes
        for k, quiz in enumerate(have):
            if k >= len(want) or len(want[k].options) != len(quiz.options):
                found.add((tr.path, quiz.line))
    return found


def check(ctx: Context) -> list[Error]:
    said = _parity_says_so(ctx)
    return [
        error(src.path, p.line, p.col, p.key, **dict(p.args))
        for src in ctx.sources
        for p in ctx.doc(src).problems
        if not (p.key == "model.quiz_one_option" and (src.path, p.line) in said)
    ]
