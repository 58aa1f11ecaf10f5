"""tools.common.chromium.NetworkQuiet (the handouts' and the every-page test's "network idle" for
several tabs): it waits for a slow image in a second tab, and names a request that never
ends instead of waiting for ever."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tools.common.chromium import NetworkQuiet

pytestmark = pytest.mark.browser
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c63000100000500010d0a2db40000000049454e44ae426082"
)


@pytest.fixture
def slow_server():
    """/page-N.html shows /slow.png (1 s to answer); /never.png answers after 30 s."""
    release = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

        def do_GET(self) -> None:
            if self.path.startswith("/page"):
                body, ctype = b'<!doctype html><img src="/slow.png">', "text/html"
            elif self.path == "/hang.html":
                body, ctype = b'<!doctype html><img src="/never.png">', "text/html"
            elif self.path == "/slow.png":
                time.sleep(1)
                body, ctype = PNG, "image/png"
            else:  # /never.png
                release.wait(30)
                body, ctype = PNG, "image/png"
            try:
                self.send_response(200)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)
            except OSError:  # the browser gave up first
                pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    release.set()
    httpd.shutdown()
    httpd.server_close()


def test_waits_for_every_tab(chromium, slow_server):
    context = chromium.new_context()
    finished: list[str] = []
    context.on("requestfinished", lambda r: finished.append(r.url))
    quiet = NetworkQuiet(context)
    tabs = [context.new_page() for _ in range(3)]
    start = time.monotonic()
    for n, tab in enumerate(tabs):
        tab.goto(f"{slow_server}/page-{n}.html", wait_until="commit")
    quiet.wait(tabs[0])
    elapsed = time.monotonic() - start
    assert finished.count(f"{slow_server}/slow.png") == 3, finished
    assert elapsed >= 1.0 + quiet.quiet - 0.1, elapsed  # the image, then half a second of quiet
    assert not quiet.inflight
    context.close()


def test_a_request_that_never_ends_is_named(chromium, slow_server):
    context = chromium.new_context()
    quiet = NetworkQuiet(context)
    page = context.new_page()
    page.goto(f"{slow_server}/hang.html", wait_until="commit")
    with pytest.raises(TimeoutError, match="never.png"):
        quiet.wait(page, timeout=2)
    context.close()
