"""Start tags and lines of a built page's text, read without a parser (tools/site/built_page.py
finds there the elements of the parsed tree): a start tag at a `<`, every start tag of a name,
and where each line starts, read only as far as asked."""

from __future__ import annotations

import bisect
import html
from itertools import accumulate, islice
from typing import NamedTuple

SPACE = " \t\n\r\f"
# What ends an attribute's name; a name with none of these before `=` is read at once.
_NAME_END = frozenset(SPACE + "/>=")
# Past this many characters from a name's start, its `=` is looked for one character at a time.
_NAME_MAX = 64


class LocateError(RuntimeError):
    pass


class _Read(NamedTuple):
    """A start tag as read, its offsets from its `<`."""

    length: int
    attributes: list[tuple[str, int, int, str | None]]
    items: list[tuple[str, str | None]]
    self_closing: bool


class Tag:
    """A start tag in the text: `<` at start, `>` at end - 1; attributes as
    (name, start, end, value) with [start, end) the attribute's text; `items`: each
    attribute's (name, value), as lxml lists an element's."""

    __slots__ = ("start", "end", "self_closing", "items", "_read", "_attributes")

    def __init__(self, start: int, read: _Read) -> None:
        self.start = start
        self.end = start + read.length
        self.self_closing = read.self_closing
        self.items = read.items
        self._read = read
        self._attributes: list[tuple[str, int, int, str | None]] | None = None

    @property
    def attributes(self) -> list[tuple[str, int, int, str | None]]:
        if self._attributes is None:  # offsets in the text: only for tags a step edits
            at = self.start
            self._attributes = [(n, s + at, e + at, v) for n, s, e, v in self._read.attributes]
        return self._attributes

    def span(self, name: str) -> tuple[int, int] | None:
        """[start, end) in the text of the attribute `name` (its last, as a dict keeps it)."""
        found = None
        for attr, start, end, _value in self._read.attributes:
            if attr == name:
                found = (start + self.start, end + self.start)
        return found


# Start tags read so far, by their text: pages of one site repeat most of theirs (head links,
# header, navigation), read once here. Bounded; a tag is the same wherever it is written.
_SEEN: dict[str, _Read] = {}
_SEEN_MAX = 10_000


def read_tag(text: str, start: int) -> Tag:
    """The start tag whose `<` is at `start` (attribute names lower-cased, values as written,
    entities decoded)."""
    close = text.find(">", start)
    segment = text[start : close + 1] if close >= 0 else ""
    read = _SEEN.get(segment)
    if read is None:
        try:  # up to the first `>`: the tag's end unless a quoted value holds one
            read = _read(segment, 0)
        except LocateError:
            return Tag(start, _read(text, start))  # not kept: its text goes on after `>`
        if len(_SEEN) >= _SEEN_MAX:
            _SEEN.clear()
        _SEEN[segment] = read
    return Tag(start, read)


def _read(text: str, start: int) -> _Read:
    n = len(text)
    i = start + 1
    while i < n and text[i] not in SPACE and text[i] not in "/>":
        i += 1
    attributes: list[tuple[str, int, int, str | None]] = []
    while i < n:
        while i < n and text[i] in SPACE:
            i += 1
        if i >= n:
            break
        if text[i] == ">":
            return _made(attributes, i + 1 - start, False)
        if text[i] == "/":
            if text.startswith("/>", i):
                return _made(attributes, i + 2 - start, True)
            i += 1
            continue
        name_start = i
        # Most attributes are `name="value"`: read in C (str.find), as the loop below would.
        eq = text.find("=", i, i + _NAME_MAX)
        if eq > i and text.startswith('"', eq + 1) and _NAME_END.isdisjoint(text[i:eq]):
            close = text.find('"', eq + 2)
            if close < 0:
                break
            value = text[eq + 2 : close]
            i = close + 1
            unescaped = html.unescape(value) if "&" in value else value
            attributes.append((text[name_start:eq].lower(), name_start - start, i - start, unescaped))
            continue
        while i < n and text[i] not in SPACE and text[i] not in "/>=":
            i += 1
        name = text[name_start:i].lower()
        j = i
        while j < n and text[j] in SPACE:
            j += 1
        if j < n and text[j] == "=":
            j += 1
            while j < n and text[j] in SPACE:
                j += 1
            if j < n and text[j] in "\"'":
                close = text.find(text[j], j + 1)
                if close < 0:
                    break
                value = text[j + 1 : close]
                i = close + 1
            else:
                k = j
                while k < n and text[k] not in SPACE and text[k] != ">":
                    k += 1
                value = text[j:k]
                i = k
            attributes.append((name, name_start - start, i - start, html.unescape(value)))
        else:
            attributes.append((name, name_start - start, i - start, None))
    raise LocateError(f"unterminated start tag at offset {start}")


def _made(attributes: list, length: int, self_closing: bool) -> _Read:
    return _Read(length, attributes, [(name, value) for name, _s, _e, value in attributes], self_closing)


def every_tag(text: str, name: str) -> list[tuple[Tag, int]]:
    """Every start tag of `name` in the text, in order, with the line where it ends (as the
    parser counts lines: at "\\n" only). Markup inside scripts and comments is read too."""
    found = []
    needle = "<" + name
    after = len(needle)
    i = text.find(needle)
    last, line = 0, 1  # lines counted from the tag before
    while i >= 0:
        following = text[i + after : i + after + 1]
        if following and (following in SPACE or following in "/>"):
            tag = read_tag(text, i)
            line += text.count("\n", last, tag.end - 1)
            last = tag.end - 1
            found.append((tag, line))
            i = text.find(needle, max(tag.end, i + 1))
            continue
        i = text.find(needle, i + 1)
    return found


class Lines:
    """Where each line of a text starts, read only as far as asked: the head's tags need the
    first lines only, not a table of the whole page."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0]  # line n starts at starts[n - 1]
        self.complete = False
        self._size = 4096  # a page's head: a few thousand characters

    def _grow(self) -> None:
        at, text = self.starts[-1], self.text
        if at + self._size >= len(text):
            parts = text[at:].split("\n")  # "\n" only, as the parser counts lines
            self.complete = True
        else:  # whole lines only: the last part goes on in the next piece
            parts = text[at : at + self._size].split("\n")[:-1]
            self._size *= 2
        # C loops: no Python frame a line; the first sum is `at`, already there.
        self.starts.extend(islice(accumulate(map((1).__add__, map(len, parts)), initial=at), 1, None))

    def start(self, line: int) -> int:
        """The offset where `line` starts (clamped to the text's lines)."""
        while len(self.starts) < line + 1 and not self.complete:
            self._grow()
        line = max(1, min(line, len(self.starts)))
        return self.starts[line - 1]

    def count(self) -> int:
        """How many starts the table holds (every line's and the end's when complete)."""
        return len(self.starts)

    def of(self, offset: int) -> int:
        """The line of `offset`."""
        while self.starts[-1] <= offset and not self.complete:
            self._grow()
        return bisect.bisect_right(self.starts, offset)
