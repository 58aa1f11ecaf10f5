"""An older 4.x notebook (a real course's 4.2: no cell ids, its own kernelspec) just works:
`check` names the upgrade command, `notebook upgrade` and `notebook refresh` upgrade it with
nbformat's own upgrade (ids and minor version together), and what we write is valid by our
own check."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT
from tests.support.notebooks import GOOD_FR, check_messages, notebook_site


def _as_42(path):
    """The notebook as an older Jupyter wrote it: nbformat 4.2, no ids, another kernel."""
    data = json.loads(path.read_text(encoding="utf-8"))
    data["nbformat_minor"] = 2
    for cell in data["cells"]:
        cell.pop("id", None)
    data["metadata"]["kernelspec"] = {
        "display_name": "Python [conda env:course]",
        "language": "python",
        "name": "conda-env-course-py",
    }
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def _tools(*args):
    return subprocess.run(
        [sys.executable, "-m", "tools", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_check_names_the_upgrade_command(tmp_path):
    project = notebook_site(tmp_path)
    _as_42(project / GOOD_FR)
    messages = check_messages(project)
    assert len(messages) == 1, messages
    assert messages[0].startswith(f"{GOOD_FR}:")
    assert "notebook format 4.2 is older than 4.5 (no cell ids): run " in messages[0]
    assert messages[0].endswith(f"`python -m tools notebook upgrade {GOOD_FR}`")


def test_upgrade_then_check_is_clean(tmp_path):
    project = notebook_site(tmp_path)
    path = project / GOOD_FR
    _as_42(path)
    result = _tools("notebook", "upgrade", str(path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{path}: upgraded"
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["nbformat"] == 4 and saved["nbformat_minor"] == 5
    assert [c["id"] for c in saved["cells"]] == [
        f"cell-{i + 1:02d}" for i in range(len(saved["cells"]))
    ]
    assert check_messages(project) == []


def test_refresh_upgrades_a_42_notebook_and_check_accepts_it(tmp_path):
    project = notebook_site(tmp_path)
    path = project / GOOD_FR
    _as_42(path)
    result = _tools("notebook", "refresh", str(path))
    assert result.returncode == 0, result.stderr
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["nbformat_minor"] == 5
    assert all(c.get("id") for c in saved["cells"])
    assert saved["metadata"]["kernelspec"]["name"] == "python3"
    assert check_messages(project) == []
