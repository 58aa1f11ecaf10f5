"""Run `python -m tools check` as a user would; hash sources to prove it never writes."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
BAD = ROOT / "tests" / "fixtures" / "bad"


def run_check(docs_dir: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    return subprocess.run(
        [sys.executable, "-m", "tools", "check", str(docs_dir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=dict(environ, **(env or {})),
        check=False,
    )


def failing(name: str) -> str:
    """stdout of `check` on tests/fixtures/bad/<name>/docs, which must fail."""
    result = run_check(BAD / name / "docs")
    assert result.returncode != 0, result.stdout + result.stderr
    return result.stdout


def hashes(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }
