"""Validate the sources before a build; every error as `path:line:col: message`.

Never modifies a source file. Each source is read once (tools/model/content.py) into one model
(tools/model/document.py) that every rule reads; pages are rendered by Python-Markdown as the
site configures it (tools/common/site_markdown.py), so an id or anchor `check` accepts is one the
built page has. Messages come from tools/common/messages.py in English, Arabic or French
(`make check lang=ar`).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import re
import sys
from pathlib import Path

from tools.checks.rules import RULES, files, generated, legal_facts, plaintext
from tools.checks.rules import facts as fact_rules
from tools.checks.rules import glossary as glossary_rules
from tools.checks.rules import images as image_rules
from tools.checks.rules import notebooks as notebook_rules
from tools.checks.rules import style as style_rules
from tools.checks.rules.context import Context
from tools.common import generated_pages, messages
from tools.common.languages import LANGUAGES, from_config, language
from tools.common.messages import Error, Msg, error, rel
from tools.common.paths import ROOT
from tools.model import content, notebook_source, notebooks
from tools.model.content import Source, split_language
from tools.site import downloads

__all__ = ["Error", "error", "rel", "run", "main"]

_rel = rel  # the rules' old name for it


def check_pairs(sources: list[Path]) -> list[Error]:
    errors = []
    by_stem: dict[tuple[Path, str], Path] = {}
    for path in sources:
        split = split_language(path)
        if split:
            by_stem[(path.with_name(split[0]), split[1])] = path
    for (stem, lang), path in sorted(by_stem.items()):
        for other in LANGUAGES:
            if other != lang and language(other).complete and (stem, other) not in by_stem:
                missing = stem.with_name(f"{stem.name}.{other}{path.suffix}")
                errors.append(error(path, 1, 1, "pairs.missing", lang=other, create=rel(missing)))
    for path in sources:
        if path.suffix == ".md" and not split_language(path):
            errors.append(error(path, 1, 1, "pairs.no_suffix"))
    return errors


def read_all(docs_dir: Path) -> tuple[list[Source], list[Error], list[Path]]:
    """Every source under `docs_dir` read as the site reads it, and the errors of those
    that cannot be read. Pages generated from notebooks/ are checked as notebooks."""
    paths = sorted(
        p for p in docs_dir.rglob("*.md") if p.is_file() and not generated_pages.is_generated(p)
    )
    sources, errors = [], []
    for path in paths:
        result = content.read_cached(docs_dir, path)  # the build's own Source, if read
        if isinstance(result, content.SourceError):
            errors.append(Error(path, result.line, result.col, result.message))
        else:
            sources.append(result)
    return sources, errors, paths


def run(docs_dir: Path, keep: bool = False) -> list[Error]:
    """Every error and warning of the sources under `docs_dir`, sorted. `keep`: the pages
    rendered for the rules are kept on disk for the next run (`make site`, `make check`:
    tools/checks/rules/context.py), beside the project's mkdocs.yml."""
    LANGUAGES.use(from_config(docs_dir.parent / "mkdocs.yml"))  # the site's languages
    sources, errors, paths = read_all(docs_dir)
    errors += check_pairs(paths)
    taken = {src.path for src in sources}
    cells = [nb for nb in notebook_source.read_all(docs_dir) if nb.path not in taken]
    ctx = Context.of(docs_dir, sources + cells, keep)
    found = []
    for rule in RULES:
        found += rule(ctx)
    ctx.save()
    found += fact_rules.check_references(docs_dir, ctx.sources)
    found += style_rules.check_dir(docs_dir, ctx.sources)
    errors += in_notebooks(found, cells)
    errors += glossary_rules.check_file(docs_dir)
    errors += image_rules.check_dir(docs_dir)
    errors += notebook_rules.check_dir(docs_dir.parent / notebooks.NOTEBOOKS_DIR, docs_dir)
    errors += downloads.check_dir(downloads.root_of(docs_dir), docs_dir)
    errors += fact_rules.check_register(docs_dir)
    errors += legal_facts.check_register(docs_dir)
    errors += fact_rules.overdue(docs_dir)  # warnings: facts to review
    errors += _content_is_inert(docs_dir)
    return sorted(set(errors))


def in_notebooks(errors: list[Error], sources: list[Source]) -> list[Error]:
    """Findings of the rules on notebook sources (tools/model/notebook_source.py), moved from the
    page they stand for to the notebook's cell and line, and page names in messages (`in
    x.ar.md:12`) to the notebook's."""
    pages = {src.path: src.cells for src in sources if src.cells is not None}
    if not pages:
        return errors
    names = {rel(path): cells for path, cells in pages.items()}
    mention = re.compile("(" + "|".join(map(re.escape, names)) + r")(?::(\d+)(?::\d+)?)?")

    def rename(text: str) -> str:
        def place(m: re.Match) -> str:
            cells = names[m.group(1)]
            if not m.group(2):
                return rel(cells.notebook)
            _, _, cell = cells.locate(int(m.group(2)))
            where = f":cell {cell[0]}:line {cell[1]}" if cell else ""
            return rel(cells.notebook) + where

        return mention.sub(place, text)

    def message(m: Msg) -> Msg:
        args = tuple((k, message(v) if isinstance(v, Msg) else rename(str(v))) for k, v in m.args)
        return Msg(m.key, args)

    out = []
    for e in errors:
        cells = pages.get(e.path)
        if cells is None:
            out.append(dataclasses.replace(e, message=message(e.message)))
            continue
        line, col, cell = cells.locate(e.line, e.col)
        out.append(Error(cells.notebook, line, col, message(e.message), e.warning, cell))
    return out


def _content_is_inert(docs_dir: Path) -> list[Error]:
    """Rules of tools/checks/rules/{plaintext,generated,files}.py over the docs folder."""
    return (
        plaintext.check_glossary(docs_dir)
        + generated.check_dir(docs_dir)
        + files.check_dir(docs_dir)
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tamkeen check", description=__doc__)
    parser.add_argument("docs_dir", nargs="?", type=Path, default=ROOT / "docs")
    parser.add_argument(
        "--lang",
        choices=messages.LANGS,
        default=messages.default_language(),
        help="language of the messages (default: TAMKEEN_LANG, else en)",
    )
    args = parser.parse_args(argv)
    messages.set_language(args.lang)
    # The project's own docs keep their rendered pages for the next run; a folder named
    # on the command line (a fixture, a copy) gets nothing written beside it.
    found = run(args.docs_dir, keep=args.docs_dir.resolve() == (ROOT / "docs").resolve())
    annotate = bool(os.environ.get("GITHUB_ACTIONS"))
    errors = [e for e in found if not e.warning]
    warnings = [e for e in found if e.warning]
    for item in errors + warnings:
        print(item)
        if annotate:
            print(item.annotation())
    if warnings:
        print(messages.msg("check.warnings", n=len(warnings)).text(), file=sys.stderr)
    if errors:
        print(messages.msg("check.count", n=len(errors)).text(), file=sys.stderr)
        return 1
    print(messages.msg("check.none").text())
    return 0
