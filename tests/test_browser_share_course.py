"""A course passed phone to phone (issue 27), on the fixture course served under /tamkeen/ in
a phone-sized Chromium: "send this course" states the zip's size, hands the phone's share
sheet the course's zip (navigator.share with files, stubbed) or, where the phone cannot
share files, downloads it. The zip opens from file:// as the workshop bundle does: no dead
link, the course and its lessons open, nothing is fetched from a server, and the buttons
file:// cannot use are hidden. A zip kept by this phone is offered again on the offline
page, and only if it is still the zip the site made."""

from __future__ import annotations

import hashlib
import re
import zipfile

import pytest
from playwright.sync_api import expect

from tests.support.course_site import course_build, course_site_server  # noqa: F401
from tests.test_browser_share_lesson import expected
from tools.publish.link_crawl import dead_links
from tools.site import offline

pytestmark = pytest.mark.browser
PHONE = {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True}
COURSE = "courses/demo/"
# The share sheet stubbed: it takes files, and records what it was handed.
STUB = """
window.__shared = [];
Object.defineProperty(navigator, 'canShare', {configurable: true,
  value: (d) => !!(d && d.files && d.files.length)});
Object.defineProperty(navigator, 'share', {configurable: true, value: (d) => {
  window.__shared.push(d); return Promise.resolve();
}});
"""
NO_FILES = """
Object.defineProperty(navigator, 'canShare', {configurable: true, value: undefined});
Object.defineProperty(navigator, 'share', {configurable: true, value: undefined});
"""
SENT = {
    "ar": "أُرسل الملف. على الهاتف الآخر: افتحه في تطبيق «الملفات» («استخراج»)، ثم افتح index.html.",
    "fr": "Fichier envoyé. Sur l’autre téléphone : ouvrez-le dans « Fichiers » (« Extraire »), "
    "puis ouvrez index.html.",
}
DOWNLOADED = {
    "ar": "نُزّل الملف. أرسله عبر بلوتوث أو واتساب؛ على الهاتف الآخر: «استخراج»، ثم افتح index.html.",
    "fr": "Fichier téléchargé. Envoyez-le par Bluetooth ou WhatsApp ; sur l’autre téléphone : "
    "« Extraire », puis ouvrez index.html.",
}
SIZE = {"ar": "(ملف مضغوط، {size})", "fr": "(fichier zip, {size})"}


def zip_of(build, lang: str) -> bytes:
    return (build / offline.LIST_DIR / f"{lang}-demo.zip").read_bytes()


@pytest.mark.parametrize("prefix", ["", "fr/"])
def test_send_shares_the_zip_with_its_size_stated(
    chromium,
    course_site_server,  # noqa: F811
    course_build,  # noqa: F811
    prefix,
):
    lang = "fr" if prefix else "ar"
    data = zip_of(course_build, lang)
    context = chromium.new_context(**PHONE)
    context.add_init_script(STUB)
    pg = context.new_page()
    pg.goto(course_site_server.base + prefix + COURSE)
    box = pg.locator(".tk-send")
    expect(box).to_be_visible()
    size = SIZE[lang].format(size=offline.human_size(len(data), lang))
    assert box.locator(".tk-send__size").inner_text() == size
    box.locator("button").click()
    expect(box.locator(".tk-send__status")).to_have_text(SENT[lang])
    got = pg.evaluate(
        """async () => { const d = window.__shared[0], f = d.files[0];
        const bytes = new Uint8Array(await f.arrayBuffer());
        const hash = await crypto.subtle.digest('SHA-256', bytes);
        return {n: window.__shared.length, count: d.files.length, name: f.name, type: f.type,
          size: f.size,
          sha: [...new Uint8Array(hash)].map(b => b.toString(16).padStart(2, '0')).join('')}; }"""
    )
    assert got == {
        "n": 1,
        "count": 1,
        "name": f"tamkeen-demo-{lang}.zip",
        "type": "application/zip",
        "size": len(data),
        "sha": hashlib.sha256(data).hexdigest(),
    }
    context.close()


@pytest.mark.parametrize("prefix", ["", "fr/"])
def test_without_file_sharing_the_zip_is_downloaded_and_opens_from_file(
    chromium,
    course_site_server,  # noqa: F811
    course_build,  # noqa: F811
    prefix,
    tmp_path,
):
    lang = "fr" if prefix else "ar"
    context = chromium.new_context(**PHONE, accept_downloads=True)
    context.add_init_script(NO_FILES)
    pg = context.new_page()
    pg.goto(course_site_server.base + prefix + COURSE)
    with pg.expect_download() as info:
        pg.locator(".tk-send button").click()
    expect(pg.locator(".tk-send__status")).to_have_text(DOWNLOADED[lang])
    assert info.value.suggested_filename == f"tamkeen-demo-{lang}.zip"
    target = tmp_path / info.value.suggested_filename
    info.value.save_as(target)
    assert target.read_bytes() == zip_of(course_build, lang)
    context.close()

    # The receiving phone: unzip, open index.html.
    with zipfile.ZipFile(target) as archive:
        archive.extractall(tmp_path / "unzipped")
    top = tmp_path / "unzipped" / f"tamkeen-demo-{lang}"
    assert dead_links(top) == []
    phone = chromium.new_context(**PHONE)
    phone.add_init_script(STUB)
    seen: list[str] = []
    phone.on("request", lambda r: seen.append(r.url))
    pg = phone.new_page()
    pg.goto((top / "index.html").as_uri())
    expect(pg).to_have_url(re.compile(rf"/{prefix}courses/demo/index\.html$"))
    expect(pg.locator("h1")).to_have_text(re.compile(r"\S"))
    assert pg.locator(".tk-send").is_hidden() and pg.locator(".tk-offline").is_hidden()
    first = pg.locator("article a[href*='01-basics/index.html']").first
    first.click()
    expect(pg).to_have_url(re.compile(r"/01-basics/index\.html$"))
    pg.locator("article a[href*='01-first/index.html']").first.click()
    expect(pg.locator(".tk-quiz").first).to_be_visible()
    # The lesson's share button works from file:// too (its data is a classic script).
    pg.locator(".tk-share-lesson").click()
    expect(pg.locator(".tk-share-answer")).to_be_visible()
    assert pg.evaluate("window.__shared[0].text") == expected(lang).text
    assert [u for u in seen if not u.startswith("file:")] == []
    phone.close()


@pytest.mark.parametrize("prefix", ["", "fr/"])
def test_offline_page_offers_a_kept_zip_only_if_unchanged(
    chromium,
    course_site_server,  # noqa: F811
    course_build,  # noqa: F811
    prefix,
):
    lang = "fr" if prefix else "ar"
    data = zip_of(course_build, lang)
    context = chromium.new_context(**PHONE)
    context.add_init_script(STUB)
    pg = context.new_page()
    base = course_site_server.base + prefix
    pg.goto(base + COURSE)
    pg.evaluate("navigator.serviceWorker.ready.then(() => true)")
    pg.reload()
    pg.locator(".tk-offline button").click()  # save the course
    expect(pg.locator(".tk-offline")).to_have_class(re.compile("tk-offline--saved"))
    pg.locator(".tk-send button").click()  # sent once: the zip is kept
    expect(pg.locator(".tk-send__status")).to_have_text(SENT[lang])

    pg.goto(base + offline.OFFLINE_PAGE)
    item = pg.locator(".tk-offline-list li")
    expect(item.locator("button")).to_be_visible()
    size = SIZE[lang].format(size=offline.human_size(len(data), lang))
    assert size in item.inner_text()
    item.locator("button").click()
    expect(item.locator(".tk-send__status")).to_have_text(SENT[lang])
    assert pg.evaluate("window.__shared[0].files[0].size") == len(data)

    # Another site of the origin rewrites the kept copy: it is not offered.
    zip_url = f"{course_site_server.base}{offline.LIST_DIR}/{lang}-demo.zip"
    pg.evaluate(
        """async (url) => { const c = await caches.open('tamkeen-send');
        await c.put(url, new Response(new Blob(['PK not ours']))); }""",
        zip_url,
    )
    pg.reload()
    expect(pg.locator(".tk-offline-list li a")).to_be_visible()
    pg.wait_for_timeout(500)  # the check is asynchronous
    assert pg.locator(".tk-offline-list li button").count() == 0
    context.close()
