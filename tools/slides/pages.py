"""Split a slide's body into pages that fit a 1280×720 slide, or scale it down.

The body (rendered, sanitised HTML) is cut into units a page may end after: a paragraph,
one list item, one table row (the header row is repeated on every page), a few lines of
code, a figure. Units are packed in order; a paragraph that introduces what follows (it
ends with ":") or a heading stays with the next unit. Heights come from tools/slides/fit.py.

A body that fits at the next smaller type size stays one slide; otherwise it is split at
full size, and a unit taller than a whole page gets that page's type size reduced.
Quiz slides are never split (`paginate(..., split=False)`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree
from lxml import html as lxml_html

from tools.slides.fit import Layout

SLIDE_W, SLIDE_H = 1280, 720
BASE_PX = 34.0
# Body type sizes (slides.css: .tk-scale-1 … .tk-scale-3), as a fraction of BASE_PX.
SCALES = (1.0, 0.88, 0.76, 0.66)
RESERVE = 34.0  # kept free at the bottom: reveal's controls and slide number, and slack
IMAGE_CAPS = tuple(range(200, 601, 20))  # slides.css: img.tk-img-200 … tk-img-600
CODE_CHUNK = 4  # lines of code per unit when a code block is split


@dataclass
class Unit:
    el: object  # the element (lxml) as it goes on the page
    group: tuple = ()  # ("list", n, tag, start) / ("table", n) / ("code", n): rejoined per page
    keep_with_next: bool = False
    image: bool = False


@dataclass
class Page:
    body: str
    scale: int = 0
    units: list[Unit] = field(default_factory=list)


def _fragment(html: str):
    return lxml_html.fragment_fromstring(html or "<p></p>", create_parent="div")


def units(html: str) -> list[Unit]:
    root = _fragment(html)
    out: list[Unit] = []
    for n, el in enumerate(root):
        if not isinstance(el.tag, str):
            continue
        cls = el.get("class") or ""
        if el.tag in ("ul", "ol") and len(el):
            start = int(el.get("start") or 1)
            for i, li in enumerate(x for x in el if x.tag == "li"):
                out.append(Unit(li, ("list", n, el.tag, start + i, cls)))
        elif el.tag == "table" and el.find(".//tr") is not None:
            head = el.find("thead")
            cols = el.find("colgroup")
            rows = [tr for tr in el.iter("tr") if head is None or tr.getparent() is not head]
            for tr in rows:
                out.append(Unit(tr, ("table", n, head, cols)))
        elif "highlight" in cls and el.find(".//code") is not None:
            out += _code_units(el, n)
        else:
            text = "".join(el.itertext()).strip()
            keep = el.tag in ("h3", "h4", "h5", "h6") or (el.tag == "p" and text.endswith(":"))
            out.append(Unit(el, keep_with_next=keep, image=el.find(".//img") is not None))
    return out


def _code_units(el, n: int) -> list[Unit]:
    """A code block in chunks of CODE_CHUNK lines (each chunk a code block of its own)."""
    code = el.find(".//code")
    inner = (code.text or "") + "".join(
        etree.tostring(c, encoding="unicode", method="html") for c in code
    )
    lines = inner.rstrip("\n").split("\n")
    out = []
    for i in range(0, len(lines), CODE_CHUNK):
        chunk = "\n".join(lines[i : i + CODE_CHUNK])
        piece = _fragment(f'<div class="{el.get("class")}"><pre><code>{chunk}</code></pre></div>')[
            0
        ]
        out.append(Unit(piece, ("code", n, el.get("class"))))
    return out


def assemble(chosen: list[Unit]) -> str:
    """The page's HTML: consecutive units of one list, table or code block rejoined."""
    parts: list[str] = []
    i = 0
    while i < len(chosen):
        u = chosen[i]
        j = i + 1
        while j < len(chosen) and chosen[j].group and chosen[j].group[:2] == u.group[:2]:
            j += 1
        run = chosen[i:j]
        parts.append(
            _join(run) if u.group else etree.tostring(u.el, encoding="unicode", method="html")
        )
        i = j
    return "".join(parts)


def _join(run: list[Unit]) -> str:
    kind = run[0].group[0]
    inner = "".join(
        etree.tostring(u.el, encoding="unicode", method="html", with_tail=False) for u in run
    )
    if kind == "list":
        _, _, tag, start, cls = run[0].group
        attrs = f' class="{cls}"' if cls else ""
        if tag == "ol" and start != 1:
            attrs += f' start="{start}"'
        return f"<{tag}{attrs}>{inner}</{tag}>"
    if kind == "table":
        keep = [el for el in run[0].group[2:] if el is not None]  # the header row, the widths
        head = "".join(
            etree.tostring(el, encoding="unicode", method="html", with_tail=False)
            for el in keep[::-1]
        )
        return f"<table>{head}<tbody>{inner}</tbody></table>"
    code = "\n".join(
        (u.el.find(".//code").text or "")
        + "".join(
            etree.tostring(c, encoding="unicode", method="html") for c in u.el.find(".//code")
        )
        for u in run
    )
    return f'<div class="{run[0].group[2]}"><pre><code>{code}</code></pre></div>'


def _fit_images(html: str, layout: Layout, room: float, px: float, width: float = SLIDE_W) -> str:
    """Each picture of the page as large as the room left allows (a `tk-img-…` class)."""
    root = _fragment(html)
    imgs = root.findall(".//img")
    if not imgs:
        return html
    for img in imgs:
        img.set("class", ((img.get("class") or "") + f" tk-img-{IMAGE_CAPS[-1]}").strip())
    over = layout.fragment(_serialise(root), width, px) - room
    if over > 0:
        # Share the missing height among the pictures, at the caps slides.css knows.
        cap = max(IMAGE_CAPS[0], IMAGE_CAPS[-1] - over / len(imgs))
        cap = max(c for c in IMAGE_CAPS if c <= cap) if cap >= IMAGE_CAPS[0] else IMAGE_CAPS[0]
        for img in imgs:
            classes = [c for c in img.get("class").split() if not c.startswith("tk-img-")]
            img.set("class", " ".join([*classes, f"tk-img-{cap}"]))
    return _serialise(root)


def _serialise(root) -> str:
    return (root.text or "") + "".join(
        etree.tostring(c, encoding="unicode", method="html") for c in root
    )


class Paginator:
    def __init__(self, layout: Layout, width: float = SLIDE_W) -> None:
        self.layout = layout
        self.width = width

    def height(self, html: str, scale: int) -> float:
        return self.layout.fragment(html, self.width, BASE_PX * SCALES[scale])

    def _page(self, chosen: list[Unit], scale: int, room: float) -> Page:
        html = assemble(chosen)
        if any(u.image for u in chosen):
            html = _fit_images(html, self.layout, room, BASE_PX * SCALES[scale], self.width)
        return Page(html, scale, chosen)

    def paginate(self, body: str, room: float, split: bool = True) -> list[Page]:
        """Pages of `body` in `room` px of height (the slide less its heading)."""
        all_units = units(body)
        if not all_units:
            return [Page("")]
        images = any(u.image for u in all_units)
        # One slide if it fits at full size or one step smaller (pictures shrink first).
        for scale in (0, 1) if split else range(len(SCALES)):
            page = self._page(all_units, scale, room)
            if self.height(page.body, scale) <= room or (images and not split):
                return [page]
        if not split:
            return [self._page(all_units, len(SCALES) - 1, room)]
        return self._split(all_units, room)

    def _split(self, all_units: list[Unit], room: float) -> list[Page]:
        pages: list[Page] = []
        i = 0
        while i < len(all_units):
            # The longest run of units from i that fits at full size (pictures scaled down
            # to a third of the slide at most); a lone unit that does not gets smaller type.
            best = 0
            for j in range(i + 1, len(all_units) + 1):
                page = self._page(all_units[i:j], 0, room)
                if self.height(page.body, 0) > room:
                    break
                best = j
            if best == 0:
                pages.append(self._smallest(all_units[i : i + 1], room))
                i += 1
                continue
            # A unit that introduces the next one does not end a page.
            while best - 1 > i and all_units[best - 1].keep_with_next and best < len(all_units):
                best -= 1
            pages.append(self._page(all_units[i:best], 0, room))
            i = best
        return pages

    def _smallest(self, chosen: list[Unit], room: float) -> Page:
        for scale in range(1, len(SCALES)):
            page = self._page(chosen, scale, room)
            if self.height(page.body, scale) <= room:
                return page
        return self._page(chosen, len(SCALES) - 1, room)
