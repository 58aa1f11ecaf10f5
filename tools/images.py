"""Images for phones with little data: a size budget the validator enforces, `width`,
`height` and lazy loading on every content image, and `python -m tools images shrink` to
bring a photo under the budget.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

from tools.paths import ROOT

BUDGET = 200 * 1024
MAX_WIDTH = 1200
RASTER = (".png", ".jpg", ".jpeg", ".gif", ".webp")
SUFFIXES = RASTER + (".svg",)
_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_SVG_SIZE = re.compile(
    r'<svg\b[^>]*?(?:\swidth="(?P<w>[\d.]+)(?:px)?"[^>]*?\sheight="(?P<h>[\d.]+)(?:px)?"'
    r'|\sviewBox="[\d.\-]+[ ,]+[\d.\-]+[ ,]+(?P<vw>[\d.]+)[ ,]+(?P<vh>[\d.]+)")',
    re.IGNORECASE | re.DOTALL,
)


def dimensions(path: Path) -> tuple[int, int] | None:
    """(width, height) in CSS pixels, or None if unknown."""
    try:
        if path.suffix.lower() == ".svg":
            match = _SVG_SIZE.search(path.read_text(encoding="utf-8", errors="replace")[:4000])
            if not match:
                return None
            w = match.group("w") or match.group("vw")
            h = match.group("h") or match.group("vh")
            return round(float(w)), round(float(h))
        from PIL import Image

        with Image.open(path) as image:
            return image.size
    except (OSError, ValueError):
        return None


def too_big(path: Path) -> dict[str, int] | None:
    """The sizes of an image over the budget (message `image.too_big`); None if within."""
    size = path.stat().st_size
    if size <= BUDGET:
        return None
    return {"size": size // 1024, "budget": BUDGET // 1024, "width": MAX_WIDTH}


def _attr(tag: str, name: str) -> str | None:
    match = re.search(rf'\s{name}="([^"]*)"', tag)
    return match.group(1) if match else None


def add_attributes(html: str, page: Path, site_dir: Path) -> str:
    """Give each local `<img>` its `width`/`height` (no layout shift) and lazy loading."""

    def repl(match: re.Match[str]) -> str:
        tag = match.group(0)
        src = _attr(tag, "src")
        if not src or urlsplit(src).scheme or src.startswith("//"):
            return tag
        target = (page.parent / unquote(urlsplit(src).path)).resolve()
        if site_dir.resolve() not in target.parents or not target.is_file():
            return tag
        extra = []
        if _attr(tag, "width") is None and _attr(tag, "height") is None:
            size = dimensions(target)
            if size:
                extra.append(f'width="{size[0]}" height="{size[1]}"')
        if _attr(tag, "loading") is None:
            extra.append('loading="lazy"')
        if _attr(tag, "decoding") is None:
            extra.append('decoding="async"')
        if not extra:
            return tag
        end = -2 if tag.endswith("/>") else -1
        return f"{tag[:end].rstrip()} {' '.join(extra)}{tag[end:]}"

    return _IMG.sub(repl, html)


def process_site(site_dir: Path) -> int:
    """Add the attributes in every built page; returns how many pages changed."""
    changed = 0
    for page in site_dir.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        if "<img" not in text:
            continue
        new = add_attributes(text, page, site_dir)
        if new != text:
            page.write_text(new, encoding="utf-8")
            changed += 1
    return changed


def shrink(path: Path, max_width: int = MAX_WIDTH) -> tuple[int, int]:
    """Resize to at most `max_width` pixels wide and recompress in place.
    Returns (bytes before, bytes after)."""
    from PIL import Image

    before = path.stat().st_size
    with Image.open(path) as image:
        image.load()
        if image.width > max_width:
            height = round(image.height * max_width / image.width)
            image = image.resize((max_width, height), Image.LANCZOS)
        suffix = path.suffix.lower()
        if suffix in (".jpg", ".jpeg"):
            image.convert("RGB").save(path, quality=80, optimize=True, progressive=True)
        elif suffix == ".png":
            image.save(path, optimize=True)
        elif suffix == ".webp":
            image.save(path, quality=80)
        else:
            image.save(path)
    return before, path.stat().st_size


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="tamkeen images", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    cmd = sub.add_parser(
        "shrink",
        help="resize and recompress images in place (default: every image of docs/ over "
        "the budget); exits 1 if one is still over it",
    )
    cmd.add_argument("paths", nargs="*", type=Path)
    cmd.add_argument("--max-width", type=int, default=MAX_WIDTH)
    cmd.add_argument("--docs-dir", type=Path, default=ROOT / "docs")
    args = parser.parse_args(argv)
    paths = args.paths or [
        p
        for p in sorted(args.docs_dir.rglob("*"))
        if p.suffix.lower() in RASTER and p.is_file() and too_big(p)
    ]
    if not paths:
        print(f"every image is within the {BUDGET // 1024} KB budget")
    status = 0
    for path in paths:
        if path.suffix.lower() not in RASTER or not path.is_file():
            print(f"{path}: not a PNG, JPEG, GIF or WebP file", file=sys.stderr)
            status = 2
            continue
        before, after = shrink(path, args.max_width)
        note = "" if after <= BUDGET else " (still over the budget: crop it or use a JPEG)"
        print(f"{path}: {before // 1024} KB -> {after // 1024} KB{note}")
        if after > BUDGET:
            status = max(status, 1)
    return status
