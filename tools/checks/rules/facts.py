"""Facts register rules (tools/model/facts.py): the register itself is well formed, every
`[[fact:id]]` in a Markdown source or a notebook names a fact of the register (an error at
its `path:line:col`), and facts past their review date are listed as warnings, which do not
fail `make check` (a build stays reproducible whatever the day)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tools.common.messages import Error, error, warning
from tools.model import facts


def _register(docs_dir: Path) -> Path:
    return docs_dir / facts.DATA_FILE


def check_register(docs_dir: Path) -> list[Error]:
    path = _register(docs_dir)
    if not path.is_file():
        return []
    _, problems = facts.parse(path.read_text(encoding="utf-8"))
    return [error(path, p.line, 1, "facts.register", problem=p) for p in problems]


def check_references(docs_dir: Path, sources: list) -> list[Error]:
    """The `[[fact:…]]` nodes of the sources' models: Markdown files and notebooks'
    Markdown cells (tools/model/notebook_source.py; `check` moves those findings to the cells)."""
    known = facts.load(_register(docs_dir))
    errors = []
    for src in sources:
        for ref in src.doc.facts:
            if ref.id not in known:
                errors.append(error(src.path, ref.line, ref.col, "facts.unknown", id=ref.id))
            elif ref.form not in facts.FORMS:
                errors.append(error(src.path, ref.line, ref.col, "facts.form", id=ref.id))
    return errors


def overdue(docs_dir: Path, today: dt.date | None = None) -> list[Error]:
    """Facts whose review date has passed: warnings, never errors."""
    path = _register(docs_dir)
    today = today or dt.date.today()
    return [
        warning(path, fact.line, 1, "facts.overdue", id=fact.id, date=fact.review_by.isoformat())
        for fact in facts.load(path).values()
        if fact.review_by < today
    ]
