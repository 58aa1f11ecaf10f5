"""A notebook's pandas table (class "dataframe", in its own scrolling box) on a 320 px phone:
each cell's text on one line (a date not broken at its hyphens, «2026-» over «09-01») and
cells apart (not «carousel23», «publicationsportée»), in Arabic and in French."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

PREFIX = {"ar": "", "fr": "fr/"}
LESSON = "courses/marketing/06-measure/01-kpis/"  # four tables: posts, by format, language, hour
PHONE = {
    "viewport": {"width": 320, "height": 740},
    "device_scale_factor": 2,
    "is_mobile": True,
    "has_touch": True,
}
GAP = 8  # px between the texts of two neighbouring cells

# Per table cell: the lines its text takes; per row, the narrowest gap between the texts of
# two neighbouring cells (their text boxes, not the cells: a cell may have no padding).
MEASURE = """() => {
  const text = (cell) => {
    const r = document.createRange();
    r.selectNodeContents(cell);
    return [...r.getClientRects()].filter((b) => b.width > 0);
  };
  const tables = [...document.querySelectorAll('.tk-nb-html table')];
  const broken = [], close = [];
  for (const table of tables) {
    for (const row of table.rows) {
      let previous = null;
      for (const cell of row.cells) {
        const boxes = text(cell);
        if (!boxes.length) { continue; }
        if (new Set(boxes.map((b) => Math.round(b.top))).size > 1) {
          broken.push(cell.textContent);
        }
        const left = Math.min(...boxes.map((b) => b.left));
        const right = Math.max(...boxes.map((b) => b.right));
        if (previous && left - previous.right < GAP) {
          const gap = Math.round(left - previous.right);
          close.push(`${previous.text}|${cell.textContent}: ${gap} px`);
        }
        previous = { right, text: cell.textContent };
      }
    }
  }
  return { tables: tables.length, broken, close,
    wider: document.scrollingElement.scrollWidth - innerWidth };
}""".replace("GAP", str(GAP))


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_notebook_table_cells_whole_and_apart(chromium, server, lang):
    context = chromium.new_context(**PHONE)
    try:
        pg = context.new_page()
        pg.goto(server.base + PREFIX[lang] + LESSON, wait_until="load")
        found = pg.evaluate(MEASURE)
    finally:
        context.close()
    assert found["tables"] >= 4, found
    assert found["broken"] == [], f"cells over two lines at 320 px: {found['broken']}"
    assert found["close"] == [], f"cells closer than {GAP} px: {found['close'][:10]}"
    # Whole cells make the tables wider: they scroll in their own box, the page does not.
    assert found["wider"] <= 0, f"the page scrolls sideways by {found['wider']} px"
