"""The trainer page of a module, as Markdown MkDocs renders: what a volunteer needs to run
the session from it alone.

- the prerequisites, a session plan whose timing table adds up to the session length, and
  a concrete plan for the practice block (a quiz by teams and extension exercises drawn
  from the module's lessons);
- the materials to prepare (the module's `materials`, each with the lessons that ask for
  it), a pre-workshop checklist and a safeguarding note;
- the decks, PPTX, handouts and the class view;
- an answer key (quiz answers by letter, exercise solutions) and every lesson's trainer
  notes.

Titles, materials and prerequisites are plain text (front matter); quiz and exercise text is
the lesson's own Markdown, sanitised with the page like every page."""

from __future__ import annotations

import re

from tools.common import blocks
from tools.common.languages import language
from tools.common.sanitize import markdown_text as md
from tools.common.sanitize import text  # titles and materials are plain text
from tools.common.ui_strings import strings
from tools.model.content import Node
from tools.model.schema import material_key
from tools.site import share
from tools.slides import answers
from tools.slides.model import trainer_notes

SESSION = 120  # minutes, unless the module's front matter sets `session`
WELCOME, BREAK, CLOSING = 10, 10, 10
VOTE_MINUTES = 2  # per quiz question voted on by teams


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


def practice_minutes(module: Node, lang: str) -> int:
    rows, _ = timing(module, lang)
    return next((m for a, m in rows if a == strings(lang)["kit.plan.practice"]), 0)


def _duration(lesson: Node, lang: str) -> int:
    src = lesson.source(lang)
    value = src.meta.get("duration") if src else None
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _clock(minutes: int) -> str:
    return f'<bdi dir="ltr">{minutes // 60}:{minutes % 60:02d}</bdi>'


def practice(module: Node, lang: str, minutes: int) -> list[str]:
    """The practice block: teams vote on quiz questions of the session (2 minutes each, half
    the block at most), then redo the session's exercises with a case of their own."""
    s = strings(lang)
    lessons = [(lesson, lesson.source(lang)) for lesson in module.lessons]
    lessons = [(lesson, src) for lesson, src in lessons if src is not None]
    quizzes = [(src.title, answers.questions(src)) for _, src in lessons]
    exercises = [(src.title, ex) for _, src in lessons for ex in answers.exercises(src)]
    total = sum(len(qs) for _, qs in quizzes)
    vote = min(total * VOTE_MINUTES, minutes // 2 if exercises else minutes)
    vote -= vote % VOTE_MINUTES
    picked: dict[str, list[int]] = {}
    for k in range(vote // VOTE_MINUTES):  # round robin over the lessons
        title, qs = quizzes[k % len(quizzes)]
        index = k // len(quizzes)
        if index < len(qs):
            picked.setdefault(title, []).append(qs[index].number)
    lines = [f"### {s['kit.practice'].format(n=minutes)}", ""]
    if not vote and not exercises:
        return lines + [s["kit.practice.none"], ""]
    sep = language(lang).list_separator
    if vote:
        chosen = language(lang).clause_separator.join(
            f"{md(title)} ({sep.join(str(n) for n in numbers)})"
            for title, numbers in picked.items()
        )
        lines += [f"1. {s['kit.practice.vote'].format(n=vote, questions=chosen)}"]
    if exercises:
        lines += [f"1. {s['kit.practice.extend'].format(n=minutes - vote)}", ""]
        lines += [
            "    - " + s["kit.practice.exercise"].format(title=md(ex.title), lesson=md(title))
            for title, ex in exercises
        ]
    return lines + [""]


def _materials(module: Node, lang: str) -> list[str]:
    s = strings(lang)
    msrc = module.source(lang)
    items = (msrc.meta.get("materials") if msrc else None) or []
    out = []
    for item in items:
        needed = [
            lesson.title(lang)
            for lesson in module.lessons
            if lesson.source(lang) is not None
            and any(
                material_key(str(x)) == material_key(str(item))
                for x in lesson.source(lang).meta.get("materials") or []
            )
        ]
        sep = language(lang).list_separator
        who = s["kit.materials.for"].format(lessons=sep.join(needed)) if needed else ""
        out.append(f"- {md(item)}" + (f" <small>({md(who)})</small>" if who else ""))
    return out + [""]


def _answer_key(module: Node, lang: str) -> list[str]:
    s = strings(lang)
    lines = [f"## {s['kit.answers']}", ""]
    for lesson in module.lessons:
        src = lesson.source(lang)
        if src is None:
            continue
        lines += [f"### {md(src.title)}", ""]
        qs, exs = answers.questions(src), answers.exercises(src)
        if not qs and not exs:
            lines += [s["kit.answers.none"], ""]
        for q in qs:
            question = " ".join(line.strip() for line in q.question.splitlines() if line.strip())
            label = s["kit.answers.question"].format(n=q.number)
            colon = language(lang).colon
            lines += [f"- **{label}{colon}** {question}"]
            lines += [f"    - ✓ **{answers.letter(lang, i)}** {q.options[i].text}" for i in q.right]
        lines += [""]
        for ex in exs:
            lines += [f'??? {blocks.with_slide("answer")[0]} "{md(ex.title)}"', ""]
            for solution in ex.solutions:
                lines += ["    " + line if line.strip() else "" for line in solution.splitlines()]
                lines += [""]
    return lines


# A relative link to another page in a trainer note: `[t](03-x.md)`, `[t](../07-m/02-y.md#a)`.
# Markdown source, not HTML: the allowlisted HTML regexes are not concerned.
_MD_LINK = re.compile(r"\[([^\]]*)\]\((?![a-z]+:|/|#)([^)\s]+?)\.md(#[^)\s]*)?\)")


def relink(note: str) -> str:
    """A note's links are relative to its lesson's folder, the module's; the trainer page
    is one level down (`module/trainer/`), so `03-x.md` becomes `../03-x/`. Left as `.md`,
    MkDocs resolves them from the generated page's own path, which in French
    (`fr/…/trainer.md`) names no file, and the build stops; a Markdown link to a URL is an
    "unrecognized link" to MkDocs. So an HTML link, as the kit's downloads are: the
    post-build link crawl (tools/publish/link_crawl.py) still checks that it leads somewhere."""

    def page(m: re.Match[str]) -> str:
        path = m.group(2)
        path = path[: -len("index")] if path.endswith("index") else path + "/"
        return f'<a href="../{path}{m.group(3) or ""}">{m.group(1)}</a>'

    return _MD_LINK.sub(page, note)


def page_markdown(module: Node, lang: str, links: list[tuple[str, str]]) -> str:
    """`links`: (label, relative URL from the trainer page) of the kit's files."""
    s = strings(lang)
    msrc = module.source(lang)
    title = msrc.title if msrc else module.key
    lines = [f"# {md(s['kit.page.title'].format(module=title))}", ""]

    prerequisites = (msrc.meta.get("prerequisites") if msrc else None) or []
    if prerequisites:
        lines += [f"## {s['kit.prerequisites']}", ""]
        lines += [f"- {md(p)}" for p in prerequisites] + [""]

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
        lines += [f'!!! {blocks.ALERT} "{s["kit.plan.over"].format(n=over)}"', ""]
    minutes = practice_minutes(module, lang)
    if minutes:
        lines += practice(module, lang, minutes)

    lines += share.module_markdown(module, lang)  # messages for the class's WhatsApp group
    lines += [f"## {s['kit.materials']}", ""] + _materials(module, lang)
    lines += [f"## {s['kit.checklist']}", "", s["kit.checklist.items"], ""]
    lines += [f"## {s['kit.safeguarding']}", "", s["kit.safeguarding.items"], ""]

    lines += [f"## {s['kit.downloads']}", ""]
    lines += [f'- <a href="{text(url)}">{text(label)}</a>' for label, url in links if url]
    lines += [f"- {text(label)}" for label, url in links if not url] + [""]

    lines += [f"## {s['kit.trainer_notes']}", ""]
    for lesson in module.lessons:
        src = lesson.source(lang)
        if src is None:
            continue
        lines += [f"### {md(src.title)}", ""]
        notes = [relink(n) for n in trainer_notes(src)]
        lines += [*(n + "\n" for n in notes)] if notes else [s["kit.no_notes"], ""]
    lines += _answer_key(module, lang)
    return "\n".join(lines)
