"""Stale translations are warnings (they do not fail `check`), each with the exact command
that marks the translation up to date once it is (tools/model/translation.py)."""

from __future__ import annotations

from tools.checks.rules.context import Context
from tools.common.messages import Error, rel, warning
from tools.model.content import translation_pairs
from tools.model.translation import state


def check(ctx: Context) -> list[Error]:
    found = []
    for original, tr in translation_pairs(ctx.sources):
        if tr.cells:
            continue  # notebooks: translation status of tools/model/translation.py
        node = ctx.site.node_of(tr)
        if node is not None and state(tr, node) == "stale":
            line = tr.meta_lines.get("translation_of", 1)
            found.append(
                warning(
                    tr.path,
                    line,
                    1,
                    "stale.translation",
                    name=rel(original.path),
                    path=rel(tr.path),
                )
            )
    return found
