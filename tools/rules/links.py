"""Images exist and have alt text; links are https; `.md` links and `#anchors` resolve.

`x.md` from `y.ar.md` means `x.ar.md` (else `x.md`), as the i18n plugin resolves it.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

from tools.check import Error, _rel
from tools.content import Source
from tools.rules.markdown import parse

_INLINE = re.compile(r"(!?)\[([^\]]*)\]\(\s*(<[^>]*>|[^)\s]*)(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)")
_REFERENCE = re.compile(r"^ {0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)")
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_IMG_TAG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_SRC = re.compile(r"""\bsrc\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)
_HREF = re.compile(r"""<a\b[^>]*\bhref\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def check(sources: list[Source]) -> list[Error]:
    by_path = {src.path.resolve(): src for src in sources}
    errors = []
    for src in sources:
        for number, text in parse(src).prose:
            for col, url, image, alt in _targets(text):
                errors += _check_url(src, by_path, number, col, url, image)
                if image and alt is not None and not alt.strip():
                    errors.append(
                        Error(
                            src.path,
                            number,
                            col,
                            "image without alt text: describe it "
                            "between the brackets, ![like this](...)",
                        )
                    )
    return errors


def _targets(text: str):
    """(column, url, is_image, alt text or None) of each link and image on a line."""
    for m in _INLINE.finditer(text):
        yield m.start() + 1, m.group(3).strip("<>"), bool(m.group(1)), m.group(2)
    match = _REFERENCE.match(text)
    if match:
        yield match.start(1) + 1, match.group(1).strip("<>"), False, None
    for m in _AUTOLINK.finditer(text):
        yield m.start(1) + 1, m.group(1), False, None
    for tag in _IMG_TAG.finditer(text):
        src = _SRC.search(tag.group())
        if src:
            yield tag.start() + 1, src.group(1), True, None
        if not re.search(r"\balt\s*=", tag.group(), re.IGNORECASE):
            yield tag.start() + 1, "", True, ""
    for m in _HREF.finditer(text):
        yield m.start(1) + 1, m.group(1), False, None


def _check_url(
    src: Source, by_path: dict[Path, Source], line: int, col: int, url: str, image: bool
) -> list[Error]:
    if not url:
        return []
    if url.lower().startswith("http://"):
        return [Error(src.path, line, col, f"insecure link {url}: use https://")]
    if _SCHEME.match(url) or url.startswith(("/", "//")):
        return []
    path, _, anchor = url.partition("#")
    path = unquote(path.partition("?")[0])
    if image:
        if path and not (src.path.parent / path).exists():
            return [Error(src.path, line, col, f"image not found: {path}")]
        return []
    if not path:
        target = src
    elif path.endswith(".md"):
        target_path = _resolve(src, path)
        if target_path is None:
            localized = path[: -len(".md")] + f".{src.lang}.md"
            return [
                Error(
                    src.path,
                    line,
                    col,
                    f"link to a missing page: {path} (neither {localized} nor {path} exists)",
                )
            ]
        target = by_path.get(target_path.resolve())
    else:
        return []
    if anchor and target is not None and unquote(anchor) not in parse(target).ids:
        return [
            Error(
                src.path,
                line,
                col,
                f"anchor #{unquote(anchor)} not found in "
                f"{_rel(target.path)}: no heading or {{#id}} makes that id",
            )
        ]
    return []


def _resolve(src: Source, path: str) -> Path | None:
    base = src.path.parent / path
    candidates = [base]
    if src.lang and not re.search(r"\.[a-z]{2}\.md$", path):
        candidates.insert(0, base.with_name(base.name[: -len(".md")] + f".{src.lang}.md"))
    return next((c for c in candidates if c.is_file()), None)
