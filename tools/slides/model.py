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
become the speaker notes of the slide before them.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field

from tools.content import Node, Source
from tools.ui_strings import strings

SLIDE_MARK = "<!-- slide -->"
NO_SLIDE_MARK = "<!-- no-slide -->"
SHORT_CODE_LINES = 12
SHORT_PARAGRAPH = 280

_FENCE = re.compile(r"^(`{3,}|~{3,})")
_ADMONITION = re.compile(r'^(?P<marker>!!!|\?\?\?\+?) ?(?P<type>[\w-]+)(?: +"(?P<title>.*)")?\s*$')
_LIST = re.compile(r"^(?:[-*+]|\d+[.)]) ")
_IMAGE = re.compile(r"!\[[^\]]*\]\((?P<src>[^)\s]+)")


@dataclass
class Slide:
    kind: str  # "title", "section", "block", "exercise", "keypoints", "module"
    title: str
    markdown: list[str] = field(default_factory=list)  # blocks rendered on the slide
    items: list[str] = field(default_factory=list)  # plain bullets (title/keypoint slides)
    notes: list[str] = field(default_factory=list)  # Markdown of the speaker notes
    subtitle: str = ""  # e.g. the duration
    kicker: str = ""  # small line above the title (module or lesson name)
    lesson: Node | None = None
    options: list[tuple[str, bool]] = field(default_factory=list)  # quiz: (text, right)
    answer: list[str] = field(default_factory=list)  # quiz: Markdown shown on the next step


def blocks(body: str) -> list[str]:
    """Top-level Markdown blocks: a blank line ends a block unless the next line is
    indented (admonition body, list continuation) or continues a list; fences stay whole."""
    out: list[list[str]] = []
    fence: str | None = None
    blank = True
    for line in body.splitlines():
        if fence is not None:
            out[-1].append(line)
            if line.strip().startswith(fence):
                fence = None
            continue
        if not line.strip():
            blank = True
            if out:
                out[-1].append(line)
            continue
        m = _FENCE.match(line)
        indented = line.startswith(("    ", "\t"))
        is_list = bool(_LIST.match(line))
        in_list = bool(out) and bool(_LIST.match(out[-1][0]))
        new = (
            not out
            or line.startswith("#")
            or line.strip() in (SLIDE_MARK, NO_SLIDE_MARK)
            or out[-1][0].startswith("#")
            or out[-1][0].strip() in (SLIDE_MARK, NO_SLIDE_MARK)
            or (m is not None)
            or (blank and not indented and not (is_list and in_list))
        )
        if new:
            out.append([line])
        else:
            out[-1].append(line)
        if m is not None:
            fence = m.group(1)
        blank = False
    return ["\n".join(b).strip("\n") for b in out if "".join(b).strip()]


def admonition(block: str) -> tuple[str, str, str] | None:
    """(type, title, dedented body) of a `!!!`/`???` block, or None."""
    first, _, rest = block.partition("\n")
    m = _ADMONITION.match(first)
    if not m:
        return None
    return m.group("type"), m.group("title") or "", textwrap.dedent(rest).strip("\n")


def split_exercise(body: str) -> tuple[str, list[str]]:
    """The exercise without its nested solutions, and the solutions' bodies."""
    keep, solutions = [], []
    for block in blocks(body):
        adm = admonition(block)
        if adm and adm[0] == "solution":
            solutions.append(adm[2])
        else:
            keep.append(block)
    return "\n\n".join(keep), solutions


def kind_of_block(block: str) -> str:
    first = block.lstrip().splitlines()[0]
    if _FENCE.match(first):
        return "code"
    if _LIST.match(first):
        return "list"
    if first.startswith("!["):
        return "figure"
    if first.startswith(("<", "|", "!!!", "???", ":::")):
        return "other"
    return "paragraph"


def images(markdown: str) -> list[str]:
    return [m.group("src") for m in _IMAGE.finditer(markdown)]


def _quiz_slides(block: str, lang: str, lesson: Node | None) -> list[Slide]:
    from tools.slides import quiz_slides  # imports this module

    slides = quiz_slides.slides(block, lang)
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

    section: Slide | None = None
    pending: str | None = None
    for block in blocks(src.body):
        stripped = block.strip()
        if stripped in (SLIDE_MARK, NO_SLIDE_MARK):
            pending = stripped
            continue
        if stripped.startswith("# "):
            continue  # the title, already on the title slide
        if stripped.startswith("## "):
            section = Slide("section", stripped[3:].strip(), lesson=lesson)
            slides.append(section)
            pending = None
            continue
        adm = admonition(stripped)
        if adm and adm[0] == "trainer":
            slides[-1].notes.append(adm[2])  # even under no-slide: notes are for the trainer
            pending = None
            continue
        if pending == NO_SLIDE_MARK:
            pending = None
            continue
        if adm and adm[0] == "exercise":
            text, solutions = split_exercise(adm[2])
            slide = Slide("exercise", adm[1] or s["admonition.exercise"], [text], lesson=lesson)
            slide.kicker = section.title if section else ""
            slide.notes += [f"**{s['admonition.solution']}:** {sol}" for sol in solutions]
            slides.append(slide)
            pending = None
            continue
        if adm and adm[0] == "quiz":
            for slide in _quiz_slides(stripped, src.lang, lesson):
                slide.kicker = section.title if section else ""
                slides.append(slide)
            pending = None
            continue
        if pending == SLIDE_MARK:
            slides.append(
                Slide("block", section.title if section else src.title, [block], lesson=lesson)
            )
            pending = None
            continue
        if section is None or stripped.startswith("#"):
            continue
        kind = kind_of_block(stripped)
        has_lead = any(kind_of_block(b) in ("list", "figure", "code") for b in section.markdown)
        short_code = kind == "code" and block.count("\n") - 1 <= SHORT_CODE_LINES
        lead = (kind in ("list", "figure") or short_code) and not has_lead
        opening = kind == "paragraph" and not section.markdown and len(stripped) <= SHORT_PARAGRAPH
        if lead or opening:
            section.markdown.append(block)

    # A section whose only content is an exercise or a quiz: its title is their kicker.
    slides = [
        slide
        for i, slide in enumerate(slides)
        if not (
            slide.kind == "section"
            and not slide.markdown
            and not slide.notes
            and i + 1 < len(slides)
            and slides[i + 1].kind in ("exercise", "quiz")
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
    """Every `!!! trainer` block of a lesson, in order (Markdown)."""
    notes = []
    for block in blocks(src.body):
        adm = admonition(block.strip())
        if adm and adm[0] == "trainer":
            notes.append(adm[2])
    return notes


def exercises(src: Source) -> list[tuple[str, str]]:
    """(title, Markdown without solutions) of every exercise of a lesson."""
    s = strings(src.lang)
    out = []
    for block in blocks(src.body):
        adm = admonition(block.strip())
        if adm and adm[0] == "exercise":
            out.append((adm[1] or s["admonition.exercise"], split_exercise(adm[2])[0]))
    return out
