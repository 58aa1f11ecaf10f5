"""`docs/glossary.yml`: each term once, with a term and a definition in every language."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from tools.common import yamlfast
from tools.common.languages import language
from tools.common.messages import Error, error
from tools.common.paths import LANGUAGES
from tools.model.glossary import DATA_FILE

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def _line(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def check_file(docs_dir: Path) -> list[Error]:
    path = docs_dir / DATA_FILE
    if not path.is_file():
        return []
    try:
        root = yamlfast.compose(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        return [error(path, line, col, "glossary.yaml", problem=getattr(exc, "problem", exc))]
    if root is None:
        return []
    if not isinstance(root, yaml.SequenceNode):
        return [error(path, *_line(root), "glossary.not_list")]
    errors: list[Error] = []
    seen: dict[str, int] = {}
    for item in root.value:
        if not isinstance(item, yaml.MappingNode):
            errors.append(error(path, *_line(item), "glossary.entry"))
            continue
        fields = {k.value: v for k, v in item.value}
        term_id = getattr(fields.get("id"), "value", None)
        if not isinstance(term_id, str) or not _ID.match(term_id):
            errors.append(error(path, *_line(item), "glossary.bad_id"))
        elif term_id in seen:
            errors.append(
                error(path, *_line(item), "glossary.dup_id", id=term_id, first=seen[term_id])
            )
        else:
            seen[term_id] = _line(item)[0]
        for lang in LANGUAGES:
            entry = fields.get(lang)
            if entry is None and not language(lang).complete:
                continue  # a language being translated: its glossary page falls back
            values = (
                {k.value: getattr(v, "value", None) for k, v in entry.value}
                if isinstance(entry, yaml.MappingNode)
                else {}
            )
            for key in ("term", "definition"):
                if not isinstance(values.get(key), str) or not values[key].strip():
                    where = _line(entry) if entry is not None else _line(item)
                    errors.append(error(path, *where, "glossary.missing", lang=lang, field=key))
    return errors
