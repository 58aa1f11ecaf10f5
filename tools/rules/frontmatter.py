"""Front matter against tools/schema.py, by the source's kind (page, course, module, lesson).

YAML that does not parse is reported while loading (tools/check.py), with the YAML error's line.
"""

from __future__ import annotations

from tools import schema
from tools.check import Error
from tools.content import Source
from tools.rules.markdown import parse

SCHEMAS = {
    "page": schema.PAGE,
    "course": schema.COURSE,
    "module": schema.MODULE,
    "lesson": schema.LESSON,
}


def check(sources: list[Source]) -> list[Error]:
    errors = []
    for src in sources:
        fields = SCHEMAS[src.kind]
        for key, value in src.meta.items():
            name = str(key)
            line = src.meta_lines.get(name, 1)
            field = fields.get(name)
            if field is None:
                allowed = ", ".join(fields)
                errors.append(
                    Error(
                        src.path,
                        line,
                        1,
                        f"unknown front matter field `{name}` for a {src.kind}; allowed: {allowed}",
                    )
                )
                continue
            problem = schema.type_error(field, value)
            if problem:
                errors.append(Error(src.path, line, 1, problem))
        for name, field in fields.items():
            if name == "title" and src.kind == "page" and _has_h1(src):
                continue  # MkDocs takes a page's title from its H1
            if field.required and name not in src.meta:
                errors.append(
                    Error(src.path, 1, 1, f"missing front matter field `{name}` ({field.help})")
                )
    return errors


def _has_h1(src: Source) -> bool:
    return any(h.level == 1 for h in parse(src).headings)
