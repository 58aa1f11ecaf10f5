"""An Arabic sentence printed by a notebook, on its page: the output box stays left to right
(code's columns in place), but a printed line that is a sentence reads right to left, its
figures whole: «… تساوي 2%» drew the % at the far end of the line, away from its 2."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

LESSON = "courses/marketing/04-paid-reach/02-ab-testing/"
SENTENCE = "تساوي 2%"  # the A/A simulation's line: «200 اختبار A/A، … تساوي 2%»
COLUMNS = "مرات الظهور  z = 2,70"  # a row of columns: printed as is, left to right

# The line's direction, where its "2" and its "%" are drawn (px), and the box's direction.
MEASURE = """([sentence, columns]) => {
  const texts = [...document.querySelectorAll('pre.tk-nb-output code')];
  const find = (needle) => {
    for (const code of texts) {
      const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf(needle);
        if (at >= 0) { return { node, at }; }
      }
    }
    return null;
  };
  const box = (node, i) => {
    const r = document.createRange();
    r.setStart(node, i);
    r.setEnd(node, i + 1);
    return r.getBoundingClientRect();
  };
  const s = find(sentence), c = find(columns);
  if (!s || !c) { return null; }
  const end = s.at + sentence.length;
  const two = box(s.node, end - 2), pct = box(s.node, end - 1);
  return {
    direction: getComputedStyle(s.node.parentElement).direction,
    gap: Math.min(Math.abs(two.left - pct.right), Math.abs(pct.left - two.right)),
    columns: getComputedStyle(c.node.parentElement).direction,
    box: getComputedStyle(s.node.parentElement.closest('pre')).direction,
  };
}"""


def test_arabic_sentence_output_reads_right_to_left(server, page):
    page.goto(server.base + LESSON, wait_until="load")
    found = page.evaluate(MEASURE, [SENTENCE, COLUMNS])
    assert found, f"{SENTENCE!r} or {COLUMNS!r} not in an output of {LESSON}"
    assert found["box"] == "ltr", found
    assert found["direction"] == "rtl", found
    assert found["gap"] < 2, f"the % is drawn {found['gap']} px from its 2: {found}"
    assert found["columns"] == "ltr", found
