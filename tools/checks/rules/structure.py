"""A lesson has the same structure in both languages: H2 sections, exercises, code blocks.

Code is not translated: each code block of the translation equals the Arabic one.
Errors go to the translation (the non-Arabic file), which is the one to fix.
"""

from __future__ import annotations

from tools.checks.rules.context import Context
from tools.common import blocks
from tools.common.messages import Error, error, rel
from tools.model.content import Source, translation_pairs


def _items(ctx: Context, src: Source) -> dict[str, list[int]]:
    doc = ctx.doc(src)
    items = {"structure.h2": [h.line for h in doc.headings if h.level == 2]}
    for spec in blocks.REGISTRY:  # the blocks a translation has as many of (tools/common/blocks.py)
        if spec.same_count:
            items[spec.same_count] = [b.line for b in doc.all_blocks() if b.type == spec.name]
    return items


def check(ctx: Context) -> list[Error]:
    errors = []
    for original, tr in translation_pairs(ctx.sources, kind="lesson"):
        errors += _compare(ctx, original, tr)
    return errors


def _compare(ctx: Context, original: Source, tr: Source) -> list[Error]:
    errors = []
    name = rel(original.path)
    want_items, have_items = _items(ctx, original), _items(ctx, tr)
    for key, want in want_items.items():
        have = have_items[key]
        if len(have) != len(want):
            line = have[len(want)] if len(have) > len(want) else (have or [tr.body_line])[-1]
            errors.append(error(tr.path, line, 1, key, have=len(have), want=len(want), name=name))
    want_code, have_code = ctx.doc(original).code, ctx.doc(tr).code
    first = next(
        (
            i
            for i, (a, b) in enumerate(zip(want_code, have_code, strict=False))
            if (a.info, a.text) != (b.info, b.text)
        ),
        None,
    )
    if len(have_code) != len(want_code):
        index = min(len(want_code), len(have_code)) if first is None else first
        line = have_code[index].line if index < len(have_code) else tr.body_line
        errors.append(
            error(
                tr.path,
                line,
                1,
                "structure.code_count",
                have=len(have_code),
                want=len(want_code),
                name=name,
            )
        )
    elif first is not None:
        where = f"{name}:{want_code[first].line}"
        errors.append(
            error(tr.path, have_code[first].line, 1, "structure.code_differs", where=where)
        )
    return errors
