"""`make site`: check the sources, build into a temporary directory, check the result,
and only then replace `site/`. A failed build leaves the previous `site/` untouched.
Ends with one summary line of what was built, reused and skipped (tools/build_summary.py).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tools import build_summary, check, postbuild
from tools.paths import ROOT


class BuildFailed(RuntimeError):
    pass


def mkdocs_build(config_file: Path, dest: Path) -> None:
    # Never add -q or -v: quiet hides the warnings that strict mode counts, and verbose
    # switches anchor validation off.
    cmd = [sys.executable, "-m", "tools.mkdocs_run", "build", "--strict", "-f", str(config_file)]
    cmd += ["-d", str(dest)]
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONUNBUFFERED="1")
    result = subprocess.run(
        cmd, cwd=config_file.parent, env=env, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        lines = []
        keep = False
        for line in (result.stdout + result.stderr).splitlines():
            if (
                line.startswith(("WARNING", "ERROR", "Aborted", "Error", "Config value"))
                or "Error" in line
            ):
                keep = True
                lines.append(line)
            elif keep and line.startswith((" ", "\t")):
                # Continuation of a kept message: e.g. the `  - page.ar.md` list under
                # "pages exist in the docs directory, but are not included in the nav".
                lines.append(line)
            else:
                keep = False
        detail = "\n".join(lines) or (result.stdout + result.stderr)
        raise BuildFailed(f"mkdocs build failed for {config_file}:\n{detail}")


def swap(new: Path, site_dir: Path) -> None:
    old = site_dir.with_name(site_dir.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if site_dir.exists():
        site_dir.rename(old)
    new.rename(site_dir)
    shutil.rmtree(old, ignore_errors=True)


def build_site(
    config_file: Path, site_dir: Path, docs_dir: Path | None = None
) -> build_summary.Summary:
    since = time.time()
    docs_dir = docs_dir or config_file.parent / "docs"
    found = check.run(docs_dir)
    for item in found:
        if item.warning:  # stale translations: said, not fatal
            print(item, file=sys.stderr)
    errors = [e for e in found if not e.warning]
    if errors:
        raise BuildFailed(
            "\n".join(str(e) for e in errors) + f"\n{len(errors)} error(s) in the sources"
        )
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    # Same filesystem as site/, so the final swap is a rename.
    tmp = Path(tempfile.mkdtemp(prefix=".site-build-", dir=site_dir.parent))
    try:
        mkdocs_build(config_file, tmp)
        problems = postbuild.run(tmp)
        if problems:
            raise BuildFailed(
                "\n".join(str(p) for p in problems)
                + f"\n{len(problems)} problem(s) in the built site; site/ was not replaced"
            )
        summary = build_summary.collect(config_file.parent, tmp, since)
        if summary.kit_skipped and build_summary.require_kit():
            raise BuildFailed(
                summary.line() + "\ntrainer kit incomplete, and "
                f"{build_summary.REQUIRE_KIT_ENV}=1: " + "; ".join(summary.kit_skipped)
            )
        swap(tmp, site_dir)
        return summary
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tamkeen build", description=__doc__)
    parser.add_argument("-f", "--config-file", type=Path, default=ROOT / "mkdocs.yml")
    parser.add_argument("-d", "--site-dir", type=Path, default=None)
    args = parser.parse_args(argv)
    config_file = args.config_file.resolve()
    site_dir = (args.site_dir or config_file.parent / "site").resolve()
    start = time.monotonic()
    try:
        summary = build_site(config_file, site_dir)
    except BuildFailed as exc:
        print(exc, file=sys.stderr)
        print(f"build failed; {site_dir} was left as it was", file=sys.stderr)
        return 1
    for part in summary.skipped:  # said here: the MkDocs run's own output is not shown
        print(f"skipped: {part}", file=sys.stderr)
    print(f"built {site_dir} in {time.monotonic() - start:.1f} s")
    print(summary.line())
    return 0
