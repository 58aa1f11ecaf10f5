"""Generated files cannot be forged: a page counts as generated from a notebook only by the
build's own record (tools/notebooks.py), and a committed file that carries the
`# generated from …` header is an error (the header used to switch every check off)."""

from __future__ import annotations

from pathlib import Path

from tools import notebooks
from tools.check import Error
from tools.tracked import tracked_files


def check_dir(docs_dir: Path) -> list[Error]:
    tracked = tracked_files(docs_dir)
    if not tracked:
        return []
    errors = []
    for path in sorted(docs_dir.rglob("*.md")):
        if path.resolve() in tracked and notebooks._has_marker(path):
            errors.append(
                Error(
                    path,
                    2,
                    1,
                    "this committed file carries the header of a page generated from a "
                    "notebook: remove that line (it is checked like any lesson), or delete "
                    "the file and edit the notebook under notebooks/",
                )
            )
    record = docs_dir.parent / notebooks.RECORD
    if record.resolve() in tracked:
        errors.append(
            Error(
                record,
                1,
                1,
                "the build's record of generated pages is committed: `git rm --cached` it "
                "(only the build writes it)",
            )
        )
    return errors
