"""Metadata is plain text: every front-matter string, glossary entry and notebook metadata
field. Markup there (a tag, an entity, a link, code, an attribute list, a line break) is an
error at its line.

Safety does not depend on this rule: metadata is escaped wherever it is output
(tools/common/sanitize.py). The rule tells the author why their markup shows as text.
"""

from __future__ import annotations

import functools
from dataclasses import replace
from pathlib import Path

import yaml

from tools.checks.rules.context import Context
from tools.common import yamlfast
from tools.common.messages import Error, error, msg
from tools.common.paths import LANGUAGES
from tools.common.sanitize import markup
from tools.model import notebooks
from tools.model.glossary import DATA_FILE


def _error(path: Path, line: int, col: int, field: str, found: tuple[int, str], text: str):
    offset, kind = found
    snippet = text[max(0, offset - 10) : offset + 20].replace("\n", "⏎")
    what = msg(f"plain.what.{kind}")
    return error(path, line, col, "plain.markup", field=field, what=what, snippet=snippet)


def _scalars(node: yaml.Node, field: str):
    """(field, scalar node) for every text inside a YAML value."""
    if isinstance(node, yaml.ScalarNode):
        if node.tag == "tag:yaml.org,2002:str":
            yield field, node
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _scalars(item, field)
    elif isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            yield from _scalars(value, f"{field}.{key.value}" if field else str(key.value))


def _node_error(path: Path, field: str, node: yaml.ScalarNode, first_line: int) -> Error | None:
    text = node.value  # escapes already resolved by the YAML scanner
    found = markup(text)
    if found is None:
        return None
    line = node.start_mark.line + first_line
    col = node.start_mark.column + 1 + (1 if node.style in ('"', "'") else 0)
    if node.style in (None, '"', "'") and "\n" not in text[: found[0]]:
        col += found[0]
    return _error(path, line, col, field, found, text)


def _yaml_errors(path: Path, text: str, first_line: int) -> list[Error]:
    """Errors for every string of a YAML document whose first line is `first_line`."""
    return list(_yaml_errors_of(path, text, first_line))


# `make serve` checks after every save: an unchanged document is not composed again.
@functools.lru_cache(maxsize=4096)
def _yaml_errors_of(path: Path, text: str, first_line: int) -> tuple[Error, ...]:
    try:
        root = yamlfast.compose(text)
    except yaml.YAMLError:
        return []  # reported by the front matter / glossary rules
    if root is None:
        return []
    errors = []
    for field, node in _scalars(root, ""):
        error = _node_error(path, field or "value", node, first_line)
        if error is not None:
            errors.append(error)
    return tuple(errors)


def check(ctx: Context) -> list[Error]:
    """Front matter of every page. (The model keeps each field's line; an item of a list
    has its own, so the front matter is composed again here for them.)"""
    errors = []
    for src in ctx.sources:
        if src.cells:
            continue  # a notebook's metadata: check_notebook below
        text = src.path.read_text(encoding="utf-8-sig")
        if not text.startswith("---\n"):
            continue
        end = text.find("\n---", 3)
        errors += _yaml_errors(src.path, text[4 : end + 1] if end > 0 else "", 2)
    return errors


def check_glossary(docs_dir: Path) -> list[Error]:
    """`docs/glossary.yml`: terms, definitions and forms (ids are checked by their rule)."""
    path = docs_dir / DATA_FILE
    if not path.is_file():
        return []
    errors = _yaml_errors(path, path.read_text(encoding="utf-8"), 1)
    wanted = tuple(f"{lang}." for lang in LANGUAGES)  # the id has its own rule
    return [e for e in errors if dict(e.message.args)["field"].startswith(wanted)]


def check_notebook(path: Path, data: dict, pos) -> list[Error]:
    """`metadata.tamkeen` (or a first raw cell of YAML) and the first heading, which
    becomes the title, of one parsed notebook (`pos`: tools/json_positions.Positions)."""

    errors = []
    meta = (data.get("metadata") or {}).get("tamkeen")
    if isinstance(meta, dict):
        for field, value in meta.items():
            items = value if isinstance(value, list) else [value]
            for k, item in enumerate(items):
                if not isinstance(item, str):
                    continue
                found = markup(item)
                if found:
                    where = ("metadata", "tamkeen", field) + ((k,) if value is items else ())
                    errors.append(_error(path, *pos.at(*where), field, found, item))
    cells = data.get("cells") or []
    if not isinstance(meta, dict) and cells and cells[0].get("cell_type") == "raw":
        source = cells[0].get("source", "")
        text = "".join(source) if isinstance(source, list) else str(source)
        line, _ = pos.at("cells", 0, "source")
        body = text.strip().removeprefix("---").removesuffix("---")
        # Positions inside the cell's YAML are not the notebook's: the cell's line.
        errors += [replace(e, line=line, col=1) for e in _yaml_errors(path, body, 1)]
    for c, cell in enumerate(cells):
        for o, output in enumerate(
            cell.get("outputs") or [] if cell.get("cell_type") == "code" else []
        ):
            alt = (output.get("metadata") or {}).get("alt") if isinstance(output, dict) else None
            found = markup(alt) if isinstance(alt, str) else None
            if found:
                where = pos.at("cells", c, "outputs", o, "metadata", "alt")
                errors.append(_error(path, *where, "alt", found, alt))
    for c, cell in enumerate(cells):
        if cell.get("cell_type") != "markdown":
            continue
        source = cell.get("source", "")
        text = "".join(source) if isinstance(source, list) else str(source)
        match = notebooks._H1.search(text)
        if match:
            found = markup(match.group(1))
            if found:
                line, col = pos.in_text(("cells", c, "source"), source, match.start(1))
                errors.append(_error(path, line, col, "title", found, match.group(1)))
        break
    return errors
