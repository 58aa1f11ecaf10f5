"""tools/site/postbuild.py stops a site that would make the reader's browser fetch from another
host (a CDN script, a web font, an image...), naming the built file; plain links are fine.
End to end: raw HTML in a page with an image from another host fails the build."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.site import postbuild

URL_CASES = {
    "script.html": (
        '<script src="https://cdn.example.org/x.js"></script>',
        "https://cdn.example.org/x.js",
    ),
    "font.html": (
        "<link rel=stylesheet href=//fonts.example.com/css?family=X>",
        "//fonts.example.com/css?family=X",
    ),
    "image.css": (
        'body { background: url("https://img.example.org/bg.png"); }',
        "https://img.example.org/bg.png",
    ),
    "import.css": ('@import "https://fonts.example.com/f.css";', "https://fonts.example.com/f.css"),
    "dynamic.js": (
        'import("https://cdn.example.org/mod.js").then(m => m.go());',
        "https://cdn.example.org/mod.js",
    ),
    "inline-style.html": (
        '<div style="background:url(https://img.example.org/a.png)"></div>',
        "https://img.example.org/a.png",
    ),
    # What the regular expressions missed (issue 13): the check now parses.
    "single-quoted-style.html": (
        "<div style='background-image: url(\"//img.example.org/q.png\")'></div>",
        "//img.example.org/q.png",
    ),
    "image-set.html": (
        "<p style=\"background: image-set('https://img.example.org/s.png' 1x)\">x</p>",
        "https://img.example.org/s.png",
    ),
    "style-element.html": (
        "<style>/* c */ .a{background:URL( 'https://img.example.org/b.png' )}</style>",
        "https://img.example.org/b.png",
    ),
    "srcset.html": (
        '<img src="a.png" srcset="a.png 1x, https://img.example.org/2x.png 2x" alt="">',
        "https://img.example.org/2x.png",
    ),
    "base.html": ('<base href="https://evil.example.org/">', "https://evil.example.org/"),
    "refresh.html": (
        '<meta http-equiv="refresh" content="0; url=https://evil.example.org/">',
        "https://evil.example.org/",
    ),
    "preconnect.html": (
        '<link rel="preconnect" href="https://cdn.example.org">',
        "https://cdn.example.org",
    ),
    "svg-in-html.html": (
        '<svg><filter><feImage href="https://img.example.org/f.png"/></filter></svg>',
        "https://img.example.org/f.png",
    ),
    "object.html": ('<object data="https://evil.example.org/x.swf"></object>', "evil.example.org"),
    "image.svg": (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
        '<image xlink:href="https://img.example.org/i.png"/></svg>',
        "https://img.example.org/i.png",
    ),
    "use.svg": (
        '<svg xmlns="http://www.w3.org/2000/svg"><use href="//img.example.org/s.svg#a"/></svg>',
        "//img.example.org/s.svg#a",
    ),
    "style.svg": (
        '<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(https://css.example.org/'
        "a.css);</style></svg>",
        "https://css.example.org/a.css",
    ),
    "icons.webmanifest": (
        '{"name": "x", "icons": [{"src": "https://img.example.org/icon.png"}]}',
        "https://img.example.org/icon.png",
    ),
    "font-face.css": (
        "@font-face{font-family:x;src:url(https://fonts.example.org/x.woff2) format('woff2')}",
        "https://fonts.example.org/x.woff2",
    ),
    "media-import.css": (
        "@media print { .x { background: url('https://img.example.org/p.png') } }",
        "https://img.example.org/p.png",
    ),
}


def write(site: Path, name: str, body: str) -> Path:
    path = site / name
    if path.suffix == ".html":
        body = f'<!doctype html>\n<html lang="ar" dir="rtl"><head></head><body>{body}</body></html>'
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize("name", sorted(URL_CASES))
def test_resource_from_another_host_is_a_problem(tmp_path, name):
    body, url = URL_CASES[name]
    path = write(tmp_path, name, body)
    problems = postbuild.check_hosts(tmp_path)
    assert [p.path for p in problems] == [path]
    assert url in problems[0].message
    assert str(path) in str(problems[0]), "the problem names the built file"


@pytest.mark.parametrize(
    "body",
    [
        '<a href="https://example.org/page">a link the reader chooses to follow</a>',
        '<img src="../assets/images/a.png" alt=""><script src="/tamkeen/x.js"></script>',
        '<img src="data:image/png;base64,iVBORw0KGgo=" alt="">',
    ],
    ids=["anchor", "same-site", "data-uri"],
)
def test_links_and_same_site_resources_are_fine(tmp_path, body):
    write(tmp_path, "page.html", body)
    assert postbuild.check_hosts(tmp_path) == []


def test_run_reports_problems_from_every_file(tmp_path):
    for name, (body, _) in URL_CASES.items():
        write(tmp_path, name, body)
    reported = {p.path.name for p in postbuild.run(tmp_path)}
    assert reported == set(URL_CASES)


def test_external_image_fails_the_build(fixture_site):
    project, site_dir, result = fixture_site("external_image")
    assert result.returncode != 0, result.stdout + result.stderr
    line = next((x for x in result.stderr.splitlines() if "https://example.org/a.png" in x), None)
    assert line, result.stderr
    assert "lesson/index.html" in line, "the problem names the built file"
    assert "/fr/lesson/" not in line
    assert not site_dir.exists()


def test_real_site_passes(site):
    assert postbuild.run(site) == []
