"""A lesson's documents to download: templates a learner fills in on a phone (an invoice,
a checklist, message scripts…).

Authors write each one as Markdown, once per language, beside nothing else:

    downloads/<course>/<module>/<lesson>/<name>.<lang>.md     its first line is `# Title`

The build turns each into an editable Word file (`.docx`, which phones open in Word,
Google Docs or WPS) and a plain-text copy (`.txt`, to paste into WhatsApp), published
beside the lesson page in `<lesson>.<lang>.files/` like a notebook's downloads, so the
offline bundle keeps them with their language (tools/publish/offline_bundle.py). Nothing generated
is committed. The lesson page lists them under its body (tools/site/skeleton.py), the module's
trainer page too (tools/slides/kit.py), and `make check` checks the sources (`check_dir`).

The Word file is written by tools/site/word_file.py, with the standard library: no byte of the
source is copied into it except as escaped text (raw HTML in a template is shown as text).
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from tools.common.messages import Error, error
from tools.common.messages import rel as shown
from tools.common.paths import LANGUAGES
from tools.common.sanitize import markdown_text as md
from tools.common.ui_strings import strings
from tools.site.word_file import TITLE, docx

DIR = "downloads"
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass(frozen=True)
class Download:
    path: Path  # the Markdown source
    name: str  # `01-invoice`: the file name without language and suffix
    lang: str

    @property
    def text(self) -> str:
        return self.path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")

    @property
    def title(self) -> str:
        for line in self.text.splitlines():
            if line.strip():
                match = TITLE.match(line.strip())
                return match.group(1) if match else self.name
        return self.name

    def file_name(self, suffix: str) -> str:
        return f"{self.name}-{self.lang}{suffix}"


def root_of(docs_dir: Path) -> Path:
    """The downloads folder of the project whose pages are in `docs_dir`."""
    return Path(docs_dir).parent / DIR


def for_lesson(root: Path, key: str, lang: str) -> list[Download]:
    """The downloads of the lesson `key` (`marketing/07-earning/04-first-client`) in `lang`,
    in the order of their names."""
    folder = root / key
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.glob(f"*.{lang}.md")):
        found.append(Download(path, path.name[: -len(f".{lang}.md")], lang))
    return found


def folder_uri(lesson_url_path: PurePosixPath, lang: str) -> str:
    """Site folder of a lesson's downloads: `courses/m/07-x/04-y.ar.files` (the page's
    `url_path` is `courses/m/07-x/04-y.md`)."""
    return lesson_url_path.with_name(f"{lesson_url_path.stem}.{lang}.files").as_posix()


# --- the files --------------------------------------------------------------------------


def files(site, lang: str) -> list[tuple[str, bytes]]:
    """(site path, bytes) of every download of the language's lessons."""
    root = root_of(site.docs_dir)
    out = []
    for course in site.courses:
        for lesson in course.lessons:
            src = lesson.source(lang)
            if src is None or src.lang != lang:
                continue
            folder = folder_uri(src.url_path, lang)
            for item in for_lesson(root, lesson.key, lang):
                out.append((f"{folder}/{item.file_name('.docx')}", docx(item.text, lang)))
                out.append((f"{folder}/{item.file_name('.txt')}", item.text.encode("utf-8")))
    return out


def _kb(n: int) -> int:
    return max(1, round(n / 1024))


def page_block(src, node, site) -> list[str]:
    """Markdown lines listing a lesson's downloads, for its page (empty if it has none)."""

    items = for_lesson(root_of(site.docs_dir), node.key, src.lang)
    if not items:
        return []
    s = strings(src.lang)
    folder = posixpath.basename(folder_uri(src.url_path, src.lang))
    lines = [f"## {s['downloads.title']}", "", s["downloads.intro"], ""]
    for item in items:
        word, text = item.file_name(".docx"), item.file_name(".txt")
        size_word = _kb(len(docx(item.text, src.lang)))
        size_text = _kb(len(item.text.encode("utf-8")))
        links = [
            f"[{s['downloads.docx'].format(kb=size_word)}]({folder}/{word}){{: download={word} }}",
            f"[{s['downloads.txt'].format(kb=size_text)}]({folder}/{text}){{: download={text} }}",
        ]
        lines.append(f"- **{md(item.title)}**: " + " · ".join(links))
    return [*lines, ""]


def kit_links(module, lang: str, trainer_dir: str) -> list[tuple[str, str]]:
    """(label, URL relative to the trainer page `trainer_dir`/) of the module's downloads."""

    s = strings(lang)
    out = []
    for lesson in module.lessons:
        src = lesson.source(lang)
        if src is None or src.lang != lang:
            continue
        root = root_of(src.path.parents[len(src.rel.parts) - 1])
        folder = folder_uri(src.url_path, lang)
        for item in for_lesson(root, lesson.key, lang):
            url = posixpath.relpath(f"{folder}/{item.file_name('.docx')}", trainer_dir)
            out.append((s["downloads.kit"].format(title=item.title), url))
    return out


# --- make check ---------------------------------------------------------------------------


def check_dir(root: Path, docs_dir: Path) -> list[Error]:
    """Every source is `<lesson folder>/<name>.<lang>.md` with a twin in each language, a
    `# Title` first line and a lesson of that name in docs/."""
    errors: list[Error] = []
    if not root.is_dir():
        return errors
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        where = path.relative_to(root)
        if any(part.startswith(".") for part in where.parts):
            continue
        parts = path.name.split(".")
        if len(parts) != 3 or parts[1] not in LANGUAGES or parts[2] != "md":
            errors.append(error(path, 1, 1, "downloads.name", name=path.name))
            continue
        name, lang = parts[0], parts[1]
        if not _NAME.match(name):
            errors.append(error(path, 1, 1, "downloads.name", name=path.name))
        if len(where.parts) != 4:
            errors.append(error(path, 1, 1, "downloads.place", root=DIR))
            continue
        course, module, lesson = where.parts[:3]
        page = docs_dir / "courses" / course / module / f"{lesson}.{lang}.md"
        if not page.is_file():
            errors.append(error(path, 1, 1, "downloads.no_lesson", page=shown(page)))
        for other in LANGUAGES:
            twin = path.with_name(f"{name}.{other}.md")
            if other != lang and not twin.is_file():
                errors.append(error(path, 1, 1, "pairs.missing", lang=other, create=shown(twin)))
        text = path.read_text(encoding="utf-8-sig")
        first = next((line.strip() for line in text.splitlines() if line.strip()), "")
        if not TITLE.match(first):
            errors.append(error(path, 1, 1, "downloads.title"))
    return errors
