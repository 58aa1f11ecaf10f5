"""Headings go down one level at a time and do not repeat at the same level; a line that
starts with `#` but no space is a heading on the site (Python-Markdown), so it must be
written as one.

The title (front matter) is the page's H1, so a body may start at `##`.
"""

from __future__ import annotations

from tools.checks.rules.context import Context
from tools.common.messages import Error, error


def check(ctx: Context) -> list[Error]:
    errors = []
    for src in ctx.sources:
        doc = ctx.doc(src)
        previous = 1
        seen: dict[tuple[int, str], int] = {}
        for h in doc.headings:
            if h.level > previous + 1:
                errors.append(
                    error(
                        src.path,
                        h.line,
                        h.col,
                        "heading.skip",
                        previous=previous,
                        level=h.level,
                        expected=previous + 1,
                    )
                )
            previous = h.level
            key = (h.level, h.text.casefold())
            if key in seen:
                errors.append(
                    error(
                        src.path,
                        h.line,
                        h.col,
                        "heading.repeat",
                        text=h.text,
                        level=h.level,
                        first=seen[key],
                    )
                )
            else:
                seen[key] = h.line
        for span in doc.hash_lines:
            errors.append(error(src.path, span.line, span.col, "heading.no_space", text=span.text))
    return errors
