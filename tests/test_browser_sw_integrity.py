"""The service worker serves nothing from its cache that is not the site's own file
(tools/assets/sw.js, tools/site/offline.py): a script elsewhere on the origin (another Pages site
of the organisation) poisons the cache with its own tamkeen.js, stylesheet and lesson page.
Online, the next visit gets the real files and the cache holds them again. Offline, the
poisoned page is not served, the offline page is (and a genuine cached page still is)."""

from __future__ import annotations

import base64
import hashlib
import json
import re

import pytest

from tests.support.course_site import course_build  # noqa: F401
from tests.support.server import SiteServer
from tools.site import offline

pytestmark = pytest.mark.browser
LESSON = "courses/demo/01-basics/01-first/"
OTHER = "courses/demo/01-basics/02-second/"

POISON = """async ([base, lesson, pageOnly]) => {
  const names = (await caches.keys()).filter(n => n.startsWith("tamkeen-"));
  const cache = await caches.open(names[0]);
  const type = t => ({headers: {"Content-Type": t}});
  const js = new Response("window.tkPwned = 1;", type("application/javascript"));
  const css = new Response("body { display: none }", type("text/css"));
  const page = new Response(
    "<!doctype html><title>x</title><script>window.tkPwned = 2</script>owned", type("text/html"));
  if (!pageOnly) {
    await cache.put(new URL("assets/js/tamkeen.js", base).href, js);
    await cache.put(new URL("assets/css/tamkeen.css", base).href, css);
  }
  await cache.put(new URL(lesson, base).href, page);
  return names;
}"""
CACHED = """async ([base, path]) => {
  const names = (await caches.keys()).filter(n => n.startsWith("tamkeen-"));
  const hit = await (await caches.open(names[0])).match(new URL(path, base).href);
  return hit ? await hit.text() : null;
}"""


def _hash(data: bytes) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(data).digest()[:16]).decode().rstrip("=")


def _data(sw: str, name: str):
    """A JSON value of the worker's code (minified: `NAME={…}` or `NAME=[…]`)."""
    start = re.search(rf"\b{name}=", sw).end()
    value, _end = json.JSONDecoder().raw_decode(sw, start)
    return value


def test_service_worker_carries_the_hash_of_what_it_serves(course_build):  # noqa: F811
    # sw.js is the version and the name of the worker's code, nothing else.
    loader = (course_build / offline.SW_NAME).read_text(encoding="utf-8")
    assert len(loader) < 200 and offline.version_of(loader), loader
    sw = offline.worker_of(course_build)
    known = _data(sw, "FILES")
    manifests = _data(sw, "MANIFESTS")
    # Each manifest is vouched for by its hash in the worker; its files by their hashes in it.
    listed = {}
    for _prefix, path, digest in manifests:
        data = (course_build / path).read_bytes()
        assert _hash(data) == digest, path
        listed.update(json.loads(data)["integrity"])
    assert manifests[-1][0] == "" and "assets/offline/ar-demo.json" in [m[1] for m in manifests]
    for rel in (
        "assets/js/tamkeen.js",
        "assets/css/tamkeen.css",
        "index.html",
        LESSON + "index.html",
        "fr/" + LESSON + "index.html",
    ):
        want = known.get(rel) or listed.get(rel)
        assert want == _hash((course_build / rel).read_bytes()), rel
    # A lesson's hash is in its course's manifest, not in the worker: it does not grow with
    # the lessons.
    assert LESSON + "index.html" not in known and "courses/" not in json.dumps(known)
    # Files it never serves from a cache: slides, trainer downloads, the search index.
    every = [*known, *listed]
    assert not [k for k in every if "/slides/" in k or "/trainer/" in k or "pagefind" in k]


def test_a_poisoned_cache_is_not_served(chromium, course_build):  # noqa: F811
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    server = SiteServer(course_build).__enter__()
    try:
        pg = context.new_page()
        base = server.base
        pg.goto(base + LESSON)
        pg.evaluate("navigator.serviceWorker.ready.then(() => true)")
        pg.goto(base + OTHER)  # controlled: kept by the worker
        pg.goto(base + LESSON)
        assert pg.evaluate("!!navigator.serviceWorker.controller"), "service worker not controlling"
        assert pg.evaluate(CACHED, [base, "assets/js/tamkeen.js"]), "tamkeen.js was not cached"

        pg.evaluate(POISON, [base, LESSON, False])
        assert pg.evaluate(CACHED, [base, "assets/js/tamkeen.js"]) == "window.tkPwned = 1;"
        # Past the browser's own HTTP and memory caches: every file goes through the worker.
        context.new_cdp_session(pg).send("Network.setCacheDisabled", {"cacheDisabled": True})

        pg.reload(wait_until="networkidle")
        assert pg.evaluate("window.tkPwned") is None
        assert pg.locator(".tk-search-button").count() == 1, "the real tamkeen.js ran"
        assert pg.locator("article h1").is_visible(), "the real stylesheet"
        real = (course_build / "assets/js/tamkeen.js").read_text(encoding="utf-8")
        assert pg.evaluate(CACHED, [base, "assets/js/tamkeen.js"]) == real

        pg.evaluate(POISON, [base, LESSON, True])  # the page again, then no network
    finally:
        server.__exit__(None, None, None)
    try:
        context.set_offline(True)
        # No fresh copy in the HTTP cache either: the worker's fetch fails.
        context.new_cdp_session(pg).send("Network.clearBrowserCache")
        # The worker answers with its offline page: the poisoned copy is never shown.
        pg.goto(base + LESSON)
        assert pg.locator(".tk-offline-list").count() == 1, "the offline page"
        assert "owned" not in pg.content()
        assert pg.evaluate("window.tkPwned") is None
        other = context.new_page()
        other.goto(base + OTHER)  # a genuine cached page still opens offline
        assert other.locator("article h1").count() == 1
        assert other.locator(".tk-done").is_visible(), "with the real script"
        assert other.evaluate("window.tkPwned") is None
        assert other.evaluate(CACHED, [base, LESSON]) is None, "the poisoned page was dropped"
    finally:
        context.close()


FORGE = """async ([base, manifestPath, manifest, lesson, page]) => {
  const names = (await caches.keys()).filter(n => n.startsWith("tamkeen-"));
  const cache = await caches.open(names[0]);
  const type = t => ({headers: {"Content-Type": t}});
  const json = new Response(manifest, type("application/json"));
  await cache.put(new URL(manifestPath, base).href, json);
  await cache.put(new URL(lesson, base).href, new Response(page, type("text/html")));
  return names;
}"""


def test_a_forged_manifest_vouches_for_nothing(chromium, course_build):  # noqa: F811
    # The script elsewhere on the origin writes a course manifest that lists the hash of its
    # own page, and that page. The worker reads manifests from its cache only when their
    # bytes have the hash its code holds: the forged one is not believed.
    manifest_path = "assets/offline/ar-demo.json"
    page = "<!doctype html><title>x</title><script>window.tkPwned = 3</script>owned"
    manifest = json.loads((course_build / manifest_path).read_text(encoding="utf-8"))
    manifest["integrity"][LESSON + "index.html"] = _hash(page.encode())
    forged = json.dumps(manifest)
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    server = SiteServer(course_build).__enter__()
    try:
        pg = context.new_page()
        base = server.base
        pg.goto(base + LESSON)
        pg.evaluate("navigator.serviceWorker.ready.then(() => true)")
        pg.goto(base + OTHER)  # controlled: kept, with the course's manifest
        assert pg.evaluate(CACHED, [base, manifest_path]), "the manifest was not kept"
        pg.evaluate(FORGE, [base, manifest_path, forged, LESSON, page])
        assert pg.evaluate(CACHED, [base, manifest_path]) == forged
    finally:
        server.__exit__(None, None, None)
    try:
        # A worker started afresh (as after the phone closed it), no network, no HTTP cache.
        # (Offline first: Playwright's offline switch waits on a stopped worker.)
        context.set_offline(True)
        cdp = context.new_cdp_session(pg)
        cdp.send("ServiceWorker.enable")
        cdp.send("ServiceWorker.stopAllWorkers")
        cdp.send("Network.clearBrowserCache")
        pg.goto(base + LESSON)
        assert "owned" not in pg.content() and pg.evaluate("window.tkPwned") is None
        assert pg.locator(".tk-offline-list").count() == 1, "the offline page"
    finally:
        context.close()
