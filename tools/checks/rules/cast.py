"""The cast: recurring characters keep their business (`docs/cast.yml`, a file authors edit).

    - id: yassine
      course: marketing                       # a folder of docs/courses/
      name: {ar: "ياسين", fr: "Yassine"}
      business: {ar: "…", fr: "…"}            # shown in messages
      words: {ar: ["مقهى"], fr: ["café"]}     # words that name this business in prose

In a lesson (or notebook) of the character's course, a sentence, list item or table cell that
names a character and holds words of another character's business, without words of the
character's own business and without naming that other character, is a warning naming both
(a person judges: "Hamza … a café" when Hamza runs the argan-oil page). The file itself is
checked: a malformed entry is an error at its line.

Matching: names and words whole (French: case aside, a plural `s` or `x` allowed); in
Arabic, with the clitics before them (و ف ب ك ل, ال) and without the short vowels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from tools.checks.rules.context import Context
from tools.checks.rules.legal_facts import _sentences
from tools.checks.rules.style import markdown_lines
from tools.common import yamlfast
from tools.common.languages import language
from tools.common.messages import Error, error, warning
from tools.common.paths import LANGUAGES

DATA_FILE = "cast.yml"
FIELDS = ("id", "course", "name", "business", "words")
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_AR_LETTER = "\u0621-\u064a\u0671-\u06d3"
_HARAKAT = re.compile("[\u064b-\u0652\u0640]")  # short vowels, shadda, sukun, tatweel


@dataclass(frozen=True)
class Character:
    id: str
    line: int
    course: str
    name: dict[str, str]
    business: dict[str, str]
    words: dict[str, tuple[str, ...]]


def _pattern(text: str, lang: str) -> re.Pattern[str]:
    if language(lang).words == "arabic":
        # Short vowels may be written or not, in the text and in the file.
        vowels = "[\u064b-\u0652\u0640]*"
        letters = [r"\s+" if c.isspace() else re.escape(c) for c in _HARAKAT.sub("", text.strip())]
        text = vowels.join(letters)
        return re.compile(rf"(?<![{_AR_LETTER}])(?:[وفبكل]{{0,2}}(?:ال)?){text}(?![{_AR_LETTER}])")
    text = re.escape(text.strip()).replace(r"\ ", r"\s+")
    return re.compile(rf"(?<!\w){text}(?:s|x)?(?!\w)", re.IGNORECASE)


def _form_ok(value, kind: str) -> bool:
    if not isinstance(value, dict) or set(value) != set(LANGUAGES):
        return False
    if kind == "text":
        return all(isinstance(v, str) and v.strip() for v in value.values())
    return all(
        isinstance(v, list) and v and all(isinstance(w, str) and w.strip() for w in v)
        for v in value.values()
    )


def load(docs_dir: Path) -> tuple[list[Character], list[Error]]:
    """The characters of `docs/cast.yml` and an error at the line of each bad entry."""
    path = docs_dir / DATA_FILE
    if not path.is_file():
        return [], []
    text = path.read_text(encoding="utf-8")
    try:
        root, data = yamlfast.node_and_data(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        return [], [error(path, line, 1, "cast.yaml", problem=getattr(exc, "problem", exc))]
    if data is None:
        return [], []
    if not isinstance(data, list) or not isinstance(root, yaml.SequenceNode):
        return [], [error(path, 1, 1, "cast.not_list")]
    courses_dir = docs_dir / "courses"
    courses = (
        sorted(p.name for p in courses_dir.iterdir() if p.is_dir()) if courses_dir.is_dir() else []
    )
    forms = {
        "id": "yassine",
        "course": " | ".join(courses) or "marketing",
        "name": '{ar: "…", fr: "…"}',
        "business": '{ar: "…", fr: "…"}',
        "words": '{ar: ["…"], fr: ["…"]}',
    }
    found: list[Character] = []
    errors: list[Error] = []
    first: dict[str, int] = {}
    for n, (item, node) in enumerate(zip(data, root.value, strict=True), 1):
        line = node.start_mark.line + 1
        if not isinstance(item, dict):
            errors.append(error(path, line, 1, "cast.field", n=n, field="id", form=forms["id"]))
            continue
        bad = False
        for field in item:
            if field not in FIELDS:
                allowed = ", ".join(FIELDS)
                errors.append(
                    error(path, line, 1, "cast.unknown_field", n=n, field=field, allowed=allowed)
                )
                bad = True
        checks = {
            "id": isinstance(item.get("id"), str) and bool(_ID.match(item["id"])),
            "course": isinstance(item.get("course"), str),
            "name": _form_ok(item.get("name"), "text"),
            "business": _form_ok(item.get("business"), "text"),
            "words": _form_ok(item.get("words"), "list"),
        }
        for field, ok in checks.items():
            if not ok:
                errors.append(
                    error(path, line, 1, "cast.field", n=n, field=field, form=forms[field])
                )
                bad = True
        if checks["course"] and item["course"] not in courses:
            errors.append(
                error(
                    path,
                    line,
                    1,
                    "cast.course",
                    n=n,
                    course=item["course"],
                    courses=", ".join(courses),
                )
            )
            bad = True
        if checks["id"]:
            if item["id"] in first:
                errors.append(
                    error(path, line, 1, "cast.duplicate", id=item["id"], first=first[item["id"]])
                )
                bad = True
            first.setdefault(item["id"], line)
        if not bad:
            found.append(
                Character(
                    item["id"],
                    line,
                    item["course"],
                    {k: str(v) for k, v in item["name"].items()},
                    {k: str(v) for k, v in item["business"].items()},
                    {k: tuple(str(w) for w in v) for k, v in item["words"].items()},
                )
            )
    return found, errors


def _first(patterns: list[re.Pattern[str]], text: str) -> str | None:
    for pattern in patterns:
        m = pattern.search(text)
        if m:
            return m.group()
    return None


def check(ctx: Context) -> list[Error]:
    cast, errors = load(ctx.docs_dir)
    if not cast:
        return errors
    names = {(c.id, lang): _pattern(c.name[lang], lang) for c in cast for lang in LANGUAGES}
    words = {
        (c.id, lang): [_pattern(w, lang) for w in c.words[lang]] for c in cast for lang in LANGUAGES
    }
    for src in ctx.sources:
        parts = src.url_path.parts
        if src.kind != "lesson" or len(parts) < 3 or src.lang not in LANGUAGES:
            continue
        here = [c for c in cast if c.course == parts[1]]
        if len(here) < 2:
            continue
        lang = src.lang
        any_name = re.compile("|".join(f"(?:{names[(c.id, lang)].pattern})" for c in here))
        for line, text in markdown_lines(src):
            if not any_name.search(text):
                continue
            for start, end in _sentences(text):
                sentence = text[start:end]
                named = [c for c in here if names[(c.id, lang)].search(sentence)]
                # Names are not business words: "Si Driss" in "Hamza runs Si Driss's page".
                rest = sentence
                for c in named:
                    rest = names[(c.id, lang)].sub(lambda m: " " * len(m.group()), rest)
                for c in named:
                    if _first(words[(c.id, lang)], rest):
                        continue
                    for other in here:
                        if other.id == c.id or other in named:
                            continue
                        if other.name[lang] == c.name[lang]:
                            continue
                        word = _first(words[(other.id, lang)], rest)
                        if word:
                            col = start + names[(c.id, lang)].search(sentence).start() + 1
                            errors.append(
                                warning(
                                    src.path,
                                    line,
                                    col,
                                    "cast.other_business",
                                    name=c.name[lang],
                                    word=word.strip(),
                                    other=other.name[lang],
                                    business=other.business[lang],
                                    own=c.business[lang],
                                )
                            )
                            break
    return errors
