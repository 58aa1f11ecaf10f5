"""Files in docs/ are pages or images: anything else (an `.html`, `.js` or `.css` file) would
be published byte for byte on the site's origin. SVG images are rewritten by the allowlist
SVG sanitiser at build time; here the author learns what it would remove."""

from __future__ import annotations

from pathlib import Path

from tools.check import Error
from tools.sanitize import publishable, svg_removals


def check_dir(docs_dir: Path) -> list[Error]:
    errors = []
    for path in sorted(docs_dir.rglob("*")):
        rel = path.relative_to(docs_dir)
        if not path.is_file() or any(part.startswith(".") for part in rel.parts):
            continue  # MkDocs leaves dotfiles out
        if not publishable(path, docs_dir):
            errors.append(
                Error(
                    path,
                    1,
                    1,
                    f"`{path.suffix or path.name}` files are not published: docs/ holds "
                    "Markdown pages, PNG, JPEG, GIF, WebP or SVG images, and YAML data files "
                    "at its top only",
                )
            )
        elif path.suffix.lower() == ".svg":
            text = path.read_text(encoding="utf-8", errors="replace")
            for line, what in svg_removals(text)[:5]:
                errors.append(Error(path, line, 1, f"{what}: the site leaves it out of SVGs"))
    return errors
