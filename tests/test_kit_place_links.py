"""The trainer kit puts its cached decks, PPTX and PDFs into the site as hard links (no copy
of thousands of files), and never writes through a link into the cache."""

from __future__ import annotations

import os

from tools.slides import kit


def test_placed_file_is_the_cached_one(tmp_path):
    cached = tmp_path / "cache" / "abc.html"
    cached.parent.mkdir()
    cached.write_bytes(b"deck one")
    target = tmp_path / "site" / "courses" / "x" / "slides" / "index.html"
    kit._place(cached, target)
    assert target.read_bytes() == b"deck one"
    assert os.path.samefile(cached, target)  # linked, not copied


def test_placing_over_a_link_leaves_the_cache_entry_alone(tmp_path):
    (tmp_path / "cache").mkdir()
    first, second = tmp_path / "cache" / "one.pdf", tmp_path / "cache" / "two.pdf"
    first.write_bytes(b"old handout")
    second.write_bytes(b"new handout")
    target = tmp_path / "site" / "trainer" / "m.pdf"
    kit._place(first, target)
    kit._place(second, target)  # a site folder reused: the target is a link to `first`
    assert target.read_bytes() == b"new handout"
    assert first.read_bytes() == b"old handout"
    assert os.path.samefile(second, target)
