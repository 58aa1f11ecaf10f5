"""The one reading of a Markdown source: parsed once, read by every consumer.

Each source owns its document (`content.Source.doc`: parsed the first time it is read, once
per build, once per save under `make serve`); the check rules, the page skeleton, quizzes,
slides, the PPTX, handouts and trainer pages all read it, and none of them scans the
Markdown text again. A document is immutable (frozen dataclasses, tuples): rules share it.
Notebook Markdown cells are read through it too (tools/model/notebook_source.py).

The parser is markdown-it-py (a maintained CommonMark parser whose tokens carry source
lines), with one block rule of ours for `!!!` / `???` blocks that uses Python-Markdown's
own patterns (`markdown.extensions.admonition`, `pymdownx.details`) and its body rule
(4-space indent, blank lines inside), so a line is a block here exactly when it is one on
the site. What Python-Markdown alone decides (heading ids) is read from a render of the
same page (tools/common/site_markdown.py), and a differential test compares the model with every
built page.

Its nodes: headings, links and images (Markdown and raw HTML), code, blocks, quizzes, the
top-level items the slides pick from, slide marks, `[[fact:…]]` references, raw HTML with
its tags. Where CommonMark and the site's Python-Markdown read a structure differently, or
the site cannot show it as the author meant (a code fence never closed, a quiz with one
option, a list glued to a paragraph…), the document keeps a `Problem`, which `check`
reports at its line (tools/checks/rules/model.py).

Line numbers are those of the file (front matter included); columns are 1-based.
"""

# Long module: the one reader of a Markdown source: the node types and the reader that fills them
# in one pass over markdown-it's tokens (`_Reader`) change together.

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from html.parser import HTMLParser

from markdown.util import BLOCK_LEVEL_ELEMENTS
from markdown_it import MarkdownIt
from markdown_it.common.utils import normalizeReference
from markdown_it.rules_block import StateBlock
from markdown_it.token import Token
from mdit_py_plugins.deflist import deflist_plugin
from mdit_py_plugins.footnote import footnote_plugin

from tools.common import blocks

# Python-Markdown's patterns, anchored on one line (theirs search a block of lines).
_ADMONITION = re.compile(r'!!! ?([\w\-]+(?: +[\w\-]+)*)(?: +"(.*?)")? *$')
_DETAILS = re.compile(
    r'\?{3}(\+)? ?(?:([\w\-]+(?: +[\w\-]+)*?)?(?: +"(.*?)")|([\w\-]+(?: +[\w\-]+)*?)) *$'
)
_ATTR_LIST = re.compile(r"\s*\{:?([^}]*)\}\s*$")
_ATTR_ID = re.compile(r"(?:^|\s)#([^\s}]+)")
_OPTION = re.compile(r"^\[(?P<mark>[ xX])\][ \t]+(?P<text>.*)$")
# The closed list of block types an author may write (tools/common/blocks.py, the block registry).
BLOCK_TYPES = blocks.AUTHOR_TYPES
# `!!! quiz o2`, `!!! exercise o1 o3 "Title"`: the lesson objectives (1-based, in the front
# matter's order) a quiz or an exercise assesses (tools/checks/rules/objectives.py).
OBJECTIVE_MARK = re.compile(r"o([1-9][0-9]?)")
ASSESSMENTS = blocks.ASSESSMENTS
SLIDE_MARK = "<!-- slide -->"
NO_SLIDE_MARK = "<!-- no-slide -->"


class Lines(tuple):
    """Lines of text, immutable; equal to the same lines in a list (as the model once kept
    them), so `quiz.question == ["…"]` still reads as it did."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        return tuple.__eq__(self, tuple(other) if isinstance(other, list) else other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    __hash__ = tuple.__hash__


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


@dataclass(frozen=True)
class Option:
    line: int
    correct: bool
    text: str
    feedback: Lines = Lines()


@dataclass(frozen=True)
class Quiz:
    line: int  # line of `!!! quiz`
    indent: str
    end: int  # index (0-based, in the parsed text) of the line after the block
    start: int  # index (0-based) of the `!!! quiz` line
    question: Lines = Lines()
    options: tuple[Option, ...] = ()
    explanation: Lines = Lines()

    @property
    def multiple(self) -> bool:
        return sum(o.correct for o in self.options) > 1

    @property
    def correct(self) -> list[int]:
        return [i for i, o in enumerate(self.options) if o.correct]


@dataclass(frozen=True)
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
    children: tuple[Block, ...] = ()

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


@dataclass(frozen=True)
class Item:
    """A top-level piece of the body, in order: what the slides pick from."""

    kind: str  # heading, paragraph, figure, list, code, table, html, block, other
    line: int
    end: int  # inclusive
    text: str  # its source lines
    level: int = 0  # headings
    block: Block | None = None
    mark: str | None = None  # html: SLIDE_MARK or NO_SLIDE_MARK, alone on its lines


@dataclass(frozen=True)
class FactRef:
    """`[[fact:id]]` or `[[fact:id|figure]]` in the prose (tools/model/facts.py)."""

    line: int
    col: int
    id: str
    form: str  # "" or what follows `|`


@dataclass(frozen=True)
class Tag:
    """A start tag in raw HTML, with its attributes as written (names lowercased)."""

    line: int
    col: int
    name: str
    attrs: tuple[tuple[str, str | None], ...]

    def attr(self, name: str) -> str | None:
        return next((v for k, v in self.attrs if k == name), None)

    def has(self, name: str) -> bool:
        return any(k == name for k, _ in self.attrs)


@dataclass(frozen=True)
class Html:
    """Raw HTML: a block of lines or an inline piece, and the start tags it holds."""

    line: int
    col: int
    text: str
    inline: bool
    tags: tuple[Tag, ...] = ()


@dataclass(frozen=True)
class Problem:
    """A structure the site cannot render as the author meant (tools/checks/rules/model.py says
    it as an error at its line): `key` names a message of tools/common/messages.py."""

    line: int
    col: int
    key: str
    args: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Document:
    lines: tuple[str, ...]  # the body's lines
    first_line: int  # file line of lines[0]
    headings: tuple[Heading, ...] = ()
    links: tuple[Link, ...] = ()
    code: tuple[Code, ...] = ()
    inline_code: tuple[Span, ...] = ()
    blocks: tuple[Block, ...] = ()  # top level; children nested
    items: tuple[Item, ...] = ()
    quizzes: tuple[Quiz, ...] = ()
    not_blocks: tuple[Span, ...] = ()  # `!!!` lines that are no block
    hash_lines: tuple[Span, ...] = ()  # `#text` lines (headings there)
    code_lines: frozenset[int] = frozenset()
    facts: tuple[FactRef, ...] = ()
    marks: tuple[Item, ...] = ()  # slide marks: `<!-- slide -->`, `<!-- no-slide -->`
    html: tuple[Html, ...] = ()
    problems: tuple[Problem, ...] = ()

    def all_blocks(self) -> Iterator[Block]:
        for block in self.blocks:
            yield from block.walk()

    @cached_property
    def prose(self) -> list[tuple[int, str]]:
        """Every line outside code, inline code masked with spaces (for the safety rules)."""
        return _prose(self.lines, self.first_line, self.inline_code, self.code_lines)

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


# How many documents this process parsed (bench/check_speed.py, tests/test_document_owned.py;
# each source parses its own once: `content.Source.doc`).
PARSES = 0


def parse(text: str, first_line: int = 1) -> Document:
    """The model of a Markdown body whose first line is line `first_line` of its file.
    Not cached here: a source keeps the one it owns (`content.Source.doc`)."""
    global PARSES
    PARSES += 1
    env: dict = {}
    tokens = _MD.parse(text, env)
    return _Reader(text.split("\n"), first_line, tokens, env).read()


def fragment_tokens(text: str) -> list[Token]:
    """A part of a lesson taken out of its document (a quiz's question, an option) read by
    the same parser and settings as the whole lesson, as markdown-it tokens: for a consumer
    that turns it into another kind of text (tools/site/digest.py, WhatsApp's). Not counted
    in PARSES: no document is made."""
    return _MD.parse(text, {})


@dataclass
class _Draft:
    """A block while its body is read (its children are not all known yet)."""

    type: str
    classes: tuple[str, ...]
    marker: str
    title: str | None
    line: int
    col: int
    end: int
    indent: int
    body: str
    children: list[_Draft] = field(default_factory=list)
    frozen: Block | None = None

    def freeze(self) -> Block:
        if self.frozen is None:
            children = tuple(child.freeze() for child in self.children)
            self.frozen = Block(
                self.type,
                self.classes,
                self.marker,
                self.title,
                self.line,
                self.col,
                self.end,
                self.indent,
                self.body,
                children,
            )
        return self.frozen


class _Tags(HTMLParser):
    """Start tags of a piece of raw HTML, with their (line, offset) in it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, int, str, tuple[tuple[str, str | None], ...]]] = []

    def handle_starttag(self, tag, attrs):
        line, offset = self.getpos()
        self.found.append((line, offset, tag, tuple(attrs)))

    handle_startendtag = handle_starttag


class _Closing(HTMLParser):
    """Whether an element opened at the start of a text is closed in it."""

    def __init__(self, name: str) -> None:
        super().__init__(convert_charrefs=True)
        self.name, self.depth, self.closed = name, 0, False

    def handle_starttag(self, tag, attrs):
        if tag == self.name:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag == self.name and not self.closed:
            self.depth -= 1
            self.closed = self.depth == 0


# Python-Markdown keeps these as raw HTML up to their closing tag (markdown.util).
_BLOCK_ELEMENTS = frozenset(BLOCK_LEVEL_ELEMENTS) - {"hr", "p"}
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "source", "wbr"})
_FIRST_TAG = re.compile(r"\s*<([A-Za-z][A-Za-z0-9-]*)")
_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")
_SPACED_LINK = re.compile(r"!?\[[^\]\n]*\]\(([^()<>\n]*[ \t][^()\n]*)\)")
_TITLED = re.compile(r"^\S+\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\))\s*$")
_REF_LINK = re.compile(r"\[([^\]\n]+)\]\[([^\]\n]*)\]")
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_COMMENT = re.compile(r"<!--.*?-->")
FACT_REFERENCE = re.compile(r"\[\[fact:([^\]|]*)(?:\|([^\]]*))?\]\]")  # as tools/model/facts.py
_FACT_OPEN = re.compile(r"\[\[fact:")
# A comment the author meant as a slide mark (any spelling): only SLIDE_MARK and NO_SLIDE_MARK
# alone between blank lines at the top level are read by the slides.
_SLIDE_LIKE = re.compile(r"<!--\s*(?:no[-_ ]?)?slides?\s*-->", re.IGNORECASE)
_FOOTNOTE_REF = re.compile(r"\[\^([^\]\s]+)\](?!:)")


class _Reader:
    def __init__(self, lines: list[str], first_line: int, tokens: list[Token], env: dict):
        self.lines = lines
        self.first_line = first_line
        self.tokens = tokens
        self.env = env
        self.headings: list[Heading] = []
        self.links: list[Link] = []
        self.code: list[Code] = []
        self.inline_code: list[Span] = []
        self.blocks: list[_Draft] = []
        self.items: list[tuple] = []
        self.quizzes: list[Quiz] = []
        self.hash_lines: list[Span] = []
        self.code_lines: set[int] = set()
        self.html: list[Html] = []
        self.problems: list[Problem] = []
        self.slide_comments: list[tuple[int, int, str]] = []  # (line, col, text)

    def line(self, index: int) -> int:
        return index + self.first_line

    def problem(self, index: int, col: int, key: str, **args: object) -> None:
        args_ = tuple(sorted((k, str(v)) for k, v in args.items()))
        self.problems.append(Problem(self.line(index), col, key, args_))

    def read(self) -> Document:
        stack: list[_Draft] = []
        containers: list[str] = []  # open container tokens: what a paragraph sits in
        paragraphs: dict[int, tuple[int, int]] = {}  # level -> (its token index, end line)
        tokens = self.tokens
        for i, token in enumerate(tokens):
            if token.nesting == 1 and token.type != "paragraph_open":
                containers.append(token.type)
            if token.type == "tk_block_open":
                draft = self._block(token)
                (stack[-1].children if stack else self.blocks).append(draft)
                stack.append(draft)
                if blocks.is_quiz(draft.type):
                    self.quizzes.append(self._quiz(draft, tokens, i))
            elif token.type == "tk_block_close":
                stack.pop()
            elif token.type in ("fence", "code_block") and token.map:
                self._code(token)
            elif token.type == "heading_open" and token.map:
                self._heading(token, tokens[i + 1])
            elif token.type == "paragraph_open" and token.map:
                paragraphs[token.level] = (i, token.map[1])
            elif token.type == "inline" and token.map:
                self._inline(token)
                if tokens[i - 1].type == "paragraph_open":
                    self._hash_lines(token)
                    self._paragraph(token)
            elif token.type == "html_block" and token.map:
                self._html_block(token)
            elif token.type == "table_open" and token.map:
                self._table(token)
            elif token.type in ("bullet_list_open", "ordered_list_open") and token.map:
                before = paragraphs.get(token.level)
                in_item = len(containers) > 1 and containers[-2] == "list_item_open"
                in_quiz = any(blocks.is_quiz(d.type) for d in stack)
                interrupts = bool(before) and before == (i - 3, token.map[0])
                if interrupts and not in_item and not in_quiz:
                    self.problem(token.map[0], 1, "model.list_no_blank")
            if token.nesting == -1 and token.type != "paragraph_close" and containers:
                containers.pop()
            if token.level == 0 and token.nesting != -1 and token.map:
                self._item(token, tokens, i)
        for draft in (d for top in self.blocks for d in _drafts(top)):
            self._block_indent(draft)
        inline_code = tuple(self.inline_code)
        code_lines = frozenset(self.code_lines)
        prose = _prose(self.lines, self.first_line, inline_code, code_lines)
        facts = self._facts(prose)
        self._explicit_ids()
        not_blocks = tuple(
            Span(line + self.first_line, col + 1, raw)
            for line, col, raw in sorted(self.env.get("not_blocks", ()))
        )
        items = tuple(
            Item(kind, line, end, text, level, draft.freeze() if draft else None, mark)
            for kind, line, end, text, level, draft, mark in self.items
        )
        marked = {item.line for item in items if item.mark}
        for line, col, text in self.slide_comments:
            if line not in marked:
                self.problems.append(Problem(line, col, "model.slide_mark", (("mark", text),)))
        doc = Document(
            lines=tuple(self.lines),
            first_line=self.first_line,
            headings=tuple(self.headings),
            links=tuple(self.links),
            code=tuple(self.code),
            inline_code=inline_code,
            blocks=tuple(d.freeze() for d in self.blocks),
            items=items,
            quizzes=tuple(self.quizzes),
            not_blocks=not_blocks,
            hash_lines=tuple(self.hash_lines),
            code_lines=code_lines,
            facts=facts,
            marks=tuple(item for item in items if item.mark),
            html=tuple(self.html),
            problems=tuple(sorted(set(self.problems), key=lambda p: (p.line, p.col, p.key))),
        )
        doc.__dict__["prose"] = prose  # computed once, here (a cached_property)
        return doc

    def _block(self, token: Token) -> _Draft:
        start, stop = token.map
        indent = token.meta["indent"]
        body = [
            line[indent + 4 :] if line[: indent + 4].strip() == "" else line.lstrip()
            for line in self.lines[start + 1 : stop]
        ]
        classes = tuple(token.info.split())
        return _Draft(
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

    def _block_indent(self, draft: _Draft) -> None:
        """A block with no body, followed by lines indented less than 4 more than its
        marker: the author meant them as its body (the site shows them after it)."""
        if draft.body.strip():
            return
        index = draft.line - self.first_line + 1
        while index < len(self.lines) and not self.lines[index].strip():
            index += 1
        if index < len(self.lines):
            text = self.lines[index]
            shift = len(text) - len(text.lstrip(" ")) - draft.indent
            if 0 < shift < 4 and not text.lstrip().startswith(("!!!", "???")):
                self.problem(
                    draft.line - self.first_line,
                    draft.col,
                    "model.block_indent",
                    marker=draft.marker,
                    type=draft.type,
                    spaces=shift,
                )

    def _explicit_ids(self) -> None:
        """Two headings given the same `{#id}`: the page has the id twice, and a link to it
        always lands on the first."""
        seen: dict[str, int] = {}
        for h in self.headings:
            if h.explicit_id is None:
                continue
            if h.explicit_id in seen:
                args = (("first", str(seen[h.explicit_id])), ("id", h.explicit_id))
                self.problems.append(Problem(h.line, h.col, "model.duplicate_id", args))
            else:
                seen[h.explicit_id] = h.line

    def _code(self, token: Token) -> None:
        start, stop = token.map
        if token.type == "fence":
            first = self.lines[start]
            indent = len(first) - len(first.lstrip())
            lines = tuple(
                (self.line(n), _strip_indent(self.lines[n], indent)) for n in range(start + 1, stop)
            )
            closing = lines[-1][1].strip() if lines else ""
            char = token.markup[0]
            if lines and closing and set(closing) == {char} and len(closing) >= len(token.markup):
                lines = lines[:-1]
            else:
                self.problem(
                    start,
                    indent + 1,
                    "model.fence_unclosed",
                    fence=token.markup,
                    n=stop - start - 1,
                )
            info = token.info.strip()
        else:
            lines = tuple((self.line(n), self.lines[n]) for n in range(start, stop))
            info = ""
        self.code.append(Code(self.line(start), info, lines))
        self.code_lines.update(self.line(n) for n in range(start, stop))

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
        source = self.lines[token.map[0]]
        self.headings.append(
            Heading(line, len(source) - len(source.lstrip()) + 1, int(token.tag[1]), text, explicit)
        )

    def _hash_lines(self, inline: Token) -> None:
        """Paragraph lines that start with `#` and no space: text here, but a heading for
        Python-Markdown (which needs no space after #)."""
        offset = 0
        for part in inline.content.split("\n"):
            if part.startswith("#") and not part.startswith(("# ", "#\t")) and part.strip("#"):
                line, col = self._position(inline, offset)
                self.hash_lines.append(Span(line, col, part))
            offset += len(part) + 1

    def _paragraph(self, inline: Token) -> None:
        """What a paragraph holds that the author meant otherwise: a link whose address has
        a space, a reference link with no definition, a table without its `|---|` line."""
        content = _CODE_SPAN.sub(lambda m: " " * len(m.group()), inline.content)
        for m in _SPACED_LINK.finditer(content):
            if not _TITLED.match(m.group(1).strip()):
                line, col = self._position(inline, m.start())
                self.problems.append(Problem(line, col, "model.link_space", (("url", m.group(1)),)))
        references = self.env.get("references", {})
        for m in _REF_LINK.finditer(content):
            label = m.group(2) or m.group(1)
            if not label.startswith("^") and normalizeReference(label) not in references:
                line, col = self._position(inline, m.start())
                self.problems.append(Problem(line, col, "model.ref_undefined", (("label", label),)))
        notes = self.env.get("footnotes", {}).get("refs", {})
        for m in _FOOTNOTE_REF.finditer(content):
            if f":{m.group(1)}" not in notes:
                line, col = self._position(inline, m.start())
                self.problems.append(
                    Problem(line, col, "model.footnote_undefined", (("label", m.group(1)),))
                )
        rows = inline.content.split("\n")
        if len(rows) >= 2 and all(_TABLE_ROW.match(row) for row in rows):
            self.problem(inline.map[0], 1, "model.table_no_separator")

    def _position(self, inline: Token, pos: int) -> tuple[int, int]:
        """File (line, col) of offset `pos` in an inline token's content."""
        content = inline.content
        k = content.count("\n", 0, pos)
        line_start = content.rfind("\n", 0, pos) + 1
        line_end = content.find("\n", pos)
        part = content[line_start : line_end if line_end >= 0 else len(content)]
        index = inline.map[0] + k
        source = self.lines[index] if index < len(self.lines) else ""
        base = source.find(part) if part else 0
        return self.line(index), max(base, 0) + (pos - line_start) + 1

    def _inline(self, inline: Token) -> None:
        for child in inline.children or []:
            pos = child.meta.get("pos")
            if pos is None:
                continue
            if child.type == "code_inline":
                line, col = self._position(inline, pos)
                self.inline_code.append(Span(line, col + len(child.markup), child.content))
            elif child.type == "link_open":
                line, col = self._position(inline, pos)
                self.links.append(Link(line, col, str(child.attrGet("href") or ""), False, None))
            elif child.type == "image":
                line, col = self._position(inline, pos)
                url = str(child.attrGet("src") or "")
                self.links.append(Link(line, col, url, True, child.content))
            elif child.type == "html_inline":
                line, col = self._position(inline, pos)
                self._html(child.content, line - self.first_line, col - 1, inline=True)

    def _html_block(self, token: Token) -> None:
        start, stop = token.map
        content = token.content
        self._html(content, start, 0, inline=False)
        stripped = content.lstrip()
        if stripped.startswith("<!--") and "-->" not in stripped:
            self.problem(start, 1, "model.comment_unclosed", n=len(self.lines) - start)
            return
        first = _FIRST_TAG.match(content)
        name = first.group(1).lower() if first else ""
        if name in _BLOCK_ELEMENTS and name not in _VOID and not stripped.rstrip().endswith("/>"):
            rest = "\n".join(
                "" if self.line(n) in self.code_lines else self.lines[n]
                for n in range(start, len(self.lines))
            )
            closing = _Closing(name)
            closing.feed(rest)
            if not closing.closed:
                self.problem(
                    start, len(content) - len(stripped) + 1, "model.html_unclosed", tag=name
                )

    def _html(self, text: str, index: int, col: int, inline: bool) -> None:
        """Raw HTML: a node with its start tags; `<img src alt>` and `<a href>` in it are
        images and links too."""
        if "<!--" in text:
            for m in _SLIDE_LIKE.finditer(text):
                k = text.count("\n", 0, m.start())
                start = m.start() - (text.rfind("\n", 0, m.start()) + 1)
                self.slide_comments.append(
                    (self.line(index + k), (col if k == 0 else 0) + start + 1, m.group())
                )
        parser = _Tags()
        parser.feed(text)
        parser.close()
        tags = []
        for lineno, offset, name, attrs in parser.found:
            line = self.line(index + lineno - 1)
            column = (col if lineno == 1 else 0) + offset + 1
            tag = Tag(line, column, name, attrs)
            tags.append(tag)
            if name == "img":
                # No alt: to fix. alt="": a decorative image, said on purpose (None).
                alt = (tag.attr("alt") or None) if tag.has("alt") else ""
                self.links.append(Link(line, column, tag.attr("src") or "", True, alt))
            elif name == "a" and tag.has("href"):
                self.links.append(Link(line, column, tag.attr("href") or "", False, None))
        self.html.append(Html(self.line(index), col + 1, text, inline, tuple(tags)))

    def _table(self, token: Token) -> None:
        """Python-Markdown drops the cells of a row past the header's count."""
        start, stop = token.map
        rows = self.lines[start:stop]
        if len(rows) < 2:
            return
        want = len(_cells(rows[0]))
        for n, row in enumerate(rows[2:], start + 2):
            have = len(_cells(row))
            if have > want:
                self.problem(n, 1, "model.table_cells", have=have, want=want)

    def _facts(self, prose: list[tuple[int, str]]) -> tuple[FactRef, ...]:
        found = []
        for line, text in prose:
            if "[[" not in text:
                continue
            text = _COMMENT.sub(lambda m: " " * len(m.group()), text)
            complete = []
            for m in FACT_REFERENCE.finditer(text):
                found.append(FactRef(line, m.start() + 1, m.group(1), m.group(2) or ""))
                complete.append(m.start())
            for m in _FACT_OPEN.finditer(text):
                if m.start() not in complete:
                    self.problems.append(Problem(line, m.start() + 1, "model.fact_unclosed"))
        return tuple(found)

    def _quiz(self, block: _Draft, tokens: list[Token], i: int) -> Quiz:
        start = block.line - self.first_line
        stop = block.end - self.first_line + 1
        inner = block.indent + 4
        question: list[str] = []
        explanation: list[str] = []
        options: list[Option] = []
        state = "question"
        split = False
        depth = tokens[i].level + 1
        j = i + 1
        while tokens[j].type != "tk_block_close" or tokens[j].level != tokens[i].level:
            token = tokens[j]
            j += 1
            if token.level != depth or token.nesting == -1 or not token.map:
                continue
            lines = self.lines[token.map[0] : token.map[1]]
            text = [_strip_indent(line, inner) for line in lines]
            if token.type == "bullet_list_open" and state == "question":
                found = self._options(tokens, j - 1, inner)
                if found:
                    options = found
                    state = "explanation"
                    continue
            elif token.type == "bullet_list_open" and self._options(tokens, j - 1, inner):
                # More options after the first list: the site shows them as the explanation.
                self.problem(token.map[0], inner + 1, "model.quiz_options_split")
                split = True
            target = question if state == "question" else explanation
            if target:
                target.append("")
            target += text
        if len(options) == 1 and not split:
            self.problem(start, block.col, "model.quiz_one_option")
        if block.title is not None or block.marker != "!!!":
            written = f'{block.marker} quiz "{block.title}"' if block.title else block.marker
            self.problem(start, block.col, "model.quiz_marker", written=written)
        return Quiz(
            block.line,
            " " * block.indent,
            stop,
            start,
            Lines(_trim(question)),
            tuple(options),
            Lines(_trim(explanation)),
        )

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
            first = _strip_indent(self.lines[start], inner)[2:].lstrip()
            m = _OPTION.match(first)
            if not m:
                return []
            rest = [line.strip() for line in self.lines[start + 1 : stop] if line.strip()]
            options.append(
                Option(self.line(start), m.group("mark") != " ", m.group("text"), Lines(rest))
            )
        return options

    def _item(self, token: Token, tokens: list[Token], i: int) -> None:
        start, stop = token.map
        while stop - 1 > start and not self.lines[stop - 1].strip():
            stop -= 1
        text = "\n".join(self.lines[start:stop])
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
        level = int(token.tag[1]) if kind == "heading" else 0
        draft = self.blocks[-1] if kind == "block" else None
        mark = (
            text.strip() if kind == "html" and text.strip() in (SLIDE_MARK, NO_SLIDE_MARK) else None
        )
        self.items.append((kind, self.line(start), self.line(stop - 1), text, level, draft, mark))


def _drafts(draft: _Draft) -> Iterator[_Draft]:
    yield draft
    for child in draft.children:
        yield from _drafts(child)


def _prose(
    lines: list[str] | tuple[str, ...],
    first_line: int,
    inline_code: tuple[Span, ...],
    code_lines: frozenset[int],
) -> list[tuple[int, str]]:
    masked = {n: list(text) for n, text in enumerate(lines, first_line)}
    for span in inline_code:
        row = masked.get(span.line)
        if row is not None:
            for i in range(span.col - 1, min(len(row), span.col - 1 + len(span.text))):
                row[i] = " "
    return [(n, "" if n in code_lines else "".join(row)) for n, row in sorted(masked.items())]


def _cells(row: str) -> list[str]:
    """The cells of a table row: `|` not escaped and not in code separates them."""
    row = _CODE_SPAN.sub(lambda m: "x" * len(m.group()), row.strip())
    row = row.removeprefix("|")
    if row.endswith("|") and not row.endswith("\\|"):
        row = row[:-1]
    return re.split(r"(?<!\\)\|", row)


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
