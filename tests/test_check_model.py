"""What the model cannot render as the author meant (tools/model/document.py `Problem`s, reported
by tools/checks/rules/model.py): each structure is an error at its line, in both languages' lessons
alike; the site renders each one otherwise than the author wrote it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.content_site import findings, write_site
from tools.common.site_markdown import render
from tools.model import document

CONFIG = Path(__file__).resolve().parent.parent / "mkdocs.yml"

# (name, Markdown body, line of the error in the body (1-based), key, what the site shows)
CASES = [
    (
        "quiz-one-option",
        "!!! quiz\n    Only one?\n\n    - [x] Yes\n        Yes.\n",
        1,
        "model.quiz_one_option",
        None,
    ),
    (
        "fence-unclosed",
        "Intro.\n\n```python\nprint(1)\n\n## Later\n\nText.\n",
        3,
        "model.fence_unclosed",
        "<p>```python",
    ),
    (
        "comment-unclosed",
        "Intro.\n\n<!-- a note to myself\n\n## Later\n",
        3,
        "model.comment_unclosed",
        "&lt;!-- a note",
    ),
    (
        "html-unclosed",
        "Intro.\n\n<div>\nText.\n\n## Later\n\n*More*.\n",
        3,
        "model.html_unclosed",
        "## Later",
    ),
    (
        "table-cells",
        "| a | b |\n|---|---|\n| 1 | 2 | 3 |\n",
        3,
        "model.table_cells",
        None,
    ),
    (
        "table-no-separator",
        "| a | b |\n| 1 | 2 |\n",
        1,
        "model.table_no_separator",
        "<p>| a | b |",
    ),
    (
        "list-no-blank",
        "Steps:\n- one\n- two\n",
        2,
        "model.list_no_blank",
        "<p>Steps:\n- one",
    ),
    (
        "block-indent",
        "!!! note\n  Two spaces only.\n\nAfter.\n",
        1,
        "model.block_indent",
        "</div>\n<p>Two spaces only.</p>",
    ),
    (
        "fact-unclosed",
        "A figure: [[fact:x] here.\n",
        1,
        "model.fact_unclosed",
        "[[fact:x] here",
    ),
    (
        "link-space",
        "See [the lesson](other lesson.md).\n",
        1,
        "model.link_space",
        None,
    ),
    (
        "ref-undefined",
        "See [the lesson][lesson-2].\n",
        1,
        "model.ref_undefined",
        "[the lesson][lesson-2]",
    ),
    (
        "quiz-options-split",
        "!!! quiz\n    Q?\n\n    - [x] a\n        Yes.\n    - [ ] b\n        No.\n\n"
        "    Or else:\n\n    - [ ] c\n        No.\n",
        11,
        "model.quiz_options_split",
        None,
    ),
    (
        "quiz-options-other-marker",
        "!!! quiz\n    Q?\n\n    - [x] a\n        Yes.\n    - [ ] b\n        No.\n"
        "    * [ ] c\n        No.\n",
        8,
        "model.quiz_options_split",
        None,
    ),
    (
        "quiz-title",
        '!!! quiz "Check"\n    Q?\n\n    - [x] a\n        Yes.\n    - [ ] b\n        No.\n',
        1,
        "model.quiz_marker",
        None,
    ),
    (
        "quiz-folded",
        "??? quiz\n    Q?\n\n    - [x] a\n        Yes.\n    - [ ] b\n        No.\n",
        1,
        "model.quiz_marker",
        None,
    ),
    (
        "footnote-undefined",
        "A claim[^1] here.\n",
        1,
        "model.footnote_undefined",
        "A claim[^1] here.",
    ),
    (
        "slide-mark-in-list",
        "Steps:\n\n- one\n\n    <!-- slide -->\n\n- two\n",
        5,
        "model.slide_mark",
        None,
    ),
    (
        "slide-mark-misspelt",
        "Intro.\n\n<!--slide-->\n\n## Next\n",
        3,
        "model.slide_mark",
        None,
    ),
    (
        "slide-mark-inline",
        "Intro. <!-- no-slide --> More.\n",
        1,
        "model.slide_mark",
        None,
    ),
    (
        "duplicate-heading-id",
        "## A {#same}\n\nText.\n\n## B {#same}\n",
        5,
        "model.duplicate_id",
        '<h2 id="same">B',
    ),
]
BODY_LINE = 12  # tests/support/content_site.py: the body starts at line 12


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_each_structure_is_an_error_at_its_line(tmp_path, case):
    name, body, line, key, shown = case
    docs = write_site(tmp_path, {"l": {"fr": body, "ar": body}})
    found = findings(docs, "model.")
    assert sorted((e.path.name, e.line, e.key) for e in found) == [
        ("l.ar.md", BODY_LINE + line - 1, key),
        ("l.fr.md", BODY_LINE + line - 1, key),
    ]
    assert not found[0].warning
    assert found[0].text("ar") != found[0].text("fr") != found[0].text("en")
    if shown is not None:  # what the site makes of it: not what the author meant
        assert shown in render(body, CONFIG)


@pytest.mark.parametrize(
    "body",
    [
        "Intro.\n\n- one\n- two\n",
        "- item\n    - nested\n",
        "!!! quiz\n    Q?\n    - [x] a\n        Yes.\n    - [ ] b\n        No.\n",
        "```python\nx = 1\n```\n",
        "<div markdown>\nText.\n</div>\n",
        "<!-- a comment -->\n",
        "| a | b |\n|---|---|\n| 1 | 2 |\n| 3 |\n",
        'See [a](<other lesson.md>) and [b](b.md "title").\n',
        "See [the lesson][l].\n\n[l]: other.md\n",
        "!!! note\n\n    Four spaces.\n",
        "Text `[[fact:` in code.\n",
        "!!! quiz o1\n    Q?\n\n    - [x] a\n        Yes.\n    - [ ] b\n        No.\n\n"
        "    Why:\n\n    - a point\n    - another\n",
        "A claim[^1].\n\n[^1]: The source.\n",
        "Intro.\n\n<!-- slide -->\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<!-- no-slide -->\n\nText.\n",
        "Text with `<!-- slide -->` in code.\n",
        "## A {#one}\n\n## B {#two}\n",
    ],
)
def test_what_renders_as_written_is_not_a_problem(body):
    assert document.parse(body).problems == ()


def test_duplicate_cell_ids_in_a_notebook(tmp_path):
    from tests.support.notebooks import GOOD_FR, notebook_site
    from tools.checks import check

    project = notebook_site(tmp_path)
    path = project / GOOD_FR
    data = json.loads(path.read_text(encoding="utf-8"))
    data["cells"][2]["id"] = data["cells"][0]["id"]
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    found = [e for e in check.run(project / "docs") if e.key == "nb.duplicate_id"]
    assert [(e.path.name, e.warning) for e in found] == [(GOOD_FR.name, False)]
    lines = path.read_text(encoding="utf-8").split("\n")
    assert f'"id": "{data["cells"][0]["id"]}"' in lines[found[0].line - 1]
    assert "first by cell 1" in found[0].text("en")
