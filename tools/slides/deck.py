"""reveal.js decks: self-hosted reveal.js 6 (from npm, the UMD builds that also work from
`file://`), the site's fonts, relative paths only."""

from __future__ import annotations

import posixpath
import shutil
from dataclasses import dataclass
from pathlib import Path

from pygments.formatters import HtmlFormatter

from tools.common import blocks
from tools.common.languages import language
from tools.common.paths import NODE_MODULES, direction
from tools.common.sanitize import clean
from tools.common.ui_strings import strings
from tools.site.built_page import BuiltPage
from tools.site.fonts import MissingAsset
from tools.site.html_page import policy
from tools.slides import speaker
from tools.slides.fit import STEP, Layout, Measure, add_columns
from tools.slides.model import Slide
from tools.slides.pages import (
    BASE_PX,
    IMAGE_CAPS,
    RESERVE,
    SCALES,
    SLIDE_H,
    SLIDE_W,
    Paginator,
)
from tools.slides.render import Renderer, escape, isolate_latin, rebase_images

ASSETS_URL = "assets/slides"
# npm file (under node_modules/reveal.js/dist) -> name in assets/slides. Nothing else ships.
REVEAL_FILES = {
    "reveal.js": "reveal.js",
    "reveal.css": "reveal.css",
    "theme/serif.css": "theme.css",  # 5 KB, no web font and no @import
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
    css = (
        SLIDES_CSS.read_text(encoding="utf-8")
        + _generated_css()
        + "\n/* Code colours (Pygments) */\n"
        + pygments
    )
    (target / "slides.css").write_text(css, encoding="utf-8")
    shutil.copyfile(SLIDES_JS, target / "start.js")
    # The speaker view as the site's own pages (the plugin's is inline script, in English).
    speaker.write(site_dir, node_modules / "reveal.js" / "dist" / "plugin" / "notes.js")


def _generated_css() -> str:
    """The classes the generator picks from (tools/slides/fit.py, pages.py): table column
    widths and picture heights."""
    cols = "".join(f".reveal col.tk-w-{w} {{ width: {w}%; }}\n" for w in range(STEP, 100, STEP))
    imgs = "".join(
        f".reveal .tk-body img.tk-img-{h} {{ max-height: {h}px; }}\n" for h in IMAGE_CAPS
    )
    return (
        "\n/* Generated: table columns and picture heights (tools/slides/deck.py) */\n"
        + cols
        + imgs
    )


def _html(text: str, renderer: Renderer) -> str:
    """Lesson Markdown as HTML through the site's one allowlist (tools/common/sanitize.py)."""
    return clean(renderer.html(text))


def _inline(text: str, renderer: Renderer) -> str:
    return _html(text, renderer).removeprefix("<p>").removesuffix("</p>")


def _items(items: list[str]) -> str:
    # Objectives, key points, lesson titles: metadata, plain text.
    lis = "".join(f"<li>{escape(item)}</li>" for item in items)
    return f"<ul>{lis}</ul>" if lis else ""


def _quiz_body(slide: Slide, renderer: Renderer, answer: bool) -> tuple[str, str]:
    """(question and lettered options, the answer shown on the next step). Options are an
    `ol` whose letters are text (a room votes by letter; a screen reader reads them)."""
    lis = []
    for (text, right), letter in zip(slide.options, slide.letters, strict=True):
        state = "tk-right" if right else "tk-wrong"
        lis.append(
            f'<li class="fragment custom {state}" data-fragment-index="0">'
            f'<span class="tk-letter">{escape(letter)}</span>{_inline(text, renderer)}</li>'
        )
    question = "".join(_html(b, renderer) for b in slide.markdown)
    options = f'<ol class="tk-quiz-options">{"".join(lis)}</ol>'
    explanation = "".join(_html(a, renderer) for a in slide.answer) if answer else ""
    shown = f'<p class="tk-answer-label">✓ {escape(slide.answer_label)}</p>{explanation}'
    return question + options, shown


@dataclass
class Part:
    """One slide as shown: a model slide split in parts gets « (n/total) » titles."""

    slide: Slide
    title: str
    header: str  # kicker, title, subtitle (HTML)
    body: str  # HTML, laid out at `scale` (pages.SCALES)
    scale: int = 0
    notes: str = ""  # HTML of the speaker notes (on every part: the trainer may be on any)
    answer: str = ""  # quiz: HTML shown on the next step


class Deck:
    """Lays out the slides of one deck: each model slide becomes one or more parts
    (continued slides « … (2/3) ») that fit a slide `width` px wide and SLIDE_H high (the
    web deck: 1280×720; the PPTX its text area, tools/slides/pptx_deck.py)."""

    def __init__(
        self, lang: str, renderer: Renderer, image_size=None, width: float = SLIDE_W,
        height: float = SLIDE_H - RESERVE, fonts=None,
    ) -> None:  # fmt: skip
        self.lang = lang
        self.renderer = renderer
        self.image_size = image_size or (lambda src_dir, url: None)
        self._sizes: dict[str, tuple[int, int] | None] = {}
        self.sources: dict[str, tuple[str, str]] = {}  # final URL -> (src_dir, url)
        self.layout = Layout(Measure(fonts) if fonts else None, images=self._sizes.get)
        self.width, self.height = width, height
        self.paginator = Paginator(self.layout, width)
        self.split = 0  # model slides split into more than one part

    def _header(self, slide: Slide, title: str) -> str:
        parts = []
        if slide.kicker:
            parts.append(f'<p class="tk-kicker">{escape(slide.kicker)}</p>')
        tag = "h1" if slide.kind in ("title", "module") else "h2"
        parts.append(f"<{tag}>{escape(title)}</{tag}>")
        if slide.subtitle:
            parts.append(f'<p class="tk-subtitle">{escape(slide.subtitle)}</p>')
        return "".join(parts)

    def _body(self, slide: Slide, src_dir: str, page_dir: str) -> str:
        s = strings(self.lang)
        parts = []
        if slide.kind == "title" and slide.items:
            parts.append(f'<p class="tk-label">{escape(s["lesson.objectives"])}</p>')
        parts.append(_items(slide.items))
        for block in slide.markdown:
            fragment = _html(block, self.renderer)
            rebased = rebase_images(fragment, src_dir, page_dir)
            for url, final in zip(_img_srcs(fragment), _img_srcs(rebased), strict=True):
                self._sizes[final] = self.image_size(src_dir, url)
                self.sources[final] = (src_dir, url)
            parts.append(rebased)
        return add_columns("".join(parts), self.layout, self.width, BASE_PX)

    def _notes(self, slide: Slide) -> str:
        if not slide.notes:
            return ""
        notes = "".join(_html(n, self.renderer) for n in slide.notes)
        return isolate_latin(notes) if language(self.lang).isolate_latin else notes

    def parts(self, slide: Slide, src_dir: str, page_dir: str) -> list[Part]:
        s = strings(self.lang)
        header = self._header(slide, slide.title)
        room = self.height - self.layout.fragment(header, self.width, BASE_PX)
        notes = self._notes(slide)
        if blocks.slide(slide.kind) == "questions":
            return [self._quiz(slide, room, notes)]
        pages = self.paginator.paginate(self._body(slide, src_dir, page_dir), room)
        if len(pages) > 1:
            self.split += 1
        out = []
        for n, page in enumerate(pages, 1):
            title = slide.title
            if len(pages) > 1:
                title = s["slides.part"].format(title=slide.title, n=n, total=len(pages))
            out.append(
                Part(slide, title, self._header(slide, title), page.body, page.scale, notes)
            )  # fmt: skip
        return out

    def sections(self, slide: Slide, src_dir: str, page_dir: str) -> list[str]:
        """The parts of `slide` as reveal.js `<section>`s."""
        out = []
        for part in self.parts(slide, src_dir, page_dir):
            body = part.body
            if part.answer:
                body += (
                    '<div class="fragment tk-quiz-answer" data-fragment-index="0">'
                    f"{part.answer}</div>"
                )
            notes = f'<aside class="notes">{part.notes}</aside>' if part.notes else ""
            out.append(
                f'<section class="tk-{slide.kind}">{part.header}'
                f"{_body_div(body, part.scale)}{notes}</section>"
            )
        return out

    def _quiz(self, slide: Slide, room: float, notes: str) -> Part:
        """One slide whatever the length: smaller type first, then the explanation moves
        to the speaker notes (where the answer and every option's feedback already are)."""
        for with_explanation in (True, False):
            body, answer = _quiz_body(slide, self.renderer, with_explanation)
            for scale in range(len(SCALES)):
                px = BASE_PX * SCALES[scale]
                if self.layout.fragment(body + answer, self.width, px) <= room:
                    break
            else:
                continue
            break
        return Part(slide, slide.title, self._header(slide, slide.title), body, scale, notes,
                    answer)  # fmt: skip


def _body_div(html: str, scale: int) -> str:
    cls = "tk-body" + (f" tk-scale-{scale}" if scale else "")
    return f'<div class="{cls}">{html}</div>' if html else ""


def _img_srcs(fragment: str) -> list[str]:
    if "<img" not in fragment:
        return []
    return [img.get("src") for img in BuiltPage(fragment).root.iter("img") if img.get("src")]


def phone_hint(lang: str, handout: str | None) -> str:
    """On a phone held upright reveal.js scales a 1280×720 slide to about a quarter: the
    deck says to turn the phone, or to read the module's PDF (slides.css shows it there
    only)."""
    s = strings(lang)
    if handout:
        rest = f'<a href="{escape(handout)}">{escape(s["slides.phone.pdf"])}</a>.'
    else:
        rest = escape(s["slides.phone.nopdf"])
    return f'<p class="tk-deck-hint" role="note">{escape(s["slides.phone"])} {rest}</p>'


def deck_html(
    slides: list[Slide],
    title: str,
    lang: str,
    renderer: Renderer,
    page_dir: str,
    src_dirs: list[str],
    image_size=None,
    handout: str | None = None,
) -> str:
    """A whole deck. `page_dir` is the deck's folder in the site (`courses/x/y/slides`,
    with the language prefix); `src_dirs[i]` the docs folder of slide i's source;
    `image_size(src_dir, url)` the (width, height) of a picture, or None; `handout` the
    URL (from the deck) of the module's printable PDF, if there is one."""
    root = posixpath.relpath(".", page_dir) + "/"
    deck = Deck(lang, renderer, image_size)
    sections = "\n".join(
        section
        for slide, src_dir in zip(slides, src_dirs, strict=True)
        for section in deck.sections(slide, src_dir, page_dir)
    )
    a = root + ASSETS_URL
    popup = escape(strings(lang)["slides.speaker.popup"])
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
{phone_hint(lang, handout)}
<div class="reveal" data-speaker="{root}{speaker.url(lang)}" data-speaker-popup="{popup}">
<div class="slides">
{sections}
</div></div>
<script src="{a}/reveal.js"></script>
<script src="{a}/start.js"></script>
</body>
</html>
"""
