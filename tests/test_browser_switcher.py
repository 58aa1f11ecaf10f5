"""The language switcher (Material's `.md-select` menu) goes to the same page in the other
language, under the /tamkeen/ sub-path, and back."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser


def switch_to(pg, hreflang: str) -> None:
    """Open the header's language menu as a reader does (tap the button), then the entry."""
    select = pg.locator(".md-header__option .md-select")
    select.locator("button").click()  # focus-within opens the menu
    link = select.locator(f"a.md-select__link[hreflang={hreflang}]")
    link.wait_for(state="visible")
    with pg.expect_navigation():
        link.click()


def test_switcher_goes_to_same_page_in_other_language_and_back(server, page):
    page.goto(server.base + "guide/")
    assert page.evaluate("document.documentElement.lang") == "ar"

    switch_to(page, "fr")
    assert page.url == server.base + "fr/guide/"
    assert page.evaluate("document.documentElement.lang") == "fr"
    assert page.evaluate("document.documentElement.dir") == "ltr"
    assert re.search(r"Guide du participant", page.locator("h1").inner_text())

    switch_to(page, "ar")
    assert page.url == server.base + "guide/"
    assert page.evaluate("document.documentElement.lang") == "ar"
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert "دليل المتابعة" in page.locator("h1").inner_text()
