"""The workshop zips (`make offline`) have no dead ends: in each zip, extracted, every
`href`/`src` of every HTML and CSS file leads to a file of the zip (tools/publish/link_crawl.py);
a single-language zip carries only its language (no notebook files of the other one) and
its language switcher leads to a page, in its language, that says where the other
language is; `404.html` links relatively."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from html import escape

import pytest

from tests.conftest import ROOT, copy_fixture
from tools.publish.link_crawl import dead_links

ZIPS = ("tamkeen-ar", "tamkeen-fr", "tamkeen")


@pytest.fixture(scope="module", params=["course", "notebooks/site"])
def bundle(request, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("zips")
    project = copy_fixture(request.param, tmp)
    out = tmp / "offline"
    cmd = [sys.executable, "-m", "tools", "offline", "-f", str(project / "mkdocs.yml")]
    result = subprocess.run(
        [*cmd, "-o", str(out)], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    unzipped = {}
    for name in ZIPS:
        with zipfile.ZipFile(out / f"{name}.zip") as archive:
            archive.extractall(tmp / "unzipped")
            unzipped[name] = (tmp / "unzipped" / name, archive.namelist())
    return request.param, unzipped


@pytest.mark.parametrize("name", ZIPS)
def test_no_dead_local_link(bundle, name):
    _, unzipped = bundle
    root, names = unzipped[name]
    assert sum(n.endswith(".html") for n in names) > 5
    dead = dead_links(root)
    assert dead == [], "\n".join(map(str, dead[:20]))


def test_single_language_zip_carries_only_its_language(bundle):
    fixture, unzipped = bundle
    ar, fr, both = (unzipped[n][1] for n in ZIPS)
    # No file named for the other language (its "listen" script, its diagrams).
    assert any(n.endswith("listen.fr.js") for n in both)
    assert not [n for n in ar if re.search(r"[-.]fr\.[a-z0-9]+$", n)]
    assert not [n for n in fr if re.search(r"[-.]ar\.[a-z0-9]+$", n)]
    if fixture == "course":  # no notebook at all
        assert not [n for n in both if ".files/" in n]
        return
    assert any(".ar.files/" in n for n in ar)
    assert not [n for n in ar if ".fr.files/" in n]
    assert any(".fr.files/" in n for n in fr)
    assert not [n for n in fr if ".ar.files/" in n]
    assert any(".fr.files/" in n for n in both) and any(".ar.files/" in n for n in both)


@pytest.mark.parametrize(
    ("name", "home", "title"),
    [
        ("tamkeen-ar", "index.html", "النسخة الفرنسية ليست في هذا الملف"),
        ("tamkeen-fr", "fr/index.html", "La version arabe n’est pas dans ce fichier"),
    ],
)
def test_switcher_explains_the_other_zip(bundle, name, home, title):
    _, unzipped = bundle
    root, _ = unzipped[name]
    page = root / home
    links = re.findall(r'<a href="([^"]+)" hreflang="(ar|fr)"', page.read_text("utf-8"))
    other = [href for href, lang in links if lang != name[-2:]]
    assert other, links
    target = (page.parent / other[0]).resolve()
    assert target.name == "other-language.html"
    text = target.read_text("utf-8")
    assert f"<h1>{escape(title)}</h1>" in text
    assert "tamkeen.zip" in text
    lang = name[-2:]
    assert re.search(rf'<html[^>]*lang="{lang}"', text)


def test_404_is_relative(bundle):
    _, unzipped = bundle
    root, _ = unzipped["tamkeen"]
    for page in (root / "404.html", root / "fr" / "404.html"):
        text = page.read_text("utf-8")
        assert not re.search(r'\s(?:href|src)="/', text), page
        assert not re.search(r'\s(?:href|src)="https?://example\.org', text), page
        assert 'href="index.html"' in text or 'href="../index.html"' in text


def test_crawl_finds_dead_links(tmp_path):
    """The crawl itself: each kind of dead end it must report, and what is fine."""
    (tmp_path / "a" / "folder").mkdir(parents=True)
    (tmp_path / "a" / "ok.html").write_text("x", encoding="utf-8")
    (tmp_path / "a" / "style.css").write_text(
        'body { background: url("gone.png") } @import "ok.css"; a { b: url(#x) }', "utf-8"
    )
    (tmp_path / "a" / "ok.css").write_text("", encoding="utf-8")
    (tmp_path / "a" / "page.html").write_text(
        '<a href="ok.html#top">1</a><a href="missing.html">2</a><a href="/tamkeen/x">3</a>'
        '<a href="folder/">4</a><img src="../../outside.png"><a href="https://example.org/">'
        '5</a><a href="#here">6</a><img srcset="ok.html 1x, nope.png 2x">'
        '<meta http-equiv="refresh" content="0; url=gone.html">',
        encoding="utf-8",
    )
    assert [str(d) for d in dead_links(tmp_path)] == [
        "a/page.html: ../../outside.png",
        "a/page.html: /tamkeen/x",
        "a/page.html: folder/",
        "a/page.html: gone.html",
        "a/page.html: missing.html",
        "a/page.html: nope.png",
        "a/style.css: gone.png",
    ]
