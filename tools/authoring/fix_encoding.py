"""`python -m tools fix-encoding FILE…`: re-save a Markdown file as UTF-8.

A file saved by an old Windows editor is often Windows-1256 (Arabic) or Latin-1/Windows-1252
(French). The encoding is guessed (Arabic letters → Windows-1256, else Windows-1252) unless
`--from` names it; the file is rewritten only after saying what was found, and a file that is
already UTF-8 is left alone.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

_ARABIC = re.compile("[\u0600-\u06ff]")


def guess(data: bytes) -> str:
    """The likeliest legacy encoding of `data`: cp1256 if it reads as Arabic, else cp1252."""
    try:
        if _ARABIC.search(data.decode("cp1256")):
            return "cp1256"
    except UnicodeDecodeError:
        pass
    return "cp1252"


def convert(path: Path, encoding: str | None = None) -> str | None:
    """Rewrite `path` as UTF-8; returns the encoding it was read as (None: already UTF-8)."""
    data = path.read_bytes()
    try:
        data.decode("utf-8")
        return None
    except UnicodeDecodeError:
        pass
    encoding = encoding or guess(data)
    text = data.decode(encoding, errors="strict")
    path.write_bytes(text.encode("utf-8"))
    return encoding


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tamkeen fix-encoding", description=__doc__)
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--from", dest="encoding", help="e.g. cp1256, cp1252, latin-1")
    args = parser.parse_args(argv)
    status = 0
    for path in args.paths:
        try:
            found = convert(path, args.encoding)
        except (OSError, UnicodeDecodeError, LookupError) as exc:
            print(f"{path}: not converted: {exc}", file=sys.stderr)
            status = 1
            continue
        if found is None:
            print(f"{path}: already UTF-8, unchanged")
        else:
            print(f"{path}: converted from {found} to UTF-8; check the text, then commit it")
    return status
