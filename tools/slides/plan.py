"""The trainer page of a module, as Markdown MkDocs renders: a session plan whose timing
table adds up to the session length, the materials to prepare, the decks, PPTX and PDF to
download, and the trainer notes of every lesson in one place."""

from __future__ import annotations

from tools.content import Node
from tools.sanitize import markdown_text as md
from tools.sanitize import text  # titles and materials are plain text
from tools.slides.model import trainer_notes
from tools.ui_strings import strings

SESSION = 120  # minutes, unless the module's front matter sets `session`
WELCOME, BREAK, CLOSING = 10, 10, 10


def timing(module: Node, lang: str) -> tuple[list[tuple[str, int]], int]:
    """[(activity, minutes)] adding up to the session length, and the minutes over it
    (0 when the lessons fit)."""
    s = strings(lang)
    msrc = module.source(lang)
    session = (msrc.meta.get("session") if msrc else None) or SESSION
    lessons = [(lesson.title(lang), _duration(lesson, lang)) for lesson in module.lessons]
    taught = sum(m for _, m in lessons)
    with_break = session >= 90
    fixed = WELCOME + CLOSING + (BREAK if with_break else 0)
    rows = [(s["kit.plan.welcome"], WELCOME)]
    done = 0
    placed = not with_break
    for title, minutes in lessons:
        rows.append((s["kit.plan.lesson"].format(title=title), minutes))
        done += minutes
        if not placed and done * 2 >= taught:
            rows.append((s["kit.plan.break"], BREAK))
            placed = True
    if not placed:
        rows.append((s["kit.plan.break"], BREAK))
    spare = session - fixed - taught
    if spare > 0:
        rows.append((s["kit.plan.practice"], spare))
    rows.append((s["kit.plan.closing"], CLOSING))
    return rows, max(0, -spare)


def _duration(lesson: Node, lang: str) -> int:
    src = lesson.source(lang)
    value = src.meta.get("duration") if src else None
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _clock(minutes: int) -> str:
    return f'<bdi dir="ltr">{minutes // 60}:{minutes % 60:02d}</bdi>'


def page_markdown(module: Node, lang: str, links: list[tuple[str, str]]) -> str:
    """`links`: (label, relative URL from the trainer page) of the kit's files."""
    s = strings(lang)
    msrc = module.source(lang)
    title = msrc.title if msrc else module.key
    lines = [f"# {md(s['kit.page.title'].format(module=title))}", ""]

    rows, over = timing(module, lang)
    lines += [f"## {s['kit.plan']}", ""]
    lines += [f"| {s['kit.plan.start']} | {s['kit.plan.activity']} | {s['kit.plan.minutes']} |"]
    lines += ["|---|---|---|"]
    clock = 0
    for activity, minutes in rows:
        lines.append(f"| {_clock(clock)} | {md(activity)} | {minutes} |")
        clock += minutes
    lines.append(f"| {_clock(clock)} | **{s['kit.plan.total']}** | **{clock}** |")
    lines.append("")
    if over:
        lines += [f'!!! warning "{s["kit.plan.over"].format(n=over)}"', ""]

    lines += [f"## {s['kit.materials']}", ""]
    materials = (msrc.meta.get("materials") if msrc else None) or []
    defaults = ["kit.material.projector", "kit.material.usb", "kit.material.handouts"]
    lines += [f"- {md(m)}" for m in materials] + [f"- {s[k]}" for k in defaults] + [""]

    lines += [f"## {s['kit.downloads']}", ""]
    lines += [f'- <a href="{text(url)}">{text(label)}</a>' for label, url in links] + [""]

    lines += [f"## {s['kit.trainer_notes']}", ""]
    for lesson in module.lessons:
        src = lesson.source(lang)
        if src is None:
            continue
        lines += [f"### {md(src.title)}", ""]
        notes = trainer_notes(src)
        lines += [*(n + "\n" for n in notes)] if notes else [s["kit.no_notes"], ""]
    return "\n".join(lines)
