"""`python -m tools status`: which course, module and lesson pages exist in each language,
and which translations are stale (their counterpart changed since `tools translated`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tools.model import content
from tools.common.markup import link
from tools.common.paths import LANGUAGES, ROOT
from tools.common.sanitize import markdown_text
from tools.model.translation import StatusRow, status_rows
from tools.common.ui_strings import strings


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


MARKER = "<!-- tamkeen:status -->"


def page_markdown(site: content.Site, lang: str, from_src: content.Source) -> str:
    """The translation status as a Markdown table, in the page's language, for the page
    that holds the `<!-- tamkeen:status -->` marker."""
    s = strings(lang)
    header = [s["status.page"], *(s[f"status.lang.{other}"] for other in LANGUAGES)]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in status_rows(site):
        node = site.nodes[row.key]
        src = node.source(lang)
        depth = {"course": 0, "module": 1, "lesson": 2}.get(row.kind, 0)
        title = f"{'— ' * depth}[{markdown_text(src.title)}]({link(from_src, src.url_path)})"
        states = [s[f"status.{row.states[other]}"] for other in LANGUAGES]
        lines.append("| " + " | ".join([title, *states]) + " |")
    if len(lines) == 2:
        return s["status.empty"]
    return "\n".join(lines)
