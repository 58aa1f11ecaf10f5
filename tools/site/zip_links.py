"""Where a course zip edits a page (tools/publish/course_zip.py), read in the one pass.

A course zip rewrites every `href` of a page's links for file:// and leaves out its
manifest link. Its pages are the pass's own (tools/site/page_pass.py), which holds each
page's tree and knows where in its text every edit went: here, the offsets in the page as
written of each link's `href="…"`, of the manifest link's line and of `</body>` (where
offline.js goes). The zip then rewrites the page without parsing it again. It uses them only
for the very text they were read from (its size and CRC-32, checked); any other page is
read and parsed as before.
"""

from __future__ import annotations

import bisect
import zlib
from dataclasses import dataclass

from lxml import etree

from tools.site.built_page import BuiltPage, LocateError, applied, read_tag

# The theme's own manifest link (compiled once: an XPath string is compiled at each call).
_THEIRS = etree.XPath("/html/head/link[@rel='manifest']")
# Markup an edit brings in that a zip would have to edit, or that would move `</body>`.
_LINKING = ("<a", "<link", "</body")


@dataclass
class ZipLinks:
    """A page as written (`size` bytes of UTF-8, `crc`: their CRC-32) and where a zip edits it."""

    size: int
    crc: int
    hrefs: list[tuple[int, int, str]]  # `href="…"` of each a[@href], link[@href]; its value
    manifest: tuple[int, int] | None  # the manifest link's line, left out of a zip
    body_end: int | None  # `</body>`'s offset: offline.js before it

    def matches(self, data: bytes) -> bool:
        return len(data) == self.size and zlib.crc32(data) == self.crc


def read(page: BuiltPage, out: str, manifest: str | None) -> ZipLinks | None:
    """Where a zip edits `page`, whose text with its edits is `out`. `manifest`: the
    manifest's head links the pass inserted (tools/site/offline.py `head_links`). None when
    an edit of the pass makes it unsure (the zip then parses the page)."""
    if _THEIRS(page.root):
        return None  # the theme's own: not this pass's insert
    edits = applied(page.edits(), page.name)
    inserted = None
    for i, (start, end, markup) in enumerate(edits):
        if manifest is not None and start == end and markup == manifest and inserted is None:
            inserted = i
        elif any(mark in markup.lower() for mark in _LINKING):
            return None
    try:
        spans = []
        for element in page.root.iter("a", "link"):  # in document order, as `//a | //link`
            href = element.get("href")
            if href is None:
                continue
            if "href" in page.changes(element):
                return None  # the pass set it: the zip edits the new value
            # Every link's tag is asked for: read at once (tools/site/built_page.py).
            span = page.start_tag(element, every=True).span("href")
            assert span is not None  # checked: the tag has the element's attributes
            spans.append((*span, href))
        body = page.root.find("body")
        body_end = None if body is None else page.end_tag(body)[0]
    except LocateError:
        return None
    # Offsets in `out`: each edit before moves what follows by its change of length.
    ends = [end for _s, end, _m in edits]
    moved = [0]
    for start, end, markup in edits:
        moved.append(moved[-1] + len(markup) - (end - start))
    hrefs = []
    for start, end, value in spans:
        i = bisect.bisect_right(ends, start)  # edits ending before it
        if i < len(edits) and edits[i][0] < end:
            first, last, _m = edits[i]
            if first <= start and end <= last and first < last:
                continue  # a part the pass removed (a head alternate): not in `out`
            return None
        hrefs.append((start + moved[i], end + moved[i], value))
    if body_end is not None:
        i = bisect.bisect_right(ends, body_end)
        if i < len(edits) and edits[i][0] <= body_end:
            return None
        body_end += moved[i]
    line = None
    if inserted is not None:  # the manifest link: removed as BuiltPage.remove_line does
        at = edits[inserted][0] + moved[inserted]
        if not out.startswith(manifest, at):
            return None
        start, end = at, read_tag(out, at).end
        while start > 0 and out[start - 1] in " \t":
            start -= 1
        line = (start, end + 1 if out.startswith("\n", end) else end)
    data = out.encode("utf-8")
    return ZipLinks(len(data), zlib.crc32(data), hrefs, line, body_end)
