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


# A paragraph of the tax code, with its roman numeral, letter and degree sign (art. 73-III,
# 73-II-B-6°), in a fact's statement: without isolation «73-III» is drawn «III-73» and
# «73-II-B-6°» «II-B-6°-73».
ARTICLE_LESSON = "courses/ai/04-verify/01-hallucinations/"
REFERENCE_EDGES = """(needle) => {
  const out = [];
  for (const fact of document.querySelectorAll('.tk-dated-fact')) {
    const walker = document.createTreeWalker(fact, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(needle);
      if (at < 0) { continue; }
      const box = (i) => {
        const r = document.createRange();
        r.setStart(node, i);
        r.setEnd(node, i + 1);
        return r.getBoundingClientRect();
      };
      const first = box(at), last = box(at + needle.length - 1);
      out.push({ first: first.left, last: last.left, lines: first.top === last.top });
    }
  }
  return out;
}"""


@pytest.mark.parametrize("reference", ["73-III", "73-II-B-6°"])
def test_code_paragraph_reads_left_to_right_in_arabic(server, page, reference):
    page.goto(server.base + ARTICLE_LESSON, wait_until="load")
    found = page.evaluate(REFERENCE_EDGES, reference)
    assert found, f"{reference} not in a fact of {ARTICLE_LESSON}"
    for edges in found:
        # Its first character drawn left of its last, on the same line.
        assert edges["lines"] and edges["first"] < edges["last"], (reference, edges)
