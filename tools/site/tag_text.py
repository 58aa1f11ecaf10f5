"""Start tags and lines of a built page's text, read without a parser (tools/site/built_page.py
finds there the elements of the parsed tree): a start tag at a `<`, every start tag of a name,
and where each line starts, read only as far as asked."""

from __future__ import annotations

import bisect
import html
from dataclasses import dataclass, field
from itertools import accumulate, islice

SPACE = " \t\n\r\f"
# What ends an attribute's name; a name with none of these before `=` is read at once.
_NAME_END = frozenset(SPACE + "/>=")
# Past this many characters from a name's start, its `=` is looked for one character at a time.
_NAME_MAX = 64


class LocateError(RuntimeError):
    pass


@dataclass
class Tag:
    """A start tag in the text: `<` at start, `>` at end - 1; attributes as
    (name, start, end, value) with [start, end) the attribute's text."""

    start: int
    end: int
    attributes: list[tuple[str, int, int, str | None]] = field(default_factory=list)
    self_closing: bool = False


def read_tag(text: str, start: int) -> Tag:
    """The start tag whose `<` is at `start` (attribute names lower-cased, values as written,
    entities decoded)."""
    n = len(text)
    i = start + 1
    while i < n and text[i] not in SPACE and text[i] not in "/>":
        i += 1
    tag = Tag(start, -1)
    attributes = tag.attributes
    while i < n:
        while i < n and text[i] in SPACE:
            i += 1
        if i >= n:
            break
        if text[i] == ">":
            tag.end = i + 1
            return tag
        if text[i] == "/":
            if text.startswith("/>", i):
                tag.self_closing = True
                tag.end = i + 2
                return tag
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
            attributes.append((text[name_start:eq].lower(), name_start, i, unescaped))
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
            attributes.append((name, name_start, i, html.unescape(value)))
        else:
            attributes.append((name, name_start, i, None))
    raise LocateError(f"unterminated start tag at offset {start}")


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
        self._size = 8192

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
