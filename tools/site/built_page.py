"""A built HTML page, parsed once (lxml), edited by small named steps, written once.

Steps read the parsed tree (`page.root`, XPath) and say what to change through the edit
methods below; the edits are applied to the page's own text, so everything a step does not
touch keeps its bytes (quoting, entities, whitespace, `<path/>`): a serializer would
rewrite the whole page (lxml escapes non-ASCII `href`s, lower-cases `viewBox`, drops
`/>`). The tree is never changed: every step sees the page as the theme wrote it.

An element is found in the text from its line (lxml's `sourceline`, the line where its
start tag ends) and its rank among the elements of that name ending on that line; the
attributes read there must be the tree's, or `LocateError` says which page and element
(never a silent edit in the wrong place). When a step asks for every element of a name, the
text's start tags of that name are read at once and paired in order with the tree's
elements if both have as many, line for line (the same choice as by rank, found cheaper).
"""

from __future__ import annotations

import html

from lxml import etree
from lxml import html as lxml_html

from tools.site.tag_text import SPACE as _SPACE
from tools.site.tag_text import LocateError, Lines, Tag, every_tag, read_tag

__all__ = ["BuiltPage", "LocateError", "Tag", "applied", "apply_edits", "quote", "read_tag"]

# How many lines before the end of a start tag its `<` may be.
_TAG_LINES = 50
# Elements of one name found in a window of `_TAG_LINES` lines before the whole text is
# read for that name (a step that edits every link of a page).
_WINDOWED = 4
# A name written at most `_FEW` times in the text: for a tag more than `_FAR` lines past the
# line table (an article after the navigation), its start tags are read at once (C counts
# their lines), cheaper than the rest of the table.
_FEW = 32
_FAR = 200


def quote(value: str) -> str:
    """An attribute value as the edits write it (between double quotes)."""
    return html.escape(value, quote=True).replace("&#x27;", "'")


class BuiltPage:
    """One page: its text, its tree, the edits the steps asked for."""

    def __init__(self, text: str, name: str = "page") -> None:
        self.text = text
        self.name = name  # for messages: the page's path in the site
        self.root = lxml_html.document_fromstring(text)
        self._lines = Lines(text)
        # id(element) -> (element, its start tag): the element is kept so that its id is
        # not given to another element's proxy.
        self._tags: dict[int, tuple[object, Tag]] = {}
        self._edits: list[tuple[int, int, str]] = []
        self._attrs: dict[int, tuple[Tag, dict[str, str | None], list[str]]] = {}
        # Per tag name, once: each element's rank among those of its name ending on its
        # line (the elements kept: their ids stay theirs), and the start tags read so far by
        # their offset. A step that edits every link of a page reads each tag once, not
        # once per link (a page's links each searched from 50 lines before theirs).
        self._ranks: dict[str, tuple[list, dict[int, int]]] = {}
        self._read: dict[int, tuple[Tag, int]] = {}  # offset -> (tag, line of its end)
        # Past a few elements of a name, its start tags read once from the whole text:
        # paired in order with the tree's elements when they match one for one (below).
        self._calls: dict[str, int] = {}
        self._every: dict[str, list[tuple[Tag, int]]] = {}
        self._written: dict[str, int] = {}  # name -> how many times `<name` is in the text
        self._paired: dict[str, tuple[list, dict[int, Tag] | None]] = {}
        self._tag_lines: dict[str, dict[int, list[Tag]]] = {}

    # --- reading ------------------------------------------------------------------------

    def xpath(self, path: str, **kw) -> list:
        return self.root.xpath(path, **kw)

    def first(self, path: str):
        found = self.root.xpath(path)
        return found[0] if found else None

    def start_tag(self, element, every: bool = False) -> Tag:
        """The start tag of `element` in the text. `every`: the step asks for (nearly) every
        element of its name: the text's start tags of that name are read at once."""
        key = id(element)
        if key in self._tags:
            return self._tags[key][1]
        name = element.tag
        calls = self._calls[name] = self._calls.get(name, 0) + 1
        line = element.sourceline
        far = line > self._lines.count() + _FAR
        if every or calls > _WINDOWED or (far and self._few(name)):
            return self._from_every(element)
        rank = self._rank(element)
        low = self._lines.start(line - _TAG_LINES)
        high = self._lines.start(line + 1) if line < self._lines.count() else len(self.text)
        needle = "<" + name
        i = self.text.find(needle, low, high)
        seen = 0
        while i >= 0:
            after = self.text[i + len(needle) : i + len(needle) + 1]
            if after and (after in _SPACE or after in "/>"):
                known = self._read.get(i)
                if known is None:
                    tag = read_tag(self.text, i)
                    known = self._read[i] = (tag, self._lines.of(tag.end - 1))
                tag, end_line = known
                if end_line == line:
                    if seen == rank:
                        self._check(element, tag)
                        self._tags[key] = (element, tag)
                        return tag
                    seen += 1
                i = self.text.find(needle, max(tag.end, i + 1), high)
                continue
            i = self.text.find(needle, i + 1, high)
        raise LocateError(f"{self.name}: <{name}> of line {line} not found in the text")

    def _few(self, name: str) -> bool:
        if name not in self._written:
            self._written[name] = self.text.count("<" + name)  # an upper bound: `<a` in `<abbr`
        return self._written[name] <= _FEW

    def _from_every(self, element) -> Tag:
        """`element`'s start tag among every one of its name: the one of the same place in
        the order when the text's tags and the tree's elements pair one for one, line for
        line (then each one's rank on its line is the same on both sides); else the one of
        its rank among those ending on its line."""
        name = element.tag
        paired = self._pair(name)
        if paired is not None:
            tag = paired.get(id(element))
            if tag is None:  # not of this page's tree
                raise LocateError(f"{self.name}: <{name}> of line {element.sourceline} not in the page")
        else:
            rank = self._rank(element)
            tags = self._by_line(name).get(element.sourceline, [])
            if rank >= len(tags):
                raise LocateError(
                    f"{self.name}: <{name}> of line {element.sourceline} not found in the text"
                )
            tag = tags[rank]
        self._check(element, tag)
        self._tags[id(element)] = (element, tag)
        return tag

    def _every_tag(self, name: str) -> list[tuple[Tag, int]]:
        if name not in self._every:
            self._every[name] = every_tag(self.text, name)
        return self._every[name]

    def _pair(self, name: str) -> dict[int, Tag] | None:
        """id(element) -> start tag when the tree's elements of `name` and the text's start
        tags pair in order with the same lines (None when not: markup in a script, a tag
        the parser added or dropped). The elements are kept: their ids stay theirs."""
        if name not in self._paired:
            elements = list(self.root.iter(name))
            found = self._every_tag(name)
            same = len(elements) == len(found) and all(
                element.sourceline == line for element, (_t, line) in zip(elements, found)
            )
            pairs = {id(e): tag for e, (tag, _l) in zip(elements, found)} if same else None
            self._paired[name] = (elements, pairs)
        return self._paired[name][1]

    def _by_line(self, name: str) -> dict[int, list[Tag]]:
        """Every start tag of `name` in the text, by the line where it ends, in order."""
        if name not in self._tag_lines:
            found: dict[int, list[Tag]] = {}
            for tag, line in self._every_tag(name):
                found.setdefault(line, []).append(tag)
            self._tag_lines[name] = found
        return self._tag_lines[name]

    def _rank(self, element) -> int:
        """How many elements of `element`'s name end their start tag on its line before it."""
        name = element.tag
        if name not in self._ranks:
            kept, ranks, on_line = [], {}, {}
            for other in self.root.iter(name):
                kept.append(other)
                ranks[id(other)] = on_line.get(other.sourceline, 0)
                on_line[other.sourceline] = ranks[id(other)] + 1
            self._ranks[name] = (kept, ranks)
        rank = self._ranks[name][1].get(id(element))
        if rank is None:  # not of this page's tree
            raise LocateError(f"{self.name}: <{name}> of line {element.sourceline} not in the page")
        return rank

    def _check(self, element, tag: Tag) -> None:
        """The attributes read in the text are the tree's, or `LocateError`."""
        if tag.items == element.items():
            return  # the same in the same order (most tags): no dicts to build
        found = {name: value for name, _s, _e, value in tag.attributes}
        want = dict(element.attrib)
        for name, value in found.items():
            if value is None and want.get(name) in ("", name):
                found[name] = want[name]  # `hidden`, `checked`: lxml's value for no value
        if found != want:
            raise LocateError(
                f"{self.name}: <{element.tag}> of line {element.sourceline}: the text has "
                f"{found}, the parser {want}"
            )

    def end_tag(self, element) -> tuple[int, int]:
        """(start, end) of the end tag of `element`. Elements of the same name inside it
        are counted; raw text (scripts, styles, comments) inside it must not hold `</name`."""
        name = element.tag
        for raw in element.iter("script", "style", etree.Comment):
            if f"</{name}" in (raw.text or ""):
                raise LocateError(f"{self.name}: </{name}> also written inside <{raw.tag}>")
        start = self.start_tag(element).end
        depth = sum(1 for _ in element.iterdescendants(name))
        closing = "</" + name
        i = start
        while True:
            i = self.text.find(closing, i)
            if i < 0:
                raise LocateError(f"{self.name}: no </{name}> for line {element.sourceline}")
            if depth == 0:
                return i, self.text.index(">", i) + 1
            depth -= 1
            i += 1

    def get(self, element, name: str) -> str | None:
        """An attribute's value, with the edits asked for so far."""
        pending = self._attrs.get(id(element))
        if pending is not None and name in pending[1]:
            return pending[1][name]
        return element.get(name)

    def changes(self, element) -> dict[str, str | None]:
        """The attribute changes asked for on `element` so far (None: removed)."""
        pending = self._attrs.get(id(element))
        return {} if pending is None else pending[1]

    def attribute_span(self, element, name: str) -> tuple[int, int] | None:
        for attr, start, end, _value in self.start_tag(element).attributes:
            if attr == name:
                return start, end
        return None

    def inner_span(self, element) -> tuple[int, int]:
        return self.start_tag(element).end, self.end_tag(element)[0]

    # --- editing ------------------------------------------------------------------------

    def _attr_edit(self, element):
        key = id(element)
        if key not in self._attrs:
            tag = self.start_tag(element)
            self._attrs[key] = (tag, {}, [])
        return self._attrs[key]

    def set_attribute(self, element, name: str, value: str | None) -> None:
        """Set (in place if the start tag has it, else at its end) or, with None, remove."""
        _tag, changes, order = self._attr_edit(element)
        if name not in changes and name not in order:
            order.append(name)
        changes[name] = value

    def insert(self, offset: int, markup: str) -> None:
        self._edits.append((offset, offset, markup))

    def replace(self, start: int, end: int, markup: str) -> None:
        self._edits.append((start, end, markup))

    def insert_after_start(self, element, markup: str) -> None:
        self.insert(self.start_tag(element).end, markup)

    def insert_before_end(self, element, markup: str) -> None:
        self.insert(self.end_tag(element)[0], markup)

    def insert_after_end(self, element, markup: str) -> None:
        self.insert(self.end_tag(element)[1], markup)

    def remove_line(self, element) -> None:
        """Remove a void element with the blanks before it on its line and the newline
        after it."""
        tag = self.start_tag(element)
        start, end = tag.start, tag.end
        while start > 0 and self.text[start - 1] in " \t":
            start -= 1
        if self.text.startswith("\n", end):
            end += 1
        self.replace(start, end, "")

    def replace_inner(self, element, markup: str) -> None:
        start, end = self.inner_span(element)
        self.replace(start, end, markup)

    @property
    def changed(self) -> bool:
        return bool(self._edits or self._attrs)

    def edits(self) -> list[tuple[int, int, str]]:
        """Every edit asked for, as (start, end, markup) of the text: what `html` applies."""
        edits = list(self._edits)
        for tag, changes, order in self._attrs.values():
            present = {name: (s, e) for name, s, e, _v in tag.attributes}
            appended = []
            for name in order:
                value = changes[name]
                if name in present:
                    s, e = present[name]
                    if value is None:  # with the blanks before it
                        while s > tag.start and self.text[s - 1] in _SPACE:
                            s -= 1
                        edits.append((s, e, ""))
                    else:
                        edits.append((s, e, f'{name}="{quote(value)}"'))
                elif value is not None:
                    appended.append(f' {name}="{quote(value)}"' if value else f" {name}")
            if appended:  # at the end, after the last attribute (no blank before `>`)
                end = tag.end - (2 if tag.self_closing else 1)
                start = end
                while self.text[start - 1] in _SPACE:
                    start -= 1
                edits.append((start, end, "".join(appended)))
        return edits

    def html(self) -> str:
        """The page's text with every edit applied."""
        return apply_edits(self.text, self.edits(), self.name)


def applied(edits: list[tuple[int, int, str]], name: str = "page") -> list[tuple[int, int, str]]:
    """`edits` in the order they apply, without those inside a part replaced whole (an
    article's content); two that overlap otherwise are an error."""
    edits = sorted(edits, key=lambda e: (e[0], e[1]))
    kept = []
    at = 0
    for start, end, markup in edits:
        if start < at:
            if end <= at:
                continue
            raise LocateError(f"{name}: two edits overlap at offset {start}")
        kept.append((start, end, markup))
        at = end
    return kept


def apply_edits(text: str, edits: list[tuple[int, int, str]], name: str = "page") -> str:
    """`text` with `edits` ((start, end, markup) of it) applied."""
    if not edits:
        return text
    out = []
    at = 0
    for start, end, markup in applied(edits, name):
        out.append(text[at:start])
        out.append(markup)
        at = end
    out.append(text[at:])
    return "".join(out)
