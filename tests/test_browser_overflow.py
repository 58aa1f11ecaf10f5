"""No page is wider than a phone's screen (issue 28): every page type, in both languages, at
320, 360 and 412 px with mobile emulation (`is_mobile`, `has_touch`: the way Android Chrome
lays out a page, and the only way the overflow shows) has `scrollWidth == clientWidth` and
opens at `scrollX == 0`, after load and after the reader opens and closes the drawer, the
language menu and search, and after answering a quiz. While open, the language menu, the
drawer and the search dialog are inside the screen.

Nothing may stick out on either side: an Arabic page's overflow past its right edge cannot be
scrolled to (the page opens at its right edge), so the cut text would not even show as a
scroll. On failure the message names each element (or text) outside the screen by a CSS
path, with its left and right edges in page coordinates.

One browser context per language and width; one tab goes from page to page (a page load
costs more than anything else here).
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Error as PlaywrightError

pytestmark = pytest.mark.browser

WIDTHS = (320, 360, 412)
# One page of each type, under the language's root ("" or "fr/").
PAGES = {
    "home": "",
    "course": "courses/ai/",
    "module": "courses/ai/01-what-is-ai/",
    "lesson": "courses/ai/01-what-is-ai/01-ai-around-you/",  # answered quiz: same tab
    # Charts and wide pandas tables.
    "notebook lesson": "courses/marketing/06-measure/01-kpis/",
    "progress": "progress/",
    "glossary": "glossary/",
    "trainer": "courses/ai/01-what-is-ai/trainer/",
    "class view": "class/",
    "offline page": "offline.html",
    "slides": "courses/ai/01-what-is-ai/01-ai-around-you/slides/",
}
# GitHub Pages serves the one root 404.html (both languages on it) for any missing URL.
NOT_FOUND = "no-such-page/"

# Everything outside [0, clientWidth] in page coordinates, as CSS paths: the outermost
# element that sticks out (its children follow it), or the text that does (a glyph drawn
# past its box). Fixed boxes (the closed drawer, the skip link) never widen the page; the
# inside of a box that clips or scrolls its overflow cannot stick out of the page.
MEASURE = """() => {
  const root = document.documentElement, width = root.clientWidth, x = window.scrollX;
  const path = (el) => {
    const parts = [];
    for (let e = el; e && e !== root; e = e.parentElement) {
      if (e.id) { parts.unshift(`${e.localName}#${e.id}`); break; }
      const classes = [...e.classList].slice(0, 2).map((c) => "." + c).join("");
      parts.unshift(e.localName + classes);
    }
    return parts.join(" > ");
  };
  const outside = (r) =>
    (r.width > 0 || r.height > 0) && (r.left + x < -0.5 || r.right + x > width + 0.5);
  const edges = (r) => `[${Math.round(r.left + x)}, ${Math.round(r.right + x)}]`;
  const found = [];
  const visit = (el, parentOutside) => {
    const style = getComputedStyle(el);
    if (style.display === "none" || style.position === "fixed") return;
    const rect = el.getBoundingClientRect();
    const out = outside(rect);
    if (out && !parentOutside) found.push(`${path(el)} ${edges(rect)}`);
    if (style.overflowX !== "visible") return;
    for (const node of el.childNodes) {
      if (node.nodeType === 1) visit(node, out);
      else if (node.nodeType === 3 && !out && node.nodeValue.trim()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        const r = [...range.getClientRects()].find(outside);
        if (r) found.push(`${path(el)} text «${node.nodeValue.trim().slice(0, 24)}» ${edges(r)}`);
      }
    }
  };
  visit(document.body, false);
  return {overflow: root.scrollWidth - width, scrollX: x, outside: found.slice(0, 5)};
}"""
# A fixed box (drawer, dialog) that must lie inside the screen while it is open.
INSIDE = """(el) => {
  const r = el.getBoundingClientRect(), width = document.documentElement.clientWidth;
  if (r.left >= -0.5 && r.right <= width + 0.5) return "";
  return `[${Math.round(r.left)}, ${Math.round(r.right)}]`;
}"""


def problems(pg, where: str) -> list[str]:
    m = pg.evaluate(MEASURE)
    if m["overflow"] == 0 and m["scrollX"] == 0 and not m["outside"]:
        return []
    found = "; ".join(m["outside"]) or "no element found"
    return [
        f"{where}: scrollWidth - clientWidth = {m['overflow']}, scrollX = {m['scrollX']}, "
        f"outside the screen: {found}"
    ]


def inside(pg, selector: str, where: str) -> list[str]:
    edges = pg.locator(selector).evaluate(INSIDE)
    return [f"{where}: {selector} is not inside the screen: {edges}"] if edges else []


def tap_away(pg) -> None:
    """Tap the header's title (it does nothing): focus and hover leave what was tapped."""
    box = pg.locator(".md-header__title").bounding_box()
    pg.touchscreen.tap(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


def drawer(pg, where: str) -> list[str]:
    button = pg.locator("label.md-header__button[for=__drawer]")
    if not button.is_visible():
        return []
    button.tap()
    pg.wait_for_function("() => document.getElementById('__drawer').checked")
    found = inside(pg, ".md-sidebar--primary", where + ", drawer open")
    # Close it as a reader does: tap the shade beside it (the drawer is at the start side).
    width = pg.evaluate("document.documentElement.clientWidth")
    rtl = pg.evaluate("document.dir") == "rtl"
    pg.touchscreen.tap(10 if rtl else width - 10, 400)
    pg.wait_for_function("() => !document.getElementById('__drawer').checked")
    return found + problems(pg, where + ", drawer opened and closed")


MENU_OPACITY = """(opacity) =>
  getComputedStyle(document.querySelector(".md-select__inner")).opacity === opacity"""


def language_menu(pg, where: str) -> list[str]:
    select = pg.locator(".md-header__option .md-select")
    if not select.count():
        return []
    select.locator("button").tap()
    pg.wait_for_function(MENU_OPACITY, arg="1")  # closed, it is transparent and 0 high
    found = problems(pg, where + ", language menu open")
    tap_away(pg)
    pg.wait_for_function(MENU_OPACITY, arg="0")
    return found + problems(pg, where + ", language menu opened and closed")


def search(pg, where: str) -> list[str]:
    button = pg.locator(".tk-search-button")
    if not button.count():
        return []
    button.tap()
    pg.locator("dialog.tk-search[open] .tk-search__input").wait_for(state="visible")
    found = inside(pg, "dialog.tk-search", where + ", search open")
    pg.locator(".tk-search__close").tap()
    pg.locator("dialog.tk-search[open]").wait_for(state="detached")
    return found + problems(pg, where + ", search opened and closed")


def answered_quiz(pg, where: str) -> list[str]:
    quiz = pg.locator(".tk-quiz").first
    quiz.wait_for()
    if "tk-checked" not in (quiz.get_attribute("class") or ""):  # answers are kept
        quiz.locator("input").first.check()
        quiz.locator(".tk-quiz__check").tap()
    pg.locator(".tk-quiz.tk-checked").first.wait_for()
    return problems(pg, where + ", quiz answered")


def step(action, pg, where: str) -> list[str]:
    """`action`'s problems; an action that fails (a tap that lands on something else, as
    on a page scrolled sideways) is one too, and the next ones still run."""
    try:
        return action(pg, where)
    except PlaywrightError as error:
        return [f"{where}: {action.__name__} failed: {error.message.splitlines()[0]}"]


def visit(pg, url: str, where: str) -> list[str]:
    pg.goto(url)
    pg.evaluate("document.fonts.ready.then(() => true)")  # web fonts change the widths
    found = problems(pg, where)
    for action in (drawer, language_menu, search):
        found += step(action, pg, where)
    return found


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_no_page_is_wider_than_the_phone(server, chromium, site, lang, width):
    prefix = "" if lang == "ar" else "fr/"
    context = chromium.new_context(
        viewport={"width": width, "height": 740},
        is_mobile=True,
        has_touch=True,
        device_scale_factor=2,
        service_workers="block",  # each page as the server sends it
        # Material then turns its transitions off: the end states are the same, no waiting.
        reduced_motion="reduce",
    )
    context.set_default_timeout(10_000)
    found: list[str] = []
    try:
        pg = context.new_page()
        for kind, path in PAGES.items():
            assert (site / prefix / (path or "index.html")).exists(), f"{kind}: {path} not built"
            where = f"{width} px, {lang} {kind} ({prefix}{path})"
            found += visit(pg, server.base + prefix + path, where)
            if kind == "lesson":
                found += step(answered_quiz, pg, f"{width} px, {lang} quiz")
        if lang == "ar":
            found += visit(pg, server.base + NOT_FOUND, f"{width} px, 404")
    finally:
        context.close()
    assert not found, "\n".join(found)
