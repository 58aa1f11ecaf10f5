"""A participant's and a trainer's walk through the real site on a phone (issue 29): Chromium
with phone emulation (360×740, touch, `is_mobile`), in Arabic and in French, through the
flows a new reader takes; each step asserts what the reader should see.

- Saving a course from its own page (the first page opened), then no network: a page that
  was not saved shows the offline page listing the saved course (1); a glossary link of a
  saved lesson opens the glossary (4); search says there is no connection and what still
  works (17).
- A reader: the home page's title and language button (16); a notebook lesson: each quiz
  says how to answer once (13), the download's "(ipynb، 83 ك.ب)" in reading order (15),
  "listen" then Play at once, before the phone's voices are there (3); progress: the code
  and QR code gone once erased, the "erased" message gone after an import (7), dates whole
  and columns apart at 360 px (8); the finished lesson ticked in the course's and module's
  lists (14); block titles in the page's language (2); search: a nonsense word finds
  nothing (6), excerpts keep a lesson's facts apart (11), lessons come first (12).
- A trainer: the session plan's times and headings whole (5), slides that say to turn the
  phone or open the PDF (9), the class view's module menu a 44 px target and its table
  headers on one line (10).

Each step is a check named after the issue's item: a failed one does not stop the walk, and
the test fails at the end with every failed check listed. Screenshots: tests/artifacts/."""

from __future__ import annotations

import re

import pytest

from tests.conftest import ARTIFACTS
from tests.support.hostile import progress_code
from tests.support.server import SiteServer
from tests.support.speech import stub
from tools.common.ui_strings import THEME, strings
from tools.model import quiz

pytestmark = pytest.mark.browser

PREFIX = {"ar": "", "fr": "fr/"}
PHONE = {
    "viewport": {"width": 360, "height": 740},
    "device_scale_factor": 2,
    "is_mobile": True,
    "has_touch": True,
}
SITE_NAME = {"ar": "تمكين", "fr": "Tamkeen"}
NO_RESULTS = {"ar": "لا توجد نتائج", "fr": "Aucun résultat"}  # tamkeen.js STRINGS.*.none
AI = "courses/ai/"
AI_LESSON = AI + "01-what-is-ai/01-ai-around-you/"  # glossary terms
NOTEBOOK = AI + "03-prompting/01-anatomy-of-a-prompt/"  # multiple-answer quizzes, downloads
MARKETING = "courses/marketing/"
MODULE = MARKETING + "01-foundations/"
# Both lessons of the first marketing module finished (its date shows in the summary); the
# course's and the module's lists tick the first.
DONE = (
    "marketing/01-foundations/01-moroccan-digital-market",
    "marketing/01-foundations/02-customer-journey",
)
DONE_LINK = "01-moroccan-digital-market/"
NOT_SAVED = "about/"
# A query with a real match (a prefix, or a word with its Arabic clitics), and a word that
# is only in code blocks.
QUERY = {"ar": "بالتسويق", "fr": "marketing"}
PREFIX_QUERY = {"ar": "التسو", "fr": "market"}
CODE_ONLY = "figsize"  # matplotlib, in the notebooks' code only
VOICE = {"ar": {"name": "ma", "lang": "ar-MA"}, "fr": {"name": "fr", "lang": "fr-FR"}}

# Words cut over two lines (a heading's «البداي» over «ة»), and the numbers, dates and times
# our code writes (`bdi[dir=ltr]`) on more than one line («2026-11-» over «02»). A compound
# may break at its hyphen (e-/commerce): each part counts as a word.
BROKEN_WORDS = """(root) => {
  const out = [], walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const lines = (r) => new Set([...r.getClientRects()].filter((b) => b.width > 0)
    .map((b) => Math.round(b.top))).size;
  for (const bdi of root.querySelectorAll('bdi[dir="ltr"]')) {
    const r = document.createRange();
    r.selectNodeContents(bdi);
    if (lines(r) > 1) { out.push(bdi.textContent); }
  }
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const re = /[^\\s\\-\u2010]+/g;
    let m;
    while ((m = re.exec(n.nodeValue))) {
      const r = document.createRange();
      r.setStart(n, m.index);
      r.setEnd(n, m.index + m[0].length);
      if (lines(r) > 1) { out.push(m[0]); }
    }
  }
  return out;
}"""
# The narrowest gap between the texts of two neighbouring cells of a table's rows.
CELL_GAP = """(table) => {
  const box = (cell) => {
    const r = document.createRange();
    r.selectNodeContents(cell);
    const b = r.getBoundingClientRect();
    return b.width ? b : null;
  };
  let min = Infinity;
  for (const tr of table.querySelectorAll("tr")) {
    const cells = [...tr.children].map(box);
    for (let i = 0; i + 1 < cells.length; i++) {
      const a = cells[i], b = cells[i + 1];
      if (a && b) { min = Math.min(min, Math.max(b.left - a.right, a.left - b.right)); }
    }
  }
  return min;
}"""
# Where "ipynb", the comma after it and the size's first digit sit across the screen (the
# middle of each, in px from the left).
DOWNLOAD_ORDER = """(a) => {
  const nodes = [], walker = document.createTreeWalker(a, NodeFilter.SHOW_TEXT);
  let pos = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push([n, pos]);
    pos += n.nodeValue.length;
  }
  const full = nodes.map(([n]) => n.nodeValue).join("");
  const x = (i) => {
    const [n, p] = nodes.filter(([, p]) => p <= i).pop();
    const r = document.createRange();
    r.setStart(n, i - p);
    r.setEnd(n, i - p + 1);
    const b = r.getBoundingClientRect();
    return b.left + b.width / 2;
  };
  const kind = full.indexOf("ipynb"), comma = full.slice(kind).search(/[،,]/) + kind;
  const digit = full.slice(comma).search(/\\d/) + comma;
  return [x(kind + 2), x(comma), x(digit)];
}"""


class Walk:
    """The walk's checks: `check(item, ok, what)`; the test fails at the end on any."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.failed: list[str] = []

    def check(self, item: int | str, ok: bool, what: str) -> bool:
        if not ok:
            self.failed.append(f"[{self.lang}] item {item}: {what}")
        return ok

    def done(self) -> None:
        assert self.failed == [], "\n".join(self.failed)


def shot(pg, name: str, at: str | None = None) -> None:
    """What the phone's screen shows (not the whole page), in tests/artifacts/; `at`: the
    element scrolled to the top of the screen (vertically only)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    if at:
        pg.evaluate(
            "s => window.scrollTo(scrollX, document.querySelector(s).getBoundingClientRect().top"
            " + scrollY - 60)",
            at,
        )
    pg.evaluate("document.fonts.ready.then(() => true)")
    pg.screenshot(path=str(ARTIFACTS / f"walk-{name}.png"))


def wait(pg, script: str, arg=None, timeout: float = 15_000) -> bool:
    """Wait for `script` to be true; False (not an error) if it never is."""
    try:
        pg.wait_for_function(script, arg=arg, timeout=timeout)
        return True
    except Exception:  # noqa: BLE001 (a Playwright timeout: the check says what failed)
        return False


def phone(chromium, **extra):
    context = chromium.new_context(**PHONE, **extra)
    pg = context.new_page()
    pg.errors = []
    pg.on("pageerror", lambda e: pg.errors.append(e.stack or str(e)))
    return context, pg


def search(pg, query: str, lang: str) -> tuple[str, list[tuple[str, str]]]:
    """Type `query` in the open search dialog; (status, [(href, excerpt)…]) once settled,
    every result listed ("more results" pressed until none is left)."""
    box = pg.locator(".tk-search__input")
    box.fill("")
    pg.evaluate("document.querySelector('.tk-search__status').textContent = ''")
    box.fill(query)
    # The status is written once the results are listed (tamkeen.js).
    wait(pg, "() => document.querySelector('.tk-search__status').textContent !== ''")
    more = pg.locator(".tk-search__more")
    for _ in range(10):
        if not more.is_visible():
            break
        n = pg.locator(".tk-search__results li").count()
        more.click()
        wait(pg, "n => document.querySelectorAll('.tk-search__results li').length > n", n)
    results = pg.eval_on_selector_all(
        ".tk-search__results li",
        "lis => lis.map((li) => [li.querySelector('a').getAttribute('href'),"
        " li.querySelector('p').textContent])",
    )
    return pg.locator(".tk-search__status").inner_text(), results


def page_rank(href: str) -> int:
    """0 a lesson, 1 a course or module page, 2 another page (home, progress, about…)."""
    parts = [p for p in href.split("/") if p and p not in ("tamkeen", "fr")]
    if not parts or parts[0] != "courses":
        return 2
    return 0 if len(parts) >= 4 else 1


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_course_saved_from_its_page_then_offline(chromium, site, lang):
    s, walk = strings(lang), Walk(lang)
    server = SiteServer(site).__enter__()
    base = server.base + PREFIX[lang]
    context, pg = phone(chromium)
    try:
        # The course's page is the first page opened: no lesson visited, no reload.
        pg.goto(base + AI)
        title = pg.locator("article h1").inner_text().replace("¶", "").strip()
        pg.locator(".tk-offline button").click()
        saved = wait(
            pg,
            "t => document.querySelector('.tk-offline__status').textContent === t",
            s["offline.saved"],
            timeout=90_000,
        )
        assert saved, pg.locator(".tk-offline__status").inner_text()
    finally:
        server.__exit__(None, None, None)  # no network at all from here on
    try:
        context.set_offline(True)
        # Only what the service worker kept: not the browser's own cache (it expires).
        context.new_cdp_session(pg).send("Network.clearBrowserCache")
        pg.goto(base + NOT_SAVED)  # never opened: the offline page
        walk.check(
            1,
            pg.locator("article h1").inner_text() == s["offline.page.title"],
            "not the offline page",
        )
        listed = wait(
            pg, "() => document.querySelectorAll('.tk-offline-list li a').length > 0", timeout=5000
        )
        links = pg.locator(".tk-offline-list li a").all_inner_texts()
        walk.check(
            1, listed and links == [title], f"the offline page lists {links}, not the saved course"
        )
        walk.check(
            1, not pg.locator(".tk-offline-list__none").is_visible(), "it says no course is saved"
        )
        shot(pg, f"01-offline-page-{lang}")

        # A glossary link of a saved lesson opens the glossary, offline.
        pg.goto(base + AI_LESSON)
        term = pg.locator("article a.tk-term").first
        walk.check(4, term.count() == 1, "no glossary link in the lesson")
        if term.count():
            anchor = term.get_attribute("href").split("#")[1]
            term.click()
            pg.wait_for_load_state()
            heading = pg.locator("article h1").inner_text()
            walk.check(
                4, "offline.html" not in pg.url and "/glossary/" in pg.url, f"opened {pg.url}"
            )
            walk.check(4, heading != s["offline.page.title"], "the glossary says it is not saved")
            walk.check(4, pg.locator(f"[id='{anchor}']").count() == 1, f"no term #{anchor}")

        # Search, offline: why it does not work, and what still does.
        pg.goto(base + AI_LESSON)
        pg.locator(".tk-search-button").click()
        pg.locator(".tk-search__input").fill("ذكاء" if lang == "ar" else "prompt")
        said = wait(
            pg,
            "() => document.querySelector('.tk-search__status').textContent.length > 30",
            timeout=10_000,
        )
        status = pg.locator(".tk-search__status").inner_text()
        walk.check(17, said and status == s["search.offline"], f"search says {status!r}")
        link = wait(
            pg,
            "() => document.querySelector('.tk-search__offline:not([hidden])') !== null",
            timeout=5000,
        )
        walk.check(17, link, "no link to the saved courses")
        shot(pg, f"17-search-offline-{lang}")
        walk.check("errors", pg.errors == [], f"errors: {pg.errors}")
    finally:
        context.close()
    walk.done()


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_reader(chromium, server, lang):
    s, walk = strings(lang), Walk(lang)
    base = server.base + PREFIX[lang]
    context, pg = phone(chromium)
    context.add_init_script(stub(voices=[]))  # the phone's voices come late (below)
    try:
        pg.goto(base)
        walk.check(16, pg.title() == SITE_NAME[lang], f"home page title {pg.title()!r}")
        label = pg.locator(".md-select button").get_attribute("aria-label")
        want = THEME[lang].get("select.language", "Sélectionner la langue")
        walk.check(16, label == want, f"language button says {label!r}")

        # A notebook lesson: quizzes, downloads, listen.
        pg.goto(base + NOTEBOOK)
        for box in pg.locator(".tk-quiz").all():
            question = box.locator("legend").inner_text()
            hint = box.locator(".tk-quiz__hint")
            said = hint.inner_text() if hint.count() else ""
            walk.check(13, not (said and quiz.states_hint([question], said)), f"twice: {question}")
        download = pg.locator(".tk-notebook-links a[download$='.ipynb']")
        kind, comma, number = pg.evaluate(DOWNLOAD_ORDER, download.element_handle())
        in_order = kind > comma > number if lang == "ar" else kind < comma < number
        walk.check(
            15, in_order, f"{download.inner_text()!r} at x {kind:.0f}, {comma:.0f}, {number:.0f}"
        )

        pg.locator(".tk-listen-open").click()
        pg.locator(".tk-listen__play").wait_for()
        # At once: the phone has no voice yet. (A tap by its event: the player bar is fixed at
        # the bottom of the layout viewport, which a page wider than the phone pushes below
        # the screen; issue 28.)
        pg.locator(".tk-listen__play").dispatch_event("click")
        walk.check(3, pg.errors == [], f"Play before the voices: {pg.errors}")
        status = pg.locator(".tk-listen__status").inner_text()
        walk.check(3, status == s.get("listen.waiting"), f"Play before the voices says {status!r}")
        pg.evaluate(
            "v => window.__tts.setVoices([Object.assign({localService: true}, v)])", VOICE[lang]
        )
        spoken = pg.evaluate("window.__tts.spoken")
        walk.check(
            3, len(spoken) == 1 and spoken[0]["voice"] == VOICE[lang]["name"], f"read: {spoken}"
        )
        walk.check(3, pg.locator(".tk-listen__pause").is_visible(), "no pause button while reading")
        status = pg.locator(".tk-listen__status").inner_text()
        walk.check(3, status == s["listen.reading"], f"while reading it says {status!r}")
        shot(pg, f"03-listen-{lang}")
        pg.locator(".tk-listen__close").dispatch_event("click")

        # Progress: a finished lesson, a name, a code; erased; imported again.
        record = '{"d": "2026-11-02", "s": [1, 1, 1, 1]}'
        for key in DONE:
            pg.evaluate("([k, r]) => localStorage.setItem('tamkeen:lesson:' + k, r)", [key, record])
        pg.goto(base + "progress/")
        pg.fill("#tk-name", "Salma")
        pg.locator("[data-tk-export]").click()
        pg.locator(".tk-qr svg").wait_for()
        code = pg.locator("#tk-code-out").input_value()
        pg.locator("[data-tk-erase]").click()
        pg.locator("[data-tk-erase-yes]").click()
        erased = pg.locator(".tk-erase__status")
        wait(
            pg,
            "t => document.querySelector('.tk-erase__status').textContent === t",
            s["summary.erased"],
        )
        walk.check(7, not pg.locator("#tk-code-out").is_visible(), "the old code is still shown")
        walk.check(
            7,
            pg.locator("#tk-code-out").input_value() == "",
            "the old code (with the name) is kept",
        )
        walk.check(7, not pg.locator(".tk-qr").is_visible(), "the old QR code is still shown")
        walk.check(
            7, not pg.locator("[data-tk-download]").is_visible(), "the old file link is still shown"
        )
        pg.fill("#tk-code-in", code)
        pg.locator("[data-tk-import]").click()
        wait(
            pg,
            "t => document.querySelector('.tk-transfer__status').textContent === t",
            s["summary.imported"],
        )
        walk.check(
            7, erased.inner_text() == "", f"after the import it still says {erased.inner_text()!r}"
        )
        table = pg.locator(".tk-summary__table").nth(1)  # the marketing course: the date
        dates = pg.locator(".tk-summary__table .tk-date bdi")
        walk.check(8, dates.count() == 1, f"{dates.count()} dates shown")
        broken = pg.evaluate(BROKEN_WORDS, table.element_handle())
        walk.check(8, broken == [], f"wrapped inside themselves: {broken}")
        gap = pg.evaluate(CELL_GAP, table.element_handle())
        walk.check(8, gap >= 6, f"columns {gap:.1f} px apart")
        fits = pg.evaluate(
            "t => t.getBoundingClientRect().width <= t.parentElement.clientWidth + 1",
            table.element_handle(),
        )
        walk.check(8, fits, "the table is wider than the page")
        shot(pg, f"08-progress-{lang}", at=".tk-summary__course ~ .tk-summary__course")

        # The finished lesson, ticked in the course's and the module's lists.
        for page in (MARKETING, MODULE):
            pg.goto(base + page)
            link = pg.locator(f"article a[href$='{DONE_LINK}']").first
            ticked = link.count() and pg.evaluate(
                "a => getComputedStyle(a, '::after').content.includes('✓')", link.element_handle()
            )
            walk.check(14, bool(ticked), f"no ✓ on the finished lesson in {page}")
        # Block titles: ours, in the page's language (the course page has a warning).
        pg.goto(base + MARKETING)
        titles = pg.locator("article .admonition-title").all_inner_texts()
        walk.check(2, s["admonition.warning"] in titles, f"block titles {titles}")
        walk.check(2, "Warning" not in titles, f"block titles {titles}")

        # Search: nonsense finds nothing, a prefix finds lessons, lessons first, excerpts read.
        pg.locator(".tk-search-button").click()
        for nonsense in ("xqzwv", CODE_ONLY):
            status, results = search(pg, nonsense, lang)
            walk.check(
                6,
                results == [] and status == NO_RESULTS[lang],
                f"{nonsense!r}: {status} {results[:3]}",
            )
            walk.check(6, pg.locator(".tk-search__hint").is_visible(), "no pointer to the glossary")
        status, results = search(pg, PREFIX_QUERY[lang], lang)
        walk.check(
            6, results and page_rank(results[0][0]) == 0, f"{PREFIX_QUERY[lang]!r}: {results[:2]}"
        )
        status, results = search(pg, QUERY[lang], lang)
        ranks = [page_rank(href) for href, _ in results]
        walk.check(
            12, len(results) > 5 and ranks == sorted(ranks), f"{QUERY[lang]!r} ranks {ranks}"
        )
        excerpts = " ".join(excerpt for _, excerpt in results)
        joined = re.findall(
            r"\S*(?:دقيقة|\bmin)(?:مستوى|niveau)\S*|\S*(?:مبتدئ|débutant)(?:آخر|Mise)\S*", excerpts
        )
        walk.check(11, joined == [], f"facts run together: {joined[:3]}")
        walk.check(2, "Warning" not in excerpts, "English in the excerpts")
        shot(pg, f"12-search-{lang}")
        walk.check("errors", pg.errors == [], f"errors: {pg.errors}")
    finally:
        context.close()
    walk.done()


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_trainer(chromium, server, lang):
    s, walk = strings(lang), Walk(lang)
    base = server.base + PREFIX[lang]
    context, pg = phone(chromium)
    try:
        # The session plan: times and headings whole.
        pg.goto(base + MODULE + "trainer/")
        plan = pg.locator("article table").first
        broken = pg.evaluate(BROKEN_WORDS, plan.element_handle())
        walk.check(5, broken == [], f"wrapped inside themselves: {broken}")
        times = pg.locator("article table").first.locator("td bdi").all_inner_texts()
        walk.check(5, "0:10" in times, f"times {times}")
        shot(pg, f"05-trainer-plan-{lang}", at="article table")
        pg.set_viewport_size({"width": 320, "height": 740})  # the narrowest phone we serve
        broken = pg.evaluate(BROKEN_WORDS, plan.element_handle())
        walk.check(5, broken == [], f"at 320 px, wrapped inside themselves: {broken}")
        pg.set_viewport_size(PHONE["viewport"])

        # Slides on a phone held upright: say to turn it, or to open the PDF.
        pg.goto(base + MODULE + "slides/")
        hint = pg.locator(".tk-deck-hint")
        visible = hint.count() == 1 and hint.is_visible()
        walk.check(
            9,
            visible and hint.inner_text().startswith(s["slides.phone"]),
            "no hint to turn the phone",
        )
        pdf = hint.locator("a")
        if walk.check(9, pdf.count() == 1, "no link to the PDF handout"):
            response = context.request.get(pg.url.split("#")[0] + pdf.get_attribute("href"))
            walk.check(
                9,
                response.ok and response.headers["content-type"] == "application/pdf",
                "the PDF link",
            )
        shot(pg, f"09-slides-{lang}")
        pg.set_viewport_size({"width": 740, "height": 360})  # turned
        walk.check(
            9, hint.count() == 0 or not hint.is_visible(), "the hint stays once the phone is turned"
        )
        pg.set_viewport_size(PHONE["viewport"])

        # The class view: codes pasted, a table of who did what.
        keys = [DONE[0], "ai/01-what-is-ai/01-ai-around-you"]
        codes = [
            progress_code({"v": 1, "n": name, "p": {k: {"d": "2026-11-02"} for k in keys[:n]}})
            for name, n in (("Salma", 2), ("Yanis", 1), ("Amine", 0))
        ]
        pg.goto(base + "class/")
        width = pg.evaluate("document.documentElement.scrollWidth")
        pg.fill("#tk-class-in", "\n".join(codes))
        pg.locator("[data-tk-class-add]").click()
        pg.locator(".tk-class__table tr").nth(3).wait_for()
        wider = pg.evaluate("document.documentElement.scrollWidth") - width
        walk.check(
            10, wider <= 0, f"the table makes the page {wider} px wider (it scrolls in its box)"
        )
        menu = pg.locator("#tk-class-module").bounding_box()
        walk.check(10, menu["height"] >= 44, f"the module menu is {menu['height']:.0f} px tall")
        heads = pg.locator(".tk-class__table thead th")
        line = pg.evaluate(  # the height of one line of the first header ("Name")
            "e => { const r = document.createRange(); r.selectNodeContents(e);"
            " return r.getClientRects()[0].height; }",
            heads.first.element_handle(),
        )
        tallest = max(
            h["height"] for h in (heads.nth(i).bounding_box() for i in range(heads.count()))
        )
        walk.check(10, tallest < 2.5 * line, f"headers {tallest:.0f} px tall (a line: {line:.0f})")
        modules = heads.count() - 1
        legend = pg.locator(".tk-class__legend li")
        walk.check(
            10, legend.count() == modules, f"{legend.count()} module names for {modules} columns"
        )
        shot(pg, f"10-class-{lang}", at=".tk-class__result")
        pg.select_option("#tk-class-module", index=1)
        fits = pg.evaluate(
            "w => w.scrollWidth <= w.clientWidth + 1",
            pg.locator(".tk-class__wrap").element_handle(),
        )
        walk.check(10, fits, "one module's table is wider than the phone")
        walk.check("errors", pg.errors == [], f"errors: {pg.errors}")
    finally:
        context.close()
    walk.done()
