"""The Arabic site is right-to-left and loads its self-hosted Arabic face; the French site
never downloads an Arabic font file (unicode-range keeps it away)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

ARABIC_FONT = "assets/fonts/tajawal-arabic-400-normal.woff2"

FONT_STATUS = """async (family) => {
  await document.fonts.ready;
  return [...document.fonts]
    .filter((f) => f.family.replace(/["']/g, "") === family)
    .map((f) => ({ weight: f.weight, status: f.status }));
}"""


def record_responses(pg) -> list[tuple[str, int]]:
    seen: list[tuple[str, int]] = []
    pg.on("response", lambda r: seen.append((r.url, r.status)))
    return seen


def test_arabic_home_is_rtl_and_loads_arabic_font(server, page):
    responses = record_responses(page)
    page.goto(server.base, wait_until="load")

    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.evaluate("document.documentElement.lang") == "ar"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    article = page.locator("article.md-content__inner")
    assert article.evaluate("el => getComputedStyle(el).direction") == "rtl"

    # Material builds --md-text-font-family on <body>: our faces must reach the computed value.
    family = page.evaluate("getComputedStyle(document.body).fontFamily")
    # One family per language (data budget): Latin words use the phone's own font.
    assert family.startswith('"Tamkeen Arabic"') and "Tamkeen Latin" not in family, family

    # Fonts load when text is laid out; wait for the Arabic face, then for all pending loads.
    page.wait_for_function(
        """() => [...document.fonts].some((f) =>
             f.family.replace(/["']/g, "") === "Tamkeen Arabic" && f.status === "loaded")""",
        timeout=10_000,
    )
    faces = page.evaluate(FONT_STATUS, "Tamkeen Arabic")
    assert {"weight": "400", "status": "loaded"} in faces, faces
    assert page.evaluate("document.fonts.check('16px \"Tamkeen Arabic\"', 'تمكين')")

    font_url = server.base + ARABIC_FONT
    assert (font_url, 200) in responses, [r for r in responses if "/fonts/" in r[0]]
    page.wait_for_load_state("networkidle")
    latin = [url for url, _ in responses if "noto-sans" in url]
    assert latin == [], latin  # Latin words on an Arabic page: the phone's font


def test_french_home_is_ltr_and_downloads_no_arabic_font(server, page):
    responses = record_responses(page)
    page.goto(server.base + "fr/", wait_until="load")
    page.evaluate("document.fonts.ready.then(() => true)")
    page.wait_for_load_state("networkidle")

    assert page.evaluate("document.documentElement.dir") == "ltr"
    assert page.evaluate("document.documentElement.lang") == "fr"
    assert page.evaluate("getComputedStyle(document.body).direction") == "ltr"

    # The page has Arabic words (تمكين, the switcher's «العربية»): they use the phone's
    # own Arabic font, so no Arabic font file is downloaded.
    fonts = [url for url, _ in responses if "/assets/fonts/" in url]
    assert fonts, "the French page should load its Latin face"
    assert all("noto-sans-latin" in url for url in fonts), fonts
    assert not [url for url, _ in responses if "arabic" in url.rsplit("/", 1)[-1]], fonts

    family = page.evaluate("getComputedStyle(document.body).fontFamily")
    assert family.startswith('"Tamkeen Latin"') and "Tamkeen Arabic" not in family, family
    faces = page.evaluate(FONT_STATUS, "Tamkeen Latin")
    assert {"weight": "400", "status": "loaded"} in faces, faces
