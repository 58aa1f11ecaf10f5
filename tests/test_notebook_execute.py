"""Every notebook under notebooks/ runs with nbclient: kernel python3 from the project's
.venv, offline (tests/test_notebook_network_off.py), a time limit per cell. A failure names
the notebook and the cell."""

import sys
from pathlib import Path

import nbformat
import pytest

from tests.conftest import ROOT
from tools.authoring import notebook_run
from tools.model import notebooks

# Real Jupyter kernels: `make test` runs these, `make test-fast` does not.
pytestmark = pytest.mark.kernel

NOTEBOOKS = notebooks.find(ROOT / "notebooks")


def test_there_are_notebooks():
    assert NOTEBOOKS


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: str(p.relative_to(ROOT)))
def test_notebook_runs(path):
    nb = notebook_run.execute(path)
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.output_type == "error"]
    assert not errors


def _notebook(tmp_path: Path, *sources: str) -> Path:
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(s) for s in sources])
    path = tmp_path / "t.ar.ipynb"
    nbformat.write(nb, path)
    return path


def test_kernel_is_the_project_venv(tmp_path):
    path = _notebook(tmp_path, "import sys\nprint(sys.prefix)")
    nb = notebook_run.execute(path)
    assert nb.cells[0].outputs[0].text.strip() == sys.prefix


def test_failure_names_notebook_and_cell(tmp_path):
    path = _notebook(tmp_path, "x = 1", "print(undefined_name)")
    with pytest.raises(notebook_run.NotebookFailed) as info:
        notebook_run.execute(path)
    assert str(info.value).startswith(f"{path}: cell 2 failed ('print(undefined_name)')")
    assert "NameError" in str(info.value)


def test_cell_timeout(tmp_path):
    path = _notebook(tmp_path, "import time\ntime.sleep(30)")
    with pytest.raises(notebook_run.NotebookFailed) as info:
        notebook_run.execute(path, timeout=2)
    assert "cell 1 failed" in str(info.value)
