"""Byte-stable outputs: the same sources and SOURCE_DATE_EPOCH give the same PPTX and PDF
(zip entry times and PDF dates come from SOURCE_DATE_EPOCH, not the clock)."""

from __future__ import annotations

import functools
import hashlib
import io
import json
import os
import re
import time
import zipfile
from importlib import metadata
from pathlib import Path

from tools.common import chromium


def epoch() -> int:
    try:
        return int(os.environ.get("SOURCE_DATE_EPOCH", "0"))
    except ValueError:
        return 0


def zip_bytes(data: bytes) -> bytes:
    """The same zip (a PPTX) with every entry dated SOURCE_DATE_EPOCH."""
    stamp = time.gmtime(max(epoch(), 315532800))[:6]  # zip dates start in 1980
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


# `D:` as Chromium writes it, or `D\072` (the colon escaped) as pypdf writes it back after
# tools/slides/pdf_text.py rewrote an Arabic handout.
_PDF_DATE = re.compile(rb"/(CreationDate|ModDate) \(D(:|\\072)\d{14}")


def pdf_bytes(data: bytes) -> bytes:
    """Chromium dates a PDF now: date it SOURCE_DATE_EPOCH (same length, offsets hold)."""
    stamp = time.strftime("%Y%m%d%H%M%S", time.gmtime(epoch())).encode()
    return _PDF_DATE.sub(lambda m: b"/" + m.group(1) + b" (D" + m.group(2) + stamp, data)


# --- The trainer kit's cache key -------------------------------------------------------
# A warm build must be the clean build (issue 16): a cached deck, PPTX or PDF is reused only
# when *every* input that shaped it is the same. Besides the lesson sources (hashed per
# entry by tools/slides/kit.py `key`), those are below. Erring on the side of a rebuild:
# the kit imports content, document, quiz, facts, sanitize, html_page…, so every module of
# the `tools` package counts, not a hand-kept list that misses the next one.

TOOLS = Path(__file__).resolve().parent.parent
# Libraries whose version changes the bytes of a deck, PPTX or PDF.
_LIBRARIES = ("markdown", "pymdown-extensions", "pygments", "python-pptx", "pillow", "playwright")


def _package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "-"


def _npm_version(node_modules: Path, name: str) -> str:
    try:
        return json.loads((node_modules / name / "package.json").read_text("utf-8"))["version"]
    except (OSError, ValueError, KeyError):
        return "-"


def _chromium_identity() -> str:
    """The Chromium that prints the PDFs (its binary's size and date: no subprocess)."""

    path = chromium.executable()
    if not path:
        return "none"
    real = Path(path).resolve()
    stat = real.stat()
    return f"{real}:{stat.st_size}:{stat.st_mtime_ns}"


def _describe(obj) -> object:
    """A value of mdx_configs as JSON, the same in every process: a callable (the toc's
    `slugify`) by its name, arguments and closure, never by its memory address."""
    if isinstance(obj, functools.partial):
        return {"partial": _describe(obj.func), "args": obj.args, "keywords": obj.keywords}
    if callable(obj) and hasattr(obj, "__qualname__"):
        cells = [c.cell_contents for c in getattr(obj, "__closure__", None) or ()]
        return {"callable": f"{obj.__module__}.{obj.__qualname__}", "closure": cells}
    return re.sub(r" at 0x[0-9a-fA-F]+", "", repr(obj))


def inputs_key(config, node_modules: Path) -> str:
    """SHA-256 of every input of the kit but the lesson sources and their images."""
    h = hashlib.sha256()

    def part(label: str, value: bytes | str) -> None:
        data = value.encode() if isinstance(value, str) else value
        h.update(f"{label}\0{len(data)}\0".encode() + data)

    for path in sorted(TOOLS.rglob("*")):
        # The code, its templates, CSS, fonts and scripts; never caches or bytecode.
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            part(path.relative_to(TOOLS).as_posix(), path.read_bytes())
    # Markdown extensions and their options, as the build's mkdocs.yml sets them.
    part("markdown_extensions", json.dumps(config["markdown_extensions"], default=_describe))
    part("mdx_configs", json.dumps(config["mdx_configs"], sort_keys=True, default=_describe))
    part("site_url", str(config.get("site_url") or ""))
    for name in _LIBRARIES:
        part(name, _package_version(name))
    part("reveal.js", _npm_version(node_modules, "reveal.js"))
    part("chromium", _chromium_identity())
    part("SOURCE_DATE_EPOCH", str(epoch()))  # zip entry dates and PDF dates
    return h.hexdigest()
