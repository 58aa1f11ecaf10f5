"""Every message of `check` is in English, Arabic and French, in the one table, with the same
arguments in each language; no rule writes a message string of its own."""

from __future__ import annotations

import ast
import string
from pathlib import Path

from tools.common.messages import LANGS, MESSAGES

TOOLS = Path(__file__).resolve().parent.parent / "tools"


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_message_has_every_language_and_the_same_arguments():
    missing = [
        (key, lang) for key, texts in MESSAGES.items() for lang in LANGS if not texts.get(lang)
    ]
    assert missing == []
    for key, texts in MESSAGES.items():
        fields = {lang: _fields(texts[lang]) for lang in LANGS}
        assert fields["ar"] == fields["en"] == fields["fr"], (key, fields)
        assert set(texts) == set(LANGS), key


def test_the_arabic_and_french_are_translations():
    same = [key for key, t in MESSAGES.items() if t["ar"] == t["en"] or t["ar"] == t["fr"]]
    assert same == []


def _message_keys_used() -> set[str]:
    """Every literal key passed to error(), warning() or msg() under tools/."""
    used = set()
    for path in TOOLS.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in (
                "error",
                "warning",
                "msg",
            ):
                for arg in node.args:
                    if (
                        isinstance(arg, ast.Constant)
                        and isinstance(arg.value, str)
                        and "." in arg.value
                    ):
                        used.add(arg.value)
    return used


def test_every_key_the_code_uses_is_in_the_table():
    assert _message_keys_used() - set(MESSAGES) == set()


def test_no_rule_builds_a_message_string():
    """Rules name a message key: an Error made from an f-string or literal text fails here."""
    offenders = []
    for path in sorted((TOOLS / "rules").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Error":
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []
