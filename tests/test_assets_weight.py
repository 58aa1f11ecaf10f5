"""Our one JavaScript file and one CSS file stay small: together at most 10 KB gzip-compressed
(as the server sends them, each compressed on its own)."""

from __future__ import annotations

import gzip

from tools.site.site_assets import ASSETS, served

BUDGET = 10 * 1024


def test_js_and_css_within_budget():
    sizes = {
        name: len(gzip.compress(served(name), compresslevel=9))
        for name in ("tamkeen.js", "tamkeen.css")
    }
    assert sum(sizes.values()) <= BUDGET, sizes


def test_no_other_host_in_our_assets():
    for name in ("tamkeen.js", "tamkeen.css"):
        text = (ASSETS / name).read_text(encoding="utf-8")
        assert "http://" not in text and "https://" not in text, name


def test_served_css_is_minified_without_changing_strings():
    from tools.site.site_assets import minify_css

    css = '/* why */\n.a > b ,\n.c {\n  content: " · ";\n  margin: 0 1rem;\n}\n'
    assert minify_css(css) == '.a>b,.c{content: " · ";margin: 0 1rem;}\n'
    served_css = served("tamkeen.css").decode("utf-8")
    # A string of the real file with a space in it (the "done" button's tick) is kept whole.
    assert "/*" not in served_css and 'content: "✓ "' in served_css
