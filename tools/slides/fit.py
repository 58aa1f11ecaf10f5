"""How tall a piece of slide content is, without a browser.

Text is measured with the deck's own fonts (the woff2 files the site ships, through Pillow's
FreeType and Raqm: the same shaping as Chromium's HarfBuzz, widths within 0.1 px), wrapped
at spaces as a browser does, and laid out with the geometry of tools/assets/slides.css
(font sizes, line height, margins, list indents, table cells, images). The deck and PPTX
generators split and scale slides from these figures; the browser tests then measure the
real decks in Chromium (tests/test_browser_slides_fit.py).

Estimates lean high where a browser has a choice (only spaces are break points; a line
with inline code counts the code font's taller line).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from lxml import html as lxml_html
from PIL import ImageFont

from tools.common.paths import NODE_MODULES

FONTSOURCE = NODE_MODULES / "@fontsource"
# Arabic letters and presentation forms: the Arabic face (fonts.css's unicode-range).
_ARABIC_RUN = re.compile(r"([\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufefc]+)")
_SPACE = re.compile(r"[ \t\n\r\f]+")
BLOCK = frozenset(
    {"p", "div", "ul", "ol", "li", "pre", "table", "blockquote", "h1", "h2", "h3", "h4", "h5",
     "h6", "dl", "dt", "dd", "details", "summary", "figure", "figcaption", "hr", "section",
     "fieldset", "img"}
)  # fmt: skip
SKIP = frozenset({"aside", "script", "style", "template"})


@dataclass(frozen=True)
class Fonts:
    """The faces a text is set in: Latin (and everything not Arabic), Arabic, and a
    monospace advance (DejaVu Sans Mono and Liberation Mono: 0.6 em)."""

    latin: Path
    arabic: Path
    mono_advance: float = 0.602
    # A line that holds inline code is taller (the code face's ascent and descent).
    mono_line: float = 0.05


WEB_FONTS = Fonts(
    FONTSOURCE / "noto-sans" / "files" / "noto-sans-latin-400-normal.woff2",
    FONTSOURCE / "tajawal" / "files" / "tajawal-arabic-400-normal.woff2",
)


@lru_cache(maxsize=8)
def _face(path: Path) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), 1000, layout_engine=ImageFont.Layout.RAQM)


class Measure:
    """Widths in em of text set in `fonts`."""

    def __init__(self, fonts: Fonts = WEB_FONTS) -> None:
        self.fonts = fonts
        self.space = self.width(" ")

    @lru_cache(maxsize=200_000)  # noqa: B019 - one Measure per font set, kept for the build
    def width(self, text: str, mono: bool = False) -> float:
        if mono:
            return len(text) * self.fonts.mono_advance
        total = 0.0
        for i, run in enumerate(_ARABIC_RUN.split(text)):
            if run:
                face = self.fonts.arabic if i % 2 else self.fonts.latin
                total += _face(face).getlength(run) / 1000
        return total


@dataclass
class Run:
    """Inline text at a size (em of the block's font), in the code face or not."""

    text: str
    size: float = 1.0
    mono: bool = False


def lines(runs: list[Run], width: float, px: float, m: Measure) -> tuple[int, bool]:
    """(number of lines, whether inline code is on them) of inline runs wrapped in `width`
    px at `px` font size. A run holding "\\n" breaks the line (`<br>`)."""
    count, line, pending_space, word = 1, 0.0, 0.0, 0.0
    mono = False

    def place(w: float) -> None:
        nonlocal count, line, pending_space
        if line > 0 and line + pending_space + w > width + 0.5:
            count += 1
            line = w
        else:
            line += pending_space + w
        pending_space = 0.0
        # A word wider than the box breaks anywhere (slides.css: overflow-wrap: anywhere).
        while line > width + 0.5 and width > 0:
            count += 1
            line -= width

    for run in runs:
        size = run.size * px
        mono = mono or run.mono
        if run.text == "\n":
            place(word)
            word = 0.0
            count += 1
            line = 0.0
            continue
        parts = _SPACE.split(run.text)
        for i, part in enumerate(parts):
            if i > 0:  # a space before this part: the word so far is complete
                if word:
                    place(word)
                    word = 0.0
                if line > 0:  # a space in inline code is as wide as its other characters
                    pending_space = (m.fonts.mono_advance if run.mono else m.space) * size
            if part:
                word += m.width(part, run.mono) * size
    if word:
        place(word)
    return count, mono


@dataclass(frozen=True)
class Style:
    """The geometry of tools/assets/slides.css, in em of the element's font size."""

    line_height: float = 1.3
    gap: float = 0.4  # margin after each block in a slide's body
    list_indent: float = 1.2
    code_size: float = 0.6
    code_line: float = 1.3
    code_padding: float = 0.5
    table_size: float = 0.7
    cell_pad_x: float = 0.4
    cell_pad_y: float = 0.15
    h3_size: float = 1.15
    aside_indent: float = 0.8  # admonition and blockquote: border and padding
    quiz_indent: float = 1.7  # lettered quiz options: the letter sits in the indent
    heading_rule: float = 0.28  # h1/h2: padding and border below, in em of the heading
    heading_margin: float = 20.0  # px below h1/h2 (reveal's --r-heading-margin)
    small: float = 0.7  # kicker and label lines


STYLE = Style()


class Layout:
    """Block heights (px) of HTML fragments laid out in a box of a given width."""

    def __init__(self, measure: Measure | None = None, style: Style = STYLE, images=None):
        self.m = measure or Measure()
        self.s = style
        # url -> (width, height) of an image, or None when unknown
        self.images = images or (lambda url: None)
        self.image_max = 420.0

    # -- entry points ------------------------------------------------------------------
    def fragment(self, html: str, width: float, px: float) -> float:
        """Height of an HTML fragment: its blocks, each followed by the body's gap."""
        if not html.strip():
            return 0.0
        root = lxml_html.fragment_fromstring(html, create_parent="div")
        return self.flow(root, width, px, gaps=True)

    def text(self, text: str, width: float, px: float) -> float:
        """Height of one block of plain text (a title, a metadata item)."""
        return self.inline([Run(text)], width, px)

    # -- blocks ------------------------------------------------------------------------
    def flow(self, el, width: float, px: float, gaps: bool) -> float:
        """Height of `el`'s content: runs of inline content become lines; block children
        are laid out in turn, each with its margin."""
        total = 0.0
        runs: list[Run] = []

        def flush() -> None:
            nonlocal total, runs
            # Only HTML white space makes a run empty: a no-break space is a line.
            if any(r.text.strip(" \t\n\r\f") for r in runs):
                total += self.inline(runs, width, px)
            runs = []

        if el.text:
            runs.append(Run(el.text))
        for child in el:
            if not isinstance(child.tag, str) or child.tag in SKIP:
                if child.tail:
                    runs.append(Run(child.tail))
                continue
            if child.tag in BLOCK or "highlight" in (child.get("class") or ""):
                flush()
                total += self.block(child, width, px)
                if gaps:
                    total += self.margin(child, px)
            else:
                runs += self.runs(child, 1.0, False)
            if child.tail:
                runs.append(Run(child.tail))
        flush()
        return total

    def margin(self, el, px: float) -> float:
        size = self.s.table_size if el.tag == "table" else 1.0
        if el.tag in ("li", "dt", "dd", "summary", "figcaption"):
            return 0.0
        if el.tag in ("h1", "h2"):
            return self.s.heading_margin
        if set((el.get("class") or "").split()) & {"tk-kicker", "tk-label"}:
            return 0.0
        return self.s.gap * px * size

    def inline(self, runs: list[Run], width: float, px: float) -> float:
        n, mono = lines(runs, width, px, self.m)
        return n * px * (self.s.line_height + (self.m.fonts.mono_line if mono else 0))

    def runs(self, el, size: float, mono: bool) -> list[Run]:
        if el.tag == "br":
            return [Run("\n")]
        if el.tag in SKIP or "tk-letter" in (el.get("class") or ""):
            return []  # a quiz option's letter sits outside the text (slides.css)
        mono = mono or el.tag in ("code", "kbd", "samp")
        size = size * (0.83 if el.tag in ("sup", "sub", "small") else 1.0)
        out = [Run(el.text, size, mono)] if el.text else []
        for child in el:
            if isinstance(child.tag, str):
                out += self.runs(child, size, mono)
            if child.tail:
                out.append(Run(child.tail, size, mono))
        return out

    def block(self, el, width: float, px: float) -> float:
        tag = el.tag
        cls = el.get("class") or ""
        if tag == "img":
            return self.image(el, width)
        if tag == "hr":
            return px * 0.5
        if tag in ("ul", "ol"):
            indent = self.s.quiz_indent if "tk-quiz-options" in cls else self.s.list_indent
            inner = width - indent * px
            return sum(self.flow(li, inner, px, gaps=False) for li in el if li.tag == "li")
        if tag == "li":
            return self.flow(el, width, px, gaps=False)
        if "highlight" in cls or tag == "pre":
            return self.code(el, width, px)
        if tag == "table":
            return self.table(el, width, px)
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            size = {"h1": 2.1, "h2": 1.5, "h3": self.s.h3_size}.get(tag, 1.0) * px
            rule = self.s.heading_rule * size if tag in ("h1", "h2") else 0.0
            return self.flow(el, width, size, gaps=False) + rule
        if set(cls.split()) & {"tk-kicker", "tk-label"}:
            return self.flow(el, width, px * self.s.small, gaps=False)
        if tag in ("blockquote",) or "admonition" in cls or tag == "details":
            return self.flow(el, width - self.s.aside_indent * px, px, gaps=True) - self.s.gap * px
        if tag == "dd":
            return self.flow(el, width - 40, px, gaps=False)
        return self.flow(el, width, px, gaps=tag not in ("p", "dt", "summary", "figcaption"))

    def image(self, el, width: float) -> float:
        """`img`: the slide's width, its height from the picture's proportions, at most
        the height its class allows (slides.css: `tk-img-…`)."""
        cap = self.image_max
        for c in (el.get("class") or "").split():
            if c.startswith("tk-img-") and c[7:].isdigit():
                cap = float(c[7:])
        size = self.images(el.get("src") or "")
        if not size or not size[0]:
            return cap
        return min(cap, width * size[1] / size[0])

    def code(self, el, width: float, px: float) -> float:
        text = "".join(el.itertext()).strip("\n")
        size = self.s.code_size * px
        inner = width - 2 * self.s.code_padding * size
        per_line = max(1, int(inner // (self.m.fonts.mono_advance * size)))
        n = sum(max(1, -(-len(line) // per_line)) for line in text.split("\n"))
        return n * self.s.code_line * size + 2 * self.s.code_padding * size

    # -- tables ------------------------------------------------------------------------
    def table_columns(self, el, width: float, px: float) -> list[float]:
        """Column widths (fractions of the table width) from the cells' content: each
        column gets its longest word at least, the rest shared by how much text it has."""
        size = self.s.table_size * px
        rows = [[c for c in tr if c.tag in ("td", "th")] for tr in el.iter("tr")]
        ncols = max((len(r) for r in rows), default=0)
        if not ncols:
            return []
        pad = 2 * self.s.cell_pad_x * size
        longest = [0.0] * ncols
        text = [0.0] * ncols
        for row in rows:
            for i, cell in enumerate(row[:ncols]):
                words = _SPACE.split(" ".join(cell.itertext()).strip())
                w = [self.m.width(word) * size for word in words if word]
                longest[i] = max(longest[i], max(w, default=0) + pad)
                text[i] = max(text[i], sum(w) + self.m.space * size * len(w) + pad)
        return shares(longest, text, width)

    def table(self, el, width: float, px: float) -> float:
        size = self.s.table_size * px
        given = [c.get("class", "") for c in el.iter("col")]
        if given and all(c.startswith("tk-w-") for c in given):
            cols = [int(c[5:]) / 100 for c in given]
        else:
            cols = self.table_columns(el, width, px)
        total = 0.0
        for tr in el.iter("tr"):
            cells = [c for c in tr if c.tag in ("td", "th")]
            tallest = 0.0
            for i, cell in enumerate(cells[: len(cols)]):
                inner = cols[i] * width - 2 * self.s.cell_pad_x * size
                tallest = max(tallest, self.flow(cell, inner, size, gaps=False))
            total += tallest + 2 * self.s.cell_pad_y * size + 1
        return total


def add_columns(html: str, layout: Layout, width: float, px: float) -> str:
    """Each table of `html` with a `<colgroup>` of `col.tk-w-…` widths (slides.css sets a
    fixed table layout: the widths the estimate used are the ones the browser uses)."""
    if "<table" not in html:
        return html
    root = lxml_html.fragment_fromstring(html, create_parent="div")
    for table in root.iter("table"):
        if table.find("colgroup") is not None:
            continue
        group = lxml_html.Element("colgroup")
        for share in layout.table_columns(table, width, px):
            col = lxml_html.Element("col")
            col.set("class", f"tk-w-{round(share * 100)}")
            group.append(col)
        table.insert(0, group)
    return (root.text or "") + "".join(lxml_html.tostring(c, encoding="unicode") for c in root)


STEP = 5  # column widths are whole multiples of 5 % (slides.css: col.tk-w-5 … tk-w-95)


def shares(longest: list[float], text: list[float], width: float) -> list[float]:
    """Fractions (multiples of STEP %) of `width` per column: at least the longest word,
    the rest in proportion to each column's text, summing to 1."""
    n = len(longest)
    need = [min(max(lw, 1.0), width) / width for lw in longest]
    if sum(need) >= 1:
        raw = [x / sum(need) for x in need]
    else:
        extra = [max(t / width - x, 0.0) for t, x in zip(text, need, strict=True)]
        left = 1 - sum(need)
        total = sum(extra) or 1.0
        raw = [x + left * min(e / total, 1.0) for x, e in zip(need, extra, strict=True)]
    # Each column at least its longest word, rounded up to a step when there is room.
    floor = [max(1, math.ceil(x * 100 / STEP - 1e-9)) for x in need]
    if sum(floor) * STEP > 100:
        floor = [1] * n
    steps = [max(f, round(r * 100 / STEP)) for f, r in zip(floor, raw, strict=True)]
    # Fix rounding so the steps sum to 100 %: take from the widest column that can spare
    # a step, or give to the widest.
    while sum(steps) * STEP > 100:
        spare = [i for i in range(n) if steps[i] > floor[i]] or list(range(n))
        steps[max(spare, key=lambda i: steps[i])] -= 1
    while sum(steps) * STEP < 100:
        steps[steps.index(max(steps))] += 1
    return [s * STEP / 100 for s in steps[:n]]
