"""`python -m tools notebook refresh` strips volatile metadata, re-executes and saves; running
it a second time changes nothing (stable ids, counts, no timestamps)."""

import json
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT
from tests.support.notebooks import GOOD_AR, notebook_site

# Real Jupyter kernels: `make test` runs these, `make test-fast` does not.
pytestmark = pytest.mark.kernel


def _refresh(path):
    return subprocess.run(
        [sys.executable, "-m", "tools", "notebook", "refresh", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_refresh_is_idempotent(tmp_path):
    project = notebook_site(tmp_path)
    path = project / GOOD_AR
    data = json.loads(path.read_text(encoding="utf-8"))
    data["metadata"]["widgets"] = {"state": {}}
    data["metadata"]["language_info"]["version"] = "3.11.2"
    data["cells"][1]["metadata"]["execution"] = {"iopub.execute_input": "2026-01-01T10:00:00Z"}
    data["cells"][1]["id"] = "random-id-1234"
    data["cells"][1]["execution_count"] = 17
    path.write_text(json.dumps(data), encoding="utf-8")

    first = _refresh(path)
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == f"{path}: refreshed"
    once = path.read_bytes()
    saved = json.loads(once)
    assert set(saved["metadata"]) == {"kernelspec", "language_info", "tamkeen"}
    assert saved["metadata"]["language_info"] == {"name": "python"}
    assert [c["id"] for c in saved["cells"]] == ["cell-01", "cell-02", "cell-03"]
    assert [c.get("execution_count") for c in saved["cells"]] == [None, 1, 2]
    assert saved["cells"][1]["metadata"] == {}
    assert saved["cells"][1]["outputs"][0]["text"] == ["12\n"]

    second = _refresh(path)
    assert second.returncode == 0, second.stderr
    assert second.stdout.strip() == f"{path}: unchanged"
    assert path.read_bytes() == once


def test_real_notebooks_are_refreshed(tmp_path):
    """The committed notebooks are exactly what refresh writes (outputs are up to date)."""
    src = ROOT / "notebooks" / "ai" / "02-generative-ai"
    dest = tmp_path / "02-generative-ai"
    shutil.copytree(src, dest)
    for path in sorted(dest.glob("*.ipynb")):
        result = _refresh(path)
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == f"{path}: unchanged"
