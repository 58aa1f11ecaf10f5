"""A lesson in one WhatsApp message (issue 27), on the fixture course served under /tamkeen/,
in a phone-sized Chromium: "share the lesson" hands the phone's share sheet exactly the
lesson's digest (made here from the lesson model, tools/site/digest.py), then "share the answer"
the second message; where there is no share sheet the digest is copied and the page says
so in its language. The trainer page shares the module; the trainer view shows the lesson's
address as a QR code that decodes to it. Readers who never share download none of it."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.conftest import ARTIFACTS, FIXTURES
from tests.support.course_site import LESSON, course_build, course_site_server  # noqa: F401
from tests.test_browser_class_view import qr_decode

pytestmark = pytest.mark.browser
SITE_URL = "https://example.org/fixture/"  # tests/fixtures/course/mkdocs.yml
KEY = "demo/01-basics/01-first"
PHONE = {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True}
# navigator.share stubbed: what the page hands the share sheet is recorded.
STUB = """
window.__shared = [];
Object.defineProperty(navigator, 'share', {configurable: true, value: (data) => {
  window.__shared.push(data); return Promise.resolve();
}});
"""
NO_SHARE = "Object.defineProperty(navigator, 'share', {configurable: true, value: undefined});"
COPIED = {"": "نُسخت الرسالة: ألصقها في واتساب.", "fr/": "Message copié : collez-le dans WhatsApp."}
BUTTON = {"": "شارك الدرس", "fr/": "Partager la leçon"}
ANSWER = {"": "شارك الجواب", "fr/": "Partager la réponse"}


def expected(lang: str, key: str = KEY):
    """The digest from the lesson model, independently of the built data files."""
    from tools.model import content
    from tools.site import digest

    site = content.load(FIXTURES / "course" / "docs")
    node = next(n for c in site.courses for n in c.lessons if n.key == key)
    register = FIXTURES / "course" / "docs" / "facts.yml"
    return digest.lesson_digest(node.source(lang), key, SITE_URL, register)


def wait_shared(pg, n: int) -> None:
    """Wait until the share sheet got `n` messages (a string predicate would need eval,
    which the site's CSP refuses)."""
    for _ in range(100):
        if pg.evaluate("window.__shared.length") >= n:
            assert pg.evaluate("window.__shared.length") == n
            return
        pg.wait_for_timeout(50)
    raise AssertionError(f"the share sheet got {pg.evaluate('window.__shared.length')}, not {n}")


def requests_of(context) -> list[str]:
    seen: list[str] = []
    context.on("request", lambda r: seen.append(r.url))
    return seen


@pytest.mark.parametrize("prefix", ["", "fr/"])
def test_share_sheet_gets_exactly_the_digest_then_the_answer(chromium, course_site_server, prefix):  # noqa: F811
    lang = "fr" if prefix else "ar"
    made = expected(lang)
    context = chromium.new_context(**PHONE)
    context.add_init_script(STUB)
    seen = requests_of(context)
    pg = context.new_page()
    pg.goto(course_site_server.base + prefix + LESSON)
    button = pg.locator(".tk-share-lesson")
    expect(button).to_have_text(BUTTON[prefix])
    # Nothing of sharing is downloaded before the press (lazy, like listen).
    assert not [u for u in seen if "/share." in u or "/assets/share/" in u], seen
    button.click()
    wait_shared(pg, 1)
    shared = pg.evaluate("window.__shared[0]")
    assert shared["text"] == made.text
    assert shared["title"] == made.title
    text = shared["text"]
    assert len(text) <= 1000 and text.startswith(f"*{made.title}*")
    assert text.endswith(f"{SITE_URL}{prefix}courses/{KEY}/")
    assert "**" not in text and "](" not in text and "`" not in text
    # Only the data of this module and this language were fetched (the page's request and
    # the service worker's for it are one file).
    data = sorted({u for u in seen if "/assets/share/" in u})
    assert data == [f"{course_site_server.base}assets/share/demo/01-basics.{lang}.js"], data

    pg.locator(".tk-share-answer").click()  # the answer: the second message
    expect(pg.locator(".tk-share-answer")).to_have_text(ANSWER[prefix])
    wait_shared(pg, 2)
    answer = pg.evaluate("window.__shared[1]")["text"]
    assert answer == made.answer and answer.endswith(f"{prefix}courses/{KEY}/")
    assert len(answer) <= 1000
    assert made.answer not in text  # the answer is not in the first message
    context.close()


@pytest.mark.parametrize("prefix", ["", "fr/"])
def test_without_share_sheet_the_digest_is_copied(chromium, course_site_server, prefix):  # noqa: F811
    lang = "fr" if prefix else "ar"
    context = chromium.new_context(**PHONE)
    context.add_init_script(NO_SHARE)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    pg = context.new_page()
    pg.goto(course_site_server.base + prefix + LESSON)
    pg.locator(".tk-share-lesson").click()
    expect(pg.locator(".tk-done .tk-share__status")).to_have_text(COPIED[prefix])
    assert pg.evaluate("navigator.clipboard.readText()") == expected(lang).text
    context.close()


@pytest.mark.parametrize("prefix", ["", "fr/"])
def test_trainer_page_shares_the_module_and_each_lesson(chromium, course_site_server, prefix):  # noqa: F811
    from tools.model import content
    from tools.site import digest

    lang = "fr" if prefix else "ar"
    site = content.load(FIXTURES / "course" / "docs")
    module = next(m for c in site.courses for m in c.children if m.key == "demo/01-basics")
    context = chromium.new_context(**PHONE)
    context.add_init_script(STUB)
    pg = context.new_page()
    pg.goto(course_site_server.base + prefix + "courses/demo/01-basics/trainer/")
    box = pg.locator(".tk-share-module")
    expect(box).to_be_visible()
    box.locator("[data-tk-share=module]").click()
    wait_shared(pg, 1)
    message = pg.evaluate("window.__shared[0].text")
    assert message == digest.module_message(module, lang, SITE_URL)
    for n, lesson in enumerate(module.lessons):
        assert f"{SITE_URL}{prefix}courses/{lesson.key}/" in message
        unit = "\u202fmin" if prefix else " دقيقة"  # French: a narrow no-break space
        assert f"({lesson.source(lang).meta['duration']}{unit})" in message
        box.locator(f"[data-tk-share=lesson][data-tk-key='{lesson.key}']").click()
        wait_shared(pg, n + 2)
        assert pg.evaluate(f"window.__shared[{n + 1}].text") == expected(lang, lesson.key).text
    context.close()


@pytest.mark.parametrize("prefix", ["", "fr/"])
def test_trainer_view_shows_a_big_qr_of_the_lesson_address(chromium, course_site_server, prefix):  # noqa: F811
    context = chromium.new_context(viewport={"width": 1280, "height": 720})
    pg = context.new_page()
    pg.goto(course_site_server.base + prefix + LESSON)
    assert not pg.locator(".tk-share-qr").is_visible()  # participants: no QR button
    pg.goto(course_site_server.base + prefix + LESSON + "?trainer")
    pg.locator(".tk-kit .tk-share-qr").click()
    dialog = pg.locator("dialog.tk-share-qr")
    expect(dialog).to_be_visible()
    svg = dialog.locator("svg")
    box = svg.bounding_box()
    assert box["height"] >= 0.6 * 720, box  # scanned from the back of the room
    url = f"{SITE_URL}{prefix}courses/{KEY}/"
    assert dialog.inner_text().count(url) == 1
    # The drawing is the lesson's address, read from a screenshot as a phone would (jsQR).
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    png = ARTIFACTS / f"share-qr-{prefix.strip('/') or 'ar'}.png"
    svg.screenshot(path=str(png))
    assert qr_decode(png) == url
    dialog.locator("button").click()
    expect(dialog).to_have_count(0)
    context.close()
