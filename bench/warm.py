"""Warm `make site` (nothing changed since the last build) against plain MkDocs on the same
Markdown, interleaved run by run so both see the same neighbours on a shared machine.

    .venv/bin/python -m bench.warm [--runs 5] [--before DIR]

Prints CPU seconds (user + system, the command and its children) and wall seconds, medians,
and the ratio ours / plain (issue 24 item 6: ≤ 2×). `--before DIR`: also a worktree of
another commit (e.g. `git worktree add ../before main`), built the same way in the same
rounds, for a before/after ratio. Each project keeps its own warm site and caches.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

from bench.run import LAST_CPU, ROOT, plain_config, timed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--before", type=Path, default=None)
    args = parser.parse_args(argv)
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        projects = {"ours": ROOT}
        if args.before:
            projects = {"before": args.before.resolve(), **projects}
        builds = {
            name: [py, "-m", "tools", "build", "-d", str(tmp_path / f"site-{name}")]
            for name in projects
        }
        plain = [py, "-m", "mkdocs", "build", "-f", str(plain_config(tmp_path)), "-d",
                 str(tmp_path / "plain")]  # fmt: skip
        for name, cmd in builds.items():  # warm: a first build of each, not counted
            timed(cmd, projects[name])
        cpu: dict[str, list[float]] = {name: [] for name in [*builds, "plain"]}
        wall: dict[str, list[float]] = {name: [] for name in cpu}
        for _ in range(args.runs):
            for name, cmd in [*builds.items(), ("plain", plain)]:
                wall[name].append(timed(cmd, projects.get(name, ROOT)))
                cpu[name].append(LAST_CPU[0])
    med = {name: statistics.median(values) for name, values in cpu.items()}
    print(f"| warm build, nothing changed (median of {args.runs}) | CPU s | wall s | CPU / plain |")
    print("|---|---|---|---|")
    for name in cpu:
        print(
            f"| {name} | {med[name]:.2f} | {statistics.median(wall[name]):.2f} "
            f"| {med[name] / med['plain']:.2f} |"
        )
    if "before" in med:
        print(f"ours / before (CPU): {med['ours'] / med['before']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
