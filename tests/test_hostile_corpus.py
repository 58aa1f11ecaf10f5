"""The hostile corpus (tests/support/hostile.py): every input is refused by `check` with its
`path:line`, or built by MkDocs alone (no check, as `mkdocs serve` shows it) and proven
inert in Chromium: no dialog, no script run, no Content-Security-Policy violation at all,
no request to another host, no navigation. Most inputs are both.

Progress codes and files are tried on the progress page of the same build."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT
from tests.support.hostile import CORPUS, PROGRESS, RUN, line_of, progress_code, project
from tests.support.server import SiteServer

pytestmark = pytest.mark.browser

# Reports what a page does that it must not, to Python (survives navigations).
LISTEN = """
document.addEventListener("securitypolicyviolation", function (e) {
  window.tkReport("CSP violation: " + e.violatedDirective + " " + e.blockedURI);
}, true);
"""


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """(project, built site, `check` errors as (path, line) -> messages)."""
    from tools.checks import check

    tmp = tmp_path_factory.mktemp("hostile")
    root = project(tmp)
    errors: dict[tuple[str, int], list[str]] = {}
    for error in check.run(root / "docs"):
        rel = error.path.resolve().relative_to(root.resolve()).as_posix()
        errors.setdefault((rel, error.line), []).append(error.message)
    site = tmp / "site"
    config = root / "mkdocs.yml"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--no-strict",
            "-f",
            str(config),
            "-d",
            str(site),
        ],
        cwd=root,
        capture_output=True,
        text=True,
        env=dict(os.environ, NO_MKDOCS_2_WARNING="1"),
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return root, site, errors


def _visit_all(browser, server: SiteServer, paths: list[str]) -> dict[str, list[str]]:
    findings: dict[str, list[str]] = {path: [] for path in paths}
    current = {"path": ""}

    def note(text: str) -> None:
        findings[current["path"]].append(text)

    def route(route) -> None:
        if route.request.url.startswith(server.origin):
            route.continue_()
        else:
            note(f"request to another host: {route.request.url}")
            route.abort()

    context = browser.new_context(service_workers="block")
    context.route("**/*", route)
    context.expose_function("tkReport", note)
    context.add_init_script(LISTEN)
    page = context.new_page()
    page.on("dialog", lambda dialog: (note(f"dialog: {dialog.message}"), dialog.dismiss()))
    try:
        for path in paths:
            current["path"] = path
            url = server.base + path
            page.goto(url, wait_until="load")
            page.wait_for_timeout(250)  # a meta refresh, a timer, a lazy image
            if page.url.split("#")[0] != url:
                note(f"navigated to {page.url}")
            if page.evaluate("window.tkPwned"):
                note("a payload ran")
    finally:
        context.close()
    return findings


@pytest.fixture(scope="module")
def findings(hostile, chromium):
    _, site, _ = hostile
    # A control page: the same page with payloads put back after the build. The listeners
    # must see them, or a clean report would prove nothing.
    lesson = (site / "courses/demo/01-basics/01-first/index.html").read_text(encoding="utf-8")
    control = lesson.replace(
        "</article>",
        f'<img src="https://evil.example/c.png"><script>{RUN}</script></article>',
    )
    (site / "control").mkdir()
    (site / "control/index.html").write_text(control, encoding="utf-8")
    paths = sorted({p for item in CORPUS for p in item.pages} | {"control/"})
    with SiteServer(site) as server:
        return _visit_all(chromium, server, paths)


@pytest.mark.parametrize("item", [i for i in CORPUS if i.refused], ids=lambda i: i.id)
def test_refused_at_its_line(hostile, item):
    root, _, errors = hostile
    line = line_of(root / item.path, item.needle)
    assert (item.path, line) in errors, (
        f"{item.id}: no error at {item.path}:{line}; errors there: "
        + repr({k: v for k, v in errors.items() if k[0] == item.path})
    )


@pytest.mark.parametrize("item", [i for i in CORPUS if i.pages], ids=lambda i: i.id)
def test_built_and_inert_in_chromium(hostile, findings, item):
    _, site, _ = hostile
    for path in item.pages:
        built = site / path / "index.html" if path.endswith("/") or not path else site / path
        assert built.is_file(), f"{item.id}: {path} was not built"
        assert findings[path] == [], f"{item.id}: {path}: {findings[path]}"


@pytest.mark.parametrize("item", [i for i in CORPUS if i.absent], ids=lambda i: i.id)
def test_not_published(hostile, item):
    _, site, _ = hostile
    for path in item.absent:
        assert not (site / path).exists(), f"{item.id}: {path} was published"


def test_the_listeners_catch_a_live_payload(findings):
    caught = " | ".join(findings["control/"])
    assert "CSP violation: script-src-elem inline" in caught, caught
    assert "CSP violation: img-src https://evil.example/c.png" in caught, caught


def test_corpus_covers_every_class(hostile):
    assert len(CORPUS) + len(PROGRESS) >= 40
    kinds = " ".join(item.kind for item in CORPUS)
    for kind in ("Markdown", "raw HTML", "multi-line", "entity-encoded", "attribute list",
                 "front matter", "glossary.yml", "notebook Markdown cell", "notebook output",
                 "notebook attachment", "notebook metadata", "SVG", "CSS"):  # fmt: skip
        assert kind in kinds, kind


def test_clobbering_ids_are_gone(hostile):
    _, site, _ = hostile
    page = (site / "h/attr-list-clobber/index.html").read_text(encoding="utf-8")
    assert page.count('id="__config"') == 1  # Material's own
    assert 'id="tamkeenPagefind"' not in page


def test_the_site_passes_the_host_check(hostile):
    from tools.site import postbuild

    _, site, _ = hostile
    problems = [p for p in postbuild.run(site) if "control" not in p.path.parts]
    assert problems == []


# --- progress codes and files -----------------------------------------------------------

GOOD = {"d": "2026-11-29", "s": [1, 0], "a": [[1], [0, 2]]}
LESSON_KEY = "demo/01-basics/01-first"


def _codes() -> dict[str, str]:
    return {
        "progress-proto": progress_code(
            {
                "v": 1,
                "n": "",
                "p": {"__proto__": {"d": "2026-01-01", "polluted": 1}, LESSON_KEY: GOOD},
            }
        ),
        "progress-constructor": progress_code(
            {"v": 1, "n": "", "p": {"constructor": {"prototype": {"polluted": 1}}}}
        ),
        "progress-unknown-field": progress_code(
            {"v": 1, "n": "", "p": {LESSON_KEY: {**GOOD, "x": "<img src=x onerror=alert(1)>"}}}
        ),
        "progress-unknown-key": progress_code(
            {"v": 1, "n": "", "p": {"demo/99-nowhere/01-x": GOOD, LESSON_KEY: GOOD}}
        ),
        "progress-bad-types": progress_code(
            {"v": 1, "n": "", "p": {LESSON_KEY: {"s": ["1"], "a": [["0"]]}}}
        ),
        "progress-long-name": progress_code({"v": 1, "n": "x" * 10_000, "p": {}}),
        "progress-huge-code": "TK1-" + "A" * 200_100 + "-0",
    }


@pytest.fixture(scope="module")
def progress_results(hostile, chromium, tmp_path_factory):
    _, site, _ = hostile
    big = tmp_path_factory.mktemp("big") / "progress.txt"
    big.write_text(progress_code({"v": 1, "n": "", "p": {LESSON_KEY: GOOD}}) + " " * 300_000)
    results = {}
    with SiteServer(site) as server:
        context = chromium.new_context(service_workers="block")
        page = context.new_page()
        page.on(
            "dialog", lambda d: (results.setdefault("dialogs", []).append(d.message), d.dismiss())
        )
        page.goto(server.base + "progress/")
        status = page.locator(".tk-transfer__status")
        for name, code in _codes().items():
            page.evaluate("localStorage.clear()")
            page.reload()
            page.fill("#tk-code-in", code)
            page.click("[data-tk-import]")
            results[name] = {
                "status": status.inner_text(),
                "bad": "tk-bad" in (status.get_attribute("class") or ""),
                "stored": page.evaluate(
                    "Object.keys(localStorage).filter(k => k.startsWith('tamkeen:'))"
                ),
                "name": page.evaluate("localStorage.getItem('tamkeen:name')"),
                "polluted": page.evaluate("({}).polluted !== undefined || ({}).d !== undefined"),
            }
        page.evaluate("localStorage.clear()")
        page.reload()
        page.set_input_files("#tk-file", str(big))
        page.wait_for_function("() => document.querySelector('.tk-transfer__status').textContent")
        results["progress-big-file"] = {
            "bad": "tk-bad" in (status.get_attribute("class") or ""),
            "stored": page.evaluate(
                "Object.keys(localStorage).filter(k => k.startsWith('tamkeen:'))"
            ),
            "polluted": page.evaluate("({}).polluted !== undefined"),
        }
        # A good code still imports (the caps do not refuse a real one).
        page.evaluate("localStorage.clear()")
        page.reload()
        page.fill("#tk-code-in", progress_code({"v": 1, "n": "Amina", "p": {LESSON_KEY: GOOD}}))
        page.click("[data-tk-import]")
        results["good"] = {
            "bad": "tk-bad" in (status.get_attribute("class") or ""),
            "record": page.evaluate(f"localStorage.getItem('tamkeen:lesson:{LESSON_KEY}')"),
            "name": page.evaluate("localStorage.getItem('tamkeen:name')"),
        }
        context.close()
    return results


@pytest.mark.parametrize("name", [n for n, _ in PROGRESS], ids=str)
def test_hostile_progress_is_refused(progress_results, name):
    got = progress_results[name]
    assert got["polluted"] is False, got
    if name == "progress-unknown-key":
        # The known lesson comes in, the unknown one is left out.
        assert got["bad"] is False, got
        assert got["stored"] == [f"tamkeen:lesson:{LESSON_KEY}"], got
    else:
        assert got["bad"] is True, got
        assert got["stored"] == [], got
    assert "dialogs" not in progress_results


def test_a_good_code_still_imports(progress_results):
    got = progress_results["good"]
    assert got["bad"] is False
    assert got["name"] == "Amina"
    import json

    assert json.loads(got["record"]) == GOOD


def test_repository_root_is_untouched():
    # The corpus is built from a copy: nothing is written into the real docs.
    assert not (ROOT / "docs/h").exists()
