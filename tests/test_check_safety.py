"""No raw script/iframe/form, event handlers or javascript: URLs; no bidi controls in code."""

from __future__ import annotations

from tests.support.check import failing


def test_script_iframe_form():
    out = failing("safety")
    assert "page.fr.md:5:1: raw <script> is not allowed" in out
    assert "page.fr.md:7:1: raw <iframe> is not allowed" in out
    assert "page.fr.md:9:1: raw <form> is not allowed" in out


def test_event_handler_attribute():
    out = failing("safety")
    assert "page.fr.md:11:7: event handler attribute `onclick=`" in out


def test_javascript_url():
    out = failing("safety")
    assert "page.fr.md:13:8: `javascript:` URL is not allowed" in out


def test_html_in_code_is_not_reported():
    out = failing("safety")
    assert "page.fr.md:16:" not in out
    assert "page.fr.md:19:" not in out


def test_bidi_controls_in_fenced_and_inline_code():
    out = failing("safety")
    assert "page.fr.md:22:15: bidi control character U+202E in code (Trojan Source)" in out
    assert "page.fr.md:22:17: bidi control character U+2066" in out
    assert "page.fr.md:25:20: bidi control character U+2067" in out
