"""Our JavaScript is served minified (terser, from npm): comments and long local names out,
the same bytes on every build, a broken file stops the build with terser's message, and an
unchanged file is taken from the cache without starting node, and copies that no build
used for a month are pruned."""

from __future__ import annotations

import pytest

from tools.site import site_assets
from tools.site.site_assets import ASSETS, MinifyError, minify_js, served


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


def test_copies_no_build_used_for_a_month_are_pruned(tmp_path, monkeypatch):
    import os
    import time

    monkeypatch.setattr(site_assets, "MINIFIED", tmp_path)
    minify_js(["alert(1);", "alert(2);"])
    old, kept = sorted(tmp_path.glob("*.js"), key=lambda p: p.read_text())
    month_ago = time.time() - site_assets.UNUSED_FOR - 60
    for path in (old, kept):
        os.utime(path, (month_ago, month_ago))
    minify_js(["alert(2);"])  # a build uses this one again: it is young again
    site_assets.prune_minified()
    assert not old.exists()
    assert kept.exists() and kept.read_text() == "alert(2);"
