"""reveal.js decks: self-hosted reveal.js 6 (from npm, the UMD builds that also work from
`file://`), the site's fonts, relative paths only."""

from __future__ import annotations

import posixpath
import shutil
from pathlib import Path

from pygments.formatters import HtmlFormatter

from tools.fonts import MissingAsset
from tools.html_page import policy
from tools.paths import NODE_MODULES, direction
from tools.sanitize import clean
from tools.slides.model import Slide
from tools.slides.render import Renderer, escape, rebase_images
from tools.ui_strings import strings

ASSETS_URL = "assets/slides"
# npm file (under node_modules/reveal.js/dist) -> name in assets/slides. Nothing else ships.
REVEAL_FILES = {
    "reveal.js": "reveal.js",
    "reveal.css": "reveal.css",
    "theme/serif.css": "theme.css",  # 5 KB, no web font and no @import
    "plugin/notes.js": "notes.js",
}
SLIDES_CSS = Path(__file__).resolve().parent.parent / "assets" / "slides.css"
# Reveal.initialize, as a file (the CSP allows no inline script).
SLIDES_JS = SLIDES_CSS.with_name("slides.js")


def copy_assets(site_dir: Path, node_modules: Path = NODE_MODULES) -> None:
    target = site_dir / ASSETS_URL
    target.mkdir(parents=True, exist_ok=True)
    for name, out in REVEAL_FILES.items():
        source = node_modules / "reveal.js" / "dist" / name
        if not source.is_file():
            raise MissingAsset(f"{source}: reveal.js not installed; run `npm ci` (or `make site`)")
        shutil.copyfile(source, target / out)
    pygments = HtmlFormatter(style="default").get_style_defs(".reveal .highlight")
    css = SLIDES_CSS.read_text(encoding="utf-8") + "\n/* Code colours (Pygments) */\n" + pygments
    (target / "slides.css").write_text(css, encoding="utf-8")
    shutil.copyfile(SLIDES_JS, target / "start.js")


def _html(text: str, renderer: Renderer) -> str:
    """Lesson Markdown as HTML through the site's one allowlist (tools/sanitize.py)."""
    return clean(renderer.html(text))


def _inline(text: str, renderer: Renderer) -> str:
    return _html(text, renderer).removeprefix("<p>").removesuffix("</p>")


def _items(items: list[str]) -> str:
    # Objectives, key points, lesson titles: metadata, plain text.
    lis = "".join(f"<li>{escape(item)}</li>" for item in items)
    return f"<ul>{lis}</ul>" if lis else ""


def section_html(slide: Slide, lang: str, renderer: Renderer, src_dir: str, page_dir: str) -> str:
    s = strings(lang)
    parts = []
    if slide.kicker:
        parts.append(f'<p class="tk-kicker">{escape(slide.kicker)}</p>')
    tag = "h1" if slide.kind in ("title", "module") else "h2"
    parts.append(f"<{tag}>{escape(slide.title)}</{tag}>")
    if slide.subtitle:
        parts.append(f'<p class="tk-subtitle">{escape(slide.subtitle)}</p>')
    if slide.kind == "title" and slide.items:
        parts.append(f'<p class="tk-label">{escape(s["lesson.objectives"])}</p>')
    parts.append(_items(slide.items))
    for block in slide.markdown:
        parts.append(rebase_images(_html(block, renderer), src_dir, page_dir))
    if slide.options:
        right_li = '<li class="fragment highlight-green" data-fragment-index="0">'
        lis = "".join(
            f"{right_li if right else '<li>'}{_inline(text, renderer)}</li>"
            for text, right in slide.options
        )
        parts.append(f'<ul class="tk-quiz-options">{lis}</ul>')
    if slide.answer:
        answer = "".join(_html(a, renderer) for a in slide.answer)
        parts.append(f'<div class="fragment tk-quiz-answer" data-fragment-index="0">{answer}</div>')
    if slide.notes:
        notes = "".join(_html(n, renderer) for n in slide.notes)
        parts.append(f'<aside class="notes">{notes}</aside>')
    return f'<section class="tk-{slide.kind}">{"".join(parts)}</section>'


def deck_html(
    slides: list[Slide],
    title: str,
    lang: str,
    renderer: Renderer,
    page_dir: str,
    src_dirs: list[str],
) -> str:
    """A whole deck. `page_dir` is the deck's folder in the site (`courses/x/y/slides`,
    with the language prefix); `src_dirs[i]` the docs folder of slide i's source."""
    root = posixpath.relpath(".", page_dir) + "/"
    sections = "\n".join(
        section_html(slide, lang, renderer, src_dir, page_dir)
        for slide, src_dir in zip(slides, src_dirs, strict=True)
    )
    a = root + ASSETS_URL
    return f"""<!doctype html>
<html lang="{lang}" dir="{direction(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{policy()}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<link rel="stylesheet" href="{a}/reveal.css">
<link rel="stylesheet" href="{a}/theme.css">
<link rel="stylesheet" href="{root}assets/css/fonts.css">
<link rel="stylesheet" href="{a}/slides.css">
</head>
<body>
<div class="reveal"><div class="slides">
{sections}
</div></div>
<script src="{a}/reveal.js"></script>
<script src="{a}/notes.js"></script>
<script src="{a}/start.js"></script>
</body>
</html>
"""
