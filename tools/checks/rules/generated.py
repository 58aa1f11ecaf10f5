"""Generated files cannot be forged: a page counts as generated from a notebook only by the
build's own record (tools/common/generated_pages.py), and a committed file that carries the
`# generated from …` header is an error (the header used to switch every check off)."""

from __future__ import annotations

from pathlib import Path

from tools.common import generated_pages
from tools.common.messages import Error, error
from tools.common.tracked import tracked_files


def check_dir(docs_dir: Path) -> list[Error]:
    tracked = tracked_files(docs_dir)
    if not tracked:
        return []
    errors = []
    for path in sorted(docs_dir.rglob("*.md")):
        if path.resolve() in tracked and generated_pages.has_marker(path):
            errors.append(error(path, 2, 1, "generated.committed"))
    record = docs_dir.parent / generated_pages.RECORD
    if record.resolve() in tracked:
        errors.append(error(record, 1, 1, "generated.record_committed"))
    return errors
