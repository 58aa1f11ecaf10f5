"""The block registry: every `!!!` / `???` block type a lesson page can hold, and what each
consumer does with it. The one place a block type's name is matched: the model, `check`,
the page, the slides and their PPTX, the handouts, read-aloud, both search indexes read this
table (tests/test_block_names_in_registry.py fails on a block name matched anywhere else).

Adding a block type: one `BlockType(...)` line below, and its title in each language in
tools/common/ui_strings.py (`admonition.<name>`). Nothing else (CONTRIBUTING.md, "What each block
does").

What each field means, and who reads it:

- `label`: key of its title in tools/common/ui_strings.py (shown when the author writes none:
  tools/site/skeleton.py); "" for a quiz (a form, no title).
- `author`: an author may write it (`check`'s closed list, tools/checks/rules/blocks.py); the
  others are written by the lesson skeleton from the front matter (tools/site/skeleton.py).
- `audience`: who sees it on the page. "trainer": hidden from participants until the
  trainer view is on (tamkeen.css and tamkeen.js, generated from here), never read aloud to
  them, left out of their search index, printed on the trainer's handout only.
- `slide`: how it goes on a lesson's slides (tools/slides/model.py), and so in the PPTX
  drawn from them: "marked" (a slide only when the author marks it `<!-- slide -->`, as any
  other block), "own" (a slide of its own, titled; the blocks nested in it go to its
  speaker notes), "questions" (a slide per question, the answer on the next step), "notes"
  (the speaker notes of the slide before it), "answer" (nested in an "own" block: its
  speaker notes, after its label; elsewhere "marked").
- `pptx`: "aside" (set apart, indented, like a quote) or "plain" (as the text around it)
  in the PPTX (tools/slides/pptx_deck.py).
- `read_aloud`: read by "listen" (listen.js, its skip list generated from here).
- `search`: the indexes that may hold its text, "participant" and/or "trainer"
  (tools/site/search_index.py `hide_from`: the site's Pagefind indexes and the workshop zip's
  offline search alike). Lesson pages go to the participants' index, trainer pages
  (tools/slides/plan.py, which gathers every trainer note of a module) to the trainers'.
- `handout`: which printed handout holds it (tools/slides/handout.py): "both", "trainer",
  "participant", or "" (none). A page printed from the browser (`@media print` in
  tamkeen.css) shows every block as the page does, folded ones open.
- `colour`: its border colour on the page, "" for the theme's own (tamkeen.css, generated).
- `assesses`: takes objective marks (`!!! exercise o1 o3`, tools/checks/rules/objectives.py).
- `needs_body`: an empty one is an error (`check`).
- `same_count`: message key when the translation has a different number of them
  (tools/checks/rules/structure.py), "" when the count may differ.
- `aliases`: other names an author may write for it; `check` suggests this one.
- `place`: for a block the skeleton writes, "before" or "after" the author's body; it holds
  the front matter's list of the same name, titled `label`.
"""

from __future__ import annotations

from dataclasses import dataclass

PARTICIPANT, TRAINER = "participant", "trainer"
AUDIENCES = (PARTICIPANT, TRAINER)


@dataclass(frozen=True)
class BlockType:
    name: str
    label: str = ""
    author: bool = True
    audience: str = PARTICIPANT
    slide: str = "marked"
    pptx: str = "aside"
    read_aloud: bool = True
    search: frozenset[str] = frozenset(AUDIENCES)
    handout: str = ""
    colour: str = ""
    assesses: bool = False
    needs_body: bool = False
    same_count: str = ""
    aliases: tuple[str, ...] = ()
    place: str = ""

    @property
    def quiz(self) -> bool:
        """Its body is a quiz (question, options, explanation), drawn as a form by
        tools/model/quiz.py, never as a titled block."""
        return self.slide == "questions"


# The order is the order `check` lists them in. Generated blocks (author=False) last.
REGISTRY: tuple[BlockType, ...] = (
    BlockType(
        "exercise",
        label="admonition.exercise",
        slide="own",
        handout="both",
        colour="#ef6c00",
        assesses=True,
        needs_body=True,
        same_count="structure.exercises",
        aliases=("exercice",),
    ),
    BlockType(
        "solution",
        label="admonition.solution",
        slide="answer",
        read_aloud=False,
        handout="trainer",
        needs_body=True,
        aliases=("solutions",),
    ),
    BlockType(
        "trainer",
        label="admonition.trainer",
        audience=TRAINER,
        slide="notes",
        read_aloud=False,
        search=frozenset({TRAINER}),
        handout="trainer",
        colour="#6d4c41",
        needs_body=True,
        aliases=("trainers", "formateur", "animateur"),
    ),
    BlockType("quiz", slide="questions", handout="both", assesses=True),
    BlockType(
        "note",
        label="admonition.note",
        aliases=("abstract", "summary", "tldr", "todo", "quote", "cite"),
    ),
    BlockType(
        "tip",
        label="admonition.tip",
        aliases=("hint", "important", "success", "check", "done"),
    ),
    BlockType("info", label="admonition.info"),
    BlockType(
        "warning",
        label="admonition.warning",
        aliases=("danger", "caution", "attention", "error", "failure", "fail", "missing", "bug"),
    ),
    BlockType("example", label="admonition.example"),
    BlockType("question", label="admonition.question", aliases=("help", "faq")),
    # Written by the lesson skeleton from the front matter (tools/site/skeleton.py), in this order.
    BlockType(
        "prerequisites",
        label="lesson.prerequisites",
        author=False,
        colour="#00897b",
        place="before",
    ),
    BlockType(
        "objectives",
        label="lesson.objectives",
        author=False,
        handout="participant",
        colour="#00897b",
        place="before",
    ),
    BlockType(
        "keypoints",
        label="lesson.keypoints",
        author=False,
        handout="participant",
        colour="#5e35b1",
        place="after",
    ),
)

BY_NAME = {b.name: b for b in REGISTRY}
# The type our generated pages use to warn the trainer (a session plan over its time).
ALERT = "warning"
# What an author may write after `!!!` / `???`, in order.
AUTHOR_TYPES = tuple(b.name for b in REGISTRY if b.author)
# What the skeleton writes around the author's body.
GENERATED_TYPES = frozenset(b.name for b in REGISTRY if not b.author)
# Types that take objective marks (`!!! quiz o2`).
ASSESSMENTS = tuple(b.name for b in REGISTRY if b.assesses)
ALIASES = {alias: b.name for b in REGISTRY for alias in b.aliases}


def is_quiz(name: str) -> bool:
    spec = BY_NAME.get(name)
    return spec is not None and spec.quiz


def slide(name: str) -> str:
    """How a block of this type goes on the slides ("marked" for a type not registered:
    `check` has refused it already)."""
    spec = BY_NAME.get(name)
    return spec.slide if spec else "marked"


def with_slide(kind: str) -> tuple[str, ...]:
    return tuple(b.name for b in REGISTRY if b.slide == kind)


def titled(name: str) -> str:
    """The strings key of the title a block of this type gets when the author writes none
    ("" when it gets none here: a quiz, a generated block)."""
    spec = BY_NAME.get(name)
    return spec.label if spec and spec.author else ""


def generated(place: str) -> tuple[BlockType, ...]:
    """The blocks the skeleton writes `place` ("before", "after") the author's body."""
    return tuple(b for b in REGISTRY if b.place == place)


def for_audience(audience: str) -> tuple[str, ...]:
    return tuple(b.name for b in REGISTRY if b.audience == audience)


def unsearched(who: str) -> tuple[str, ...]:
    """Types whose text is not in `who`'s search index."""
    return tuple(b.name for b in REGISTRY if who not in b.search)


def unread() -> tuple[str, ...]:
    """Types "listen" does not read aloud."""
    return tuple(b.name for b in REGISTRY if not b.read_aloud)


def block_type(classes: list[str] | tuple[str, ...]) -> BlockType | None:
    """The registered type of a rendered block from its classes (`admonition exercise …`,
    or `exercise …` on a `<details>`), None for anything else."""
    for name in classes[:2]:
        if name in BY_NAME:
            return BY_NAME[name]
    return None


def selector(names: tuple[str, ...] | list[str]) -> str:
    """A CSS selector list for blocks of these types (`.trainer,.solution`)."""
    return ",".join(f".{n}" for n in names)


def xpath(names: tuple[str, ...] | list[str]) -> str:
    """An XPath (from an element) for blocks of these types, by class."""
    tests = " or ".join(
        f"contains(concat(' ', normalize-space(@class), ' '), ' {n} ')" for n in names
    )
    return f".//*[{tests}]" if tests else ""


def trainer_only_class() -> str:
    """The class that hides an element from participants (the trainer blocks' own): what the
    trainer kit's links use too (tools/slides/kit.py)."""
    return for_audience(TRAINER)[0]


def css() -> str:
    """The blocks' part of tamkeen.css (`/*blocks:css*/` there): border colours, and what
    participants do not see until the trainer view is on."""
    groups: dict[str, list[str]] = {}
    # the skeleton's blocks first: they open the page
    for b in sorted(REGISTRY, key=lambda b: b.author):
        if b.colour:
            selectors = [f".md-typeset .admonition.{b.name}"]
            if b.author:  # a generated block is never folded (`???`)
                selectors.append(f".md-typeset details.{b.name}")
            groups.setdefault(b.colour, []).extend(selectors)
    rules = [
        ",\n".join(sorted(sel)) + f" {{\n  border-color: {colour};\n}}"
        for colour, sel in groups.items()
    ]
    hidden = ",\n".join(f"html:not(.tk-trainer) .md-typeset .{n}" for n in for_audience(TRAINER))
    rules.append(hidden + " {\n  display: none;\n}")
    return "\n".join(rules)


def js_value(name: str) -> str:
    """`/*blocks:<name>*/""` in our JS (tools/site/site_assets.py `fill_blocks`): "trainer", the
    selector of the blocks participants do not see; "unread", the selectors of the blocks
    not read aloud, each after a comma (it extends a list, and may be empty)."""
    if name == "trainer":
        return selector(for_audience(TRAINER))
    if name == "unread":
        return "".join(f",.{n}" for n in unread())
    raise KeyError(f"tools/common/blocks.py has no JS value {name!r}")
