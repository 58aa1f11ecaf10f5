"""Every objective of a lesson is assessed: some quiz question or exercise of the lesson says
it assesses it, with a mark after its type (`!!! quiz o2`, `!!! exercise o1 o3 "Title"`; the
numbers are the objectives' places in the front matter). A warning names each objective no
block marks (a person judges whether the lesson assesses it); a mark for an objective the
lesson does not have, or different marks in the two languages, are errors.

In a lesson with a single objective, every quiz and exercise assesses it. A lesson with no
quiz and no exercise at all has nothing to mark: this rule says nothing about it.
"""

from __future__ import annotations

from tools.checks.rules.context import Context
from tools.checks.rules.materials import item_lines
from tools.common.messages import Error, error, msg, rel, warning
from tools.model.content import Source, translation_pairs
from tools.model.document import ASSESSMENTS, Block


def _assessments(ctx: Context, src: Source) -> list[Block]:
    return [b for b in ctx.doc(src).all_blocks() if b.type in ASSESSMENTS]


def _own(ctx: Context, src: Source) -> list[Error]:
    objectives = src.meta.get("objectives")
    if not isinstance(objectives, list) or not objectives:
        return []  # the front-matter rule says so
    blocks = _assessments(ctx, src)
    if not blocks:
        return []
    errors = []
    assessed: set[int] = set()
    for block in blocks:
        marks = block.objectives or ((1,) if len(objectives) == 1 else ())
        for n in marks:
            if n > len(objectives):
                errors.append(
                    error(
                        src.path,
                        block.line,
                        block.col,
                        "objectives.unknown",
                        n=n,
                        count=len(objectives),
                    )
                )
            assessed.add(n)
    missing = [n for n in range(1, len(objectives) + 1) if n not in assessed]
    lines = item_lines(src, "objectives") if missing else []
    for n in missing:
        line = lines[n - 1] if n - 1 < len(lines) else src.meta_lines.get("objectives", 1)
        errors.append(warning(src.path, line, 1, "objectives.unassessed", n=n))
    return errors


def _marks(marks: tuple[int, ...]):
    return ", ".join(f"o{n}" for n in marks) if marks else msg("objectives.none")


def _compare(ctx: Context, original: Source, tr: Source) -> list[Error]:
    """The k-th quiz and the k-th exercise mark the same objectives in both languages
    (counts that differ are the quiz and structure rules' errors)."""
    errors = []
    name = rel(original.path)
    for kind in ASSESSMENTS:
        want = [b for b in _assessments(ctx, original) if b.type == kind]
        have = [b for b in _assessments(ctx, tr) if b.type == kind]
        for a, b in zip(want, have, strict=False):
            if sorted(a.objectives) != sorted(b.objectives):
                errors.append(
                    error(
                        tr.path,
                        b.line,
                        b.col,
                        "objectives.parity",
                        type=kind,
                        have=_marks(b.objectives),
                        want=_marks(a.objectives),
                        where=f"{name}:{a.line}",
                    )
                )
    return errors


def check(ctx: Context) -> list[Error]:
    errors = []
    for src in ctx.sources:
        if src.kind == "lesson":
            errors += _own(ctx, src)
    for original, tr in translation_pairs(ctx.sources, kind="lesson"):
        errors += _compare(ctx, original, tr)
    return errors
