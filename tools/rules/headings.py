"""Headings go down one level at a time and do not repeat at the same level.

The title (front matter) is the page's H1, so a body may start at `##`.
"""

from __future__ import annotations

from tools.check import Error
from tools.content import Source
from tools.rules.markdown import parse


def check(sources: list[Source]) -> list[Error]:
    errors = []
    for src in sources:
        previous = 1
        seen: dict[tuple[int, str], int] = {}
        for h in parse(src).headings:
            if h.level > previous + 1:
                errors.append(
                    Error(
                        src.path,
                        h.line,
                        1,
                        f"heading skips a level: H{previous} then H{h.level}; use H{previous + 1}",
                    )
                )
            previous = h.level
            key = (h.level, h.text.casefold())
            if key in seen:
                errors.append(
                    Error(
                        src.path,
                        h.line,
                        1,
                        f'repeated heading "{h.text}" (H{h.level}), first at line {seen[key]}',
                    )
                )
            else:
                seen[key] = h.line
    return errors
