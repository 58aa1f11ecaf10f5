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
from pathlib import Path, PurePosixPath

import yaml

from tools.paths import LANGUAGES

_NUMBER_PREFIX = re.compile(r"^(\d+)[-_]")
COURSES_DIR = "courses"


@dataclass
class Source:
    """One Markdown file in one language."""

    path: Path
    rel: PurePosixPath  # relative to docs/, with the language suffix
    lang: str
    kind: str  # "page", "course", "module" or "lesson"
    meta: dict
    meta_lines: dict[str, int]  # field -> line in the file
    body: str
    body_line: int  # line where the body starts (1-based)

    @property
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
        return self.sources.get(lang) or next(iter(self.sources.values()), None)

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

    def node_of(self, src: Source) -> Node | None:
        return self.nodes.get(node_key(src.url_path))

    def source_at(self, path: Path) -> Source | None:
        """The source read from `path` (absolute), in O(1)."""
        if not hasattr(self, "_by_path"):
            self._by_path = {s.path: s for s in self.sources}
        return self._by_path.get(path)


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


def parse_front_matter(text: str) -> tuple[dict, dict[str, int], str, int]:
    """(meta, line of each field, body, body's first line). Raises yaml.YAMLError."""
    if not text.startswith("---\n"):
        return {}, {}, text, 1
    end = text.find("\n---\n", 3)
    if end < 0 and text.endswith("\n---"):
        end = len(text) - 4
    if end < 0:
        raise yaml.YAMLError("front matter opened with --- but never closed")
    raw = text[4 : end + 1]
    node = yaml.compose(raw, Loader=yaml.SafeLoader)
    meta = yaml.safe_load(raw) or {}
    lines: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key_node, _ in node.value:
            lines[str(key_node.value)] = key_node.start_mark.line + 2  # +1 for ---, +1 1-based
    body_line = raw.count("\n") + 3
    return meta, lines, text[end + 5 :], body_line


def read_source(docs_dir: Path, path: Path, text: str) -> Source:
    rel = PurePosixPath(path.relative_to(docs_dir).as_posix())
    _, lang = split_language(rel) or ("", "")
    meta, lines, body, body_line = parse_front_matter(text)
    if not isinstance(meta, dict):
        raise yaml.YAMLError("front matter must be a mapping of `field: value` lines")
    src = Source(path, rel, lang, "page", meta, lines, body, body_line)
    src.kind = kind_of(src.url_path)
    return src


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


# (docs_dir, path) -> ((mtime_ns, size), Source): each language build reads the whole tree,
# and `mkdocs serve` re-reads it on every change; only changed files are parsed again.
_CACHE: dict[tuple[Path, Path], tuple[tuple[int, int], Source]] = {}


def load(docs_dir: Path) -> Site:
    """Read every `*.<lang>.md` that parses. The validator reports the others."""
    sources = []
    for path in sorted(docs_dir.rglob("*.md")):
        if not split_language(path):
            continue
        stat = path.stat()
        stamp = (stat.st_mtime_ns, stat.st_size)
        cached = _CACHE.get((docs_dir, path))
        if cached and cached[0] == stamp:
            sources.append(cached[1])
            continue
        try:
            text = path.read_text(encoding="utf-8-sig")
            source = read_source(docs_dir, path, text)
        except (UnicodeDecodeError, yaml.YAMLError):
            continue
        _CACHE[(docs_dir, path)] = (stamp, source)
        sources.append(source)
    courses, nodes = build_tree(sources)
    return Site(docs_dir, sources, courses, nodes)


def sequence(course: Node) -> list[Node]:
    """Lessons of a course in reading order (module order, then lesson order)."""
    return course.lessons


def translation_pairs(
    sources: list[Source], kind: str | None = None
) -> list[tuple[Source, Source]]:
    """(original in the default language, translation) for every translated page, optionally
    of one `kind`: what the parity rules of the validator compare."""
    from tools.paths import DEFAULT_LANGUAGE

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
