"""Where a build's time goes: one `mkdocs build` run in this process under cProfile,
timed in CPU seconds (the machine is shared: wall time says more about the neighbours),
summed by stage.

    .venv/bin/python -m bench.profile [--lessons 200] [--project DIR] [--top 30] [--out F]

Without `--project`, builds the synthetic course of bench/synthetic.py (`--lessons` per
language). Stages overlap (the second language is built from inside the first one's
`on_post_build`): each row is the CPU time spent under that function, children included.
The CPU time of child processes (Pagefind, node, Chromium) is printed on its own line.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import os
import pstats
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

# (label, file suffix, function name): the stage entry points, cumulative CPU time.
STAGES = (
    ("make site: check", "tools/checks/check.py", "run"),
    ("make site: mkdocs build", "tools/publish/build.py", "mkdocs_build_here"),
    ("make site: postbuild", "tools/site/postbuild.py", "run"),
    ("make site: summary", "tools/publish/build_summary.py", "collect"),
    ("config + hook import", "mkdocs/config/base.py", "load_config"),
    ("on_config: content tree, nav", "tools/hooks/site.py", "on_config"),
    ("on_files", "tools/hooks/site.py", "on_files"),
    ("page markdown (our skeleton)", "tools/hooks/site.py", "on_page_markdown"),
    ("Markdown → HTML (Python-Markdown)", "markdown/core.py", "convert"),
    ("on_page_content (glossary, sanitiser)", "tools/hooks/site.py", "on_page_content"),
    ("  sanitiser (nh3)", "tools/common/sanitize.py", "clean_report"),
    ("theme templates (Jinja)", "mkdocs/commands/build.py", "_build_theme_template"),
    ("page templates (Jinja)", "mkdocs/commands/build.py", "_build_page"),
    ("on_post_page (HTML steps)", "tools/hooks/site.py", "on_post_page"),
    ("on_post_build (ours, per language)", "tools/hooks/site.py", "on_post_build"),
    ("  site assets (copy, minify)", "tools/site/site_assets.py", "copy"),
    ("  images", "tools/site/images.py", "process_site"),
    ("  offline", "tools/site/offline.py", "process_site"),
    ("  search index", "tools/site/search_index.py", "build"),
    ("  trainer kit", "tools/slides/kit.py", "build"),
    ("  service worker", "tools/site/offline.py", "write_service_worker"),
    ("  one pass over built pages", "tools/site/page_pass.py", "run"),
    ("i18n on_post_build (other languages)", "mkdocs_static_i18n/plugin.py", "on_post_build"),
    ("sitemap / static files", "mkdocs/commands/build.py", "_build_extra_template"),
    ("copy static files", "mkdocs/structure/files.py", "copy_static_files"),
)


def stage_times(stats: pstats.Stats) -> list[tuple[str, float, int]]:
    rows = []
    for label, suffix, name in STAGES:
        total, calls = 0.0, 0
        for (filename, _line, func), (_cc, nc, _tt, ct, _callers) in stats.stats.items():
            if func == name and filename.replace(os.sep, "/").endswith(suffix):
                total += ct
                calls += nc
        rows.append((label, total, calls))
    return rows


def profile_build(
    project: Path, site: Path, make_site: bool = False
) -> tuple[pstats.Stats, float, float]:
    """(stats, CPU seconds of this process, CPU seconds of its children). `make_site`:
    the whole of `make site` (check, build, postbuild, summary: tools/publish/build.py)."""
    from mkdocs.__main__ import cli

    from tools.publish import build

    argv = ["mkdocs", "build", "--strict", "-q", "-f", str(project / "mkdocs.yml")]
    argv += ["-d", str(site)]
    profiler = cProfile.Profile(time.process_time)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = time.process_time()
    cwd = Path.cwd()
    os.chdir(project)
    try:
        profiler.enable()
        if make_site:
            build.build_site(project / "mkdocs.yml", site)
        else:
            with contextlib.suppress(SystemExit):
                cli.main(argv[1:], prog_name="mkdocs", standalone_mode=False)
        profiler.disable()
    finally:
        os.chdir(cwd)
    cpu = time.process_time() - cpu
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    children = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return pstats.Stats(profiler, stream=io.StringIO()), cpu, children


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lessons", type=int, default=200)
    parser.add_argument("--project", type=Path, default=None)
    parser.add_argument("--top", type=int, default=25, help="functions by own CPU time")
    parser.add_argument("--out", type=Path, default=None, help="write the raw profile here")
    parser.add_argument("--warm", action="store_true", help="build once first, unprofiled")
    parser.add_argument(
        "--cold-steps",
        action="store_true",
        help="with --warm: empty the steps' caches after the first build, as bench/run.py's "
        "growth runs do (only the trainer kit stays warm)",
    )
    parser.add_argument("--make-site", action="store_true", help="all of `make site`")
    args = parser.parse_args(argv)
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1764374400")
    with tempfile.TemporaryDirectory() as tmp:
        if args.project:
            project = args.project.resolve()
        else:
            from bench import synthetic

            project = synthetic.write(Path(tmp) / "course", args.lessons)
        site = Path(tmp) / "site"
        if args.warm:
            profile_build(project, site, args.make_site)
            if args.cold_steps:
                from bench.run import STEP_CACHES

                for step in STEP_CACHES:
                    shutil.rmtree(project / ".cache" / step, ignore_errors=True)
        stats, cpu, children = profile_build(project, site, args.make_site)
        pages = len(list(site.rglob("index.html")))
    if args.out:
        stats.dump_stats(str(args.out))
    per_page = 1000 * cpu / max(pages, 1)
    print(
        f"{project}: {pages} pages, {cpu:.2f} s CPU in this process ({per_page:.1f} ms a "
        f"page), {children:.2f} s in child processes"
    )
    print("| stage | CPU s | calls | ms a page |")
    print("|---|---|---|---|")
    for label, seconds, calls in stage_times(stats):
        if calls:
            print(f"| {label} | {seconds:.2f} | {calls} | {1000 * seconds / pages:.1f} |")
    out = io.StringIO()
    stats.stream = out
    stats.sort_stats("tottime").print_stats(args.top)
    print(out.getvalue().split("\n\n", 2)[-1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
