"""An output over 500 KB is reported on its line, naming the cell; the total budget too."""

from tests.support.notebooks import GOOD_FR, check_messages, notebook_site
from tools.checks.rules import notebooks as rules


def test_huge_output_names_the_cell(tmp_path):
    project = notebook_site(tmp_path, "huge")
    assert check_messages(project) == [
        f"{GOOD_FR}:21:5: output 1 of cell 2 is 615 KB (budget 500 KB): "
        "print less, or save a smaller image"
    ]


def test_notebook_budget(tmp_path, monkeypatch):
    monkeypatch.setattr(rules, "NOTEBOOK_BUDGET", 100 * 1024)
    project = notebook_site(tmp_path, "huge")
    messages = check_messages(project)
    assert f"{GOOD_FR}:15:3: outputs total 615 KB (budget 100 KB); the biggest is in cell 2" in (
        messages
    )
