"""Code cells are the same in both languages (only Markdown is translated); each notebook
has its counterpart; only text values of a cell tagged `parameters` may differ."""

import nbformat

from tests.support.notebooks import GOOD_AR, GOOD_FR, check_messages, notebook_site


def test_good_site_has_no_errors(tmp_path):
    assert check_messages(notebook_site(tmp_path)) == []


def test_code_drift_is_reported_on_the_translation(tmp_path):
    project = notebook_site(tmp_path, "drift")
    assert check_messages(project) == [
        f"{GOOD_FR}:29:14: cell 2 (code cell 1) differs from cell 2 of {GOOD_AR}; "
        "code stays the same in every language, only Markdown is translated"
    ]


def test_missing_counterpart(tmp_path):
    project = notebook_site(tmp_path)
    (project / GOOD_FR).unlink()
    assert check_messages(project) == [f"{GOOD_AR}:1:1: no fr version: create {GOOD_FR}"]


def _set_code(path, index, source, tags=None):
    nb = nbformat.read(path, as_version=4)
    nb.cells[index].source = source
    if tags:
        nb.cells[index].metadata["tags"] = tags
    nbformat.write(nb, path)


def test_parameters_cell_may_differ_in_text_values_only(tmp_path):
    project = notebook_site(tmp_path)
    _set_code(project / GOOD_AR, 1, 'LANG = "ar"\nprint(LANG)', ["parameters"])
    _set_code(project / GOOD_FR, 1, 'LANG = "fr"\nprint(LANG)', ["parameters"])
    assert check_messages(project) == []
    _set_code(project / GOOD_FR, 1, 'LANG = "fr"\nprint(LANG * 2)', ["parameters"])
    assert [m.split(": ", 1)[1] for m in check_messages(project)] == [
        f"cell 2 (code cell 1) differs from cell 2 of {GOOD_AR}; "
        "code stays the same in every language, only Markdown is translated"
    ]
