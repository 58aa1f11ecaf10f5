"""Our JavaScript is served minified (terser, from npm): comments and long local names out,
the same bytes on every build, a broken file stops the build with terser's message, and an
unchanged file is taken from the cache without starting node."""

from __future__ import annotations

import pytest

from tools import site_assets
from tools.site_assets import ASSETS, MinifyError, minify_js, served


def test_served_js_is_minified_and_stable():
    source = (ASSETS / "tamkeen.js").read_text(encoding="utf-8")
    once, twice = served("tamkeen.js"), served("tamkeen.js")
    assert once == twice
    assert len(once) < 0.7 * len(source.encode("utf-8"))
    text = once.decode("utf-8")
    assert "/*" not in text and "function initListen" not in text  # names shortened
    assert "tamkeen:lesson:" in text  # strings kept as they are


def test_a_broken_script_stops_with_terser_message(tmp_path, monkeypatch):
    monkeypatch.setattr(site_assets, "MINIFIED", tmp_path)
    with pytest.raises(MinifyError, match="terser failed"):
        minify_js(["var = ;"])


def test_unchanged_files_come_from_the_cache(tmp_path, monkeypatch):
    monkeypatch.setattr(site_assets, "MINIFIED", tmp_path)
    first = minify_js(["var long_name = 1; console.log(long_name);", "/* c */ alert(2);"])
    assert first == ["var long_name=1;console.log(long_name);", "alert(2);"]
    assert len(list(tmp_path.glob("*.js"))) == 2
    monkeypatch.setattr(site_assets.shutil, "which", lambda name: None)  # no node now
    assert minify_js(["/* c */ alert(2);"]) == ["alert(2);"]
    with pytest.raises(MinifyError, match="node not found"):
        minify_js(["alert(3);"])
