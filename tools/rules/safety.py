"""No active content in Markdown, no bidi control characters in code (Trojan Source)."""

from __future__ import annotations

import re

from tools.check import Error
from tools.content import Source
from tools.rules.markdown import parse

_TAG = re.compile(r"<\s*(script|iframe|form)\b", re.IGNORECASE)
_HANDLER = re.compile(r"(?:<[a-zA-Z][^>]*|\{:?[^}]*)\s(on[a-z]+)\s*=", re.IGNORECASE)
_JS_URL = re.compile(r"(?:\]\(\s*<?|=\s*[\"']?|<|\]:\s*<?)\s*(javascript\s*:)", re.IGNORECASE)
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")


def check(sources: list[Source]) -> list[Error]:
    errors = []
    for src in sources:
        parsed = parse(src)
        for number, text in parsed.prose:
            for m in _TAG.finditer(text):
                errors.append(
                    Error(
                        src.path,
                        number,
                        m.start() + 1,
                        f"raw <{m.group(1).lower()}> is not allowed in Markdown",
                    )
                )
            for m in _HANDLER.finditer(text):
                errors.append(
                    Error(
                        src.path,
                        number,
                        m.start(1) + 1,
                        f"event handler attribute `{m.group(1)}=` is not allowed in Markdown",
                    )
                )
            for m in _JS_URL.finditer(text):
                errors.append(
                    Error(src.path, number, m.start(1) + 1, "`javascript:` URL is not allowed")
                )
        spans = [(n, 1, text) for block in parsed.code for n, text in block.lines]
        spans += parsed.inline_code
        for number, col, text in spans:
            for m in _BIDI.finditer(text):
                errors.append(
                    Error(
                        src.path,
                        number,
                        col + m.start(),
                        f"bidi control character "
                        f"U+{ord(m.group()):04X} in code (Trojan Source); remove it",
                    )
                )
    return errors
