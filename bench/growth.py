"""How the cold build grows with the course (issue 24 item 6): `mkdocs build --strict` of
bench/synthetic.py's course at each size, this worktree against another one (`--before`)
and plain MkDocs (Material + i18n, no Tamkeen hook) on the same Markdown, interleaved run
by run so every side sees the same neighbours on a shared machine.

    .venv/bin/python -m bench.growth [--sizes 50 800] [--runs 3] [--before DIR] [--work DIR]

Prints CPU seconds (user + system, the build and its children: Pagefind) and CPU ms a
page, medians, and the ratios. Every run starts with the steps' caches empty
(bench/run.py `STEP_CACHES`), as bench/run.py's growth runs do; the trainer kit's cache is
kept (one unmeasured build of each side first). `--before DIR`: a worktree of another
commit (e.g. `git worktree add --detach ../before main`), built with its own code
(PYTHONPATH) and its own copy of the course. `--work DIR`: keep the courses there (and
their trainer kits) for the next invocation; else a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.run import ENV, LAST_CPU, ROOT, STEP_CACHES, timed


def plain_config(project: Path) -> Path:
    """The course's mkdocs.yml without our hook and overrides, its nav made by MkDocs from
    the files (ours lists every lesson too): plain MkDocs + Material + i18n."""
    text = (project / "mkdocs.yml").read_text(encoding="utf-8")
    head, _, _ = text.partition("\nnav:\n")
    lines = [line for line in head.splitlines(keepends=True) if "tools/hooks/site.py" not in line]
    text = "".join(lines).replace("\nhooks:\n", "\n")
    text = "".join(line for line in text.splitlines(keepends=True) if "custom_dir:" not in line)
    text = text.replace("strict: true", "strict: false")
    config = project / "mkdocs-plain.yml"
    config.write_text(text, encoding="utf-8")
    return config


def write_course(side: Path, root: Path, lessons: int) -> Path:
    """The synthetic course as `side`'s bench/synthetic.py writes it (its hook, its
    overrides); kept when it is already there."""
    if (root / "mkdocs.yml").is_file():
        return root
    code = "import sys; from pathlib import Path; from bench import synthetic; "
    code += f"synthetic.write(Path({str(root)!r}), {lessons})"
    env = dict(ENV, PYTHONPATH=str(side))
    subprocess.run([sys.executable, "-c", code], cwd=side, env=env, check=True)
    return root


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="*", default=[50, 800])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--before", type=Path, default=None)
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument("--no-plain", action="store_true")
    args = parser.parse_args(argv)
    sides = {"ours": ROOT}
    if args.before:
        sides = {"before": args.before.resolve(), **sides}
    with tempfile.TemporaryDirectory() as tmp:
        work = (args.work or Path(tmp)).resolve()
        rows = []
        for n in args.sizes:
            projects = {
                name: write_course(side, work / f"{name}-{n}", n) for name, side in sides.items()
            }
            cmds = {}
            for name, project in projects.items():
                cmds[name] = (
                    [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f",
                     str(project / "mkdocs.yml"), "-d", str(project / "site")],
                    project,
                    sides[name],
                )  # fmt: skip
            if not args.no_plain:
                project = projects["ours"]
                cmds["plain"] = (
                    [sys.executable, "-m", "mkdocs", "build", "-q", "-f",
                     str(plain_config(project)), "-d", str(project / "plain-site")],
                    project,
                    ROOT,
                )  # fmt: skip
            for name in projects:  # the trainer kit warm (as bench/run.py's runs 2 and 3)
                _run(*cmds[name])
            cpu: dict[str, list[float]] = {name: [] for name in cmds}
            for _ in range(args.runs):
                for name, (cmd, project, side) in cmds.items():
                    for step in STEP_CACHES:
                        shutil.rmtree(project / ".cache" / step, ignore_errors=True)
                    cpu[name].append(_run(cmd, project, side))
            pages = {
                name: len(list((project / ("plain-site" if name == "plain" else "site")).rglob(
                    "index.html"))) for name, (_c, project, _s) in cmds.items()
            }  # fmt: skip
            rows.append((n, pages, {name: statistics.median(v) for name, v in cpu.items()}, cpu))
    print(f"| lessons/language | side | pages | CPU s (median of {args.runs}) | CPU ms a page "
          "| runs |")  # fmt: skip
    print("|---|---|---|---|---|---|")
    for n, pages, med, cpu in rows:
        for name in med:
            runs = ", ".join(f"{v:.1f}" for v in cpu[name])
            print(
                f"| {n} | {name} | {pages[name]} | {med[name]:.2f} "
                f"| {1000 * med[name] / pages[name]:.1f} | {runs} |"
            )
    for n, _pages, med, _cpu in rows:
        ratios = []
        if "before" in med:
            ratios.append(f"ours / before {med['ours'] / med['before']:.2f}")
        if "plain" in med:
            ratios.append(f"ours / plain {med['ours'] / med['plain']:.2f}")
        if ratios:
            print(f"{n} lessons/language: " + ", ".join(ratios))
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")
    return 0


def _run(cmd: list[str], project: Path, side: Path) -> float:
    """CPU seconds of one build with `side`'s code."""
    timed(cmd, project, dict(ENV, PYTHONPATH=str(side)))
    return LAST_CPU[0]


if __name__ == "__main__":
    sys.exit(main())
