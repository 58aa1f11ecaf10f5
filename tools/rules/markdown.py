"""Just enough Markdown reading for the rules: fenced code apart, inline code masked.

Line numbers are those of the file (front matter included), columns are 1-based.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from pymdownx.slugs import slugify

from tools.content import Source

_FENCE = re.compile(r"^(\s*)(`{3,}|~{3,})(.*)$")
_INLINE_CODE = re.compile(r"(`+)(.+?)(?<!`)\1(?!`)")
_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_ATTR_ID = re.compile(r"\{:?\s*[^}]*?#([^\s}]+)[^}]*\}")
_HEADING_ATTRS = re.compile(r"\s*\{:?[^}]*\}\s*$")
_SLUGIFY = slugify(case="lower")


@dataclass(frozen=True)
class Code:
    line: int  # line of the opening fence
    info: str
    lines: tuple[tuple[int, str], ...]  # (line, text without the fence's indent)

    @property
    def text(self) -> str:
        return "\n".join(text for _, text in self.lines)


@dataclass(frozen=True)
class Heading:
    line: int
    level: int
    text: str  # without `{#id}` attributes
    id: str


@dataclass
class Parsed:
    prose: list[tuple[int, str]] = field(default_factory=list)  # code masked with spaces
    code: list[Code] = field(default_factory=list)
    inline_code: list[tuple[int, int, str]] = field(default_factory=list)  # line, col, text
    headings: list[Heading] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)  # heading ids and explicit `{#id}`


def parse(src: Source) -> Parsed:
    return _parse(src.body, src.body_line)


def heading_text(raw: str) -> str:
    """The text a heading renders to, roughly: no attributes, links or emphasis marks."""
    text = _HEADING_ATTRS.sub("", raw)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return re.sub(r"[*_`]", "", text).strip()


@lru_cache(maxsize=512)
def _parse(body: str, first_line: int) -> Parsed:
    out = Parsed()
    fence: tuple[str, str, str, int] | None = None  # indent, marker, info, line
    code_lines: list[tuple[int, str]] = []
    for number, line in enumerate(body.split("\n"), start=first_line):
        match = _FENCE.match(line)
        if fence is not None:
            indent, marker, info, start = fence
            if (
                match
                and match.group(2)[0] == marker[0]
                and len(match.group(2)) >= len(marker)
                and not match.group(3).strip()
            ):
                out.code.append(Code(start, info, tuple(code_lines)))
                fence = None
            else:
                text = line[len(indent) :] if line.startswith(indent) else line.lstrip()
                code_lines.append((number, text))
            out.prose.append((number, ""))
            continue
        if match and not (match.group(2)[0] == "`" and "`" in match.group(3)):
            fence = (match.group(1), match.group(2), match.group(3).strip(), number)
            code_lines = []
            out.prose.append((number, ""))
            continue
        for code in _INLINE_CODE.finditer(line):
            out.inline_code.append((number, code.start(2) + 1, code.group(2)))
        masked = _INLINE_CODE.sub(lambda m: " " * len(m.group(0)), line)
        out.prose.append((number, masked))
        _heading(out, number, masked, line)
    if fence is not None:  # unclosed: Markdown runs it to the end of the file
        out.code.append(Code(fence[3], fence[2], tuple(code_lines)))
    return out


def _heading(out: Parsed, number: int, masked: str, line: str) -> None:
    for attr in _ATTR_ID.finditer(masked):
        out.ids.add(attr.group(1))
    match = _HEADING.match(masked)
    if not match:
        return
    raw = line[match.start(2) : match.end(2)] if match.group(2) else ""
    explicit = _ATTR_ID.search(raw) if _HEADING_ATTRS.search(raw) else None
    text = heading_text(raw)
    ident = explicit.group(1) if explicit else _SLUGIFY(text, "-")
    if not explicit:
        base, n = ident, 0
        while ident in out.ids:
            n += 1
            ident = f"{base}_{n}"
    out.ids.add(ident)
    out.headings.append(Heading(number, len(match.group(1)), text, ident))
