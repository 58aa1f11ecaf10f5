"""Rule groups of the validator: each takes the loaded sources, returns a list of errors."""

from __future__ import annotations

from tools.rules import frontmatter, headings, links, plaintext, quiz, safety, structure, urls

RULES = (
    frontmatter.check,
    structure.check,
    safety.check,
    headings.check,
    links.check,
    urls.check,
    urls.check_names,
    quiz.check,
    plaintext.check,
)
