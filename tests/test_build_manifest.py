"""Installable app: every page of the fixture course links its language's web app manifest
in its <head>; each manifest has that language's name, lang and dir, a start_url and scope
inside the site's sub-path, and 192 and 512 PNG icons that exist at those sizes."""

from __future__ import annotations

import json
import re
from urllib.parse import urljoin

import pytest
from PIL import Image

from tests.support.course_site import course_build  # noqa: F401
from tools.site import offline

BASE = "https://example.org/tamkeen/"  # any sub-path: every URL must stay under it
NAMES = {"ar": "تمكين", "fr": "Tamkeen"}


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_manifest_linked_and_valid(course_build, lang):  # noqa: F811
    site = course_build
    pages = [p for p in offline.pages(site) if offline.page_lang(p.read_text("utf-8")) == lang]
    assert len(pages) >= 8, pages
    manifest_url = None
    for page in pages:
        html = page.read_text(encoding="utf-8")
        head = html[: html.index("</head>")]
        links = re.findall(r'<link rel="manifest" href="([^"]+)">', head)
        assert len(links) == 1, page
        if page.name == "404.html":
            continue  # absolute URL from site_url, served at any depth
        page_url = BASE + page.relative_to(site).parent.as_posix() + "/"
        url = urljoin(page_url.replace("/./", "/"), links[0])
        manifest_url = manifest_url or url
        assert url == manifest_url, (page, url)
    assert manifest_url == BASE + ("" if lang == "ar" else "fr/") + "manifest.webmanifest"
    path = site / manifest_url[len(BASE) :]
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["lang"] == lang and data["dir"] == ("rtl" if lang == "ar" else "ltr")
    assert data["short_name"] == NAMES[lang] and NAMES[lang] in data["name"]
    assert data["theme_color"] == "#00796b" and data["display"] == "standalone"
    scope = urljoin(manifest_url, data["scope"])
    start = urljoin(manifest_url, data["start_url"])
    assert scope == BASE, scope
    assert start == BASE + ("" if lang == "ar" else "fr/"), start
    sizes = set()
    for icon in data["icons"]:
        icon_path = site / urljoin(manifest_url, icon["src"])[len(BASE) :]
        with Image.open(icon_path) as img:
            assert img.format == "PNG" and icon["type"] == "image/png"
            assert f"{img.width}x{img.height}" == icon["sizes"]
            sizes.add(img.width)
    assert {192, 512} <= sizes
