"""Measure every slide of built reveal.js decks in Chromium at 1280×720: one page load per
deck; the Reveal API steps through every slide and every fragment state (a quiz's answer
included), and each state's slide height and width are read from the layout.

`python -m tests.support.deck_fit SITE_DIR` prints the figures per language (used for the
before/after counts of issue 14)."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

WIDTH, HEIGHT = 1280, 720

# Every slide, every fragment state (-1: none shown): the section's layout size. Images of
# the slide are awaited (a slide shown for the first time loads its pictures).
MEASURE = """async () => {
  await document.fonts.ready;
  const loaded = (root) => Promise.all([...root.querySelectorAll("img")].map((img) =>
    img.complete ? null : new Promise((done) => {
      img.addEventListener("load", done); img.addEventListener("error", done);
    })));
  const out = [];
  for (const section of Reveal.getSlides()) {
    const at = Reveal.getIndices(section);
    const steps = new Set([...section.querySelectorAll(".fragment")]
      .map((f) => f.getAttribute("data-fragment-index")));
    for (let f = -1; f < steps.size; f++) {
      Reveal.slide(at.h, at.v, f);
      await loaded(section);
      out.push({h: at.h, v: at.v || 0, f, height: section.scrollHeight,
                width: section.scrollWidth,
                kind: section.className.split(" ").find((c) => c.startsWith("tk-")) || "",
                images: [...section.querySelectorAll("img")].map((img) => [
                  img.naturalWidth, img.naturalHeight, img.offsetWidth, img.offsetHeight]),
                title: (section.querySelector("h1, h2") || {}).textContent || ""});
    }
  }
  return out;
}"""


@dataclass
class State:
    deck: str
    h: int
    v: int
    fragment: int
    height: int
    width: int
    kind: str
    title: str
    images: list = None  # [natural width, natural height, box width, box height]

    @property
    def fits(self) -> bool:
        return self.height <= HEIGHT and self.width <= WIDTH


def decks(site: Path) -> list[str]:
    """Every deck of a built site, as paths relative to the site (`…/slides/`)."""
    return sorted(
        p.parent.relative_to(site).as_posix() + "/" for p in site.rglob("slides/index.html")
    )


def language(deck: str) -> str:
    return "fr" if deck.startswith("fr/") else "ar"


def measure(page, url: str, deck: str) -> list[State]:
    page.goto(url)
    page.wait_for_function("() => window.Reveal && Reveal.isReady()")
    return [
        State(
            deck,
            s["h"],
            s["v"],
            s["f"],
            s["height"],
            s["width"],
            s["kind"],
            s["title"],
            s["images"],
        )  # fmt: skip
        for s in page.evaluate(MEASURE)
    ]


def measure_site(browser, base: str, site: Path) -> list[State]:
    context = browser.new_context(viewport={"width": WIDTH, "height": HEIGHT})
    page = context.new_page()
    try:
        return [state for d in decks(site) for state in measure(page, base + d, d)]
    finally:
        context.close()


def summary(states: list[State]) -> dict[str, dict[str, int]]:
    """Per language: slides, slides with a state that does not fit, states measured."""
    out: dict[str, dict[str, int]] = {}
    slides: dict[tuple, bool] = {}
    for s in states:
        k = (s.deck, s.h, s.v)
        slides[k] = slides.get(k, True) and s.fits
    for (deck, _, _), fits in slides.items():
        row = out.setdefault(language(deck), {"decks": 0, "slides": 0, "overflow": 0})
        row["slides"] += 1
        row["overflow"] += not fits
    for d in {s.deck for s in states}:
        out[language(d)]["decks"] += 1
    return out


def main(argv: list[str]) -> int:
    from playwright.sync_api import sync_playwright

    from tests.support.chromium import CHROMIUM_ARGS, executable
    from tests.support.server import SiteServer

    site = Path(argv[0])
    with sync_playwright() as p, SiteServer(site) as srv:
        browser = p.chromium.launch(executable_path=executable(), args=CHROMIUM_ARGS)
        states = measure_site(browser, srv.base, site)
        browser.close()
    for lang, row in sorted(summary(states).items()):
        print(lang, row)
        for kind in sorted({s.kind for s in states}):
            mine = [s for s in states if language(s.deck) == lang and s.kind == kind]
            print(f"  {kind}:", summary(mine).get(lang))
    print("wider than the slide:", sum(s.width > WIDTH for s in states))
    worst = sorted((s for s in states if not s.fits), key=lambda s: -s.height)
    quiz_answer = [s for s in worst if s.fragment >= 0]
    print(
        "states over the slide:",
        len(worst),
        "of",
        len(states),
        "; in a fragment state:",
        len(quiz_answer),
    )
    for s in worst[: int(argv[1]) if len(argv) > 1 else 15]:
        print(f"  {s.height}x{s.width} {s.deck}#/{s.h} f={s.fragment} {s.title[:60]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
