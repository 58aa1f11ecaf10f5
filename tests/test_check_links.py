"""Images exist and have alt text, links are https, .md links and #anchors resolve."""

from __future__ import annotations

from tests.support.check import failing


def test_missing_image():
    out = failing("links")
    assert "page.fr.md:7:1: image not found: img/missing.png" in out


def test_image_without_alt_text():
    out = failing("links")
    assert "page.fr.md:9:1: image without alt text" in out


def test_http_link():
    out = failing("links")
    assert "page.fr.md:11:1: insecure link http://example.org/: use https://" in out


def test_link_to_missing_page():
    out = failing("links")
    assert "page.fr.md:13:1: link to a missing page: nowhere.md" in out
    assert "nowhere.fr.md" in out


def test_anchor_to_missing_heading():
    out = failing("links")
    assert "page.fr.md:15:1: anchor #nulle-part not found in" in out


def test_valid_links_resolve_by_language():
    """`other.md#section` (from French), `#ici` ({#ici}), `other.md#قسم` (from Arabic)."""
    out = failing("links")
    assert "page.fr.md:5:" not in out
    assert "page.ar.md" not in out
    assert "page.fr.md:17:" not in out, "https and links in inline code are fine"
