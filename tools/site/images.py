"""Images for phones with little data: a size budget the validator enforces, `width`,
`height` and lazy loading on every content image, and `python -m tools images shrink` to
bring a photo under the budget.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit
from xml.etree.ElementTree import ParseError

from defusedxml.common import DefusedXmlException
from defusedxml.ElementTree import iterparse

from tools.site.built_page import BuiltPage
from tools.common.paths import ROOT

BUDGET = 200 * 1024
MAX_WIDTH = 1200
RASTER = (".png", ".jpg", ".jpeg", ".gif", ".webp")
SUFFIXES = RASTER + (".svg",)


def dimensions(path: Path) -> tuple[int, int] | None:
    """(width, height) in CSS pixels, or None if unknown."""
    try:
        if path.suffix.lower() == ".svg":
            return _svg_size(path)
        # Pillow loads only when an image is measured or shrunk
        from PIL import Image

        with Image.open(path) as image:
            return image.size
    except (OSError, ValueError):
        return None


def _number(value: str | None) -> float | None:
    value = (value or "").strip()
    value = value[:-2] if value.endswith("px") else value
    try:
        return float(value)
    except ValueError:
        return None


def _svg_size(path: Path) -> tuple[int, int] | None:
    """`width` and `height` of the root `<svg>` (plain or `px` numbers), else its `viewBox`;
    read with an XML parser that stops at the root element."""

    try:
        with path.open("rb") as stream:
            root = next(event[1] for event in iterparse(stream, events=("start",)))
    except (ParseError, DefusedXmlException, StopIteration):
        return None
    if not str(root.tag).endswith("svg"):
        return None
    width, height = _number(root.get("width")), _number(root.get("height"))
    if width is not None and height is not None:
        return round(width), round(height)
    box = (root.get("viewBox") or "").replace(",", " ").split()
    numbers = [_number(v) for v in box]
    if len(numbers) == 4 and all(n is not None for n in numbers):
        return round(numbers[2]), round(numbers[3])
    return None


def too_big(path: Path) -> dict[str, int] | None:
    """The sizes of an image over the budget (message `image.too_big`); None if within."""
    size = path.stat().st_size
    if size <= BUDGET:
        return None
    return {"size": size // 1024, "budget": BUDGET // 1024, "width": MAX_WIDTH}


def image_attributes(page: BuiltPage, path: Path, site_dir: Path) -> None:
    """Give each local `<img>` its `width`/`height` (no layout shift) and lazy loading.
    `path`: where the page is written in the site."""
    site = None  # resolved at the first local image: most pages have none
    for img in page.root.iter("img"):
        src = img.get("src")
        if not src or urlsplit(src).scheme or src.startswith("//"):
            continue
        site = site or site_dir.resolve()
        target = (path.parent / unquote(urlsplit(src).path)).resolve()
        if site not in target.parents or not target.is_file():
            continue
        if img.get("width") is None and img.get("height") is None:
            size = dimensions(target)
            if size:
                page.set_attribute(img, "width", str(size[0]))
                page.set_attribute(img, "height", str(size[1]))
        for name, value in (("loading", "lazy"), ("decoding", "async")):
            if img.get(name) is None:
                page.set_attribute(img, name, value)


def add_attributes(html: str, page: Path, site_dir: Path) -> str:
    """`image_attributes` on one page's text."""
    built = BuiltPage(html, str(page))
    image_attributes(built, page, site_dir)
    return built.html()


def shrink(path: Path, max_width: int = MAX_WIDTH) -> tuple[int, int]:
    """Resize to at most `max_width` pixels wide and recompress in place.
    Returns (bytes before, bytes after)."""
    # Pillow loads only when an image is measured or shrunk
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
