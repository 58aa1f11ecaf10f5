"""Blocks are a closed list (tools/common/blocks.py, the block registry): an unknown `!!!` / `???`
type fails with the nearest allowed one; a block title goes in quotes; a line that looks
like a block but is plain text on the site is an error; a title that says "for the trainer"
only on a block participants do not see (tools/common/blocks.py `audience`), so they never see a
trainer note by accident."""

from __future__ import annotations

import difflib

from tools.checks.rules.context import Context
from tools.common import blocks
from tools.common.messages import Error, error
from tools.model.document import BLOCK_TYPES, OBJECTIVE_MARK

# Words that say "for the trainer" in a title: such a block must be one participants do not
# see (tools/common/blocks.py `audience`).
TRAINER_WORDS = (
    "trainer",
    "formateur",
    "formatrice",
    "animateur",
    "animatrice",
    "مؤطر",
    "مؤطّر",
    "المدرب",
    "للمدرب",
    "المدرّب",
)


# Other names for the allowed types (Material's other admonition types, plural or French
# spellings): `check` suggests the allowed type that says the same thing.
ALIASES = blocks.ALIASES


def nearest(word: str, choices: tuple[str, ...] | list[str], cutoff: float = 0.6) -> str | None:
    """The closest of `choices` to `word`, if one is close enough to be a typo."""
    found = difflib.get_close_matches(word, list(choices), n=1, cutoff=cutoff)
    return found[0] if found else None


def check(ctx: Context) -> list[Error]:
    errors = []
    allowed = ", ".join(BLOCK_TYPES)
    for src in ctx.sources:
        doc = ctx.doc(src)
        for span in doc.not_blocks:
            errors.append(error(src.path, span.line, span.col, "block.not_a_block", text=span.text))
        for block in doc.all_blocks():
            where = (src.path, block.line, block.col)
            if block.type not in BLOCK_TYPES:
                suggest = ALIASES.get(block.type) or nearest(block.type, BLOCK_TYPES, 0.7)
                if suggest:
                    errors.append(
                        error(
                            *where,
                            "block.unknown",
                            type=block.type,
                            suggest=suggest,
                            allowed=allowed,
                        )
                    )
                else:
                    errors.append(
                        error(*where, "block.unknown_nosuggest", type=block.type, allowed=allowed)
                    )
                continue
            if block.extra_classes:
                raw = doc.lines[block.line - doc.first_line].strip()
                title = raw[len(block.marker) :].strip().split(None, 1)[1]
                if block.objectives:  # `!!! quiz o2 Title`: the marks stay out of the title
                    words = title.split()
                    title = " ".join(w for w in words if not OBJECTIVE_MARK.fullmatch(w))
                errors.append(
                    error(
                        *where,
                        "block.title_quotes",
                        marker=block.marker,
                        type=block.type,
                        title=title,
                    )
                )
            spec = blocks.BY_NAME[block.type]
            title = (block.title or "").casefold()
            if spec.audience != blocks.TRAINER and any(word in title for word in TRAINER_WORDS):
                errors.append(error(*where, "block.trainer_title", type=block.type))
            if spec.needs_body and not block.body.strip():
                errors.append(error(*where, "block.empty", type=block.type, marker=block.marker))
    return errors
