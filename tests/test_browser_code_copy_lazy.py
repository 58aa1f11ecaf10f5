"""Code blocks are set up when they come into view (mkdocs.yml `content.lazy`): a notebook
lesson's folded code cells get no copy button (Material's `.md-code__button`) on load, since
setting each one up forced a layout of the whole page (the phone's blocking time), and a cell
the reader opens gets its button, and its button's nav a name of its own."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

PAGES = {
    "ar": ("courses/ai/02-generative-ai/01-next-word/", "نسخ"),
    "fr": ("fr/courses/ai/02-generative-ai/01-next-word/", "Copier"),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_folded_code_gets_its_copy_button_when_opened(server, page, lang):
    path, copy = PAGES[lang]
    page.goto(server.base + path, wait_until="load")
    folds = page.locator("article details.tk-nb-code")
    assert folds.count() >= 2
    # Material's scripts have run (the back-to-top button is theirs), yet no folded cell has
    # been set up.
    page.wait_for_function("() => document.querySelector('.md-top') !== null")
    page.wait_for_timeout(300)
    assert folds.locator(".md-code__button").count() == 0

    fold = folds.nth(1)
    fold.scroll_into_view_if_needed()
    fold.locator("summary").click()
    button = fold.locator(".md-code__button")
    button.wait_for(state="visible", timeout=5_000)
    assert button.get_attribute("data-clipboard-target").startswith("#__code_")
    assert copy in button.get_attribute("title")
    # Only the opened cell was set up.
    assert folds.locator(".md-code__button").count() == 1
    # Its nav, inserted after the page's scripts ran, is named like the others (tamkeen.js):
    # unnamed, two navs would be identical landmarks.
    page.wait_for_function(
        "el => el.getAttribute('aria-label')", arg=fold.locator(".md-code__nav").element_handle()
    )
    names = page.eval_on_selector_all(
        ".md-code__nav", "navs => navs.map(n => n.getAttribute('aria-label'))"
    )
    assert all(names) and len(set(names)) == len(names), names
