"""Files in docs/ are pages or images: anything else (an `.html`, `.js` or `.css` file) would
be published byte for byte on the site's origin. SVG images are rewritten by the allowlist
SVG sanitiser at build time; here the author learns what it would remove."""

from __future__ import annotations

from pathlib import Path

from tools.common.messages import Error, error
from tools.common.sanitize import publishable
from tools.common.sanitize_svg import svg_removals


def check_dir(docs_dir: Path) -> list[Error]:
    errors = []
    for path in sorted(docs_dir.rglob("*")):
        rel = path.relative_to(docs_dir)
        if not path.is_file() or any(part.startswith(".") for part in rel.parts):
            continue  # MkDocs leaves dotfiles out
        if not publishable(path, docs_dir):
            suffix = path.suffix or path.name
            errors.append(error(path, 1, 1, "files.not_published", suffix=suffix))
        elif path.suffix.lower() == ".svg":
            text = path.read_text(encoding="utf-8", errors="replace")
            for line, what in svg_removals(text)[:5]:
                if what is None:
                    errors.append(error(path, line, 1, "files.svg_invalid"))
                else:
                    errors.append(error(path, line, 1, "files.svg_removed", what=what))
    return errors
