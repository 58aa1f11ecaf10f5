"""Line and column of every value in a JSON text, by its path: Python's json module gives
no positions for valid documents, this small scanner does. A notebook's errors (tools/checks/rules/
notebooks.py) and its Markdown cells read as a lesson (tools/model/notebook_source.py) point into
the `.ipynb` file with it."""

from __future__ import annotations

import bisect
import re
from json.decoder import scanstring

_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null")
_WS = re.compile(r"[ \t\n\r]*")


class Positions:
    """Line and column of every value in a JSON text, by its path (`("cells", 3, "source")`).

    Python's json module gives no positions for valid documents; this small scanner does.
    Only used on text that `json.loads` accepted.
    """

    def __init__(self, text: str):
        self.text = text
        self.offsets: dict[tuple, int] = {}
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self._value(_WS.match(text, 0).end(), ())

    def _value(self, i: int, path: tuple) -> int:
        text = self.text
        i = _WS.match(text, i).end()
        self.offsets[path] = i
        char = text[i]
        if char == "{":
            i = _WS.match(text, i + 1).end()
            if text[i] == "}":
                return i + 1
            while True:
                i = _WS.match(text, i).end()
                key, i = scanstring(text, i + 1)
                i = _WS.match(text, i).end() + 1  # ':'
                i = _WS.match(text, self._value(i, (*path, key))).end()
                if text[i] == "}":
                    return i + 1
                i += 1  # ','
        if char == "[":
            i = _WS.match(text, i + 1).end()
            if text[i] == "]":
                return i + 1
            index = 0
            while True:
                i = _WS.match(text, self._value(i, (*path, index))).end()
                index += 1
                if text[i] == "]":
                    return i + 1
                i += 1
        if char == '"':
            return scanstring(text, i + 1)[1]
        return _NUMBER.match(text, i).end()

    def at(self, *path) -> tuple[int, int]:
        """(line, col) of the value at `path`, or of its nearest existing parent."""
        path = tuple(path)
        while path not in self.offsets and path:
            path = path[:-1]
        offset = self.offsets.get(path, 0)
        line = bisect.bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1

    def in_text(self, path: tuple, value, index: int) -> tuple[int, int]:
        """(line, col) of character `index` of a text value stored as a string or a list of
        lines (nbformat writes one JSON string per line)."""
        if isinstance(value, list):
            for k, part in enumerate(value):
                if index < len(part):
                    line, col = self.at(*path, k)
                    return line, col + 1 + index
                index -= len(part)
            return self.at(*path)
        line, col = self.at(*path)
        return line, col + 1 + index if "\n" not in str(value)[:index] else col
