"""Notebook Markdown cells go through every Markdown rule of `check`
(tools/model/notebook_source.py):
a typo in a trainer block, a quiz with no right option and a dead link in a cell give the same
findings as in a Markdown lesson, at `path.ipynb:cell N:line N`."""

from __future__ import annotations

import json

from tests.support.check import run_check
from tests.support.notebooks import GOOD_AR, GOOD_FR, notebook_site
from tools.checks import check

CELL = [
    "## Quiz\n",
    "\n",
    "!!! trainers\n",
    "    A note.\n",
    "\n",
    "!!! quiz\n",
    "    Question?\n",
    "\n",
    "    - [ ] a\n",
    "        No.\n",
    "    - [ ] b\n",
    "        No.\n",
    "\n",
    "[dead](missing.md)\n",
]


def _add_cell(path, source: list[str]) -> int:
    """Append a Markdown cell; return its number (1-based)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    data["cells"].append(
        {"cell_type": "markdown", "id": f"t{len(data['cells'])}", "metadata": {}, "source": source}
    )
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return len(data["cells"])


def test_the_three_mistakes_in_a_cell(tmp_path):
    project = notebook_site(tmp_path)
    for nb in (GOOD_AR, GOOD_FR):
        n = _add_cell(project / nb, CELL)
    found = [e for e in check.run(project / "docs") if e.path.name == GOOD_FR.name]
    got = sorted((e.cell, e.key) for e in found)
    assert got == [
        ((n, 3), "block.unknown"),
        ((n, 6), "quiz.no_right"),
        ((n, 14), "link.page_missing"),
    ]
    # `line`/`col` are the place in the .ipynb file: the JSON string of that line.
    lines = (project / GOOD_FR).read_text(encoding="utf-8").split("\n")
    for e in found:
        assert lines[e.line - 1][e.col - 1 :].startswith(CELL[e.cell[1] - 1].strip().split()[0][:3])


def test_printed_as_cell_and_line(tmp_path):
    project = notebook_site(tmp_path)
    for nb in (GOOD_AR, GOOD_FR):
        n = _add_cell(project / nb, CELL)
    out = run_check(project / "docs").stdout
    assert f"{GOOD_FR.name}:cell {n}:line 3: unknown block type `trainers`" in out
    assert f"{GOOD_FR.name}:cell {n}:line 6: quiz has no right option" in out


def test_translation_rules_compare_the_notebooks(tmp_path):
    project = notebook_site(tmp_path)
    n = _add_cell(
        project / GOOD_FR,
        [
            "!!! quiz\n",
            "    Q?\n",
            "\n",
            "    - [x] a\n",
            "        Yes.\n",
            "    - [ ] b\n",
            "        No.\n",
        ],
    )
    found = [e for e in check.run(project / "docs") if e.key == "quiz.count"]
    assert [(e.path.name, e.cell) for e in found] == [(GOOD_FR.name, (n, 1))]
    # The other notebook is named as the notebook, not as the page it becomes.
    assert GOOD_AR.name in found[0].text("en") and ".ar.md" not in found[0].text("en")


def test_content_rules_read_cells(tmp_path):
    project = notebook_site(tmp_path)
    for nb in (GOOD_AR, GOOD_FR):
        n = _add_cell(project / nb, ["L’impôt est de 1 % du chiffre d’affaires.\n"])
    found = [e for e in check.run(project / "docs") if e.key == "legal.prose"]
    assert sorted((e.path.name, e.cell, e.warning) for e in found) == [
        (GOOD_AR.name, (n, 1), True),
        (GOOD_FR.name, (n, 1), True),
    ]


def test_a_clean_notebook_gives_nothing_new(tmp_path):
    project = notebook_site(tmp_path)
    assert check.run(project / "docs") == []


def test_what_the_model_refuses_in_a_cell(tmp_path):
    """The model's structures (tools/checks/rules/model.py) in a Markdown cell: at the cell's
    line."""
    project = notebook_site(tmp_path)
    for nb in (GOOD_AR, GOOD_FR):
        quiz = _add_cell(
            project / nb, ["!!! quiz\n", "    Only?\n", "\n", "    - [x] a\n", "        Yes.\n"]
        )
        fence = _add_cell(project / nb, ["Then:\n", "\n", "```python\n", "x = 1\n"])
    found = [e for e in check.run(project / "docs") if e.path.name == GOOD_FR.name]
    assert sorted((e.cell, e.key) for e in found) == [
        ((quiz, 1), "model.quiz_one_option"),
        ((fence, 3), "model.fence_unclosed"),
    ]
