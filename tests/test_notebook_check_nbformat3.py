"""An nbformat 3 notebook is not silently upgraded: check asks to re-save it in Jupyter."""

from tests.support.notebooks import GOOD_FR, check_messages, notebook_site


def test_nbformat3_asks_to_resave(tmp_path):
    project = notebook_site(tmp_path, "nbformat3")
    assert check_messages(project) == [
        f"{GOOD_FR}:5:14: notebook format 3 is too old (we need 4): open and re-save it in Jupyter"
    ]
