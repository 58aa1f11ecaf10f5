"""The Content-Security-Policy (tools/site/html_page.py) in Chromium, on the real site: every page
type in both languages and every slide deck load, and our code runs (search with Pagefind,
a quiz, "mark as done", the trainer view, progress export), with no `securitypolicyviolation`
at all. A script injected into a built page is blocked. Every page carries the policy as
shipped, first in its <head>."""

from __future__ import annotations

import re

import pytest

from tools.site.html_page import POLICY, policy

pytestmark = pytest.mark.browser

PAGE_TYPES = [
    "",  # home, with the course list
    "guide/",
    "about/",
    "courses/ai/",  # course index
    "courses/ai/01-what-is-ai/",  # module index
    "courses/ai/01-what-is-ai/01-ai-around-you/",  # lesson
    "courses/ai/02-generative-ai/01-next-word/",  # lesson generated from a notebook
    "courses/ai/01-what-is-ai/trainer/",  # trainer page
    "glossary/",
    "progress/",
    "class/",  # the class view: progress.js and classview.js
    "translation-status/",
    "404.html",
]
LISTEN = """
document.addEventListener("securitypolicyviolation", function (e) {
  window.tkReport([e.violatedDirective, e.blockedURI, e.sourceFile, e.lineNumber].join(" "));
}, true);
"""


@pytest.fixture
def watched(chromium):
    """A page whose every CSP violation (any frame, any navigation) is collected. The
    phone's speech engine is stubbed (headless Chromium has no voice) for "listen"."""
    from tests.support.speech import stub

    context = chromium.new_context(viewport={"width": 390, "height": 844})
    context.add_init_script(stub())
    violations: list[str] = []
    context.expose_function("tkReport", lambda text: violations.append(text))
    context.add_init_script(LISTEN)
    page = context.new_page()
    yield page, violations
    context.close()


def _use(page, path: str) -> None:
    """Run the code a reader runs on this page."""
    if page.locator(".tk-search-button").count():
        page.locator(".tk-search-button").click()
        page.locator(".tk-search__input").fill("الذكاء" if not path.startswith("fr/") else "IA")
        page.wait_for_function(
            "() => document.querySelector('.tk-search__results li') ||"
            " /\\S/.test(document.querySelector('.tk-search__status').textContent)"
            " && !/…$/.test(document.querySelector('.tk-search__status').textContent)",
            timeout=20000,
        )
        assert page.locator(".tk-search__results li").count(), f"{path}: search found nothing"
        page.locator(".tk-search__close").click()
    if page.locator(".tk-quiz").count():
        quiz = page.locator(".tk-quiz").first
        quiz.locator("input").first.check()
        quiz.locator(".tk-quiz__check").click()
        page.locator(".tk-done__button").click()
    if page.locator("[data-tk-export]").count():
        page.locator("[data-tk-export]").click()
        page.wait_for_selector(".tk-qr svg")  # the code, then its QR code (qrcode.js)
        assert page.locator("#tk-code-out").input_value().startswith(("TK1-", "TK2-"))
    if page.locator(".tk-class").count():
        page.wait_for_selector(".tk-class:not([hidden])")
        page.fill("#tk-class-in", "TK1-e30-0")
        page.locator("[data-tk-class-add]").click()
        page.wait_for_selector(".tk-class__status.tk-bad")
    if page.locator(".tk-trainer-toggle").count():
        page.locator(".tk-trainer-toggle").click()
    if page.locator(".tk-listen-open").count():  # "listen": listen.<lang>.js loads
        page.locator(".tk-listen-open").click()
        page.wait_for_selector(".tk-listen .tk-listen__status", state="attached")


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_every_page_type_runs_without_violation(server, watched, lang):
    page, violations = watched
    prefix = "" if lang == "ar" else "fr/"
    for path in PAGE_TYPES:
        page.goto(server.base + prefix + path, wait_until="networkidle")
        _use(page, prefix + path)
        page.wait_for_timeout(100)
        assert violations == [], f"{prefix}{path}: {violations}"


def test_every_deck_runs_without_violation(site, server, watched):
    page, violations = watched
    decks = sorted(p.relative_to(site).parent.as_posix() for p in site.rglob("slides/index.html"))
    assert len(decks) > 40
    for deck in decks:
        page.goto(f"{server.base}{deck}/", wait_until="load")
        page.wait_for_function("() => window.Reveal && Reveal.isReady()")
        page.keyboard.press("ArrowRight")  # reveal.js moves the slides: styles set by script
        assert violations == [], f"{deck}: {violations}"


def test_an_injected_inline_script_is_blocked(server, watched):
    page, violations = watched
    lesson = server.base + "courses/ai/01-what-is-ai/01-ai-around-you/"

    def inject(route) -> None:
        html = route.fetch().text()
        html = html.replace(
            '<article class="md-content__inner',
            "<script>window.tkInjected = 1</script>"
            '<img src="x.png" onerror="window.tkInjected = 2">'
            '<article class="md-content__inner',
            1,
        )
        route.fulfill(body=html, content_type="text/html; charset=utf-8")

    page.route(lesson, inject)
    page.goto(lesson, wait_until="networkidle")
    assert page.evaluate("window.tkInjected") is None
    assert page.locator(".tk-quiz").count(), "the page itself still works"
    assert any(v.startswith("script-src-elem inline") for v in violations), violations
    assert any(v.startswith("script-src-attr inline") for v in violations), violations


def test_every_page_has_the_policy_first(site):
    shipped = policy()
    assert "'unsafe-inline'" not in shipped and "'unsafe-eval'" not in shipped
    for name in ("object-src 'none'", "base-uri 'none'", "form-action 'none'"):
        assert name in shipped
    assert dict(POLICY)["default-src"] == "'self'"
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 200
    for path in pages:
        text = path.read_text(encoding="utf-8")
        match = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', text)
        assert match, path
        assert match.start() < text.find("<script"), f"{path}: a script before the policy"
        # The policy as shipped, with only hashes added to script-src.
        assert re.sub(r" 'sha256-[A-Za-z0-9+/=]+'", "", match.group(1)) == shipped, path
