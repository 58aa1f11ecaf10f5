"""Small course sites written by a test, for the content rules of `check` (quiz cues,
objectives, legal facts, cast): one course `c`, one module `m`, lessons in both languages."""

from __future__ import annotations

from pathlib import Path

from tools.common.messages import Error

FRONT = """---
title: {title}
objectives:
{objectives}
duration: 10
level: beginner
keypoints:
  - {title}
updated: 2026-11-29
---

"""
INDEX = "---\ntitle: {title}\n{extra}---\n"


def write_site(root: Path, lessons: dict[str, dict[str, str]], objectives: int = 1) -> Path:
    """`root/docs` with course `c`, module `m` and `lessons` ({name: {lang: body}}), each
    lesson with `objectives` objectives. Returns the docs folder."""
    docs = root / "docs"
    module = docs / "courses" / "c" / "m"
    module.mkdir(parents=True, exist_ok=True)
    for lang in ("ar", "fr"):
        (docs / "courses" / "c" / f"index.{lang}.md").write_text(
            INDEX.format(title="C", extra=""), encoding="utf-8"
        )
        (module / f"index.{lang}.md").write_text(
            INDEX.format(title="M", extra="materials:\n  - x\n"), encoding="utf-8"
        )
    for name, bodies in lessons.items():
        for lang, body in bodies.items():
            items = "\n".join(f"  - objective {n} {lang}" for n in range(1, objectives + 1))
            text = FRONT.format(title=f"{name} {lang}", objectives=items) + body
            (module / f"{name}.{lang}.md").write_text(text, encoding="utf-8")
    return docs


def quiz(question: str, options: list[str], right: int, marks: str = "") -> str:
    """A single-answer quiz; `right` is 0-based."""
    lines = [f"!!! quiz{' ' + marks if marks else ''}", f"    {question}", ""]
    for i, text in enumerate(options):
        lines += [f"    - [{'x' if i == right else ' '}] {text}", "        Why."]
    return "\n".join(lines) + "\n\n"


def findings(docs: Path, prefix: str) -> list[Error]:
    """The findings of `check` on `docs` whose message key starts with `prefix`."""
    from tools.checks import check

    return [e for e in check.run(docs) if e.key.startswith(prefix)]


def places(found: list[Error], docs: Path) -> list[tuple[str, int, str]]:
    """(path from docs/, line, key) of each finding, sorted."""
    return sorted((e.path.relative_to(docs).as_posix(), e.line, e.key) for e in found)
