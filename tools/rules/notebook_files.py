"""Notebook files by allowlist: every output image and attachment must be an image the
site publishes (PNG, JPEG, GIF, WebP, or an SVG that parses) whose data decodes. Anything
else is left out of the page (tools/notebooks.py); here the author learns where."""

from __future__ import annotations

from pathlib import Path

from tools.check import Error
from tools.notebooks import IMAGE_TYPES, SVG, decode_image

_KINDS = "PNG, JPEG, GIF, WebP or SVG images"


def check(path: Path, data: dict, pos) -> list[Error]:
    """Errors of one parsed notebook (`pos`: tools/rules/notebooks.Positions)."""
    errors = []
    for c, cell in enumerate(data.get("cells") or []):
        attachments = cell.get("attachments") or {}
        for name, bundle in attachments.items() if isinstance(attachments, dict) else ():
            where = pos.at("cells", c, "attachments", name)
            bundle = bundle if isinstance(bundle, dict) else {}
            if any(
                decode_image(m, value, attachment=True) is not None for m, value in bundle.items()
            ):
                continue
            known = [m for m in bundle if m in IMAGE_TYPES or m == SVG]
            if known:
                message = (
                    f"attachment `{name}` of cell {c + 1}: its {known[0]} data is not a valid "
                    "image (not base64, or not the type it claims): insert the image again"
                )
            else:
                kinds = ", ".join(bundle) or "empty"
                message = (
                    f"attachment `{name}` of cell {c + 1} is {kinds}: only {_KINDS} are "
                    "published from a notebook"
                )
            errors.append(Error(path, *where, message))
        if cell.get("cell_type") != "code":
            continue
        for o, output in enumerate(cell.get("outputs") or []):
            bundle = output.get("data") if isinstance(output, dict) else None
            for mime, value in (bundle or {}).items():
                if (mime in IMAGE_TYPES or mime == SVG) and decode_image(mime, value) is None:
                    errors.append(
                        Error(
                            path,
                            *pos.at("cells", c, "outputs", o, "data", mime),
                            f"output {o + 1} of cell {c + 1}: the {mime} data is not a valid "
                            "image (not base64, or not the type it claims): run the cell "
                            "again or clear its output",
                        )
                    )
    return errors
