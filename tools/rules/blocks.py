"""Blocks are a closed list (tools/document.py's BLOCK_TYPES): an unknown `!!!` / `???`
type fails with the nearest allowed one; a block title goes in quotes; a line that looks
like a block but is plain text on the site is an error; trainer notes only in
`!!! trainer`, so participants never see them by accident."""

from __future__ import annotations

import difflib

from tools.document import BLOCK_TYPES, OBJECTIVE_MARK, OUR_BLOCKS
from tools.messages import Error, error
from tools.rules.context import Context

# Words that say "for the trainer" in a title: such a block must be `!!! trainer`.
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


# Material's other admonition types, and the allowed type that says the same thing.
ALIASES = {
    "danger": "warning",
    "caution": "warning",
    "attention": "warning",
    "error": "warning",
    "failure": "warning",
    "fail": "warning",
    "missing": "warning",
    "bug": "warning",
    "abstract": "note",
    "summary": "note",
    "tldr": "note",
    "todo": "note",
    "quote": "note",
    "cite": "note",
    "hint": "tip",
    "important": "tip",
    "success": "tip",
    "check": "tip",
    "done": "tip",
    "help": "question",
    "faq": "question",
    "trainers": "trainer",
    "formateur": "trainer",
    "animateur": "trainer",
    "exercice": "exercise",
    "solutions": "solution",
}


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
            title = (block.title or "").casefold()
            if block.type != "trainer" and any(word in title for word in TRAINER_WORDS):
                errors.append(error(*where, "block.trainer_title", type=block.type))
            if block.type in OUR_BLOCKS and block.type != "quiz" and not block.body.strip():
                errors.append(error(*where, "block.empty", type=block.type, marker=block.marker))
    return errors
