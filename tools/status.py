"""`python -m tools status`: which course, module and lesson pages exist in each language,
and which translations are stale (their counterpart changed since `tools translated`)."""

from __future__ import annotations

import sys
from pathlib import Path

from tools import content
from tools.paths import LANGUAGES, ROOT
from tools.translation import StatusRow, status_rows


def table(rows: list[StatusRow]) -> str:
    """A plain-text table: key, then one column per language."""
    header = ["key", *LANGUAGES]
    lines = [header] + [[row.key, *(row.states[lang] for lang in LANGUAGES)] for row in rows]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        for line in lines
    )


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="tamkeen status", description=__doc__)
    parser.add_argument("--docs-dir", type=Path, default=ROOT / "docs")
    args = parser.parse_args(argv)
    if not args.docs_dir.is_dir():
        print(f"error: {args.docs_dir}: no such directory", file=sys.stderr)
        return 2
    rows = status_rows(content.load(args.docs_dir))
    print(table(rows))
    counts = {state: 0 for state in ("present", "missing", "stale")}
    for row in rows:
        for state in row.states.values():
            counts[state] += 1
    print(f"\n{len(rows)} page(s): " + ", ".join(f"{n} {state}" for state, n in counts.items()))
    return 0
