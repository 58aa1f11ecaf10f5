"""Image files under docs/ stay within the phone data budget (tools/site/images.py)."""

from __future__ import annotations

from pathlib import Path

from tools.common.messages import Error, error, rel
from tools.site.images import SUFFIXES, too_big


def check_dir(docs_dir: Path) -> list[Error]:
    errors = []
    for path in sorted(docs_dir.rglob("*")):
        if path.suffix.lower() in SUFFIXES and path.is_file():
            problem = too_big(path)
            if problem:
                errors.append(error(path, 1, 1, "image.too_big", path=rel(path), **problem))
    return errors
