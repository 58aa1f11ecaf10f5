"""Grow a synthetic bilingual course of N lessons per language, to measure how the build
scales. Real-looking text (about 300 words a lesson), the real lesson skeleton."""

from __future__ import annotations

import shutil
from pathlib import Path

AR = (
    "يتعلّم المشارك في هذا الدرس كيف يستعمل أداة الذكاء الاصطناعي في عمله اليومي، "
    "ثم يراجع الجواب بنفسه قبل أن ينشره. محلّ صغير في وجدة يكتب ردًّا على زبون، "
    "وطالبة تحضّر سيرتها الذاتية، ومجموعة واتساب تتناقل خبرًا لم يتحقق منه أحد. "
)
FR = (
    "Dans cette leçon, le participant apprend à utiliser un outil d'IA dans son travail "
    "quotidien, puis à relire la réponse avant de la publier. Un petit commerce d'Oujda "
    "répond à un client, une étudiante prépare son CV, un groupe WhatsApp relaie une rumeur. "
)
LESSONS_PER_MODULE = 10


def lesson(lang: str, n: int) -> str:
    text = AR if lang == "ar" else FR
    title = f"الدرس {n}" if lang == "ar" else f"Leçon {n}"
    sections = "\n\n".join(
        f"## {'القسم' if lang == 'ar' else 'Section'} {i}\n\n" + text * 4 for i in range(1, 4)
    )
    return (
        f"---\ntitle: {title}\nobjectives:\n  - {text[:40]}\nduration: 20\nlevel: beginner\n"
        f"keypoints:\n  - {text[:30]}\nupdated: 2026-11-29\n---\n\n{sections}\n"
    )


def without_watch(config: str) -> str:
    """mkdocs.yml without its `watch:` block (paths of the repository, for `serve`)."""
    lines, out, skipping = config.splitlines(keepends=True), [], False
    for line in lines:
        if line.startswith("watch:"):
            skipping = True
            continue
        if skipping and (line.startswith((" ", "#")) or not line.strip()):
            continue
        skipping = False
        out.append(line)
    return "".join(out)


def write(root: Path, lessons: int) -> Path:
    """A project dir (mkdocs.yml + docs/) with `lessons` lessons per language."""
    repo = Path(__file__).resolve().parent.parent
    if root.exists():
        shutil.rmtree(root)
    docs = root / "docs"
    course = docs / "courses" / "bench"
    for lang, title in (("ar", "دورة"), ("fr", "Cours")):
        (course).mkdir(parents=True, exist_ok=True)
        (course / f"index.{lang}.md").write_text(
            f"---\ntitle: {title}\n---\n\n# {title}\n", encoding="utf-8"
        )
        home = "الرئيسية" if lang == "ar" else "Accueil"
        (docs / f"index.{lang}.md").write_text(
            f"---\ntitle: {home}\n---\n\n# {home}\n\n<!-- tamkeen:courses -->\n", encoding="utf-8"
        )
    for n in range(1, lessons + 1):
        module = course / f"{(n - 1) // LESSONS_PER_MODULE + 1:03d}-module"
        module.mkdir(exist_ok=True)
        for lang in ("ar", "fr"):
            index = module / f"index.{lang}.md"
            if not index.exists():
                name = f"الوحدة {module.name[:3]}" if lang == "ar" else f"Module {module.name[:3]}"
                index.write_text(f"---\ntitle: {name}\n---\n\n# {name}\n", encoding="utf-8")
            (module / f"{n:04d}-lesson.{lang}.md").write_text(lesson(lang, n), encoding="utf-8")
    config = (repo / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace(
        "hooks:\n  - tools/hooks/site.py", f"hooks:\n  - {repo}/tools/hooks/site.py"
    )
    config = config.replace("custom_dir: overrides", f"custom_dir: {repo}/overrides")
    config = without_watch(config)
    head, _, _ = config.partition("\nnav:\n")
    (root / "mkdocs.yml").write_text(
        head + "\nnav:\n  - index.md\n  - courses/bench/index.md\n", encoding="utf-8"
    )
    return root
