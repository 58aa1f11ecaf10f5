"""Validate the sources before a build; every error as `path:line:col: message`.

Never modifies a source file. Grows with the lesson model (issue: lessons as a real model).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from tools.content import Source, read_source
from tools.paths import LANGUAGES, ROOT


@dataclass(frozen=True, order=True)
class Error:
    path: Path
    line: int
    col: int
    message: str

    def __str__(self) -> str:
        return f"{_rel(self.path)}:{self.line}:{self.col}: {self.message}"

    def annotation(self) -> str:
        return f"::error file={_rel(self.path)},line={self.line},col={self.col}::{self.message}"


def _rel(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def split_language(path: Path) -> tuple[Path, str] | None:
    """`x.ar.md` -> (`x`, `ar`); None for a file without a language suffix."""
    parts = path.name.split(".")
    if len(parts) >= 3 and parts[-2] in LANGUAGES:
        return path.with_name(".".join(parts[:-2])), parts[-2]
    return None


def read_text(path: Path) -> tuple[str | None, list[Error]]:
    data = path.read_bytes()
    errors = []
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append(Error(path, 1, 1, "file starts with a byte order mark (BOM); remove it"))
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        errors.append(
            Error(path, line, col, f"not UTF-8 (byte offset {exc.start}); save it as UTF-8")
        )
        return None, errors
    if "\r\n" in text:
        line = text.count("\n", 0, text.index("\r\n")) + 1
        errors.append(Error(path, line, 1, "CRLF line endings (Windows); convert to LF"))
        text = text.replace("\r\n", "\n")
    return text, errors


def load_source(docs_dir: Path, path: Path, text: str) -> tuple[Source | None, list[Error]]:
    """The source as tools/content.py reads it, or the YAML error at its line."""
    try:
        return read_source(docs_dir, path, text), []
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = (mark.line + 2) if mark else 1
        col = (mark.column + 1) if mark else 1
        problem = getattr(exc, "problem", None) or str(exc)
        if "mapping" in problem and not mark:
            line = 2
        return None, [Error(path, line, col, f"front matter is not valid YAML: {problem}")]


def check_pairs(sources: list[Path]) -> list[Error]:
    errors = []
    by_stem: dict[tuple[Path, str], Path] = {}
    for path in sources:
        split = split_language(path)
        if split:
            by_stem[split] = path
    for (stem, lang), path in sorted(by_stem.items()):
        for other in LANGUAGES:
            if other != lang and (stem, other) not in by_stem:
                missing = stem.with_name(f"{stem.name}.{other}{path.suffix}")
                errors.append(Error(path, 1, 1, f"no {other} version: create {_rel(missing)}"))
    for path in sources:
        if path.suffix == ".md" and not split_language(path):
            errors.append(Error(path, 1, 1, "no language suffix: name it x.ar.md and x.fr.md"))
    return errors


def run(docs_dir: Path) -> list[Error]:
    from tools import notebooks
    from tools.rules import RULES
    from tools.rules import facts as fact_rules
    from tools.rules import glossary as glossary_rules
    from tools.rules import images as image_rules
    from tools.rules import notebooks as notebook_rules
    from tools.rules import style as style_rules

    # Pages generated from notebooks/ are checked as notebooks, below.
    paths = sorted(
        p for p in docs_dir.rglob("*.md") if p.is_file() and not notebooks.is_generated(p)
    )
    errors = check_pairs(paths)
    sources = []
    for path in paths:
        text, read_errors = read_text(path)
        errors += read_errors
        if text is None:
            continue
        source, load_errors = load_source(docs_dir, path, text)
        errors += load_errors
        if source is not None:
            sources.append(source)
    for rule in RULES:
        errors += rule(sources)
    errors += glossary_rules.check_file(docs_dir)
    errors += image_rules.check_dir(docs_dir)
    errors += notebook_rules.check_dir(docs_dir.parent / notebooks.NOTEBOOKS_DIR, docs_dir)
    errors += fact_rules.check_register(docs_dir)
    errors += fact_rules.check_references(docs_dir, sources)
    errors += style_rules.check_dir(docs_dir, sources)
    errors += _content_is_inert(docs_dir)
    return sorted(set(errors))


def _content_is_inert(docs_dir: Path) -> list[Error]:
    """Rules of tools/rules/{plaintext,generated,files}.py over the docs folder."""
    from tools.rules import files, generated, plaintext

    return (
        plaintext.check_glossary(docs_dir)
        + generated.check_dir(docs_dir)
        + files.check_dir(docs_dir)
    )


def run_warnings(docs_dir: Path) -> list[Error]:
    """What an author should know but that does not fail the check (facts to review)."""
    from tools.rules import facts as fact_rules

    return fact_rules.overdue(docs_dir)


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="tamkeen check", description=__doc__)
    parser.add_argument("docs_dir", nargs="?", type=Path, default=ROOT / "docs")
    args = parser.parse_args(argv)
    errors = run(args.docs_dir)
    annotate = bool(os.environ.get("GITHUB_ACTIONS"))
    for warning in run_warnings(args.docs_dir):
        print(f"{_rel(warning.path)}:{warning.line}:{warning.col}: warning: {warning.message}")
        if annotate:
            print(warning.annotation().replace("::error ", "::warning ", 1))
    for error in errors:
        print(error)
        if annotate:
            print(error.annotation())
    if errors:
        print(f"{len(errors)} error(s)", file=sys.stderr)
        return 1
    print("check: no errors")
    return 0
