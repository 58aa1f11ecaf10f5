"""French interface strings (tools/common/ui_strings.py, with the certificates' and sharing's
tables merged into it) are set as the French pages are: the typographic apostrophe ’, a
narrow no-break space (U+202F) before ; : ! ? and inside « ». The lessons' own rules
(docs/style.yml, applied by `check`, tools/checks/rules/style.py) run on every string, and
the interface asks more than a space: the narrow no-break one, which never leaves a colon
alone at the start of a line on a phone.

In the source the narrow no-break space is the character itself, as in the French pages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tools.checks.rules import style
from tools.common.languages import TABLE
from tools.common.ui_strings import strings

ROOT = Path(__file__).resolve().parent.parent
NNBSP = "\u202f"
# Languages written with French punctuation (tools/common/languages.py `punctuation`).
FRENCH = [code for code, row in TABLE.items() if row.punctuation == "french"]
# Stricter than the lessons' rule, for the interface.
_BEFORE_MARK = re.compile(r"(?<=\S)([ \u00a0]?)([;:!?])(?=[\s*)»\"']|$)")
_OPEN = re.compile(r"«(?!\u202f)")
_CLOSE = re.compile(r"(?<!\u202f)»")


def _typography_rules() -> list[style.Rule]:
    rules, errors = style.load(ROOT / "docs")
    assert not errors
    # The `pattern:` entries (a `prefer:` entry's message is a table message, not text).
    found = [r for r in rules if r.lang == "fr" and isinstance(r.message, str)]
    assert len(found) >= 2, "docs/style.yml's French typography patterns"
    return found


def faults(text: str, rules: list[style.Rule]) -> list[str]:
    out = [f"{m.group()!r}: {r.message}" for r in rules for m in r.pattern.finditer(text)]
    for m in _BEFORE_MARK.finditer(text):
        if m.group(1) != NNBSP:
            out.append(f"{m.group(2)!r}: a narrow no-break space (U+202F) before it")
    out += [f"{m.group()!r}: a narrow no-break space after «" for m in _OPEN.finditer(text)]
    out += [f"{m.group()!r}: a narrow no-break space before »" for m in _CLOSE.finditer(text)]
    return out


@pytest.mark.parametrize("lang", FRENCH)
def test_french_interface_strings_are_set_as_the_pages_are(lang):
    rules = _typography_rules()
    found = [
        f"{key}: {fault}" for key, text in strings(lang).items() for fault in faults(text, rules)
    ]
    assert not found, "\n".join(found)


def test_a_fault_is_found():
    rules = _typography_rules()
    assert faults("Cette page n'est pas enregistrée", rules)  # straight apostrophe
    assert faults("Cours enregistrés :", rules)  # plain space before the colon
    assert faults("Vous êtes sûr\u00a0?", rules)  # no-break, not narrow
    assert faults("Vous êtes sûr?", rules)  # none at all
    assert faults("appuyez sur « Importer »", rules)
    good = f"Cette page n’est pas enregistrée{NNBSP}: «{NNBSP}Importer{NNBSP}»{NNBSP}!"
    assert faults(good, rules) == []
    # Not a mark: a time, an address, a placeholder.
    assert faults("à 10:30, https://exemple.ma/?q=1, {n}", rules) == []
