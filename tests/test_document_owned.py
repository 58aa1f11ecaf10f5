"""Each source owns its one model (content.Source.doc): parsed once, immutable, shared by
every rule; `check` parses each source once, and again only what changed (`make serve`).
`[[fact:…]]`, slide marks and raw HTML are nodes of the model."""

from __future__ import annotations

import dataclasses

import pytest

from tests.support.content_site import write_site
from tools.checks import check
from tools.model import document

BODY = """## Section

<!-- slide -->
A fact: [[fact:ae-ceiling|figure]], and `[[fact:in-code]]` is code.

<p class="x"><img src="a.png" alt="A chart"> <a href="b.md">B</a></p>

Text with <span>inline</span> HTML.

!!! quiz
    Q?

    - [x] Yes
        Yes.
    - [ ] No
        No.
"""


def test_a_source_parses_once_and_keeps_it(tmp_path):
    docs = write_site(tmp_path, {"l": {"fr": BODY, "ar": BODY}})
    sources, _, _ = check.read_all(docs)
    src = next(s for s in sources if s.path.name == "l.fr.md")
    before = document.PARSES
    doc = src.doc
    assert src.doc is doc and before + 1 == document.PARSES


def test_the_model_is_immutable(tmp_path):
    doc = document.parse(BODY)
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.quizzes = ()  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.quizzes[0].options[0].correct = False  # type: ignore[misc]
    for value in (doc.lines, doc.headings, doc.quizzes, doc.items, doc.quizzes[0].options):
        assert isinstance(value, tuple)
    assert isinstance(doc.code_lines, frozenset)
    # Quiz text keeps comparing to lists, as the model's readers wrote it.
    assert doc.quizzes[0].question == ["Q?"] and doc.quizzes[0].question != ["Other"]


def test_check_parses_each_source_once_then_only_what_changed(tmp_path):
    docs = write_site(tmp_path, {"l": {"fr": BODY, "ar": BODY}, "k": {"fr": BODY, "ar": BODY}})
    sources = len(list(docs.rglob("*.md")))
    before = document.PARSES
    check.run(docs)
    assert document.PARSES - before == sources
    before = document.PARSES
    check.run(docs)  # `make serve` after a save that changed nothing here
    assert before == document.PARSES
    lesson = docs / "courses/c/m/l.fr.md"
    lesson.write_text(lesson.read_text(encoding="utf-8") + "\nMore.\n", encoding="utf-8")
    before = document.PARSES
    check.run(docs)
    assert document.PARSES - before == 1


def test_facts_slide_marks_and_html_are_nodes():
    doc = document.parse(BODY, first_line=10)
    assert [(f.line, f.col, f.id, f.form) for f in doc.facts] == [(13, 9, "ae-ceiling", "figure")]
    assert [(m.line, m.mark) for m in doc.marks] == [(12, document.SLIDE_MARK)]
    blocks = [h for h in doc.html if not h.inline and h.tags]
    assert [(t.name, t.line, t.col) for t in blocks[0].tags] == [
        ("p", 15, 1),
        ("img", 15, 14),
        ("a", 15, 46),
    ]
    assert blocks[0].tags[1].attr("alt") == "A chart"
    inline = [h for h in doc.html if h.inline and h.tags]
    assert [(h.line, h.col, h.tags[0].name) for h in inline] == [(17, 11, "span")]
    # Images and links in raw HTML are the model's links too.
    assert [(k.url, k.image, k.alt) for k in doc.links] == [
        ("a.png", True, "A chart"),
        ("b.md", False, None),
    ]


def test_check_and_the_build_share_each_source(tmp_path):
    """`make serve` checks, then builds, after each save: both read the same Source, so a
    source is parsed once per save, not once for `check` and again for the pages."""
    from tools.model import content

    docs = write_site(tmp_path, {"l": {"fr": BODY, "ar": BODY}, "k": {"fr": BODY, "ar": BODY}})
    sources = len(list(docs.rglob("*.md")))
    before = document.PARSES
    check.run(docs)
    site = content.load(docs)
    docs_seen = [src.doc for src in site.sources]  # what the pages read
    assert len(docs_seen) == sources and document.PARSES - before == sources
    lesson = docs / "courses/c/m/l.ar.md"
    lesson.write_text(lesson.read_text(encoding="utf-8") + "\nMore.\n", encoding="utf-8")
    before = document.PARSES
    check.run(docs)
    for src in content.load(docs).sources:
        assert src.doc is not None
    assert document.PARSES - before == 1
