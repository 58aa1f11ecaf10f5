"""`make site`: check the sources, build into a temporary directory, check the result,
and only then replace `site/`. A failed build leaves the previous `site/` untouched.
Ends with one summary line of what was built, reused and skipped (tools/publish/build_summary.py).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

from tools.checks import kept
from tools.common import build_cache
from tools.common.paths import ROOT
from tools.publish import build_summary, page_cache
from tools.site import postbuild


class BuildFailed(RuntimeError):
    pass


def mkdocs_build(config_file: Path, dest: Path) -> None:
    # Never add -q or -v: quiet hides the warnings that strict mode counts, and verbose
    # switches anchor validation off.
    cmd = [
        sys.executable,
        "-m",
        "tools.publish.mkdocs_run",
        "build",
        "--strict",
        "-f",
        str(config_file),
    ]
    cmd += ["-d", str(dest)]
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONUNBUFFERED="1")
    result = subprocess.run(
        cmd, cwd=config_file.parent, env=env, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise _failure(config_file, result.stdout + result.stderr)


def _log_line(record: logging.LogRecord) -> str:
    # As MkDocs' command line prints it (mkdocs/__main__.py ColorFormatter, no colour).
    return f"{record.levelname:<8}-  {record.getMessage()}"


class _Captured(logging.Handler):
    """What the MkDocs run logs, kept for the failure message (never shown otherwise)."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(_log_line(record))


def _failure(config_file: Path, output: str) -> BuildFailed:
    lines = []
    keep = False
    for line in output.splitlines():
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
    detail = "\n".join(lines) or output
    return BuildFailed(f"mkdocs build failed for {config_file}:\n{detail}")


@contextlib.contextmanager
def _output_kept(into: list[str]):
    """stdout and stderr of this process and of its children (Pagefind, node…) go to a
    file, read into `into`: as the subprocess's were, they are shown only on failure."""
    sys.stdout.flush()
    sys.stderr.flush()
    saved = [os.dup(1), os.dup(2)]
    with tempfile.TemporaryFile() as sink:
        os.dup2(sink.fileno(), 1)
        os.dup2(sink.fileno(), 2)
        try:
            yield
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            for fd in saved:
                os.close(fd)
            sink.seek(0)
            into.append(sink.read().decode("utf-8", errors="replace"))


def mkdocs_build_here(config_file: Path, dest: Path) -> None:
    """`mkdocs build --strict` in this process: the sources `check` read (tools/model/content.py,
    each with its one parsed document) are the ones the hook builds from, so each is
    parsed once per build, and no second interpreter imports MkDocs, the theme and the
    tools again. Same output, and the same message on failure, as `mkdocs_build`."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    # MkDocs is heavy, and imported only by a build, after the variable above is set (as
    # `python -m mkdocs` is run with it); `check` and the other commands never load it.
    from mkdocs import exceptions
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    # Imported for what its import does: static-i18n accepts three-letter language codes
    # (`zgh`), as under `python -m tools.publish.mkdocs_run` (tools/publish/mkdocs_run.py).
    import tools.publish.mkdocs_run  # noqa: F401

    logger = logging.getLogger("mkdocs")
    captured = _Captured()
    saved = (logger.level, logger.propagate, logger.handlers[:])
    logger.handlers = [captured]
    logger.setLevel(logging.INFO)
    logger.propagate = False
    cwd = os.getcwd()
    printed: list[str] = []
    os.chdir(config_file.parent)  # as the subprocess ran: messages name paths from there
    try:
        with _output_kept(printed):
            config = load_config(str(config_file), strict=True, site_dir=str(dest))
            config.plugins.on_startup(command="build", dirty=False)
            try:
                build(config)
            finally:
                config.plugins.on_shutdown()
    except exceptions.MkDocsException as exc:
        # Abort (strict mode's warnings, a configuration error) and build errors: the
        # command line prints their text last.
        last = exc.format_message()
        last = last if isinstance(exc, exceptions.Abort) else f"Error: {last}"
        output = "\n".join([*printed, *captured.lines, last])
        raise _failure(config_file, output) from None
    except Exception as exc:  # a bug in a hook: its traceback, site/ kept
        trace = traceback.format_exception(exc)
        raise _failure(config_file, "\n".join([*printed, *captured.lines, *trace])) from exc
    finally:
        os.chdir(cwd)
        logger.handlers = saved[2]
        logger.setLevel(saved[0])
        logger.propagate = saved[1]


def swap(new: Path, site_dir: Path) -> None:
    old = site_dir.with_name(site_dir.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if site_dir.exists():
        site_dir.rename(old)
    new.rename(site_dir)
    shutil.rmtree(old, ignore_errors=True)


def _postbuild(project: Path, site: Path) -> list[postbuild.Problem]:
    """tools/site/postbuild.py's checks of the built site, skipped when the site is, file for
    file, one that passed them (they read the site only: its files' names and bytes are
    the key, tools/common/build_cache.py)."""
    digest = hashlib.sha256()
    for path in sorted(site.rglob("*")):
        if path.is_file():
            name = path.relative_to(site).as_posix().encode()
            digest.update(len(name).to_bytes(4, "big") + name)
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    step = build_cache.Step(project, "postbuild")
    key = step.key(digest.hexdigest())
    if step.get(key) is not None:
        return []
    problems = postbuild.run(site)
    if not problems:
        step.put_bytes(key, b"passed\n")
    return problems


def build_site(
    config_file: Path, site_dir: Path, docs_dir: Path | None = None
) -> build_summary.Summary:
    since = time.time()
    docs_dir = docs_dir or config_file.parent / "docs"
    found = kept.run(docs_dir)  # the last run's findings if no source changed
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
    page_cache.enable(config_file.parent)  # pages kept by the last `make site`
    try:
        mkdocs_build_here(config_file, tmp)
        problems = _postbuild(config_file.parent, tmp)
        if problems:
            raise BuildFailed(
                "\n".join(str(p) for p in problems)
                + f"\n{len(problems)} problem(s) in the built site; site/ was not replaced"
            )
        page_cache.commit()  # a build with no warning and no problem: its pages are kept
        summary = build_summary.collect(config_file.parent, tmp, since)
        if summary.kit_skipped and build_summary.require_kit():
            raise BuildFailed(
                summary.line() + "\ntrainer kit incomplete, and "
                f"{build_summary.REQUIRE_KIT_ENV}=1: " + "; ".join(summary.kit_skipped)
            )
        swap(tmp, site_dir)
        return summary
    finally:
        page_cache.enable(None)
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
