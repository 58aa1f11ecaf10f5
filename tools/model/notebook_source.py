"""A notebook's Markdown cells read as a lesson: one `content.Source` that every rule of
`check` reads like a Markdown lesson, and the map back to the notebook's cells.

The body is the Markdown cells in order, one blank line between two cells, as the page
generated from the notebook shows them (tools/model/notebooks.py `convert`: code cells become
fenced blocks between them, the first `# title` is dropped: here its line is left blank).
The source sits where that page goes (`docs/courses/…/<lesson>.<lang>.md`), so links and
the course tree resolve as on the site; every finding at that path is moved back to the
notebook by `Cells.locate` (`path.ipynb:cell N:line N`, tools/common/messages.py).

Line 1 of the body stands for the front matter (the notebook's `metadata.tamkeen` or its
first raw cell); the Markdown starts at line 2.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from tools.common.json_positions import Positions
from tools.model import content, notebooks

BODY_LINE = 2  # line 1: the front matter


@dataclass(frozen=True)
class Cells:
    """Where each body line of a notebook source comes from."""

    notebook: Path
    front_matter: tuple[int, int]  # (line, col) in the .ipynb of the front matter
    # For body line BODY_LINE + i: (cell number, line in the cell, line, col in the .ipynb),
    # all 1-based; None for the blank line between two cells.
    lines: tuple[tuple[int, int, int, int] | None, ...]

    def locate(self, line: int, col: int = 1) -> tuple[int, int, tuple[int, ...]]:
        """(line, col) in the .ipynb file and (cell, line in the cell) of a body position;
        the front matter's position (and no cell) for line 1 or a line between cells."""
        index = line - BODY_LINE
        place = self.lines[index] if 0 <= index < len(self.lines) else None
        if place is None:
            return (*self.front_matter, ())
        cell, cell_line, file_line, file_col = place
        return file_line, file_col + max(col, 1) - 1, (cell, cell_line)


def read(docs_dir: Path, path: Path) -> content.Source | None:
    """The notebook at `path` as a lesson source; None if it is not a readable nbformat 4
    notebook with a lesson name (the notebook rules report why)."""
    nb = notebooks.parse_path(docs_dir.parent / notebooks.NOTEBOOKS_DIR, path)
    if nb is None:
        return None
    try:
        raw = path.read_text(encoding="utf-8")
        data = json.loads(raw)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("cells"), list):
        return None
    if not isinstance(data.get("nbformat"), int) or data["nbformat"] < 4:
        return None
    pos = Positions(raw)
    meta, raw_index = notebooks.front_matter(data)
    meta = notebooks._typed(meta)
    front = pos.at("cells", raw_index, "source") if raw_index is not None else None
    front = front or pos.at("metadata", "tamkeen")
    body: list[str] = []
    places: list[tuple[int, int, int, int] | None] = []
    title_seen = False
    for c, cell in enumerate(data["cells"]):
        if not isinstance(cell, dict) or cell.get("cell_type") != "markdown":
            continue
        source = cell.get("source", "")
        parts = source if isinstance(source, list) else str(source).splitlines(keepends=True)
        lines = [str(p).rstrip("\n") for p in "".join(map(str, parts)).split("\n")]
        if body:
            body.append("")
            places.append(None)
        for k, text in enumerate(lines):
            if isinstance(source, list) and k < len(source):
                line, col = pos.at("cells", c, "source", k)
            else:
                line, col = pos.at("cells", c, "source")
            match = None if title_seen else notebooks._H1.match(text)
            if match:
                meta.setdefault("title", match.group(1).strip())
                text = ""  # the page drops it: the lesson skeleton writes the title
                title_seen = True
            body.append(text)
            places.append((c + 1, k + 1, line, col + 1))  # col + 1: after the opening quote
        title_seen = True
    page = nb.page(docs_dir)
    rel = PurePosixPath(page.relative_to(docs_dir).as_posix())
    src = content.Source(
        page,
        rel,
        nb.lang,
        content.kind_of(PurePosixPath(rel.as_posix().replace(f".{nb.lang}.md", ".md"))),
        meta,
        {str(k): 1 for k in meta},
        "\n".join(body),
        BODY_LINE,
        Cells(path, front, tuple(places)),
    )
    return src


def read_all(docs_dir: Path) -> list[content.Source]:
    """Every notebook of the project beside `docs_dir`, as lesson sources. A notebook is read
    (and its model parsed) again only when it changed: `make serve` checks after each save."""
    found = []
    for path in notebooks.find(docs_dir.parent / notebooks.NOTEBOOKS_DIR):
        stat = path.stat()
        stamp = (stat.st_mtime_ns, stat.st_size)
        cached = _READ.get((docs_dir, path))
        if cached is None or cached[0] != stamp:
            cached = (stamp, read(docs_dir, path))
            _READ[(docs_dir, path)] = cached
        if cached[1] is not None:
            found.append(cached[1])
    return found


_READ: dict[tuple[Path, Path], tuple[tuple[int, int], content.Source | None]] = {}
