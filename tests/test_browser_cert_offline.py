"""Certificates (issue 26) offline: the workshop zip's verify page, opened from file://,
checks a certificate given in its link, one scanned with the camera (BarcodeDetector and
the camera stubbed: Chromium here has neither) and a bad one, requesting nothing but
file://; a lesson page of the zip loads none of the certificates' code."""

from __future__ import annotations

import pytest

from tests.support.cert_corpus import payload, token
from tests.support.cert_site import cert_bundle  # noqa: F401

pytestmark = pytest.mark.browser

CAMERA = """
window.BarcodeDetector = class {
  constructor(options) { window.__formats = options.formats; }
  detect() { return Promise.resolve(window.__qr ? [{ rawValue: window.__qr }] : []); }
};
navigator.mediaDevices.getUserMedia = function () {
  var canvas = document.createElement("canvas");
  canvas.width = canvas.height = 16;
  canvas.getContext("2d").fillRect(0, 0, 16, 16);
  return Promise.resolve(canvas.captureStream());
};
"""


def test_verify_from_the_zip(chromium, cert_bundle):  # noqa: F811
    good = token(payload(name="Hajar"))
    context = chromium.new_context(viewport={"width": 360, "height": 740}, is_mobile=True,
                                   has_touch=True)  # fmt: skip
    requests: list[str] = []
    context.on("request", lambda r: requests.append(r.url))
    pg = context.new_page()
    pg.add_init_script(CAMERA)
    page = cert_bundle / "fr" / "verify.html"
    assert page.is_file()
    pg.goto(page.as_uri() + "#" + good)
    pg.locator(".tk-cert-verdict[data-tk-verdict=ok]").wait_for()
    assert "Hajar" in pg.inner_text(".tk-cert-facts")
    # the camera: a QR code holding a link to another host, then the certificate's link
    scan = pg.locator(".tk-verify__scan button")
    assert scan.is_visible()
    pg.evaluate("window.__qr = 'https://evil.example/verify/#' + location.hash.slice(1)")
    scan.click()
    pg.locator(".tk-cert-verdict[data-tk-verdict=foreign]").wait_for()
    assert pg.evaluate("window.__formats") == ["qr_code"]
    pg.evaluate("window.__qr = 'https://example.org/fixture/verify/#' + location.hash.slice(1)")
    scan.click()
    pg.locator(".tk-cert-verdict[data-tk-verdict=ok]").wait_for()
    assert pg.locator("video").count() == 0  # the camera is off once a code is read
    # a lesson page of the zip: no certificate code
    pg.goto((cert_bundle / "fr" / "courses" / "demo" / "01-basics" / "01-first.html").as_uri())
    pg.wait_for_load_state("load")
    assert not pg.evaluate("!!window.tamkeenCert")
    assert all(u.startswith("file://") for u in requests), requests
    assert not any("credential" in u for u in requests[requests.index(pg.url) :])
    context.close()
