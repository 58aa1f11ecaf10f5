"""Rule groups of the validator: each takes the check's Context (tools/checks/rules/context.py: the
sources, their one model each, the rendered pages) and returns a list of errors."""

from __future__ import annotations

from tools.checks.rules import (
    blocks,
    cast,
    digest,
    frontmatter,
    headings,
    issuers,
    legal_facts,
    links,
    materials,
    model,
    objectives,
    parity,
    plaintext,
    quiz,
    quiz_cues,
    render,
    safety,
    stale,
    structure,
    urls,
)

RULES = (
    frontmatter.check,
    model.check,
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
    # Content checked like code: what a lesson teaches (issue 23).
    quiz_cues.check,
    objectives.check,
    legal_facts.check,
    cast.check,
    issuers.check,
    # A lesson in one WhatsApp message (issue 27).
    digest.check,
)
