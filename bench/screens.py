"""Two built sites, screenshot for screenshot (issue 25, item 4: the theme's CSS purged).

    python -m bench.screens BEFORE_SITE AFTER_SITE OUT_DIR

Every page type in both languages at 360 px (phone emulation) and 1280 px, at load and in
the states a reader opens (drawer, search with results, language menu, an answered quiz),
full page, service workers blocked (each site is served as is). Prints, per shot, the
number of pixels that differ and their bounding box; writes before/after/diff PNGs of each
shot that differs. Exit status 1 if any shot differs.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageChops
from playwright.sync_api import sync_playwright

from tests.support.chromium import CHROMIUM_ARGS, executable
from tests.support.server import SiteServer

PAGES = {
    "home": "",
    "guide": "guide/",
    "course": "courses/ai/",
    "module": "courses/ai/01-what-is-ai/",
    "lesson": "courses/ai/01-what-is-ai/01-ai-around-you/",
    "notebook lesson": "courses/marketing/06-measure/01-kpis/",
    "progress": "progress/",
    "glossary": "glossary/",
    "facts": "facts/",
    "about": "about/",
    "translation status": "translation-status/",
    "verify": "verify/",
    "trainer": "courses/ai/01-what-is-ai/trainer/",
    "class view": "class/",
    "offline page": "offline.html",
    "404": "no-such-page/",
}
SEARCH = {"": "ذكاء", "fr/": "IA"}
SETTLE = """async () => { await document.fonts.ready;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))); }"""


def shoot(page, path: Path) -> None:
    page.evaluate(SETTLE)
    page.wait_for_timeout(400)
    page.screenshot(path=str(path), full_page=True, animations="disabled", caret="hide")


def states(page, lang: str, width: int):
    """(name, action) after the lesson has loaded."""
    if width < 600:
        yield "drawer", lambda: page.locator(".md-header label[for='__drawer']").click()
    yield (
        "search",
        lambda: (
            page.locator(".tk-search-button").click(),
            page.locator("dialog.tk-search[open] .tk-search__input").fill(SEARCH[lang]),
            page.wait_for_timeout(2000),
        ),
    )
    yield (
        "language",
        lambda: (
            page.locator(".md-header__option .md-select button").click(),
            page.wait_for_timeout(500),
        ),
    )
    yield (
        "quiz",
        lambda: (
            page.locator(".tk-quiz input").first.check(),
            page.locator(".tk-quiz__check").first.click(),
        ),
    )


def run(site: Path, out: Path, browser) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    shots = []
    with SiteServer(site) as server:
        for width in (360, 1280):
            mobile = width < 600
            for lang in ("", "fr/"):
                context = browser.new_context(
                    viewport={"width": width, "height": 800 if mobile else 900},
                    is_mobile=mobile, has_touch=mobile, device_scale_factor=1,
                    service_workers="block", reduced_motion="reduce",
                )  # fmt: skip
                page = context.new_page()
                tag = f"{lang.strip('/') or 'ar'}-{width}"
                for name, url in PAGES.items():
                    page.goto(server.base + lang + url, wait_until="networkidle")
                    shots.append(out / f"{tag}-{name.replace(' ', '_')}.png")
                    shoot(page, shots[-1])
                for name, action in states(page, lang, width):
                    page.goto(server.base + lang + PAGES["lesson"], wait_until="networkidle")
                    try:
                        action()
                    except Exception as error:  # a state this page lacks: say so
                        print(f"{tag} lesson+{name}: not reached ({type(error).__name__})")
                        continue
                    shots.append(out / f"{tag}-lesson+{name}.png")
                    page.wait_for_timeout(300)
                    page.screenshot(path=str(shots[-1]), animations="disabled", caret="hide")
                context.close()
    return shots


def compare(before: Path, after: Path, out: Path) -> int:
    differ = 0
    for a in sorted(before.glob("*.png")):
        b = after / a.name
        if not b.exists():
            print(f"{a.stem:40} missing after")
            differ += 1
            continue
        ia, ib = Image.open(a).convert("RGB"), Image.open(b).convert("RGB")
        if ia.size != ib.size:
            print(f"{a.stem:40} size {ia.size} -> {ib.size}")
            differ += 1
            continue
        diff = ImageChops.difference(ia, ib)
        box = diff.getbbox()
        n = sum(1 for p in diff.getdata() if p != (0, 0, 0)) if box else 0
        print(f"{a.stem:40} {'identical' if not box else f'{n} px differ in {box}'}")
        if box:
            differ += 1
            diff.point(lambda v: 255 if v else 0).save(out / f"{a.stem}.diff.png")
    return differ


def main(argv: list[str]) -> int:
    before_site, after_site, out = (Path(a) for a in argv)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable(), args=CHROMIUM_ARGS)
        run(before_site, out / "before", browser)
        run(after_site, out / "after", browser)
        browser.close()
    return 1 if compare(out / "before", out / "after", out) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
