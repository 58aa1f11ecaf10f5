"""`docs/issuers.yml` (tools/model/issuers.py): every problem at its line, in the message language
of `make check`. A broken entry is left out of the site, so it never makes a key trusted."""

from __future__ import annotations

from tools.common.messages import Error, error
from tools.model import issuers


def check(ctx) -> list[Error]:
    path = ctx.docs_dir / issuers.DATA_FILE
    if not path.is_file():
        return []
    courses = {course.key for course in ctx.site.courses}
    registry = issuers.parse(path.read_text(encoding="utf-8"), courses)
    return [error(path, p.line, p.col, p.key, **dict(p.args)) for p in registry.problems]
