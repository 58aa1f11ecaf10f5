"""Handouts are printed in a locked browser (tools/slides/handout.py): JavaScript off, the
page on a made-up origin, every request but the handout and the site's font files aborted.
A handout that tries to pull a file of the build machine into its PDF (by `<object>`,
`<iframe>`, `<embed>`, `<img>`, a relative path, a script, a local server) prints without
it. The same HTML printed the old way (from file://, JavaScript on) does carry the file:
the attempt is real."""

from __future__ import annotations

import subprocess
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tools.slides import handout

pytestmark = pytest.mark.browser
SECRET = "TK-MACHINE-SECRET-4711"


def _pdf_text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def _hostile_html(secret: Path, local_url: str, depth: int) -> str:
    relative = "../" * depth + secret.as_posix().lstrip("/")
    return f"""<!doctype html>
<html lang="fr" dir="ltr"><head><meta charset="utf-8">
<link rel="stylesheet" href="{handout.FONTS_URL}">
<style>html {{ font-family: "Tamkeen Latin", sans-serif; }}</style>
<title>Handout</title></head>
<body><h1>Module</h1>
<object data="{secret.as_uri()}" type="text/plain" width="600" height="60"></object>
<iframe src="{secret.as_uri()}" width="600" height="60"></iframe>
<embed src="{relative}" type="text/plain" width="600" height="60">
<object data="{relative}" type="text/plain" width="600" height="60"></object>
<iframe src="{local_url}" width="600" height="60"></iframe>
<img src="{secret.as_uri()}" alt="img">
<script>
fetch("{secret.as_uri()}").then(r => r.text()).then(t => document.body.append(t));
var x = new XMLHttpRequest(); x.open("GET", "{relative}", false);
try {{ x.send(); document.body.append(x.responseText); }} catch (e) {{}}
document.body.append(" script ran ");
</script>
<p>End of the handout.</p>
</body></html>
"""


@pytest.fixture
def machine(tmp_path):
    """A file of the build machine holding SECRET, and a local server that serves it."""
    secret = tmp_path / "machine" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text(f"{SECRET}\n", encoding="utf-8")
    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), partial(SimpleHTTPRequestHandler, directory=str(secret.parent))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield secret, f"http://127.0.0.1:{server.server_address[1]}/secret.txt"
    server.shutdown()
    server.server_close()


@pytest.fixture
def fonts_site(tmp_path):
    """The site's assets folder with its fonts, as the build has it when it prints."""
    from tools.site.fonts import copy_fonts
    from tools.site.site_assets import CSS, served

    site = tmp_path / "site"
    css = site / CSS["fonts.css"]
    css.parent.mkdir(parents=True)
    css.write_bytes(served("fonts.css"))
    copy_fonts(site)
    return site


def test_a_machine_file_never_reaches_the_pdf(tmp_path, machine, fonts_site, chromium):
    secret, local_url = machine
    work = tmp_path / "cache"
    work.mkdir()
    html = work / "module.handout.html"
    depth = len(work.resolve().parts)
    html.write_text(_hostile_html(secret, local_url, depth), encoding="utf-8")
    pdf = tmp_path / "locked.pdf"
    refused = handout.print_pdfs([(html, pdf)], fonts_site, chromium)

    text = _pdf_text(pdf)
    assert "End of the handout." in text and "Module" in text
    assert SECRET not in text
    assert "script ran" not in text  # JavaScript is off
    # Every attempt was made and aborted: the file by path and by file://, the local server.
    assert local_url in refused, refused
    assert any(u.endswith("/machine/secret.txt") for u in refused), refused
    # The fonts came from the build's own files.
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert "NotoSans" in fonts, fonts


def test_the_old_way_leaks_the_file(tmp_path, machine, chromium):
    """Control: from file:// with JavaScript on (how handouts were printed), the same HTML
    pulls the machine's file into the PDF."""
    secret, local_url = machine
    html = tmp_path / "cache" / "module.handout.html"
    html.parent.mkdir()
    html.write_text(_hostile_html(secret, local_url, len(html.parent.resolve().parts)), "utf-8")
    page = chromium.new_page()
    page.goto(html.as_uri(), wait_until="networkidle")
    pdf = tmp_path / "open.pdf"
    page.pdf(path=str(pdf), format="A4")
    page.close()
    assert SECRET in _pdf_text(pdf)


def test_build_prints_with_the_lock(tmp_path):
    """The trainer kit prints through `print_pdfs`: an exercise that names a machine file
    builds a PDF without it (here the allowlist removes the <object> first, too)."""
    from tests.conftest import copy_fixture

    project = copy_fixture("course", tmp_path)
    secret = tmp_path / "secret.txt"
    secret.write_text(f"{SECRET}\n", encoding="utf-8")
    lesson = project / "docs/courses/demo/01-basics/01-first.ar.md"
    text = lesson.read_text(encoding="utf-8")
    depth = "../" * 12
    lesson.write_text(
        text.replace(
            "    اكتب جملة.",
            f'    اكتب جملة. <object data="{secret.as_uri()}"></object>'
            f'<iframe src="{depth}{secret.as_posix().lstrip("/")}"></iframe>',
        ),
        encoding="utf-8",
    )
    site = tmp_path / "site"
    # `check` refuses the raw <iframe>: build as `mkdocs build` would (no check).
    from tools.publish.build import mkdocs_build

    mkdocs_build(project / "mkdocs.yml", site)
    pdf = site / "courses/demo/01-basics/trainer/demo-01-basics-ar.pdf"
    assert pdf.is_file()
    text = _pdf_text(pdf)
    assert "جملة" in text
    assert SECRET not in text
