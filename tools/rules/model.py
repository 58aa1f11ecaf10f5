"""What the model cannot render as the author meant is an error at its line: each source's
document (tools/document.py) keeps these `Problem`s as it reads (a code fence never closed,
a quiz with one option, a list glued to the paragraph before it…)."""

from __future__ import annotations

from tools.messages import Error, error
from tools.rules.context import Context


def check(ctx: Context) -> list[Error]:
    return [
        error(src.path, p.line, p.col, p.key, **dict(p.args))
        for src in ctx.sources
        for p in ctx.doc(src).problems
    ]
