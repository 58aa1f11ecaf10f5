"""Serve a built site under a sub-path (`/tamkeen/`), gzip-compressed, like GitHub Pages.

Missing files get the site's root `404.html` with status 404, as GitHub Pages does. Like
it, every file has an `ETag` and a `Last-Modified`, and a request that names the current
one (`If-None-Match`) gets a 304 without a body: what a browser's revalidation costs.
`SiteServer.log` records what went on the wire, request by request (tests/support/weight.py).
"""

from __future__ import annotations

import functools
import gzip
import mimetypes
import threading
import time
from dataclasses import dataclass
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

PREFIX = "/tamkeen/"
COMPRESSIBLE = ("text/", "application/javascript", "application/json", "image/svg+xml")
mimetypes.add_type("application/javascript", ".js")
mimetypes.add_type("application/javascript", ".mjs")
mimetypes.add_type("application/wasm", ".wasm")
mimetypes.add_type("application/manifest+json", ".webmanifest")


def _resolve(root: Path, url_path: str) -> Path | None:
    if not url_path.startswith(PREFIX):
        return None
    rel = unquote(url_path[len(PREFIX) :])
    target = (root / rel).resolve()
    if root.resolve() not in (target, *target.parents):
        return None
    if target.is_dir():
        target = target / "index.html"
    return target if target.is_file() else None


@functools.lru_cache(maxsize=4096)
def _compressed(path: Path, mtime_ns: int, size: int) -> bytes:
    return gzip.compress(path.read_bytes(), mtime=0)


def _body(target: Path, gzipped: bool) -> bytes:
    """The file's bytes, gzip-compressed once per version of the file (a browser test
    run asks for the same stylesheet and scripts hundreds of times)."""
    if not gzipped:
        return target.read_bytes()
    stat = target.stat()
    return _compressed(target, stat.st_mtime_ns, stat.st_size)


@dataclass
class Served:
    """One response as it went on the wire: status line, headers and body."""

    path: str
    status: int
    bytes: int
    at: float  # time.monotonic() when it was sent


class _Counting:
    """The connection's writer, counting the bytes written through it."""

    def __init__(self, raw) -> None:
        self.raw, self.count = raw, 0

    def write(self, data: bytes) -> int:
        self.count += len(data)
        return self.raw.write(data)

    def __getattr__(self, name: str):
        return getattr(self.raw, name)


def make_handler(root: Path, log: list[Served] | None = None):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:  # keep test output quiet
            pass

        def setup(self) -> None:
            super().setup()
            self.wfile = _Counting(self.wfile)

        def handle_one_request(self) -> None:
            start = self.wfile.count
            super().handle_one_request()
            if log is not None and getattr(self, "command", None):
                path = urlsplit(self.path).path
                log.append(
                    Served(
                        path, getattr(self, "sent", 0), self.wfile.count - start, time.monotonic()
                    )
                )

        def send_response(self, code: int, message: str | None = None) -> None:
            self.sent = code
            super().send_response(code, message)

        def do_GET(self) -> None:
            path = urlsplit(self.path).path
            if path == PREFIX.rstrip("/"):
                self.send_response(301)
                self.send_header("Location", PREFIX)
                self.end_headers()
                return
            target = _resolve(root, path)
            status = 200
            if target is None:
                status, target = 404, root / "404.html"
            ctype = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
            gzipped = ctype.startswith(COMPRESSIBLE) and "gzip" in self.headers.get(
                "Accept-Encoding", ""
            )
            stat = target.stat()
            etag = f'"{stat.st_mtime_ns:x}-{stat.st_size:x}{"-gz" if gzipped else ""}"'
            if status == 200 and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Cache-Control", "max-age=600")
                self.end_headers()
                return
            body = _body(target, gzipped)
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            if gzipped:
                self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "max-age=600")
            if status == 200:
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", formatdate(stat.st_mtime, usegmt=True))
            self.end_headers()
            self.wfile.write(body)

    return Handler


class SiteServer:
    def __init__(self, root: Path) -> None:
        self.log: list[Served] = []
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(root, self.log))
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    @property
    def base(self) -> str:
        return self.origin + PREFIX

    def __enter__(self) -> SiteServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
