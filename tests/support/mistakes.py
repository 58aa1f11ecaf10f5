"""The corpus of author mistakes (tests/test_check_mistakes.py): a small course where each
lesson pair carries one mistake a volunteer is likely to make, and the exact place and
message `check` must give for it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

BASE = {
    "fr": """---
title: Leçon
objectives:
  - Un objectif
duration: 10
level: beginner
keypoints:
  - Un point
updated: 2026-11-29
---

## Section

Du texte.

!!! exercise

    Faites-le.

    ??? solution

        La solution.

!!! quiz
    Une question ?

    - [x] Oui
        Juste.
    - [ ] Non
        Faux.

!!! trainer

    Une note.
""",
    "ar": """---
title: درس
objectives:
  - هدف
duration: 10
level: beginner
keypoints:
  - فكرة
updated: 2026-11-29
---

## قسم

نص.

!!! exercise

    افعل.

    ??? solution

        الحل.

!!! quiz
    سؤال؟

    - [x] نعم
        صحيح.
    - [ ] لا
        خطأ.

!!! trainer

    ملاحظة.
""",
}
ABSENT = "<absent>"  # an edit that leaves the file out
INDEX = {"ar": "---\ntitle: فهرس\n---\n\nنص.\n", "fr": "---\ntitle: Index\n---\n\nTexte.\n"}
# A module's front matter lists its materials (required since the trainer kit's second edition).
MODULE = {
    "ar": "---\ntitle: وحدة\nmaterials:\n  - السبورة وأقلامها\n---\n\nنص.\n",
    "fr": "---\ntitle: Module\nmaterials:\n  - Tableau et feutres\n---\n\nTexte.\n",
}


@dataclass
class Mistake:
    name: str  # also the lesson's file name
    what: str  # the mistake, in a few words (the closing note's table)
    edits: dict[str, tuple[str, str] | str | bytes]  # lang -> (old, new), appended text, bytes
    expect: list[tuple[str, int, int, str]]  # (lang of the file, line, col, English message)
    extra_files: dict[str, bytes] = field(default_factory=dict)


def _apply(text: str, edit) -> str | bytes:
    if isinstance(edit, bytes):
        return edit
    if isinstance(edit, tuple):
        old, new = edit
        assert old in text, old
        return text.replace(old, new, 1)
    return text + "\n" + edit + "\n"


def write_corpus(docs: Path, mistakes: list[Mistake]) -> Path:
    """The course under `docs`; returns the module folder."""
    module = docs / "courses" / "c" / "m"
    module.mkdir(parents=True)
    for lang, text in INDEX.items():
        (docs / f"index.{lang}.md").write_text(text, encoding="utf-8")
        (docs / "courses" / "c" / f"index.{lang}.md").write_text(text, encoding="utf-8")
        (module / f"index.{lang}.md").write_text(MODULE[lang], encoding="utf-8")
    for lang, text in BASE.items():
        (module / f"00-base.{lang}.md").write_text(text, encoding="utf-8")
    for mistake in mistakes:
        for name, data in mistake.extra_files.items():
            (module / name).write_bytes(data)
        for lang, text in BASE.items():
            edit = mistake.edits.get(lang)
            if edit == ABSENT:
                continue
            out = _apply(text, edit) if edit is not None else text
            path = module / f"{mistake.name}.{lang}.md"
            if isinstance(out, bytes):
                path.write_bytes(out)
            else:
                path.write_text(out, encoding="utf-8")
    return module
