"""The content model: pages, and courses → modules → lessons, read from `docs/`.

Structure comes from folders and front matter, never from a hand-kept table:

    docs/courses/<course>/index.<lang>.md                  the course
    docs/courses/<course>/<module>/index.<lang>.md         a module
    docs/courses/<course>/<module>/<lesson>.<lang>.md      a lesson

Order: the front matter's `order`, else the number that starts the name (`02-prompts`).
A lesson's `key` (e.g. `ai/02-generative/01-next-word`) is the same in both languages; the
browser keeps progress under it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

import yaml

from tools.common import yamlfast
from tools.common.languages import TABLE, fallback
from tools.common.messages import Error, Msg, msg
from tools.common.paths import DEFAULT_LANGUAGE, LANGUAGES
from tools.model import document

if TYPE_CHECKING:
    from tools.model.document import Document
    from tools.model.notebook_source import Cells

_NUMBER_PREFIX = re.compile(r"^(\d+)[-_]")
COURSES_DIR = "courses"


@dataclass(frozen=True)
class Source:
    """One Markdown file in one language; it owns its parsed document (`doc`)."""

    path: Path
    rel: PurePosixPath  # relative to docs/, with the language suffix
    lang: str
    kind: str  # "page", "course", "module" or "lesson"
    meta: dict
    meta_lines: dict[str, int]  # field -> line in the file
    body: str
    body_line: int  # line where the body starts (1-based)
    # A notebook's Markdown cells (tools/model/notebook_source.py): where each body line comes from.
    cells: Cells | None = None

    @cached_property
    def doc(self) -> Document:
        """The body's one model, parsed the first time it is read (tools/model/document.py)."""

        return document.parse(self.body, self.body_line)

    @cached_property  # read many times a page (links, pager, nav): `rel` never changes
    def url_path(self) -> PurePosixPath:
        """Path without the language suffix, as MkDocs sees it (`a/b.md`)."""
        return self.rel.with_name(self.rel.name.replace(f".{self.lang}.md", ".md"))

    @property
    def slug(self) -> str:
        stem = self.url_path.stem
        return self.url_path.parent.name if stem == "index" else stem

    @property
    def title(self) -> str:
        return str(self.meta.get("title") or self.slug)


@dataclass
class Node:
    """A course, module or lesson: the same thing in every language."""

    key: str
    kind: str
    sources: dict[str, Source] = field(default_factory=dict)
    children: list[Node] = field(default_factory=list)
    parent: Node | None = None

    def source(self, lang: str) -> Source | None:
        """The source in `lang`, else in its fallback language, else the first one."""
        found = self.sources.get(lang)
        if found is None and lang in TABLE:
            found = self.sources.get(fallback(lang, DEFAULT_LANGUAGE) or lang)
        return found or next(iter(self.sources.values()), None)

    def title(self, lang: str) -> str:
        src = self.source(lang)
        return src.title if src else self.key

    @property
    def order(self) -> tuple[int, str]:
        for src in self.sources.values():
            if isinstance(src.meta.get("order"), int):
                return (src.meta["order"], self.key)
        name = self.key.rsplit("/", 1)[-1]
        match = _NUMBER_PREFIX.match(name)
        return (int(match.group(1)) if match else 10_000, self.key)

    @property
    def lessons(self) -> list[Node]:
        if self.kind == "lesson":
            return [self]
        return [lesson for child in self.children for lesson in child.lessons]

    def duration(self, lang: str | None = None) -> int:
        total = 0
        for lesson in self.lessons:
            src = lesson.source(lang) if lang else next(iter(lesson.sources.values()))
            value = src.meta.get("duration") if src else None
            total += value if isinstance(value, int) and not isinstance(value, bool) else 0
        return total


@dataclass
class Site:
    docs_dir: Path
    sources: list[Source]
    courses: list[Node]
    nodes: dict[str, Node]  # key -> node
    errors: list[Error] = field(default_factory=list)  # sources that could not be read

    def node_of(self, src: Source) -> Node | None:
        return self.nodes.get(node_key(src.url_path))

    def source_at(self, path: Path) -> Source | None:
        """The source read from `path` (absolute), in O(1)."""
        if not hasattr(self, "_by_path"):
            self._by_path = {s.path: s for s in self.sources}
        return self._by_path.get(path)

    def reading_place(self, lesson: Node) -> tuple[list[Node], int]:
        """(its course's lessons in reading order, `lesson`'s index there), each course's
        order made once: a pager per lesson page made it again, so a page cost more as its
        course grew. The tree is complete when the site is read (`load`)."""
        course = lesson
        while course.parent is not None:
            course = course.parent
        if not hasattr(self, "_orders"):
            self._orders: dict[int, tuple[Node, list[Node], dict[int, int]]] = {}
        if id(course) not in self._orders:
            lessons = sequence(course)
            places = {id(node): i for i, node in enumerate(lessons)}
            self._orders[id(course)] = (course, lessons, places)
        _course, lessons, places = self._orders[id(course)]
        return lessons, places[id(lesson)]


def split_language(path: Path | PurePosixPath) -> tuple[str, str] | None:
    """`x.ar.md` -> (`x`, `ar`); None for a name without a language suffix."""
    parts = path.name.split(".")
    if len(parts) >= 3 and parts[-2] in LANGUAGES:
        return ".".join(parts[:-2]), parts[-2]
    return None


def kind_of(url_path: PurePosixPath) -> str:
    parts = url_path.parts
    if not parts or parts[0] != COURSES_DIR:
        return "page"
    if len(parts) == 3 and parts[2] == "index.md":
        return "course"
    if len(parts) == 4:
        return "module" if parts[3] == "index.md" else "lesson"
    return "page"


def node_key(url_path: PurePosixPath) -> str:
    """`courses/ai/01-x/02-y.md` -> `ai/01-x/02-y`; `courses/ai/index.md` -> `ai`."""
    parts = list(url_path.parts[1:])
    if parts and parts[-1] == "index.md":
        parts.pop()
    elif parts:
        parts[-1] = parts[-1][: -len(".md")]
    return "/".join(parts)


class SourceError(Exception):
    """A source that cannot be read, at the line of the mistake, in plain words."""

    def __init__(self, line: int, col: int, message: Msg) -> None:
        super().__init__(message.text("en"))
        self.line, self.col, self.message = line, col, message


def decode(data: bytes, path: Path | None = None) -> str:
    """The text of a source: UTF-8, with a BOM and CRLF/CR line ends accepted and
    normalised, so a file saved on Windows reads (and builds) exactly like its LF twin."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        where = str(path) if path is not None else "FILE"
        raise SourceError(
            line, col, msg("encoding.not_utf8", offset=exc.start, path=where)
        ) from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")


_OPEN = re.compile(r"---[ \t]*$")
_CLOSE = re.compile(r"(?:---|\.\.\.)[ \t]*$")


def parse_front_matter(text: str) -> tuple[dict, dict[str, int], str, int]:
    """(meta, line of each field, body, body's first line). Raises SourceError, at the line
    of the mistake and in plain words, when the front matter cannot be read."""
    lines = text.split("\n")
    if not lines or not _OPEN.match(lines[0]):
        return {}, {}, text, 1
    end = next((i for i in range(1, len(lines)) if _CLOSE.match(lines[i])), None)
    if end is None:
        raise SourceError(1, 1, msg("yaml.unclosed_front_matter"))
    raw = "\n".join(lines[1:end]) + "\n"
    try:
        node, meta = yamlfast.node_and_data(raw)  # one parse: the nodes (lines), the values
        meta = meta or {}
    except yaml.YAMLError as exc:
        raise _yaml_error(raw, exc) from exc
    if not isinstance(meta, dict):
        raise SourceError(2, 1, msg("yaml.not_mapping"))
    fields: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key_node, _ in node.value:
            name, line = str(key_node.value), key_node.start_mark.line + 2  # +1 ---, +1 1-based
            if name in fields:
                raise SourceError(line, 1, msg("yaml.duplicate", field=name, first=fields[name]))
            fields[name] = line
    return meta, fields, "\n".join(lines[end + 1 :]), end + 2


def _yaml_error(raw: str, exc: yaml.YAMLError) -> SourceError:
    """The YAML error at the line of the mistake (not where the parser gave up), and how
    to fix it. Front matter line i (0-based) is file line i + 2."""
    lines = raw.split("\n")
    problem = str(getattr(exc, "problem", "") or exc)
    context = str(getattr(exc, "context", "") or "")
    pmark, cmark = getattr(exc, "problem_mark", None), getattr(exc, "context_mark", None)
    pline, pcol = (pmark.line, pmark.column) if pmark else (0, 0)
    text = lines[pline] if pline < len(lines) else ""
    if "'\\t'" in problem or "\t" in problem:
        return SourceError(pline + 2, pcol + 1, msg("yaml.tab"))
    if "quoted scalar" in context and cmark:
        quote = lines[cmark.line][cmark.column]
        return SourceError(
            cmark.line + 2,
            cmark.column + 1,
            msg("yaml.unclosed_quote", quote=quote, opened=cmark.line + 2),
        )
    if "flow sequence" in context or "flow mapping" in context:
        bracket = "[" if "sequence" in context else "{"
        closing = "]" if bracket == "[" else "}"
        line = cmark.line if cmark else pline
        col = cmark.column if cmark else 0
        return SourceError(
            line + 2,
            col + 1,
            msg("yaml.unclosed_bracket", bracket=bracket, closing=closing, opened=line + 2),
        )
    if "simple key" in context and cmark:
        return SourceError(cmark.line + 2, cmark.column + 1, msg("yaml.missing_colon"))
    if "mapping values are not allowed" in problem:
        field, sep, value = text.partition(":")
        if sep and not text[:1].isspace() and field.strip():
            value = value.strip().replace('"', '\\"')
            return SourceError(
                pline + 2, pcol + 1, msg("yaml.colon_in_value", field=field.strip(), value=value)
            )
        return SourceError(pline + 2, 1, msg("yaml.indent"))
    if "expected <block end>" in problem or "expected key" in problem:
        return SourceError(pline + 2, pcol + 1, msg("yaml.indent"))
    return SourceError(pline + 2, pcol + 1, msg("yaml.other", problem=problem))


def read_source(docs_dir: Path, path: Path, text: str) -> Source:
    rel = PurePosixPath(path.relative_to(docs_dir).as_posix())
    _, lang = split_language(rel) or ("", "")
    meta, lines, body, body_line = parse_front_matter(text)
    url_path = rel.with_name(rel.name.replace(f".{lang}.md", ".md"))
    return Source(path, rel, lang, kind_of(url_path), meta, lines, body, body_line)


def read_path(docs_dir: Path, path: Path) -> Source:
    """The source at `path`; raises SourceError (encoding, front matter)."""
    return read_source(docs_dir, path, decode(path.read_bytes(), path))


def build_tree(sources: list[Source]) -> tuple[list[Node], dict[str, Node]]:
    nodes: dict[str, Node] = {}
    for src in sources:
        if src.kind == "page":
            continue
        key = node_key(src.url_path)
        node = nodes.setdefault(key, Node(key, src.kind))
        node.sources[src.lang] = src
    for key, node in nodes.items():
        if "/" in key:
            parent = nodes.get(key.rsplit("/", 1)[0])
            if parent is not None:
                node.parent = parent
                parent.children.append(node)
    for node in nodes.values():
        node.children.sort(key=lambda n: n.order)
    courses = sorted((n for n in nodes.values() if n.kind == "course"), key=lambda n: n.order)
    return courses, nodes


# (docs_dir, path) -> ((mtime_ns, size), Source or its error): each language build reads the
# whole tree, `check` reads it before, and `mkdocs serve` re-reads it on every change; only
# changed files are read again, and every reader gets the same Source (and its one model).
_CACHE: dict[tuple[Path, Path], tuple[tuple[int, int], Source | SourceError]] = {}


def read_cached(docs_dir: Path, path: Path) -> Source | SourceError:
    """The source at `path` (or why it cannot be read), read again only if it changed."""
    stat = path.stat()
    stamp = (stat.st_mtime_ns, stat.st_size)
    cached = _CACHE.get((docs_dir, path))
    if cached is None or cached[0] != stamp:
        try:
            cached = (stamp, read_path(docs_dir, path))
        except SourceError as exc:
            cached = (stamp, exc)
        _CACHE[(docs_dir, path)] = cached
    return cached[1]


def load(docs_dir: Path) -> Site:
    """Read every `*.<lang>.md`. A source that cannot be read is not dropped silently: it is
    in `Site.errors`, at its line, and `make serve` and `make check` report it."""
    sources: list[Source] = []
    errors: list[Error] = []
    for path in sorted(docs_dir.rglob("*.md")):
        if not split_language(path) or not path.is_file():
            continue
        result = read_cached(docs_dir, path)
        if isinstance(result, SourceError):
            errors.append(Error(path, result.line, result.col, result.message))
        else:
            sources.append(result)
    courses, nodes = build_tree(sources)
    return Site(docs_dir, sources, courses, nodes, errors)


def sequence(course: Node) -> list[Node]:
    """Lessons of a course in reading order (module order, then lesson order)."""
    return course.lessons


def translation_pairs(
    sources: list[Source], kind: str | None = None
) -> list[tuple[Source, Source]]:
    """(original in the default language, translation) for every translated page, optionally
    of one `kind`: what the parity rules of the validator compare."""
    by_page: dict[PurePosixPath, dict[str, Source]] = {}
    for src in sources:
        if src.lang and (kind is None or src.kind == kind):
            by_page.setdefault(src.url_path, {})[src.lang] = src
    pairs = []
    for langs in by_page.values():
        original = langs.get(DEFAULT_LANGUAGE)
        if original is not None:
            pairs += [(original, tr) for lang, tr in sorted(langs.items()) if tr is not original]
    return pairs
