"""The text boxes and table cells of a PPTX as HTML boxes of the same size, for Chromium to
lay out with the deck's fonts: each paragraph with its font size, exact line spacing, space
after, left margin (the bullet's indent) and direction; each run bold or code as in the
file. A box overflows when its text is taller than the box PowerPoint draws."""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from pptx import Presentation
from pptx.oxml.ns import qn
from pptx.util import Length

PX = 9525  # EMU per px at 96 dpi
FACES = '"Tamkeen Latin", "Tamkeen Arabic", sans-serif'
MONO = '"Liberation Mono", "DejaVu Sans Mono", monospace'


@dataclass
class Box:
    where: str  # "file slide N shape" for the failure message
    width: float  # px available to the text
    height: float  # px the box (or the table row) has
    html: str
    text: str


def _px(emu) -> float:
    return int(emu or 0) / PX


def _paragraph(p) -> str:
    ppr = p._p.pPr
    rtl = ppr is not None and ppr.get("rtl") == "1"
    mar = _px(ppr.get("marL")) if ppr is not None else 0.0
    # Exact spacing (`a:spcPts`) reads back as Centipoints, a Length; a multiple of the
    # font's line (`a:spcPct`) as a float.
    line = p.line_spacing
    after = p.space_after
    sizes = [r.font.size for r in p.runs if r.font.size]
    size = _px(max(sizes)) if sizes else 16.0
    # A PowerPoint paragraph has no face of its own, only its runs': a line of code (every
    # run monospace) is set in the code face, as the web deck's `pre` is.
    mono = bool(p.runs) and all("Courier" in (r.font.name or "") for r in p.runs)
    style = [
        f"font-size:{size}px",
        f"font-family:{html.escape(MONO if mono else FACES)}",
        f"line-height:{_px(line) if isinstance(line, Length) else size * 1.2 * (line or 1)}px",
        f"margin:0 0 {_px(after) if after is not None else 0}px",
        f"padding-inline-start:{mar}px",
        f"direction:{'rtl' if rtl else 'ltr'}",
        "overflow-wrap:anywhere",
        "white-space:pre-wrap",
    ]
    runs = []
    for child in p._p:
        if child.tag == qn("a:br"):
            runs.append("<br>")
        elif child.tag == qn("a:r"):
            rpr = child.find(qn("a:rPr"))
            latin = rpr.find(qn("a:latin")) if rpr is not None else None
            mono = latin is not None and "Courier" in (latin.get("typeface") or "")
            bold = rpr is not None and rpr.get("b") == "1"
            sz = int(rpr.get("sz")) / 100 * 96 / 72 if rpr is not None and rpr.get("sz") else size
            family = MONO if mono else FACES
            text = "".join(t.text or "" for t in child.iter(qn("a:t")))
            runs.append(
                f'<span style="font-size:{sz}px;font-family:{html.escape(family)};'
                f'font-weight:{700 if bold else 400}">{html.escape(text)}</span>'
            )
    return f'<p style="{";".join(style)}">{"".join(runs) or "&#8203;"}</p>'


def _frame(frame) -> str:
    return "".join(_paragraph(p) for p in frame.paragraphs)


def boxes(path: Path) -> list[Box]:
    out: list[Box] = []
    prs = Presentation(path)
    for n, slide in enumerate(prs.slides, 1):
        for shape in slide.shapes:
            where = f"{path.name} slide {n} {shape.name}"
            if shape.has_text_frame and shape.text_frame.text.strip():
                tf = shape.text_frame
                width = _px(shape.width) - _px(tf.margin_left) - _px(tf.margin_right)
                height = _px(shape.height) - _px(tf.margin_top) - _px(tf.margin_bottom)
                out.append(Box(where, width, height, _frame(tf), tf.text))
            if shape.has_table:
                table = shape.table
                widths = [_px(c.width) for c in table.columns]
                for r, row in enumerate(table.rows):
                    for c, cell in enumerate(row.cells):
                        if not cell.text_frame.text.strip():
                            continue
                        out.append(
                            Box(
                                f"{where} cell {r + 1},{c + 1}",
                                widths[c] - _px(cell.margin_left) - _px(cell.margin_right),
                                _px(row.height) - _px(cell.margin_top) - _px(cell.margin_bottom),
                                _frame(cell.text_frame),
                                cell.text_frame.text,
                            )
                        )
    return out


def page(all_boxes: list[Box], fonts_css: str) -> str:
    """One HTML page holding every box, each in a div of the box's width."""
    divs = "".join(f'<div class="box" style="width:{b.width}px">{b.html}</div>' for b in all_boxes)
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" '
        f'href="{fonts_css}"><style>body{{margin:0}} .box{{font-family:{FACES};'
        f"margin-bottom:10px}}</style></head><body>{divs}</body></html>"
    )


MEASURE = """async () => {
  await document.fonts.ready;
  return [...document.querySelectorAll(".box")].map((b) => b.getBoundingClientRect().height);
}"""
