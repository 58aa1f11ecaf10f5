"""What a session needs is on its trainer page: every item a lesson's `materials` names
(what its trainer notes ask the trainer to prepare: cards, printed sheets, the board) is in
its module's `materials`, written the same way. The module's list is required
(tools/schema.py), so the trainer page never falls back to boilerplate; the check is exact
(spaces and case aside), so the page shows one line per thing to bring."""

from __future__ import annotations

import yaml

from tools.content import Source
from tools.messages import Error, error
from tools.rules.context import Context


def key(item: str) -> str:
    """An item as compared: spaces collapsed, case folded."""
    return " ".join(item.split()).casefold()


def item_lines(src: Source, field: str = "materials") -> list[int]:
    """The file line of each item of a front-matter list (the field's own line if the
    front matter cannot be composed again)."""
    text = src.path.read_text(encoding="utf-8-sig")
    end = text.find("\n---", 3)
    try:
        root = yaml.compose(text[4 : end + 1], Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        root = None
    for name, value in root.value if isinstance(root, yaml.MappingNode) else []:
        if name.value == field and isinstance(value, yaml.SequenceNode):
            return [item.start_mark.line + 2 for item in value.value]
    return []


def check(ctx: Context) -> list[Error]:
    errors = []
    for src in ctx.sources:
        items = src.meta.get("materials")
        node = ctx.site.node_of(src)
        if src.kind != "lesson" or not isinstance(items, list) or node is None:
            continue
        module = node.parent
        msrc = module.sources.get(src.lang) if module is not None else None
        wanted = msrc.meta.get("materials") if msrc is not None else None
        if msrc is None or not isinstance(wanted, list):
            continue  # no module page, or no list: the front-matter rule says so
        have = {key(str(w)) for w in wanted}
        lines = item_lines(src)
        for n, item in enumerate(items):
            if isinstance(item, str) and key(item) not in have:
                line = lines[n] if n < len(lines) else src.meta_lines.get("materials", 1)
                module_file = msrc.rel.as_posix()
                errors.append(
                    error(
                        src.path, line, 1, "materials.not_in_module", item=item, module=module_file
                    )
                )
    return errors
