"""`python -m tools new lesson <course>/<module>/<slug>`: a new lesson in both languages.

Writes `docs/courses/<course>/<module>/<slug>.ar.md` and `.fr.md` with the full front
matter of a lesson (see `tools/model/schema.py`) and the body skeleton, with placeholder text
in each language that says what to write. Creates the module's (and course's)
`index.<lang>.md` when they do not exist yet. Never overwrites a file: if a lesson file
already exists, nothing at all is written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path

from tools.common.paths import LANGUAGES, ROOT
from tools.model.content import COURSES_DIR

# Placeholder text the templates below write: `check` reports any left in a lesson
# (tools/checks/rules/parity.py), compared case-folded.
PLACEHOLDERS = ("اكتب هنا", "écrivez ici")

# ASCII lowercase words joined by single hyphens, e.g. `03-bias`, `prompts`, `01-x2`.
NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

LESSON_TEMPLATES = {
    "ar": """\
---
title: اكتب هنا عنوان الدرس
objectives:
  - اكتب هنا ما سيستطيع المتعلّم فعله في نهاية الدرس…
  - اكتب هنا هدفًا ثانيًا يمكن التحقق منه…
duration: 15
level: beginner
keypoints:
  - اكتب هنا فكرة أساسية يجب تذكّرها…
  - اكتب هنا فكرة أساسية ثانية…
updated: {today}
---

## اكتب هنا عنوان القسم الأول

اكتب هنا شرح الفكرة الأولى بجمل قصيرة ومثال من الحياة اليومية…

## اكتب هنا عنوان القسم الثاني

اكتب هنا…

!!! exercise

    اكتب هنا نص التمرين: ما المطلوب من المتعلّم بالضبط…

    ??? solution

        اكتب هنا الحل أو مثالًا لإجابة جيدة…

!!! quiz
    اكتب هنا سؤالًا يتحقق من هدف الدرس؟

    - [x] اكتب هنا الإجابة الصحيحة…
        اكتب هنا لماذا هي صحيحة…
    - [ ] اكتب هنا إجابة خاطئة معقولة…
        اكتب هنا لماذا هي خاطئة…

!!! trainer

    اكتب هنا ملاحظات للمؤطّر: الوقت المقترح، طريقة العمل، الأخطاء الشائعة…
""",
    "fr": """\
---
title: Écrivez ici le titre de la leçon
objectives:
  - écrivez ici ce que l'apprenant saura faire à la fin de la leçon…
  - écrivez ici un deuxième objectif vérifiable…
duration: 15
level: beginner
keypoints:
  - Écrivez ici une idée essentielle à retenir…
  - Écrivez ici une deuxième idée essentielle…
updated: {today}
---

## Écrivez ici le titre de la première section

Écrivez ici l'explication de la première idée, en phrases courtes, avec un exemple concret…

## Écrivez ici le titre de la deuxième section

Écrivez ici…

!!! exercise

    Écrivez ici l'énoncé de l'exercice, ce que l'apprenant doit faire exactement…

    ??? solution

        Écrivez ici la solution ou un exemple de bonne réponse…

!!! quiz
    Écrivez ici une question qui vérifie un objectif de la leçon ?

    - [x] Écrivez ici la bonne réponse…
        Écrivez ici pourquoi elle est juste…
    - [ ] Écrivez ici une mauvaise réponse plausible…
        Écrivez ici pourquoi elle est fausse…

!!! trainer

    Écrivez ici les notes pour l'animateur (durée conseillée, déroulé, erreurs fréquentes)…
""",
}

INDEX_TEMPLATES = {
    "module": {
        "ar": (
            '---\ntitle: "الوحدة {name}"\nmaterials:\n  - جهاز العرض أو شاشة\n---\n\n'
            "اكتب هنا مقدمة قصيرة للوحدة…\n"
        ),
        "fr": (
            '---\ntitle: "Module {name}"\nmaterials:\n  - le vidéoprojecteur ou un écran\n---\n\n'
            "Écrivez ici une courte introduction au module…\n"
        ),
    },
    "course": {
        "ar": '---\ntitle: "الدورة {name}"\n---\n\nاكتب هنا مقدمة قصيرة للدورة…\n',
        "fr": '---\ntitle: "Cours {name}"\n---\n\nÉcrivez ici une courte introduction au cours…\n',
    },
}


class ScaffoldError(Exception):
    """A refusal, with the exit code to return."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def parse_lesson_path(spec: str) -> tuple[str, str, str]:
    """`ai/02-generative/03-bias` -> (course, module, slug); ScaffoldError (exit 2) if bad."""
    parts = spec.strip("/").split("/")
    if len(parts) != 3 or not all(parts):
        raise ScaffoldError(
            f"expected <course>/<module>/<slug>, e.g. ai/02-generative/03-bias; got {spec!r}", 2
        )
    for what, name in zip(("course", "module", "slug"), parts, strict=True):
        if not NAME.match(name):
            raise ScaffoldError(
                f"invalid {what} {name!r}: use only ASCII lowercase letters, digits and "
                "hyphens (a-z, 0-9, -), e.g. 03-bias",
                2,
            )
    return parts[0], parts[1], parts[2]


def plan(docs_dir: Path, spec: str, today: dt.date) -> dict[Path, str]:
    """Files to create (path -> text). Raises ScaffoldError if a lesson file exists."""
    course, module, slug = parse_lesson_path(spec)
    course_dir = docs_dir / COURSES_DIR / course
    module_dir = course_dir / module
    lesson_files = {module_dir / f"{slug}.{lang}.md": lang for lang in LANGUAGES}
    existing = [path for path in lesson_files if path.exists()]
    if existing:
        names = ", ".join(str(path) for path in existing)
        raise ScaffoldError(f"already exists, not overwriting: {names}; nothing written", 1)
    files = {
        path: LESSON_TEMPLATES[lang].format(today=today.isoformat())
        for path, lang in lesson_files.items()
    }
    for kind, folder, name in (("module", module_dir, module), ("course", course_dir, course)):
        for lang in LANGUAGES:
            index = folder / f"index.{lang}.md"
            if not index.exists():
                files[index] = INDEX_TEMPLATES[kind][lang].format(name=name)
    return files


def create(docs_dir: Path, spec: str, today: dt.date | None = None) -> list[Path]:
    """Create the lesson pair (and missing index pages); returns the files written."""
    files = plan(docs_dir, spec, today or dt.date.today())
    written = []
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("x", encoding="utf-8", newline="\n") as handle:  # "x": never overwrite
            handle.write(text)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tamkeen new", description=__doc__)
    parser.add_argument("what", choices=["lesson"], help="what to create")
    parser.add_argument("path", help="<course>/<module>/<slug>, e.g. ai/02-generative/03-bias")
    parser.add_argument("--docs-dir", type=Path, default=ROOT / "docs")
    args = parser.parse_args(argv)
    try:
        written = create(args.docs_dir, args.path)
    except ScaffoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.code
    except FileExistsError as exc:  # appeared between the check and the write
        print(f"error: already exists, not overwriting: {exc.filename}", file=sys.stderr)
        return 1
    for path in written:
        print(f"created {path}")
    return 0
