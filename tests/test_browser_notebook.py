"""The Arabic notebook lesson in Chromium: RTL page with LTR code (folded) and outputs, its image
output loads, the download link returns the notebook, the Colab link points at the
notebook's path on GitHub (a plain link: nothing is requested from Colab or GitHub)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.browser

PAGE = "courses/ai/02-generative-ai/01-next-word/"
COLAB = (
    "https://colab.research.google.com/github/tamkeen-oriental/tamkeen/blob/main/"
    "notebooks/ai/02-generative-ai/01-next-word.ar.ipynb"
)


def test_arabic_notebook_page(server, page):
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    page.goto(server.base + PAGE, wait_until="load")

    assert page.evaluate("document.documentElement.dir") == "rtl"
    article = page.locator("article.md-content__inner")
    assert article.evaluate("el => getComputedStyle(el).direction") == "rtl"
    # A paragraph from a Markdown cell is RTL; code and outputs are LTR.
    first_text = article.locator("p", has_text="لا تحتاج إلى البرمجة")
    assert first_text.evaluate("el => getComputedStyle(el).direction") == "rtl"
    # Code cells are folded (tools/templates/tamkeen.md.j2): a tap on the summary opens one.
    fold = article.locator("details.tk-nb-code").first
    fold.locator("summary").click()
    code = fold.locator(".highlight pre")
    assert code.is_visible()
    assert code.evaluate("el => getComputedStyle(el).direction") == "ltr"
    assert "from pathlib import Path" in code.inner_text()
    output = article.locator("pre.tk-nb-output").first
    assert output.evaluate("el => getComputedStyle(el).direction") == "ltr"

    image = article.locator("img.tk-nb-image")
    image.scroll_into_view_if_needed()
    page.wait_for_function(
        "el => el.complete && el.naturalWidth > 0", arg=image.element_handle(), timeout=10_000
    )

    download = article.locator("a[download$='.ipynb']")
    href = download.get_attribute("href")
    response = page.request.get(server.base + PAGE + href)
    assert response.status == 200
    notebook = json.loads(response.body())
    source = ROOT / "notebooks/ai/02-generative-ai/01-next-word.ar.ipynb"
    assert notebook == json.loads(source.read_text(encoding="utf-8"))
    zip_href = article.locator("a[download$='.zip']").get_attribute("href")
    assert page.request.get(server.base + PAGE + zip_href).body()[:2] == b"PK"

    assert article.locator("a.tk-colab").get_attribute("href") == COLAB
    notice = article.locator(".tk-notebook-notice").inner_text()
    assert "Google" in notice and "بيانات" in notice
    assert all(url.startswith(server.base.split("/tamkeen/")[0]) for url in requested), requested
