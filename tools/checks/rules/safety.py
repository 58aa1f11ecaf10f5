"""No active content in Markdown, no bidi control characters in code (Trojan Source).

Reads the model's prose (code masked) and its code; the site's safety does not rest on this
(the rendered HTML is sanitised): these are the friendly `file:line` messages for authors.
"""

from __future__ import annotations

import re

from tools.checks.rules.context import Context
from tools.common.messages import Error, error

_TAG = re.compile(r"<\s*(script|iframe|form)\b", re.IGNORECASE)
_HANDLER = re.compile(r"(?:<[a-zA-Z][^>]*|\{:?[^}]*)\s(on[a-z]+)\s*=", re.IGNORECASE)
_JS_URL = re.compile(r"(?:\]\(\s*<?|=\s*[\"']?|<|\]:\s*<?)\s*(javascript\s*:)", re.IGNORECASE)
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")


def check(ctx: Context) -> list[Error]:
    errors = []
    for src in ctx.sources:
        if src.cells:
            continue  # a notebook's cells: tools/checks/rules/notebooks.py (same patterns)
        doc = ctx.doc(src)
        for number, text in doc.prose:
            for m in _TAG.finditer(text):
                errors.append(
                    error(src.path, number, m.start() + 1, "safety.tag", tag=m.group(1).lower())
                )
            for m in _HANDLER.finditer(text):
                errors.append(
                    error(src.path, number, m.start(1) + 1, "safety.handler", attr=m.group(1))
                )
            for m in _JS_URL.finditer(text):
                errors.append(error(src.path, number, m.start(1) + 1, "safety.js_url"))
        spans = [(n, 1, text) for block in doc.code for n, text in block.lines]
        spans += [(s.line, s.col, s.text) for s in doc.inline_code]
        for number, col, text in spans:
            for m in _BIDI.finditer(text):
                errors.append(
                    error(
                        src.path,
                        number,
                        col + m.start(),
                        "safety.bidi",
                        code=f"{ord(m.group()):04X}",
                    )
                )
    return errors
