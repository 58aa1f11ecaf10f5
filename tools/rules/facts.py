"""Facts register rules (tools/facts.py): the register itself is well formed, every
`[[fact:id]]` in a Markdown source or a notebook names a fact of the register (an error at
its `path:line:col`), and facts past their review date are listed as warnings, which do not
fail `make check` (a build stays reproducible whatever the day)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tools import facts
from tools.messages import Error, error, warning
from tools.rules.style import markdown_lines


def _register(docs_dir: Path) -> Path:
    return docs_dir / facts.DATA_FILE


def check_register(docs_dir: Path) -> list[Error]:
    path = _register(docs_dir)
    if not path.is_file():
        return []
    _, problems = facts.parse(path.read_text(encoding="utf-8"))
    return [error(path, p.line, 1, "facts.register", problem=p) for p in problems]


def _references(path: Path, lines) -> list[tuple[Path, int, int, str, str]]:
    out = []
    for line, col, text in lines:
        for m in facts.REFERENCE.finditer(text):
            out.append((path, line, col + m.start(), m.group(1), m.group(2) or ""))
    return out


def check_references(docs_dir: Path, sources: list) -> list[Error]:
    """References in the sources: Markdown files and notebooks' Markdown cells
    (tools/notebook_source.py; `check` moves those findings to the cells)."""
    known = facts.load(_register(docs_dir))
    found = []
    for src in sources:
        lines = ((line, 1, text) for line, text in markdown_lines(src, facts=True))
        found += _references(src.path, lines)
    errors = []
    for path, line, col, fid, form in found:
        if fid not in known:
            errors.append(error(path, line, col, "facts.unknown", id=fid))
        elif form not in facts.FORMS:
            errors.append(error(path, line, col, "facts.form", id=fid))
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
