"""Rule groups of the validator: each takes the check's Context (tools/rules/context.py: the
sources, their one model each, the rendered pages) and returns a list of errors."""

from __future__ import annotations

from tools.rules import (
    blocks,
    frontmatter,
    headings,
    issuers,
    links,
    materials,
    parity,
    plaintext,
    quiz,
    render,
    safety,
    stale,
    structure,
    urls,
)

RULES = (
    frontmatter.check,
    structure.check,
    parity.check,
    safety.check,
    headings.check,
    blocks.check,
    links.check,
    urls.check,
    urls.check_names,
    quiz.check,
    render.check,
    stale.check,
    plaintext.check,
    materials.check,
    issuers.check,
)
