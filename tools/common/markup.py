"""Small pieces of generated Markdown that several page generators share (the lesson
skeleton, the notebook pages, the facts and status pages): below all of them, so none
imports another for these."""

from __future__ import annotations

import posixpath
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tools.model.content import Source


def fact_spans(items: list[str], separator: str = " ") -> str:
    """Items of one line (a lesson's course, duration, level…), each isolated so numbers and
    Latin names never reorder across items in RTL. The separator is text, not CSS: search
    excerpts and copied text read «20 دقيقة · مستوى مبتدئ», not «20 دقيقةمستوى مبتدئ»."""
    return separator.join(f'<span class="tk-fact">{item}</span>' for item in items)


def link(from_src: Source, to_path: PurePosixPath) -> str:
    """Relative Markdown link from one source page to another page's `.md` path."""
    return posixpath.relpath(str(to_path), str(from_src.url_path.parent))
