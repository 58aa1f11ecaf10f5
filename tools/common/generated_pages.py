"""Which pages of `docs/` the build generated from notebooks (tools/model/notebooks.py): the
header it writes at their top, and its record of what it wrote
(`.cache/notebooks/generated.json`). The sanitiser's file allowlist, `check` and the
converter read it; it reads no notebook.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from tools.common.tracked import is_tracked

MARKER = "# generated from "
_HASH_IN_MARKER = re.compile(r"\(hash (?P<hash>[0-9a-f]{16})\)")
RECORD = Path(".cache") / "notebooks" / "generated.json"


def recorded_hash(page: Path) -> str | None:
    try:
        with page.open(encoding="utf-8") as f:
            head = f.read(600)
    except OSError:
        return None
    if not head.startswith("---\n" + MARKER):
        return None
    match = _HASH_IN_MARKER.search(head.split("\n", 2)[1])
    return match["hash"] if match else None


RECORD = Path(".cache") / "notebooks" / "generated.json"


def docs_dir_of(page: Path) -> Path | None:
    """`docs/` for a page at `docs/courses/<c>/<m>/<name>.md`, where generated pages go."""
    parents = page.parents
    return parents[3] if len(parents) > 3 and parents[2].name == "courses" else None


def digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def read_record(docs_dir: Path) -> dict[str, str] | None:
    """{page path under docs/: SHA-256 of what the build wrote}, or None when no build has
    written a record here. A record that git tracks came from a commit: it is ignored."""
    path = docs_dir.parent / RECORD
    if not path.is_file() or is_tracked(path):
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)}


def has_marker(page: Path) -> bool:
    try:
        with page.open(encoding="utf-8", errors="replace") as f:
            return f.read(4 + len(MARKER)) == "---\n" + MARKER
    except OSError:
        return False


def is_generated(page: Path) -> bool:
    """True for a page the build wrote from a notebook, unchanged since: the build's own
    record (`.cache/notebooks/generated.json`) says so. Never a file git tracks, whatever
    header it carries (tools/checks/rules/generated.py reports those). Pages written before
    records existed (no record at all) count if they are untracked and carry the header."""
    docs_dir = docs_dir_of(page)
    if docs_dir is None or not page.is_file() or is_tracked(page):
        return False
    record = read_record(docs_dir)
    if record is None:
        return has_marker(page)
    return record.get(page.relative_to(docs_dir).as_posix()) == digest(page)


def ours(page: Path, docs_dir: Path, record: dict[str, str] | None) -> bool:
    """Whether sync may overwrite or remove `page`: the build wrote it (it is in the record,
    or carries the header from before records) and git does not track it."""
    if is_tracked(page):
        return False
    if record is None:
        return has_marker(page)
    return page.relative_to(docs_dir).as_posix() in record
