"""The one reading of a Markdown source: parsed once, read by every consumer.

The check rules, the page skeleton, quizzes, slides, the PPTX, handouts and trainer pages
all read this model; none of them scans the Markdown text again. The parser is
markdown-it-py (a maintained CommonMark parser whose tokens carry source lines), with one
block rule of ours for `!!!` / `???` blocks that uses Python-Markdown's own patterns
(`markdown.extensions.admonition`, `pymdownx.details`) and its body rule (4-space indent,
blank lines inside), so a line is a block here exactly when it is one on the site. What
Python-Markdown alone decides (heading ids) is read from a render of the same page
(tools/page_render.py), and a differential test compares the model with every built page.

Line numbers are those of the file (front matter included); columns are 1-based.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.token import Token
from mdit_py_plugins.deflist import deflist_plugin
from mdit_py_plugins.footnote import footnote_plugin

# Python-Markdown's patterns, anchored on one line (theirs search a block of lines).
_ADMONITION = re.compile(r'!!! ?([\w\-]+(?: +[\w\-]+)*)(?: +"(.*?)")? *$')
_DETAILS = re.compile(
    r'\?{3}(\+)? ?(?:([\w\-]+(?: +[\w\-]+)*?)?(?: +"(.*?)")|([\w\-]+(?: +[\w\-]+)*?)) *$'
)
_ATTR_LIST = re.compile(r"\s*\{:?([^}]*)\}\s*$")
_ATTR_ID = re.compile(r"(?:^|\s)#([^\s}]+)")
_OPTION = re.compile(r"^\[(?P<mark>[ xX])\][ \t]+(?P<text>.*)$")
_TAG_ATTR = re.compile(r"""\b(src|href|alt)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_TAG = re.compile(r"<(img|a)\b[^>]*>", re.I)
# The closed list of block types an author may write: ours, then the admonitions that have
# a title in both languages (tools/ui_strings.py `admonition.<type>`, tools/skeleton.py).
OUR_BLOCKS = ("exercise", "solution", "trainer", "quiz")
BLOCK_TYPES = (*OUR_BLOCKS, "note", "tip", "info", "warning", "example", "question")
# `!!! quiz o2`, `!!! exercise o1 o3 "Title"`: the lesson objectives (1-based, in the front
# matter's order) a quiz or an exercise assesses (tools/rules/objectives.py).
OBJECTIVE_MARK = re.compile(r"o([1-9][0-9]?)")
ASSESSMENTS = ("quiz", "exercise")
SLIDE_MARK = "<!-- slide -->"
NO_SLIDE_MARK = "<!-- no-slide -->"


@dataclass(frozen=True)
class Heading:
    line: int
    col: int
    level: int
    text: str  # plain text, without `{#id}` attributes
    explicit_id: str | None  # from `{#id}`


@dataclass(frozen=True)
class Link:
    line: int
    col: int
    url: str
    image: bool
    alt: str | None  # an image's alt text (None: a link, or an `<img alt="">` on purpose)


@dataclass(frozen=True)
class Code:
    line: int  # line of the opening fence (or first line of an indented block)
    info: str
    lines: tuple[tuple[int, str], ...]  # (line, text without the fence's indent)

    @property
    def text(self) -> str:
        return "\n".join(text for _, text in self.lines)


@dataclass(frozen=True)
class Span:
    line: int
    col: int
    text: str


@dataclass
class Option:
    line: int
    correct: bool
    text: str
    feedback: list[str] = field(default_factory=list)


@dataclass
class Quiz:
    line: int  # line of `!!! quiz`
    indent: str
    end: int  # index (0-based, in the parsed text) of the line after the block
    start: int  # index (0-based) of the `!!! quiz` line
    question: list[str] = field(default_factory=list)
    options: list[Option] = field(default_factory=list)
    explanation: list[str] = field(default_factory=list)

    @property
    def multiple(self) -> bool:
        return sum(o.correct for o in self.options) > 1

    @property
    def correct(self) -> list[int]:
        return [i for i, o in enumerate(self.options) if o.correct]


@dataclass
class Block:
    """A `!!! type "title"` or `??? type` block and its indented body."""

    type: str  # the first class: `exercise`, `note`…
    classes: tuple[str, ...]  # every class written after the marker
    marker: str  # "!!!", "???" or "???+"
    title: str | None  # None: no title written
    line: int  # line of the marker
    col: int
    end: int  # last line of the body (inclusive)
    indent: int  # columns before the marker
    body: str  # the body, dedented
    children: list[Block] = field(default_factory=list)

    @property
    def objectives(self) -> tuple[int, ...]:
        """The objectives this block assesses, from its `oN` classes (quiz, exercise)."""
        if self.type not in ASSESSMENTS:
            return ()
        marks = (OBJECTIVE_MARK.fullmatch(c) for c in self.classes[1:])
        return tuple(int(m.group(1)) for m in marks if m)

    @property
    def extra_classes(self) -> tuple[str, ...]:
        """Classes after the type that are no objective mark (a title without quotes)."""
        if self.type not in ASSESSMENTS:
            return self.classes[1:]
        return tuple(c for c in self.classes[1:] if not OBJECTIVE_MARK.fullmatch(c))

    def walk(self) -> Iterator[Block]:
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class Item:
    """A top-level piece of the body, in order: what the slides pick from."""

    kind: str  # heading, paragraph, figure, list, code, table, html, block, other
    line: int
    end: int  # inclusive
    text: str  # its source lines
    level: int = 0  # headings
    block: Block | None = None


@dataclass
class Document:
    lines: list[str]  # the body's lines
    first_line: int  # file line of lines[0]
    headings: list[Heading] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    code: list[Code] = field(default_factory=list)
    inline_code: list[Span] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)  # top level; children nested
    items: list[Item] = field(default_factory=list)
    quizzes: list[Quiz] = field(default_factory=list)
    not_blocks: list[Span] = field(default_factory=list)  # `!!!` lines that are no block
    hash_lines: list[Span] = field(default_factory=list)  # `#text` lines (headings there)
    code_lines: set[int] = field(default_factory=set)

    def all_blocks(self) -> Iterator[Block]:
        for block in self.blocks:
            yield from block.walk()

    @property
    def prose(self) -> list[tuple[int, str]]:
        """Every line outside code, inline code masked with spaces (for the safety rules)."""
        masked = {n: list(text) for n, text in enumerate(self.lines, self.first_line)}
        for span in self.inline_code:
            row = masked.get(span.line)
            if row is not None:
                for i in range(span.col - 1, min(len(row), span.col - 1 + len(span.text))):
                    row[i] = " "
        return [
            (n, "" if n in self.code_lines else "".join(row)) for n, row in sorted(masked.items())
        ]

    def source(self, first: int, last: int) -> str:
        """File lines first..last (inclusive) as written."""
        return "\n".join(self.lines[first - self.first_line : last - self.first_line + 1])


# --- the parser -------------------------------------------------------------------------


def _block_rule(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """Python-Markdown's admonition / details: the marker at the container's indent, the
    body every following line indented 4 more (blank lines included), no lazy lines."""
    offset = state.sCount[start] - state.blkIndent
    if offset < 0 or offset >= 4:
        return False
    pos = state.bMarks[start] + state.tShift[start]
    text = state.src[pos : state.eMarks[start]]
    if not text.startswith(("!!!", "???")):
        return False
    parsed = parse_marker(text)
    if parsed is None or (offset and state.parentType != "list"):
        # Plain text on the site (Python-Markdown wants the marker at the line's start).
        state.env.setdefault("not_blocks", set()).add((start, state.sCount[start], text))
        return False
    if silent:
        return True
    marker, classes, title = parsed
    indent = state.sCount[start]
    body_indent = indent + 4
    last = start
    line = start + 1
    while line < end:
        if not state.isEmpty(line):
            if state.sCount[line] < body_indent:
                break
            last = line
        line += 1
    old = (state.parentType, state.lineMax, state.blkIndent)
    token = state.push("tk_block_open", "div", 1)
    token.map = [start, last + 1]
    token.markup = marker
    token.info = " ".join(classes)
    token.meta = {"title": title, "indent": indent}
    state.parentType, state.lineMax, state.blkIndent = "tk_block", last + 1, body_indent
    state.md.block.tokenize(state, start + 1, last + 1)
    state.push("tk_block_close", "div", -1)
    state.parentType, state.lineMax, state.blkIndent = old
    state.line = last + 1
    return True


def parse_marker(text: str) -> tuple[str, tuple[str, ...], str | None] | None:
    """(marker, classes, title or None) of a `!!!` / `???` line, as Python-Markdown reads
    it; None if the line is not a block start there."""
    if text.startswith("!!!"):
        m = _ADMONITION.match(text)
        if not m:
            return None
        return "!!!", tuple(m.group(1).lower().split()), m.group(2)
    m = _DETAILS.match(text)
    if not m:
        return None
    marker = "???+" if m.group(1) else "???"
    classes = m.group(2) or m.group(4) or ""
    if not classes:
        return None  # `??? "title"` alone has no type: we require one
    return marker, tuple(classes.lower().split()), m.group(3)


def _with_positions(rule):
    """Record where each inline token starts in its block's text (markdown-it has no
    columns): the rule's start position, kept in `token.meta["pos"]`."""

    def wrapped(state, silent):
        start, count = state.pos, len(state.tokens)
        ok = rule(state, silent)
        if ok and not silent:
            for token in state.tokens[count:]:
                token.meta.setdefault("pos", start)
        return ok

    return wrapped


def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": True}).enable("table")
    md.use(footnote_plugin).use(deflist_plugin)
    md.validateLink = lambda url: True  # Python-Markdown keeps every URL: so do we
    md.block.ruler.before(
        "fence", "tk_block", _block_rule, {"alt": ["paragraph", "reference", "blockquote", "list"]}
    )
    for rule in md.inline.ruler.__rules__:
        rule.fn = _with_positions(rule.fn)
    md.inline.ruler.__cache__ = None
    return md


_MD = _parser()


@lru_cache(maxsize=1024)
def parse(text: str, first_line: int = 1) -> Document:
    """The model of a Markdown body whose first line is line `first_line` of its file."""
    env: dict = {}
    tokens = _MD.parse(text, env)
    doc = Document(text.split("\n"), first_line)
    _Reader(doc, tokens).read()
    for line, col, raw in sorted(env.get("not_blocks", ())):
        doc.not_blocks.append(Span(line + first_line, col + 1, raw))
    return doc


class _Reader:
    def __init__(self, doc: Document, tokens: list[Token]):
        self.doc = doc
        self.tokens = tokens

    def line(self, index: int) -> int:
        return index + self.doc.first_line

    def read(self) -> None:
        stack: list[Block] = []
        tokens = self.tokens
        for i, token in enumerate(tokens):
            if token.type == "tk_block_open":
                block = self._block(token)
                (stack[-1].children if stack else self.doc.blocks).append(block)
                stack.append(block)
                if block.type == "quiz":
                    self.doc.quizzes.append(self._quiz(block, tokens, i))
            elif token.type == "tk_block_close":
                stack.pop()
            elif token.type in ("fence", "code_block") and token.map:
                self._code(token)
            elif token.type == "heading_open" and token.map:
                self._heading(token, tokens[i + 1])
            elif token.type == "inline" and token.map:
                self._inline(token)
                if tokens[i - 1].type == "paragraph_open":
                    self._hash_lines(token)
            elif token.type == "html_block" and token.map:
                self._html(token.content, token.map[0], 0)
            if token.level == 0 and token.nesting != -1 and token.map:
                self._item(token, tokens, i)

    def _block(self, token: Token) -> Block:
        start, stop = token.map
        indent = token.meta["indent"]
        body = [
            line[indent + 4 :] if line[: indent + 4].strip() == "" else line.lstrip()
            for line in self.doc.lines[start + 1 : stop]
        ]
        classes = tuple(token.info.split())
        return Block(
            classes[0],
            classes,
            token.markup,
            token.meta["title"],
            self.line(start),
            indent + 1,
            self.line(stop - 1),
            indent,
            "\n".join(body).strip("\n"),
        )

    def _code(self, token: Token) -> None:
        start, stop = token.map
        if token.type == "fence":
            first = self.doc.lines[start]
            indent = len(first) - len(first.lstrip())
            lines = tuple(
                (self.line(n), _strip_indent(self.doc.lines[n], indent))
                for n in range(start + 1, stop)
            )
            closing = lines[-1][1].strip() if lines else ""
            if lines and closing and set(closing) == {token.markup[0]}:
                lines = lines[:-1]
            info = token.info.strip()
        else:
            lines = tuple((self.line(n), self.doc.lines[n]) for n in range(start, stop))
            info = ""
        self.doc.code.append(Code(self.line(start), info, lines))
        self.doc.code_lines.update(self.line(n) for n in range(start, stop))

    def _heading(self, token: Token, inline: Token) -> None:
        raw = inline.content
        explicit = None
        attrs = _ATTR_LIST.search(raw)
        if attrs:
            match = _ATTR_ID.search(attrs.group(1))
            explicit = match.group(1) if match else None
        text = _plain(inline.children or [])
        text = _ATTR_LIST.sub("", text).strip()
        line = self.line(token.map[0])
        source = self.doc.lines[token.map[0]]
        self.doc.headings.append(
            Heading(line, len(source) - len(source.lstrip()) + 1, int(token.tag[1]), text, explicit)
        )

    def _hash_lines(self, inline: Token) -> None:
        """Paragraph lines that start with `#` and no space: text here, but a heading for
        Python-Markdown (which needs no space after #)."""
        offset = 0
        for part in inline.content.split("\n"):
            if part.startswith("#") and not part.startswith(("# ", "#\t")) and part.strip("#"):
                line, col = self._position(inline, offset)
                self.doc.hash_lines.append(Span(line, col, part))
            offset += len(part) + 1

    def _position(self, inline: Token, pos: int) -> tuple[int, int]:
        """File (line, col) of offset `pos` in an inline token's content."""
        content = inline.content
        k = content.count("\n", 0, pos)
        line_start = content.rfind("\n", 0, pos) + 1
        line_end = content.find("\n", pos)
        part = content[line_start : line_end if line_end >= 0 else len(content)]
        index = inline.map[0] + k
        source = self.doc.lines[index] if index < len(self.doc.lines) else ""
        base = source.find(part) if part else 0
        return self.line(index), max(base, 0) + (pos - line_start) + 1

    def _inline(self, inline: Token) -> None:
        for child in inline.children or []:
            pos = child.meta.get("pos")
            if pos is None:
                continue
            if child.type == "code_inline":
                line, col = self._position(inline, pos)
                self.doc.inline_code.append(Span(line, col + len(child.markup), child.content))
            elif child.type == "link_open":
                line, col = self._position(inline, pos)
                self.doc.links.append(
                    Link(line, col, str(child.attrGet("href") or ""), False, None)
                )
            elif child.type == "image":
                line, col = self._position(inline, pos)
                url = str(child.attrGet("src") or "")
                self.doc.links.append(Link(line, col, url, True, child.content))
            elif child.type == "html_inline":
                line, col = self._position(inline, pos)
                self._html(child.content, line - self.doc.first_line, col - 1)

    def _html(self, text: str, index: int, col: int) -> None:
        """`<img src alt>` and `<a href>` in raw HTML are links and images too."""
        for tag in _TAG.finditer(text):
            before = text[: tag.start()]
            line = self.line(index + before.count("\n"))
            column = (col if "\n" not in before else 0) + len(before.rsplit("\n", 1)[-1]) + 1
            attrs = {
                m.group(1).lower(): m.group(2) or m.group(3) or m.group(4) or ""
                for m in _TAG_ATTR.finditer(tag.group())
            }
            if tag.group(1).lower() == "img":
                # No alt: to fix. alt="": a decorative image, said on purpose (None).
                alt = (attrs["alt"] or None) if "alt" in attrs else ""
                self.doc.links.append(Link(line, column, attrs.get("src", ""), True, alt))
            elif "href" in attrs:
                self.doc.links.append(Link(line, column, attrs["href"], False, None))

    def _quiz(self, block: Block, tokens: list[Token], i: int) -> Quiz:
        start = block.line - self.doc.first_line
        stop = block.end - self.doc.first_line + 1
        quiz = Quiz(block.line, " " * block.indent, stop, start)
        inner = block.indent + 4
        state = "question"
        depth = tokens[i].level + 1
        j = i + 1
        while tokens[j].type != "tk_block_close" or tokens[j].level != tokens[i].level:
            token = tokens[j]
            j += 1
            if token.level != depth or token.nesting == -1 or not token.map:
                continue
            lines = self.doc.lines[token.map[0] : token.map[1]]
            text = [_strip_indent(line, inner) for line in lines]
            if token.type == "bullet_list_open" and state == "question":
                options = self._options(tokens, j - 1, inner)
                if options:
                    quiz.options = options
                    state = "explanation"
                    continue
            target = quiz.question if state == "question" else quiz.explanation
            if target:
                target.append("")
            target += text
        quiz.question = _trim(quiz.question)
        quiz.explanation = _trim(quiz.explanation)
        return quiz

    def _options(self, tokens: list[Token], i: int, inner: int) -> list[Option]:
        options = []
        depth = tokens[i].level + 1
        j = i + 1
        while not (tokens[j].type == "bullet_list_close" and tokens[j].level == tokens[i].level):
            token = tokens[j]
            j += 1
            if token.type != "list_item_open" or token.level != depth:
                continue
            start, stop = token.map
            first = _strip_indent(self.doc.lines[start], inner)[2:].lstrip()
            m = _OPTION.match(first)
            if not m:
                return []
            rest = [line.strip() for line in self.doc.lines[start + 1 : stop] if line.strip()]
            options.append(Option(self.line(start), m.group("mark") != " ", m.group("text"), rest))
        return options

    def _item(self, token: Token, tokens: list[Token], i: int) -> None:
        start, stop = token.map
        while stop - 1 > start and not self.doc.lines[stop - 1].strip():
            stop -= 1
        text = "\n".join(self.doc.lines[start:stop])
        kind = {
            "heading_open": "heading",
            "bullet_list_open": "list",
            "ordered_list_open": "list",
            "fence": "code",
            "code_block": "code",
            "table_open": "table",
            "html_block": "html",
            "tk_block_open": "block",
        }.get(token.type, "other")
        if token.type == "paragraph_open":
            children = tokens[i + 1].children or []
            kind = "figure" if children and children[0].type == "image" else "paragraph"
        item = Item(kind, self.line(start), self.line(stop - 1), text)
        if kind == "heading":
            item.level = int(token.tag[1])
        if kind == "block":
            item.block = self.doc.blocks[-1]
        self.doc.items.append(item)


def _strip_indent(line: str, indent: int) -> str:
    return line[indent:] if line[:indent].strip() == "" else line.lstrip()


def _trim(lines: list[str]) -> list[str]:
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


def _plain(children: list[Token]) -> str:
    out = []
    for child in children:
        if child.type in ("text", "code_inline", "html_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append(" ")
        elif child.type == "image":
            out.append(child.content)
    return "".join(out)
