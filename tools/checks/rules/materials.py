"""What a session needs is on its trainer page: every item a lesson's `materials` names
(what its trainer notes ask the trainer to prepare: cards, printed sheets, the board) is in
its module's `materials`, written the same way. The module's list is required
(tools/model/schema.py), so the trainer page never falls back to boilerplate; the check is exact
(spaces and case aside), so the page shows one line per thing to bring.

And what the trainer notes ask for is in the lesson's `materials`: a note that writes on the
board or has something printed names a thing to bring (`NEEDS`: phrases that say so without
doubt, and the words an item for it contains)."""

from __future__ import annotations

import re

import yaml

from tools.checks.rules.context import Context
from tools.common import blocks, yamlfast
from tools.common.messages import Error, error
from tools.model.content import Source
from tools.model.schema import material_key

# lang -> [(what the notes say, what an item of `materials` for it contains, the thing)]
NEEDS: dict[str, list[tuple[re.Pattern, re.Pattern, str]]] = {
    "fr": [
        (re.compile(r"\bau tableau\b", re.I), re.compile(r"\btableau\b", re.I), "le tableau"),
        (
            re.compile(r"\bimprim(?:ez|ée?s?)\b", re.I),
            re.compile(r"\bimprim|\bpapier\b", re.I),
            "les pages imprimées",
        ),
    ],
    "ar": [
        (re.compile(r"على السبورة"), re.compile(r"سبورة"), "السبورة"),
        (re.compile(r"(?<!\w)(?:اطبع|اطبعوا|مطبوع)"), re.compile(r"مطبوع|ورقي"), "المطبوعات"),
    ],
}


def item_lines(src: Source, field: str = "materials") -> list[int]:
    """The file line of each item of a front-matter list (the field's own line if the
    front matter cannot be composed again)."""
    if src.cells:
        return []  # a notebook: its front matter's place
    text = src.path.read_text(encoding="utf-8-sig")
    end = text.find("\n---", 3)
    try:
        root = yamlfast.compose(text[4 : end + 1])
    except yaml.YAMLError:
        root = None
    for name, value in root.value if isinstance(root, yaml.MappingNode) else []:
        if name.value == field and isinstance(value, yaml.SequenceNode):
            return [item.start_mark.line + 2 for item in value.value]
    return []


def asked(src: Source) -> list[tuple[int, str]]:
    """(file line, thing) of each thing the lesson's trainer notes ask for that its
    `materials` lacks."""
    items = [str(i) for i in src.meta.get("materials") or []]
    out = []
    for pattern, item_pattern, thing in NEEDS.get(src.lang, []):
        if any(item_pattern.search(i) for i in items):
            continue
        doc = src.doc
        lines = [
            n
            for block in doc.all_blocks()
            if block.type in blocks.for_audience(blocks.TRAINER)
            for n in range(block.line, block.end + 1)
            if pattern.search(doc.lines[n - doc.first_line])
        ]
        if lines:
            out.append((lines[0], thing))
    return out


def check(ctx: Context) -> list[Error]:
    errors = []
    for src in ctx.sources:
        if src.kind == "lesson":
            for line, thing in asked(src):
                errors.append(error(src.path, line, 1, "materials.from_notes", thing=thing))
        items = src.meta.get("materials")
        node = ctx.site.node_of(src)
        if src.kind != "lesson" or not isinstance(items, list) or node is None:
            continue
        module = node.parent
        msrc = module.sources.get(src.lang) if module is not None else None
        wanted = msrc.meta.get("materials") if msrc is not None else None
        if msrc is None or not isinstance(wanted, list):
            continue  # no module page, or no list: the front-matter rule says so
        have = {material_key(str(w)) for w in wanted}
        lines = item_lines(src)
        for n, item in enumerate(items):
            if isinstance(item, str) and material_key(item) not in have:
                line = lines[n] if n < len(lines) else src.meta_lines.get("materials", 1)
                module_file = msrc.rel.as_posix()
                errors.append(
                    error(
                        src.path, line, 1, "materials.not_in_module", item=item, module=module_file
                    )
                )
    return errors
