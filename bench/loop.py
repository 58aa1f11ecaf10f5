"""The loop authors and developers live in (issue 16): how long `make serve` takes to show a
saved lesson, and how long `make test` and `make test-fast` take. Prints a table; the rows
are also added by `make bench` (bench/run.py `--loop`).

    .venv/bin/python -m bench.loop [--edits 5] [--no-serve] [--tests]

Serve: a copy of the project (docs/, notebooks/, mkdocs.yml) in a temporary folder, served
as `make serve` serves it; each edit appends a new sentence to a French lesson and times
until the served page holds it (the median of `--edits`). The worktree is never touched.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENV = dict(os.environ, NO_MKDOCS_2_WARNING="1")
LESSON = "courses/ai/01-what-is-ai/01-ai-around-you"  # any lesson of the real course


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _project(tmp: Path) -> Path:
    """The real project's sources in `tmp`, with our hook and overrides by absolute path."""
    project = tmp / "project"
    project.mkdir()
    shutil.copytree(ROOT / "docs", project / "docs")
    if (ROOT / "notebooks").is_dir():
        shutil.copytree(ROOT / "notebooks", project / "notebooks")
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    text = text.replace("  - tools/hooks/site.py\n", f"  - {ROOT / 'tools/hooks/site.py'}\n")
    text = text.replace("custom_dir: overrides", f"custom_dir: {ROOT / 'overrides'}")
    (project / "mkdocs.yml").write_text(text, encoding="utf-8")
    # A clone, as an author has one: tools/common/tracked.py asks git what is tracked.
    for args in (["init", "-q"], ["add", "-A"]):
        subprocess.run(["git", *args], cwd=project, check=True, capture_output=True)
    return project


def _lesson(docs: Path) -> tuple[Path, str]:
    """(French source, URL path) of the lesson to edit: LESSON, else the first lesson."""
    path = docs / f"{LESSON}.fr.md"
    if not path.is_file():
        path = sorted(p for p in docs.glob("courses/*/*/*.fr.md") if p.name != "index.fr.md")[0]
    rel = path.relative_to(docs).as_posix().removesuffix(".fr.md")
    return path, f"fr/{rel}/"


def _get(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, OSError):
        return ""


def serve_edit_to_visible(edits: int = 5, ready_timeout: float = 900, dirty: bool = True) -> dict:
    """Seconds from saving a lesson to the served page showing the change."""
    with tempfile.TemporaryDirectory() as tmp:
        project = _project(Path(tmp))
        source, url_path = _lesson(project / "docs")
        port = _port()
        # As `make serve` runs it (Makefile `serve`).
        cmd = [sys.executable, "-m", "mkdocs", "serve", *(["--dirty"] if dirty else [])]
        cmd += ["-f", "mkdocs.yml"]
        cmd += ["--dev-addr", f"127.0.0.1:{port}"]
        proc = subprocess.Popen(
            cmd,
            cwd=project,
            env=ENV,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        log: list[str] = []
        threading.Thread(
            target=lambda: log.extend(iter(proc.stdout.readline, "")), daemon=True
        ).start()
        url = f"http://127.0.0.1:{port}/tamkeen/{url_path}"
        try:
            start = time.monotonic()
            while "<html" not in _get(url):
                if proc.poll() is not None or time.monotonic() - start > ready_timeout:
                    raise SystemExit("mkdocs serve did not start:\n" + "".join(log[-30:]))
                time.sleep(0.5)
            first_build = time.monotonic() - start
            time.sleep(2)  # let the watcher settle
            times = []
            original = source.read_text(encoding="utf-8")
            for i in range(edits):
                marker = f"Tamkeen-bench-{i}-{time.time_ns()}"
                begin = time.monotonic()
                source.write_text(f"{original.rstrip()}\n\n{marker}\n", encoding="utf-8")
                while marker not in _get(url):
                    if time.monotonic() - begin > 300:
                        raise SystemExit("edit not visible after 300 s:\n" + "".join(log[-30:]))
                    time.sleep(0.05)
                times.append(time.monotonic() - begin)
                time.sleep(1.5)  # one save at a time, as an author types
        finally:
            proc.terminate()
            proc.wait(timeout=30)
            proc.stdout.close()
    # MkDocs' own figure for each rebuild (the rest is noticing the save and serving).
    rebuilds = [
        float(m) for m in re.findall(r"Documentation built in ([0-9.]+) seconds", "".join(log))
    ]
    return {
        "serve_rebuild_s": rebuilds[1:],
        "serve_first_build_s": round(first_build, 2),
        "serve_edit_to_visible_s": [round(t, 2) for t in times],
        "serve_edit_to_visible_median_s": round(statistics.median(times), 2),
    }


def machine_busy_s() -> float | None:
    """CPU seconds the whole machine has been busy (Linux /proc/stat), or None elsewhere.
    A child's rusage misses Chromium: its renderers are not reaped by our process tree."""
    try:
        fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    except OSError:
        return None
    ticks = [int(f) for f in fields]
    return (sum(ticks) - ticks[3] - ticks[4]) / os.sysconf("SC_CLK_TCK")  # minus idle, iowait


def make_wall_time(target: str) -> dict:
    """Wall time of `make <target>`, and the CPU time the machine spent meanwhile (run it
    on an otherwise idle machine), or this process's children's where /proc is missing."""
    before, busy = os.times(), machine_busy_s()
    start = time.monotonic()
    result = subprocess.run(["make", target], cwd=ROOT, capture_output=True, text=True)
    wall = time.monotonic() - start
    after, busy_after = os.times(), machine_busy_s()
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    if busy is not None and busy_after is not None:
        cpu = busy_after - busy
    tail = (result.stdout.strip().splitlines() or [""])[-1]
    return {
        f"make_{target.replace('-', '_')}_s": round(wall, 1),
        f"make_{target.replace('-', '_')}_cpu_s": round(cpu, 1),
        f"make_{target.replace('-', '_')}_result": tail,
    }


def table(results: dict) -> str:
    lines = []
    if "serve_edit_to_visible_median_s" in results:
        lines.append(
            f"| make serve: edit to visible (median of "
            f"{len(results['serve_edit_to_visible_s'])}) "
            f"| {results['serve_edit_to_visible_median_s']} s "
            f"(first build {results['serve_first_build_s']} s) |"
        )
        if results.get("serve_rebuild_s"):
            lines.append(
                "| make serve: MkDocs rebuild after a save (median) "
                f"| {statistics.median(results['serve_rebuild_s'])} s |"
            )
    for target in ("test_fast", "test"):
        if f"make_{target}_s" in results:
            lines.append(
                f"| make {target.replace('_', '-')}: wall (CPU) "
                f"| {results[f'make_{target}_s']} s ({results[f'make_{target}_cpu_s']} s CPU): "
                f"{results[f'make_{target}_result']} |"
            )
    return "\n".join(lines)


def run(edits: int = 5, serve: bool = True, tests: bool = False, dirty: bool = True) -> dict:
    results: dict = {}
    if serve:
        results.update(serve_edit_to_visible(edits, dirty=dirty))
    if tests:
        results.update(make_wall_time("test-fast"))
        results.update(make_wall_time("test"))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--tests", action="store_true", help="also time make test-fast/test")
    parser.add_argument("--no-serve", action="store_true")
    # The `make serve` of before issue 16 (every save rebuilds the whole site).
    parser.add_argument("--no-dirty", action="store_true", help="serve without --dirty")
    args = parser.parse_args(argv)
    results = run(args.edits, not args.no_serve, args.tests, dirty=not args.no_dirty)
    print("| measure | value |\n|---|---|\n" + table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
