"""Front matter against tools/model/schema.py, by the source's kind (page, course, module, lesson).

YAML that does not parse is reported while reading (tools/model/content.py), at the line of the
mistake.
"""

from __future__ import annotations

from tools.checks.rules.context import Context
from tools.common.messages import Error, error, msg
from tools.model import schema

SCHEMAS = {
    "page": schema.PAGE,
    "course": schema.COURSE,
    "module": schema.MODULE,
    "lesson": schema.LESSON,
}


def check(ctx: Context) -> list[Error]:
    errors = []
    for src in ctx.sources:
        if src.cells:
            continue  # a notebook's front matter: tools/checks/rules/notebooks.py
        fields = SCHEMAS[src.kind]
        for key, value in src.meta.items():
            name = str(key)
            line = src.meta_lines.get(name, 1)
            field = fields.get(name)
            if field is None:
                errors.append(
                    error(
                        src.path,
                        line,
                        1,
                        "fm.unknown_field",
                        name=name,
                        kind=msg(f"kind.{src.kind}"),
                        allowed=", ".join(fields),
                    )
                )
                continue
            problem = schema.type_error(field, value)
            if problem:
                errors.append(error(src.path, line, 1, problem[0], **problem[1]))
        for name, field in fields.items():
            if name == "title" and src.kind == "page" and _has_h1(ctx, src):
                continue  # MkDocs takes a page's title from its H1
            if field.required and name not in src.meta:
                errors.append(
                    error(src.path, 1, 1, "fm.missing_field", name=name, help=msg(f"help.{name}"))
                )
    return errors


def _has_h1(ctx: Context, src) -> bool:
    return any(h.level == 1 for h in ctx.doc(src).headings)
