"""Interface strings in Tamazight (Tifinagh), a language being translated: this table holds
what is translated so far; every other key comes from its fallback language, French
(tools/common/languages.py, `ui_strings.strings`). Merged into tools/common/ui_strings.py: `ZGH` for
the language itself, `NAMES` for its name in the other languages' tables.

To be read by a Tamazight speaker before a real site is built in it (REVIEWING.md).
"""

from __future__ import annotations

ZGH: dict[str, str] = {
    "fallback.notice": (
        "ⵜⴰⵙⵏⴰ ⴰⴷ ⵓⵔ ⵜⵜⵓⵙⵙⵓⵖⵍ ⴰⵔ ⴷⵖⵉ ⵙ ⵜⵎⴰⵣⵉⵖⵜ: ⵏⵙⵙⴽⴰⵏ ⴰⵡⵏ ⵜⵜ ⵙ ⵜⵓⵜⵍⴰⵢⵜ ⵏⵏⵙ ⵜⴰⵏⵚⵍⵉⵜ."
    ),
    "status.page": "ⵜⴰⵙⵏⴰ",
    "status.lang.ar": "ⵜⴰⵄⵔⴰⴱⵜ",
    "status.lang.fr": "ⵜⴰⴼⵔⴰⵏⵙⵉⵙⵜ",
    "status.lang.zgh": "ⵜⴰⵎⴰⵣⵉⵖⵜ",
    "glossary.in.ar": "ⵙ ⵜⵄⵔⴰⴱⵜ",
    "glossary.in.fr": "ⵙ ⵜⴼⵔⴰⵏⵙⵉⵙⵜ",
    "glossary.in.zgh": "ⵙ ⵜⵎⴰⵣⵉⵖⵜ",
}

NAMES: dict[str, dict[str, str]] = {
    "ar": {"status.lang.zgh": "الأمازيغية", "glossary.in.zgh": "بالأمازيغية"},
    "fr": {"status.lang.zgh": "Tamazight", "glossary.in.zgh": "En tamazight"},
}
