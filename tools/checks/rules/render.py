"""The model and the site agree: every heading the model reads is a heading on the rendered
page (its id read from there), and every block the model reads is the block the page shows,
in the same order. A disagreement is an error at its line, so what `check` accepts is what
the site renders; the differential test (tests/test_model_matches_site.py) checks the same
against every built page."""

from __future__ import annotations

import difflib
import re

from tools.checks.rules.context import Context
from tools.common import blocks
from tools.common.messages import Error, error
from tools.model.document import Document, Heading

# Blocks the skeleton adds around the author's body (tools/common/blocks.py), and the folded
# code cells of a notebook page (tools/templates/tamkeen.md.j2).
GENERATED_BLOCKS = blocks.GENERATED_TYPES | {"tk-nb-code"}
_WORD = re.compile(r"\w+")


def _key(level: int, text: str) -> tuple[int, str]:
    return level, " ".join(_WORD.findall(text.casefold()))


def heading_ids(headings: list[Heading], rendered: list[tuple[int, str, str]]) -> list[str | None]:
    """The id each model heading has on the rendered page (None: not a heading there).
    Headings are matched by level and words, in order; the page's extra (generated)
    headings are skipped."""
    want = [_key(h.level, h.text) for h in headings]
    have = [_key(level, text) for level, _, text in rendered]
    ids: list[str | None] = [None] * len(headings)
    matcher = difflib.SequenceMatcher(a=want, b=have, autojunk=False)
    for a, b, size in matcher.get_matching_blocks():
        for k in range(size):
            ids[a + k] = rendered[b + k][1]
    return ids


def author_blocks(doc: Document) -> list[str]:
    """Types of the blocks the page shows as blocks (quizzes become forms)."""
    return [b.type for b in doc.all_blocks() if not blocks.is_quiz(b.type)]


def check(ctx: Context) -> list[Error]:
    errors = []
    for src in ctx.sources:
        doc = ctx.doc(src)
        page = ctx.rendered(src).page
        for heading, ident in zip(
            doc.headings, heading_ids(doc.headings, page.headings), strict=True
        ):
            if ident is None:
                errors.append(
                    error(src.path, heading.line, heading.col, "render.differs", what="heading")
                )
        want = [(b.line, b.col, b.type) for b in doc.all_blocks() if not blocks.is_quiz(b.type)]
        have = [t for t in page.blocks if t not in GENERATED_BLOCKS]
        for k, (line, col, kind) in enumerate(want):
            if k >= len(have) or have[k] != kind:
                errors.append(error(src.path, line, col, "render.differs", what=f"!!! {kind}"))
                break
        else:
            if len(have) > len(want):
                line = doc.first_line
                errors.append(
                    error(src.path, line, 1, "render.differs", what=f"!!! {have[len(want)]}")
                )
        if page.quizzes != len(doc.quizzes):
            line = doc.quizzes[0].line if doc.quizzes else doc.first_line
            quiz = blocks.with_slide("questions")[0]
            errors.append(error(src.path, line, 1, "render.differs", what=f"!!! {quiz}"))
    return errors
