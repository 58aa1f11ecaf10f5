"""A lesson has the same structure in both languages: H2 sections, exercises, code blocks.

Code is not translated: each code block of the translation equals the Arabic one.
Errors go to the translation (the non-Arabic file), which is the one to fix.
"""

from __future__ import annotations

import re

from tools.check import Error, _rel
from tools.content import Source, translation_pairs
from tools.rules.markdown import parse

_EXERCISE = re.compile(r"^\s*[!?]{3}\+?\s+exercise\b")


def _items(src: Source) -> dict[str, list[int]]:
    parsed = parse(src)
    return {
        "H2 section(s)": [h.line for h in parsed.headings if h.level == 2],
        "exercise block(s) (`!!! exercise`)": [
            n for n, text in parsed.prose if _EXERCISE.match(text)
        ],
    }


def check(sources: list[Source]) -> list[Error]:
    errors = []
    for original, tr in translation_pairs(sources, kind="lesson"):
        errors += _compare(original, tr)
    return errors


def _compare(original: Source, tr: Source) -> list[Error]:
    errors = []
    name = _rel(original.path)
    want_items, have_items = _items(original), _items(tr)
    for what, want in want_items.items():
        have = have_items[what]
        if len(have) != len(want):
            line = have[len(want)] if len(have) > len(want) else (have or [tr.body_line])[-1]
            errors.append(
                Error(
                    tr.path,
                    line,
                    1,
                    f"{len(have)} {what} here, {len(want)} in {name}; "
                    "both languages need the same structure",
                )
            )
    want_code, have_code = parse(original).code, parse(tr).code
    first = next(
        (
            i
            for i, (a, b) in enumerate(zip(want_code, have_code, strict=False))
            if (a.info, a.text) != (b.info, b.text)
        ),
        None,
    )
    if len(have_code) != len(want_code):
        index = min(len(want_code), len(have_code)) if first is None else first
        line = have_code[index].line if index < len(have_code) else tr.body_line
        errors.append(
            Error(
                tr.path,
                line,
                1,
                f"{len(have_code)} code block(s) here, {len(want_code)} in "
                f"{name}; both languages need the same code blocks",
            )
        )
    elif first is not None:
        errors.append(
            Error(
                tr.path,
                have_code[first].line,
                1,
                f"code block differs from the one at "
                f"{name}:{want_code[first].line}; code stays the same in every language",
            )
        )
    return errors
