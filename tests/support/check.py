"""Run `python -m tools check` as a user would, in-process (issue 16: about 45 subprocesses
cost a minute of interpreter starts); hash sources to prove it never writes.

`run_check` calls the same entry point as `python -m tools check` (tools/cli.py) with the
same environment, working directory, argv and captured stdout/stderr, and returns a
CompletedProcess, so the tests read it as before. `run_check_process` is the real
subprocess, for the few tests about the command line itself."""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import subprocess
import sys
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent.parent
BAD = ROOT / "tests" / "fixtures" / "bad"


def run_check(
    docs_dir: Path, env: dict | None = None, args: list[str] | None = None
) -> subprocess.CompletedProcess:
    from tools import cli
    from tools.common import messages

    environ = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    environ.update(env or {})
    argv = ["check", str(docs_dir), *(args or [])]
    out, err = io.StringIO(), io.StringIO()
    language = messages._lang  # `check` sets the messages' language: put it back after
    with (
        mock.patch.dict(os.environ, environ, clear=True),
        contextlib.chdir(ROOT),
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
    ):
        try:
            code = cli.main(argv)
        except SystemExit as exit_:  # argparse errors, as the process would exit
            code = exit_.code if isinstance(exit_.code, int) else 1
        finally:
            messages.set_language(language)
    cmd = [sys.executable, "-m", "tools", *argv]
    return subprocess.CompletedProcess(cmd, code, out.getvalue(), err.getvalue())


def run_check_process(docs_dir: Path, env: dict | None = None) -> subprocess.CompletedProcess:
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
