"""Listen where the rules are strictest: opened from file:// (the workshop bundle unzips to
files; Chromium blocks module import() there, so listen.<lang>.js comes by a classic
<script> beside tamkeen.js), and under a Content-Security-Policy with `script-src 'self'`
and hashes of the page's inline scripts only: no eval, no inline handler, nothing else."""

from __future__ import annotations

import base64
import hashlib

import pytest
from lxml import html as lxml_html

from tests.support.course_site import course_build, course_site_server  # noqa: F401
from tests.support.speech import SECOND, listen_page, press_listen, spoken  # noqa: F401

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    ("prefix", "first", "file"),
    [("", "الدرس الثاني", "listen.ar.js"), ("fr/", "Deuxième leçon", "listen.fr.js")],
)
def test_listen_from_file(listen_page, course_build, prefix, first, file):  # noqa: F811
    page = course_build / prefix / SECOND / "index.html"
    pg = listen_page(page.as_uri())
    press_listen(pg)
    pg.wait_for_function("window.__tts.spoken.length === 1")
    assert spoken(pg)[0]["text"] == first
    pg.evaluate("window.__tts.end()")
    assert len(spoken(pg)) == 2
    loaded = [u for u in pg.requests if "/listen." in u]
    assert loaded == [(course_build / "assets" / "js" / file).as_uri()]
    assert all(u.startswith(("file://", "data:")) for u in pg.requests), pg.requests
    assert pg.errors == []


def policy(page_html: str) -> str:
    """`script-src 'self'` and the hash of each inline script, as a strict CSP would be."""
    tree = lxml_html.fromstring(page_html)
    hashes = []
    for script in tree.xpath("//script[not(@src)]"):
        if script.get("type") == "application/json":
            continue
        digest = hashlib.sha256((script.text or "").encode("utf-8")).digest()
        hashes.append(f"'sha256-{base64.b64encode(digest).decode()}'")
    return f"script-src 'self' {' '.join(hashes)}; object-src 'none'"


def test_listen_under_a_strict_csp(listen_page, course_site_server):  # noqa: F811
    url = course_site_server.base + SECOND
    pg = listen_page("about:blank")

    def with_policy(route):
        response = route.fetch()
        body = response.text()
        headers = {**response.headers, "content-security-policy": policy(body)}
        headers.pop("content-encoding", None)
        headers.pop("content-length", None)
        route.fulfill(status=response.status, headers=headers, body=body)

    pg.route(url, with_policy)
    pg.add_init_script(
        "window.__violations = [];"
        "document.addEventListener('securitypolicyviolation', e => __violations.push("
        "e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile))"
    )
    response = pg.goto(url)
    assert "script-src 'self' 'sha256-" in response.headers["content-security-policy"]
    press_listen(pg)
    pg.wait_for_function("window.__tts.spoken.length === 1")
    pg.locator(".tk-listen__next").click()
    pg.locator(".tk-listen__speed").click()
    pg.locator(".tk-listen__pause").click()
    assert len(spoken(pg)) == 3
    assert pg.evaluate("window.__violations") == []
    assert pg.errors == []
