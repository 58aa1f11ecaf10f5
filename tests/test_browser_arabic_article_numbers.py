"""In Arabic text a hyphenated article number (Penal Code 447-1) reads left to right, as
written: without isolation the bidi algorithm shows «1-447»."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

LESSON = "courses/ai/04-verify/02-deepfakes/"

# x of the first and last character of the isolated article number in the fact statement.
EDGES = """() => {
  const bdi = [...document.querySelectorAll('.tk-dated-fact bdi[dir="ltr"]')]
    .find((b) => b.textContent === "447-1");
  const node = bdi.firstChild;
  const box = (i) => {
    const r = document.createRange();
    r.setStart(node, i);
    r.setEnd(node, i + 1);
    return r.getBoundingClientRect().left;
  };
  return { text: node.data, first: box(0), last: box(node.data.length - 1) };
}"""


def test_article_number_reads_left_to_right_in_arabic(server, page):
    page.goto(server.base + LESSON, wait_until="load")
    edges = page.evaluate(EDGES)
    assert edges["text"] == "447-1"
    # "4" is drawn left of "1": the number is shown 447-1, not 1-447.
    assert edges["first"] < edges["last"], edges
