"""Images for phones: a size budget in `check` (with how to shrink), `width`/`height` and
lazy loading on built pages, and `python -m tools images shrink`."""

from __future__ import annotations

import os
import subprocess
import sys

from lxml import html as lxml_html
from PIL import Image

from tests.conftest import ROOT
from tests.support.check import run_check
from tools.site import images


def noisy_png(path, size=(900, 900)):
    """A PNG that compresses badly: well over the 200 KB budget."""
    Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3)).save(path)
    return path


def test_dimensions_of_png_and_svg(tmp_path):
    png = tmp_path / "a.png"
    Image.new("RGB", (320, 200)).save(png)
    svg = tmp_path / "b.svg"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 360"></svg>')
    assert images.dimensions(png) == (320, 200)
    assert images.dimensions(svg) == (640, 360)


def test_attributes_added_to_local_images_only(tmp_path):
    site = tmp_path / "site"
    (site / "lesson").mkdir(parents=True)
    Image.new("RGB", (120, 80)).save(site / "lesson" / "chart.png")
    page = site / "lesson" / "index.html"
    html = '<p><img alt="a chart" src="chart.png"> <img src="https://example.org/x.png"></p>'
    out = images.add_attributes(html, page, site)
    tags = lxml_html.fromstring(out).xpath("//img")
    assert tags[0].get("width") == "120" and tags[0].get("height") == "80"
    assert tags[0].get("loading") == "lazy" and tags[0].get("decoding") == "async"
    assert tags[1].get("loading") is None  # not ours: left alone (and the build refuses it)


def test_check_rejects_big_image_and_says_how_to_shrink(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for lang, title in (("ar", "صفحة"), ("fr", "Page")):
        (docs / f"page.{lang}.md").write_text(
            f"---\ntitle: {title}\n---\n\n![{title}](photo.png)\n", encoding="utf-8"
        )
    noisy_png(docs / "photo.png")
    result = run_check(docs)
    assert result.returncode != 0
    assert "photo.png:1:1: image is" in result.stdout
    assert "over the 200 KB budget" in result.stdout
    assert "python -m tools images shrink" in result.stdout


def _shrink(*paths):
    return subprocess.run(
        [sys.executable, "-m", "tools", "images", "shrink", *map(str, paths)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_shrink_command_brings_a_photo_under_budget(tmp_path):
    photo = tmp_path / "photo.jpg"
    gradient = bytes(x * 255 // 2400 for x in range(2400) for _ in "rgb") * 1600  # every row
    Image.frombytes("RGB", (2400, 1600), gradient).save(photo, quality=100, subsampling=0)
    before = photo.stat().st_size
    assert before > images.BUDGET
    result = _shrink(photo)
    assert result.returncode == 0, result.stdout + result.stderr
    with Image.open(photo) as shrunk:  # closed: a leaked file is a warning, an error here
        assert shrunk.width == images.MAX_WIDTH
    assert photo.stat().st_size < images.BUDGET < before
    assert "KB ->" in result.stdout


def test_shrink_fails_when_an_image_stays_over_budget(tmp_path):
    """Noise does not compress: `make images` must say so and exit non-zero."""
    photo = tmp_path / "noise.jpg"
    Image.frombytes("RGB", (2400, 1600), os.urandom(2400 * 1600 * 3)).save(photo, quality=95)
    result = _shrink(photo)
    assert result.returncode == 1
    assert "still over the budget" in result.stdout
    with Image.open(photo) as shrunk:
        assert shrunk.width == images.MAX_WIDTH


def test_built_page_images_have_size_and_lazy_loading(fixture_site):
    _, site, result = fixture_site("basic")
    assert result.returncode == 0, result.stdout + result.stderr
    pages = [p for p in site.rglob("index.html") if "<img" in p.read_text(encoding="utf-8")]
    assert pages, "the basic fixture shows an image"
    for page in pages:
        for img in lxml_html.fromstring(page.read_text(encoding="utf-8")).xpath("//article//img"):
            assert img.get("width") and img.get("height"), page
            assert img.get("loading") == "lazy", page
