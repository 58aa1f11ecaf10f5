"""`make test-fast`'s time against its budget (the brief: under 15 s): wall and CPU seconds,
medians of N runs, with the machine's load average before each run.

    .venv/bin/python -m bench.test_fast [--runs 3] [--against DIR]

CPU is what the run's own processes used (make, pytest and its workers: their rusage), so
other people's builds on a shared machine do not count; they only stretch the wall time.
"quiet" is the wall time the same CPU needs with nothing else running: CPU / the workers'
cores, plus the start that no worker shares (pytest's own start, timed alone).
`--against DIR` times another checkout (say main's, in a clone with its own .venv) in turn
with this one, run for run, so both see the same load.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET_S = 15.0


def one_run(folder: Path) -> dict:
    """One `make test-fast` in `folder`: wall, CPU, load average before, pytest's summary."""
    load = os.getloadavg()[0]
    before = os.times()
    start = time.monotonic()
    result = subprocess.run(["make", "test-fast"], cwd=folder, capture_output=True, text=True)
    wall = time.monotonic() - start
    after = os.times()
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    summary = next(
        (line.strip("= ") for line in reversed(result.stdout.splitlines()) if " in " in line),
        "",
    )
    if result.returncode != 0:
        raise SystemExit(f"make test-fast failed in {folder}:\n{result.stdout[-3000:]}")
    passed = re.search(r"(\d+) passed", summary)
    return {
        "startup": startup_cpu(folder),
        "wall": wall,
        "cpu": cpu,
        "load": load,
        "passed": int(passed.group(1)) if passed else 0,
    }


def startup_cpu(folder: Path) -> float:
    """CPU seconds of a bare `pytest --version` in `folder`: the part of a run done alone."""
    before = os.times()
    subprocess.run(
        [str(folder / ".venv/bin/python"), "-m", "pytest", "--version"],
        cwd=folder,
        capture_output=True,
        check=True,
    )
    after = os.times()
    return (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )


def workers() -> int:
    """The workers `make test-fast` starts (the Makefile's FAST_WORKERS: one per core, <= 8)."""
    return min(8, os.cpu_count() or 1)


def row(name: str, runs: list[dict]) -> str:
    wall = statistics.median(r["wall"] for r in runs)
    cpu = statistics.median(r["cpu"] for r in runs)
    quiet = cpu / workers() + statistics.median(r["startup"] for r in runs)
    walls = ", ".join(f"{r['wall']:.1f}" for r in runs)
    loads = ", ".join(f"{r['load']:.1f}" for r in runs)
    verdict = "within" if quiet < BUDGET_S else "OVER"
    return (
        f"| {name} | {runs[0]['passed']} | {wall:.1f} s ({walls}) | {cpu:.1f} s "
        f"| {quiet:.1f} s: {verdict} {BUDGET_S:.0f} s | {loads} |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--against", type=Path, help="another checkout, timed in turn")
    args = parser.parse_args(argv)
    folders = {"this checkout": ROOT}
    if args.against:
        folders = {f"{args.against}": args.against.resolve(), **folders}
    runs: dict[str, list[dict]] = {name: [] for name in folders}
    for _ in range(args.runs):
        for name, folder in folders.items():  # in turn: both see the same load
            runs[name].append(one_run(folder))
    print(f"make test-fast, {args.runs} runs each, {workers()} workers, budget {BUDGET_S:.0f} s")
    print(
        "| checkout | tests | wall, median (runs) | CPU, median | quiet: CPU / workers + start "
        "| load average before each run |"
    )
    print("|---|---|---|---|---|---|")
    for name, done in runs.items():
        print(row(name, done))
    if args.against:
        ratio = statistics.median(r["cpu"] for r in runs["this checkout"]) / statistics.median(
            r["cpu"] for r in runs[str(args.against)]
        )
        print(f"CPU ratio, this checkout / {args.against}: {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
