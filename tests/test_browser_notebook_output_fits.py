"""The KPI notebook's outputs on a 320 px phone, in Arabic and in French: every printed line
shows whole without scrolling its box (« portée (somme sur les publications) : 38 987 » hid
its number), and the two «top 5» are tables, not printed text (in Arabic the printed header
line was drawn mirrored over the data: «الحجوزات» over the dates)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

PREFIX = {"ar": "", "fr": "fr/"}
LESSON = "courses/marketing/06-measure/01-kpis/"
PHONE = {
    "viewport": {"width": 320, "height": 740},
    "device_scale_factor": 2,
    "is_mobile": True,
    "has_touch": True,
}
# The first row of each «top 5» (most likes, most bookings): dates of posts in posts.csv.
TOP_DATES = ["2026-09-12", "2026-09-27"]

# Printed outputs (pre > code, Material's scrolling box): by how many px each is wider than
# its box; and where each «top 5» date is: in a table cell, or in printed text.
MEASURE = """(dates) => {
  const hidden = [];
  for (const code of document.querySelectorAll('pre.tk-nb-output code')) {
    const over = code.scrollWidth - code.clientWidth;
    if (over > 0) { hidden.push(`${code.textContent.trim().slice(0, 50)}: ${over} px`); }
  }
  const where = {};
  for (const date of dates) {
    const cells = [...document.querySelectorAll('.tk-nb-html th, .tk-nb-html td')];
    const printed = [...document.querySelectorAll('pre.tk-nb-output')];
    where[date] = {
      cell: cells.some((c) => c.textContent.trim() === date),
      printed: printed.some((p) => p.textContent.includes(date)),
    };
  }
  return { hidden, where, boxes: document.querySelectorAll('pre.tk-nb-output code').length };
}"""


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_kpi_outputs_fit_a_phone(chromium, server, lang):
    context = chromium.new_context(**PHONE)
    try:
        pg = context.new_page()
        pg.goto(server.base + PREFIX[lang] + LESSON, wait_until="load")
        pg.evaluate("document.fonts.ready.then(() => true)")  # widths with the web fonts
        found = pg.evaluate(MEASURE, TOP_DATES)
    finally:
        context.close()
    assert found["boxes"] >= 3, found  # the shape, the totals, the two top-5 labels
    assert found["hidden"] == [], f"printed lines wider than their box at 320 px: {found}"
    for date, where in found["where"].items():
        assert where == {"cell": True, "printed": False}, f"{date}: {where}"
