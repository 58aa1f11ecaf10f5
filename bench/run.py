"""Tamkeen benchmark: prints a table and writes bench/results/bench.json.

    .venv/bin/python -m bench.run [--runs 3] [--sizes 50 200 800] [--no-lighthouse]

Times are medians of several runs on this machine (noisy: compare ratios, not seconds).
Bytes are deterministic; the tests assert the budgets, this script only reports them.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
ENV = dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH="1764374400")


# Caches of tools/common/build_cache.py's steps (`.cache/<step>`): emptied for a cold build.
STEP_CACHES = ("pages", "check", "css-purge", "search", "course-zip", "postbuild")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


# CPU seconds (user + system, the command and its child processes) of the last
# `median_time`: on a shared machine, wall time also counts the neighbours' work.
LAST_CPU: list[float] = [0.0]


def timed(cmd: list[str], cwd: Path = ROOT, env: dict | None = None) -> float:
    start = time.monotonic()
    cpu = _children_cpu()
    result = subprocess.run(
        cmd, cwd=cwd, env=env or ENV, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{result.stdout}{result.stderr}")
    LAST_CPU[0] = _children_cpu() - cpu
    return time.monotonic() - start


def median_time(cmd: list[str], runs: int, cwd: Path = ROOT, before=None) -> float:
    """Median wall time of `runs` runs; the median CPU time is left in LAST_CPU."""
    times, cpus = [], []
    for _ in range(runs):
        if before:
            before()
        times.append(timed(cmd, cwd))
        cpus.append(LAST_CPU[0])
    LAST_CPU[0] = statistics.median(cpus)
    return statistics.median(times)


def plain_config(tmp: Path) -> Path:
    """The real mkdocs.yml without our hook: a plain MkDocs + Material + i18n build."""
    from bench import synthetic

    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    text = text.replace("hooks:\n  - tools/hooks/site.py\n", "")
    text = synthetic.without_watch(text)  # `serve`'s paths of the repository
    # Not strict: without our hook the lessons are not in the nav.
    text = text.replace("strict: true", "strict: false")
    # Material as it is: our overrides read what the hook gives them (tk_theme, tk_nav_item).
    text = text.replace("  custom_dir: overrides\n", "")
    text = text.replace("docs_dir: docs", f"docs_dir: {ROOT / 'docs'}")
    config = tmp / "plain.yml"
    config.write_text(text, encoding="utf-8")
    return config


def bench_real_site(runs: int) -> dict:
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        cache = ROOT / ".cache" / "notebooks"

        def cold() -> None:  # no previous site, no converted notebook, no trainer kit
            shutil.rmtree(tmp_path / "site", ignore_errors=True)
            shutil.rmtree(cache, ignore_errors=True)
            shutil.rmtree(ROOT / ".cache" / "trainer-kit", ignore_errors=True)
            shutil.rmtree(ROOT / ".cache" / "jinja", ignore_errors=True)  # compiled templates
            for step in STEP_CACHES:  # kept pages, check's pages, CSS purge, search
                shutil.rmtree(ROOT / ".cache" / step, ignore_errors=True)
            for page in (ROOT / "docs").rglob("*.files"):
                shutil.rmtree(page, ignore_errors=True)

        build = [py, "-m", "tools", "build", "-d", str(tmp_path / "site")]
        ours = median_time(build, runs, before=cold)
        ours_cpu = LAST_CPU[0]
        warm = median_time(build, runs)
        warm_cpu = LAST_CPU[0]
        report = ROOT / ".cache" / "notebooks" / "report.json"
        converted = json.loads(report.read_text())["converted"] if report.exists() else None
        plain = median_time(
            [py, "-m", "mkdocs", "build", "-f", str(plain_config(tmp_path)), "-d",
             str(tmp_path / "plain")],
            runs,
        )  # fmt: skip
        plain_cpu = LAST_CPU[0]
    return {
        "make_site_cold_s": round(ours, 2),
        "make_site_warm_s": round(warm, 2),
        "plain_mkdocs_s": round(plain, 2),
        "ratio_to_plain": round(ours / plain, 2),
        "make_site_cold_cpu_s": round(ours_cpu, 2),
        "make_site_warm_cpu_s": round(warm_cpu, 2),
        "plain_mkdocs_cpu_s": round(plain_cpu, 2),
        "warm_ratio_to_plain": round(warm / plain, 2),
        "warm_cpu_ratio_to_plain": round(warm_cpu / plain_cpu, 2),
        "notebooks_converted_on_warm_rebuild": converted,
    }


def bench_growth(sizes: list[int], runs: int) -> list[dict]:
    from bench import synthetic

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            project = synthetic.write(Path(tmp) / f"s{n}", n)
            cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f",
                   str(project / "mkdocs.yml"), "-d", str(project / "site")]  # fmt: skip

            # Every run cold but for the trainer kit (as before: its cache is kept), so the
            # steps' caches of tools/common/build_cache.py do not turn runs 2 and 3 into warm ones.
            def cold(project=project) -> None:
                for step in STEP_CACHES:
                    shutil.rmtree(project / ".cache" / step, ignore_errors=True)

            seconds = median_time(cmd, runs, cwd=project, before=cold)
            cpu = LAST_CPU[0]
            pages = len(list((project / "site").rglob("index.html")))
            size = sum(p.stat().st_size for p in (project / "site").rglob("*.html"))
            worker = service_worker_sizes(project / "site")
            rows.append(
                {
                    "lessons_per_language": n,
                    "pages": pages,
                    "build_s": round(seconds, 2),
                    "ms_per_page": round(1000 * seconds / pages, 1),
                    "cpu_s": round(cpu, 2),
                    "cpu_ms_per_page": round(1000 * cpu / pages, 1),
                    "html_kb_per_page": round(size / pages / 1024, 1),
                }
                | worker
            )
    return rows


def service_worker_sizes(site: Path) -> dict:
    """Gzip sizes of sw.js (fetched again on every navigation: the update check) and of the
    worker's code it imports (once per version), and of the largest course manifest."""
    from tools.site import offline

    def gz(data: bytes) -> int:
        return len(gzip.compress(data, 9, mtime=0))

    manifests = (site / "assets" / "offline").glob("*.json")
    return {
        "sw_js_gzip_b": gz((site / offline.SW_NAME).read_bytes()),
        "sw_worker_gzip_b": gz(offline.worker_of(site).encode()),
        "largest_manifest_gzip_kb": round(max(gz(p.read_bytes()) for p in manifests) / 1024, 1),
    }


def bench_weight() -> dict:
    """First and next visit of an Arabic and a French lesson page, in Chromium."""
    from tests.support.weight import measure_visits

    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        timed([sys.executable, "-m", "tools", "build", "-d", str(site)])
        return measure_visits(site)


def bench_lighthouse(runs: int) -> list[dict]:
    """Every page type in both languages, medians of `runs` (bench/lighthouse.py)."""
    from bench import lighthouse

    return [row.__dict__ for row in lighthouse.measure(None, runs)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", type=int, nargs="*", default=[50, 200, 800])
    parser.add_argument("--no-lighthouse", action="store_true")
    parser.add_argument("--lighthouse-runs", type=int, default=5)
    args = parser.parse_args(argv)
    results: dict = {"runs": args.runs}
    results["real_site"] = bench_real_site(args.runs)
    results["growth"] = bench_growth(args.sizes, args.runs)
    results["weight"] = bench_weight()
    if not args.no_lighthouse:
        results["lighthouse_runs"] = args.lighthouse_runs
        results["lighthouse"] = bench_lighthouse(args.lighthouse_runs)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "bench.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(table(results))
    return 0


def table(results: dict) -> str:
    real = results["real_site"]
    lines = [
        "| measure | value |",
        "|---|---|",
        f"| make site, cold (median of {results['runs']}) | {real['make_site_cold_s']} s |",
        f"| make site, warm | {real['make_site_warm_s']} s |",
        f"| plain mkdocs build, same Markdown | {real['plain_mkdocs_s']} s |",
        f"| ratio ours / plain | {real['ratio_to_plain']} |",
        f"| warm / plain: wall, CPU (CPU s: warm {real['make_site_warm_cpu_s']}, plain "
        f"{real['plain_mkdocs_cpu_s']}) | {real['warm_ratio_to_plain']}, "
        f"{real['warm_cpu_ratio_to_plain']} |",
        "| notebooks converted on a warm rebuild "
        f"| {real['notebooks_converted_on_warm_rebuild']} |",
    ]
    for row in results["growth"]:
        lines.append(
            f"| {row['lessons_per_language']} lessons/language: build, ms/page, HTML/page "
            f"| {row['build_s']} s, {row['ms_per_page']} ms, {row['html_kb_per_page']} KB "
            f"(CPU {row['cpu_s']} s, {row['cpu_ms_per_page']} ms a page) |"
        )
    for row in results["growth"]:
        lines.append(
            f"| {row['lessons_per_language']} lessons/language: sw.js (each page), the "
            f"worker's code (once), largest course manifest (once per course), gzip "
            f"| {row['sw_js_gzip_b']} B, {row['sw_worker_gzip_b'] / 1024:.1f} KB, "
            f"{row['largest_manifest_gzip_kb']} KB |"
        )
    for name, visit in results["weight"].items():
        lines.append(
            f"| {name} | {visit['bytes'] / 1024:.1f} KB gzip, {visit['requests']} requests |"
        )
    for row in results.get("lighthouse") or []:
        scores = " / ".join("—" if v is None else f"{v:g}" for v in row["scores"].values())
        shift = "—" if row["cls"] is None else f"{row['cls']:.3f}"
        lines.append(
            f"| Lighthouse {row['kind']}, {row['lang']} (median of {results['lighthouse_runs']}: "
            f"perf / a11y / best / SEO; layout shift) | {scores}; {shift} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
