"""Accessibility: axe-core (npm, pinned) injected into each page type, in Arabic and in
French, finds no serious or critical violation. (axe is injected as an inline script, which
the site's Content-Security-Policy forbids: these pages are opened with the policy bypassed,
the test's own tool being the only inline script.)"""

from __future__ import annotations

import json

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.browser
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
PAGE_TYPES = {
    "home": "",
    "guide": "guide/",
    "course": "courses/ai/",
    "module": "courses/ai/01-what-is-ai/",
    "lesson": "courses/ai/01-what-is-ai/01-ai-around-you/",
    "notebook lesson": "courses/ai/02-generative-ai/01-next-word/",
    "glossary": "glossary/",
    "translation status": "translation-status/",
    "missing page (404)": "no/such/page/",
}


@pytest.fixture
def page(chromium):
    context = chromium.new_context(
        viewport={"width": 390, "height": 844}, device_scale_factor=2, bypass_csp=True
    )
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("lang", ["ar", "fr"])
@pytest.mark.parametrize("kind", list(PAGE_TYPES))
def test_no_serious_or_critical_violation(site, server, page, lang, kind):
    path = PAGE_TYPES[kind]
    if kind != "missing page (404)":
        built = site / ("fr/" if lang == "fr" else "") / path / "index.html"
        assert built.is_file(), f"page type {kind!r} missing from the site: {built}"
    prefix = "fr/" if lang == "fr" and kind != "missing page (404)" else ""
    page.goto(server.base + prefix + path, wait_until="networkidle")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        """async () => {
            const r = await axe.run(document, {resultTypes: ["violations"]});
            return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
              nodes: v.nodes.slice(0, 3).map(n => n.target.join(" "))}));
        }"""
    )
    bad = [v for v in result if v["impact"] in ("serious", "critical")]
    assert bad == [], json.dumps(bad, ensure_ascii=False, indent=1)
