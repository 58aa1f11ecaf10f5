"""ruff (lint and format) over the Python sources, as `make lint` runs it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# bench/ may be absent in a fresh clone (git keeps no empty directories): lint what exists.
TARGETS = [name for name in ("tools", "tests", "bench") if (ROOT / name).is_dir()]


def ruff() -> str:
    exe = Path(sys.executable).parent / "ruff"
    found = str(exe) if exe.exists() else shutil.which("ruff")
    assert found, "ruff not found: make deps installs it from requirements.txt"
    return found


@pytest.mark.parametrize(
    "args", [["check"], ["format", "--check"]], ids=["ruff-check", "ruff-format"]
)
def test_ruff(args):
    result = subprocess.run(
        [ruff(), *args, "--no-cache", *TARGETS],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, f"ruff {' '.join(args)}:\n{result.stdout}{result.stderr}"
