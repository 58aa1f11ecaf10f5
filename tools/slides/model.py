"""A lesson's slides, derived from its source: the model that the HTML deck, the PPTX and
the handout all read, so the three never disagree.

Slides of a lesson, in order:

- a title slide (title, duration, objectives);
- per `##` section, a slide with its heading and its lead content (the first list, figure
  or short code block; a short first paragraph too);
- a slide per exercise (`!!! exercise`; its `??? solution` goes to the speaker notes);
- a slide per quiz question, its answer shown on the next step;
- a slide per block that the author marks with `<!-- slide -->` on the line before it;
- a key-points slide.

`<!-- no-slide -->` keeps the next block off the slides. Trainer notes (`!!! trainer`)
become the speaker notes of the slide before them. Which block type does what: the block
registry's `slide` (tools/common/blocks.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tools.common import blocks
from tools.common.ui_strings import strings
from tools.model import document
from tools.model.content import Node, Source
from tools.model.document import NO_SLIDE_MARK, SLIDE_MARK, Quiz
from tools.slides import answers
from tools.slides.answers import split_exercise

__all__ = ["NO_SLIDE_MARK", "SLIDE_MARK", "Slide", "lesson_slides", "module_slides"]

# Blocks that are speaker notes; the title of an answer in them (tools/common/blocks.py).
_NOTES = blocks.with_slide("notes")
# A question's slide is of the quiz block's kind (tools/common/blocks.py `slide`: "questions").
_KIND = blocks.with_slide("questions")[0]
_ANSWER_LABEL = blocks.BY_NAME[blocks.with_slide("answer")[0]].label

SHORT_CODE_LINES = 12
SHORT_PARAGRAPH = 280


@dataclass
class Slide:
    # "title", "section", "block", "keypoints", "module", or the type of the block it shows
    # (a slide of its own, a quiz question: tools/common/blocks.py `slide`)
    kind: str
    title: str
    markdown: list[str] = field(default_factory=list)  # blocks rendered on the slide
    items: list[str] = field(default_factory=list)  # plain bullets (title/keypoint slides)
    notes: list[str] = field(default_factory=list)  # Markdown of the speaker notes
    subtitle: str = ""  # e.g. the duration
    kicker: str = ""  # small line above the title (module or lesson name)
    lesson: Node | None = None
    options: list[tuple[str, bool]] = field(default_factory=list)  # quiz: (text, right)
    letters: list[str] = field(default_factory=list)  # quiz: the options' letters
    answer_label: str = ""  # quiz: "Réponse : B", shown on the next step
    answer: list[str] = field(default_factory=list)  # quiz: Markdown shown on the next step


def _kind(item: document.Item) -> str:
    return item.kind if item.kind in ("code", "list", "figure", "paragraph") else "other"


# Quiz questions as slides: the question and its lettered options first (أ ب ج د in
# Arabic, A B C D in French, so a room can vote by letter); then, on the next step (a
# reveal.js fragment), the right letters marked and a short explanation. The right option's
# text is never repeated. The speaker notes hold the answer and the feedback of every option.


def letters(lang: str, n: int) -> list[str]:
    """The first `n` option letters (the trainer page and handout use the same ones)."""
    return [answers.letter(lang, i) for i in range(n)]


def answer_line(lang: str, q: Quiz) -> str:
    right = answers.right_letters(lang, answers.Question(0, q.line, "", q.options, ""))
    return strings(lang)["slides.answer"].format(letters=right)


def quiz_slides(quizzes: list[Quiz], lang: str) -> list[Slide]:
    s = strings(lang)
    out = []
    for q in quizzes:
        slide = Slide(_KIND, s["kit.quiz"], ["\n".join(q.question)])
        slide.options = [(o.text, o.correct) for o in q.options]
        slide.letters = letters(lang, len(q.options))
        slide.answer_label = answer_line(lang, q)
        # The explanation, or else the right option's own feedback: one short text.
        explanation = "\n".join(q.explanation).strip()
        if not explanation:
            explanation = "\n".join(
                line for o in q.options if o.correct for line in o.feedback
            ).strip()
        slide.answer = [explanation] if explanation else []
        feedback = [
            f"- **{letter}** — {' '.join(o.feedback).strip() or o.text}"
            for letter, o in zip(slide.letters, q.options, strict=True)
        ]
        slide.notes.append(f"**{slide.answer_label}**\n\n" + "\n".join(feedback))
        out.append(slide)
    return out


def _quiz_slides(quiz: document.Quiz, lang: str, lesson: Node | None) -> list[Slide]:
    slides = quiz_slides([quiz], lang)
    for slide in slides:
        slide.lesson = lesson
    return slides


def lesson_slides(src: Source, lesson: Node | None = None) -> list[Slide]:
    s = strings(src.lang)
    meta = src.meta
    duration = meta.get("duration")
    title = Slide("title", src.title, lesson=lesson)
    if isinstance(duration, int):
        title.subtitle = s["lesson.duration"].format(n=duration)
    title.items = [str(o) for o in meta.get("objectives") or []]
    slides = [title]

    doc = src.doc
    headings = {h.line: h for h in doc.headings}
    quizzes = {q.line: q for q in doc.quizzes}
    section: Slide | None = None
    section_kinds: list[str] = []  # kinds of the blocks already on the section's slide
    pending: str | None = None
    for item in doc.items:
        text = item.text
        stripped = text.strip()
        if item.mark:  # `<!-- slide -->` or `<!-- no-slide -->`
            pending = item.mark
            continue
        if item.kind == "heading" and item.level == 1:
            continue  # the title, already on the title slide
        if item.kind == "heading" and item.level == 2:
            section = Slide("section", headings[item.line].text, lesson=lesson)
            section_kinds = []
            slides.append(section)
            pending = None
            continue
        block = item.block
        how = blocks.slide(block.type) if block is not None else ""
        if how == "notes":
            slides[-1].notes.append(block.body)  # even under no-slide: notes are for the trainer
            pending = None
            continue
        if pending == NO_SLIDE_MARK:
            pending = None
            continue
        if how == "own":
            body, solutions = split_exercise(doc, block)
            title = block.title or s[blocks.BY_NAME[block.type].label]
            slide = Slide(block.type, title, [body], lesson=lesson)
            slide.kicker = section.title if section else ""
            # The label on a line of its own: a solution that is a list stays a list.
            slide.notes += [f"**{s[_ANSWER_LABEL]}:**\n\n{sol}" for sol in solutions]
            slide.notes += [c.body for c in block.children if c.type in _NOTES]
            slides.append(slide)
            pending = None
            continue
        if how == "questions":
            for slide in _quiz_slides(quizzes[block.line], src.lang, lesson):
                slide.kicker = section.title if section else ""
                slides.append(slide)
            pending = None
            continue
        if pending == SLIDE_MARK:
            slides.append(
                Slide("block", section.title if section else src.title, [text], lesson=lesson)
            )
            pending = None
            continue
        if section is None or item.kind == "heading":
            continue
        kind = _kind(item)
        has_lead = any(k in ("list", "figure", "code") for k in section_kinds)
        short_code = kind == "code" and text.count("\n") - 1 <= SHORT_CODE_LINES
        lead = (kind in ("list", "figure") or short_code) and not has_lead
        opening = kind == "paragraph" and not section.markdown and len(stripped) <= SHORT_PARAGRAPH
        if lead or opening:
            section.markdown.append(text)
            section_kinds.append(kind)

    # A section whose only content is an exercise or a quiz: its title is their kicker.
    slides = [
        slide
        for i, slide in enumerate(slides)
        if not (
            slide.kind == "section"
            and not slide.markdown
            and not slide.notes
            and i + 1 < len(slides)
            and blocks.slide(slides[i + 1].kind) in ("own", "questions")
        )
    ]
    if meta.get("keypoints"):
        slides.append(
            Slide(
                "keypoints",
                s["lesson.keypoints"],
                items=[str(k) for k in meta["keypoints"]],
                lesson=lesson,
            )
        )
    return slides


def module_slides(module: Node, lang: str) -> list[Slide]:
    """The module's title slide, then every lesson's slides in order."""
    s = strings(lang)
    msrc = module.source(lang)
    head = Slide("module", msrc.title if msrc else module.key)
    head.subtitle = s["index.total"].format(n=module.duration(lang))
    head.items = [lesson.title(lang) for lesson in module.lessons]
    slides = [head]
    for lesson in module.lessons:
        lsrc = lesson.source(lang)
        if lsrc is not None:
            for slide in lesson_slides(lsrc, lesson):
                if slide.kind == "title":
                    slide.kicker = head.title
                slides.append(slide)
    return slides


def trainer_notes(src: Source) -> list[str]:
    """Every speaker-notes block (`!!! trainer`) of a lesson, in order (Markdown): the only
    source of trainer notes."""
    return [block.body for block in src.doc.all_blocks() if block.type in _NOTES]


def exercises(src: Source) -> list[tuple[str, str]]:
    """(title, Markdown without solutions) of every exercise of a lesson."""
    s = strings(src.lang)
    doc = src.doc
    return [
        (block.title or s[blocks.BY_NAME[block.type].label], split_exercise(doc, block)[0])
        for block in doc.all_blocks()
        if blocks.slide(block.type) == "own"
    ]
