"""Notebook files by allowlist: every output image and attachment must be an image the
site publishes (PNG, JPEG, GIF, WebP, or an SVG that parses) whose data decodes. Anything
else is left out of the page (tools/model/notebooks.py); here the author learns where."""

from __future__ import annotations

from pathlib import Path

from tools.common.messages import Error, error
from tools.model.notebooks import IMAGE_TYPES, SVG, decode_image


def check(path: Path, data: dict, pos) -> list[Error]:
    """Errors of one parsed notebook (`pos`: tools/json_positions.Positions)."""
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
                found = error(
                    path, *where, "nb.attachment_invalid", name=name, cell=c + 1, mime=known[0]
                )
            else:
                kinds = ", ".join(bundle) or "empty"
                found = error(
                    path, *where, "nb.attachment_type", name=name, cell=c + 1, kinds=kinds
                )
            errors.append(found)
        if cell.get("cell_type") != "code":
            continue
        for o, output in enumerate(cell.get("outputs") or []):
            bundle = output.get("data") if isinstance(output, dict) else None
            for mime, value in (bundle or {}).items():
                if (mime in IMAGE_TYPES or mime == SVG) and decode_image(mime, value) is None:
                    where = pos.at("cells", c, "outputs", o, "data", mime)
                    errors.append(
                        error(
                            path,
                            *where,
                            "nb.output_image_invalid",
                            output=o + 1,
                            cell=c + 1,
                            mime=mime,
                        )
                    )
    return errors
