"""`make serve` checks as you type: break a lesson and the error is printed in the terminal
and shown as a banner at the top of the page; fix it and the banner goes. A built site never
has the banner."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import threading
import time
import urllib.request

from tests.conftest import ROOT, copy_fixture

LESSON = "docs/courses/demo/01-basics/01-first.fr.md"
URL = "fr/courses/demo/01-basics/01-first/"


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(base: str, url: str = URL) -> str:
    with urllib.request.urlopen(base + url, timeout=10) as response:
        return response.read().decode("utf-8")


def _wait(predicate, what: str, log: list[str], timeout: float = 120) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            if predicate():
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise AssertionError(f"timed out waiting for {what}:\n" + "".join(log[-40:]))


@contextlib.contextmanager
def _serving(project):
    """`mkdocs serve` on the project (as `make serve` runs it): (base URL, terminal log)."""
    port = _port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "serve",
            "--dirty",  # as the Makefile's `serve`
            "-f",
            str(project / "mkdocs.yml"),
            "--dev-addr",
            f"127.0.0.1:{port}",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    log: list[str] = []
    threading.Thread(target=lambda: log.extend(iter(proc.stdout.readline, "")), daemon=True).start()
    try:
        yield f"http://127.0.0.1:{port}/fixture/", log
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        proc.stdout.close()  # an open pipe is a ResourceWarning, an error under pytest


def test_serve_banner_appears_and_goes(tmp_path):
    project = copy_fixture("course", tmp_path)
    with _serving(project) as (base, log):
        _wait(lambda: "tk-quiz" in _get(base), "the first build", log)
        page = _get(base)
        assert "tk-check-banner" not in page

        lesson = project / LESSON
        good = lesson.read_text(encoding="utf-8")
        lesson.write_text(good.replace("!!! trainer", "!!! trainers", 1), encoding="utf-8")
        _wait(lambda: "tk-check-banner" in _get(base), "the banner", log)
        page = _get(base)
        assert "did you mean `trainer`?" not in page  # the page is French: so is the banner
        assert "vouliez-vous dire `trainer` ?" in page
        assert any("01-first.fr.md:" in line and "did you mean `trainer`?" in line for line in log)

        lesson.write_text(good, encoding="utf-8")
        _wait(lambda: "tk-check-banner" not in _get(base), "the banner to go", log)


def test_broken_front_matter_is_never_page_text(tmp_path):
    """Under serve, a lesson whose front matter does not parse shows its name and the
    banner, never its raw text."""
    project = copy_fixture("course", tmp_path)
    lesson = project / LESSON
    text = lesson.read_text(encoding="utf-8")
    lesson.write_text(text.replace("title: ", "title: [", 1), encoding="utf-8")
    with _serving(project) as (base, log):
        _wait(lambda: "tk-check-banner" in _get(base), "the banner", log)
        page = _get(base)
        assert "objectives:" not in page and "duration:" not in page
        assert "ouvert à la ligne 2" in page and "jamais fermé" in page


def test_notebook_findings_show_on_the_notebook_page(tmp_path):
    """A notebook's Markdown cells are checked as a lesson: their errors show on the page
    generated from the notebook, at `x.ipynb:cell N:line N`, and in the terminal."""
    import json

    from tests.support.notebooks import GOOD_FR, notebook_site

    project = notebook_site(tmp_path)
    url = "fr/courses/demo/01-mod/01-good/"
    with _serving(project) as (base, log):
        _wait(lambda: "Un texte français" in _get(base, url), "the first build", log)
        assert "tk-check-banner" not in _get(base, url)

        path = project / GOOD_FR
        data = json.loads(path.read_text(encoding="utf-8"))
        data["cells"][0]["source"] += ["\n", "\n", "!!! trainers\n", "    Une note.\n"]
        path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        _wait(lambda: "tk-check-banner" in _get(base, url), "the banner", log)
        page = _get(base, url)
        assert "01-good.fr.ipynb:cell 1:line 7</code>" in page
        assert "vouliez-vous dire `trainer` ?" in page
        assert any("01-good.fr.ipynb:cell 1:line 7: " in line for line in log)
        assert "tk-check-banner" not in _get(base, url.removeprefix("fr/"))  # the Arabic one
