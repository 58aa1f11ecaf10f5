"""Printable handouts (A4 PDF) per module and language, printed by Chromium (Playwright's
`page.pdf`), which joins and orders Arabic correctly:

- the participants' handout: objectives, key points, exercises without their solutions, the
  quiz questions with lettered options (a room votes by letter), and room for notes;
- the trainer's handout: the session plan and what to prepare, then per lesson the
  exercises with their solutions, the quiz answers (letter, feedback, explanation) and the
  trainer notes.

Arabic text is extractable in logical order: see tools/slides/pdf_text.py for why Chromium's
PDF needs a pass, and `font-kerning: none` below (a kerned reh overlaps the next letter,
and extractors read the overlap as a word break).

The browser that prints is locked: JavaScript off, and the page is served from a made-up
origin (`ORIGIN`, never resolved) where every request is answered by us: the handout
itself and the build's own font files; anything else (another file of the machine, another
host) is aborted. A `file://` page could read any file of the build machine into the PDF.
"""

from __future__ import annotations

from pathlib import Path

from tools.common import blocks
from tools.common import chromium as chromium_flags
from tools.common.paths import NODE_MODULES, direction
from tools.common.sanitize import clean
from tools.common.ui_strings import strings
from tools.model.content import Node
from tools.slides import answers, plan
from tools.slides.render import Renderer, escape

# Bold faces for print only: the site's pages ship weight 400 alone and let the browser
# embolden, but Chromium's PDF backend draws a synthesised bold as Type 3 glyph outlines
# taken from its glyph cache, and those differed from one print to the next (two builds of
# one commit gave different PDFs). A real face is embedded as a font, the same every time;
# `font-synthesis-weight: none` keeps any other weight from being synthesised.
PRINT_FONTS = {  # file under ORIGIN/print-fonts/ -> (npm package, family)
    "tajawal-arabic-700-normal.woff2": ("@fontsource/tajawal", "Tamkeen Arabic"),
    "noto-sans-latin-700-normal.woff2": ("@fontsource/noto-sans", "Tamkeen Latin"),
}
PRINT_FONTS_PATH = "print-fonts/"

CSS = (
    "".join(
        f'@font-face {{ font-family: "{family}"; font-weight: 700; font-style: normal;'
        f' src: url("/{PRINT_FONTS_PATH}{name}") format("woff2"); }}\n'
        for name, (_, family) in PRINT_FONTS.items()
    )
    + """
@page { size: A4; margin: 16mm 15mm; }
html { font-family: "Tamkeen Latin", "Tamkeen Arabic", sans-serif; font-size: 11.5pt;
  font-synthesis-weight: none; }
html[lang="ar"] { font-family: "Tamkeen Arabic", "Tamkeen Latin", sans-serif;
  font-kerning: none; }
body { margin: 0; color: #1f1f1f; line-height: 1.5; }
h1 { color: #00695c; font-size: 20pt; margin: 0 0 2mm; }
h2 { color: #00695c; font-size: 15pt; margin: 8mm 0 2mm; border-block-end: 0.5mm solid #ffab91; }
h3 { font-size: 12pt; margin: 4mm 0 1mm; }
.meta { color: #5f6368; margin: 0; }
.lesson { break-inside: auto; }
"""
    + "".join(
        f".{b.name} {{ border-inline-start: 1mm solid {b.colour}; padding-inline-start: 3mm;"
        " margin: 2mm 0; }\n"
        for b in blocks.REGISTRY
        if b.slide == "own"
    )
    + """pre, code { direction: ltr; unicode-bidi: isolate; text-align: left; font-size: 9.5pt; }
pre { background: #f5f5f5; padding: 2mm; white-space: pre-wrap; }
.notes { height: 45mm; margin-top: 2mm; break-inside: avoid;
  background-image: repeating-linear-gradient(to bottom, transparent 0, transparent 8.5mm,
    #bdbdbd 8.5mm, #bdbdbd 9mm); }
.notes-box { break-inside: avoid; }
.headerlink { display: none; }
ol.options { list-style: none; padding-inline-start: 0; margin: 1mm 0 3mm; }
ol.options > li { margin: 0.5mm 0; }
.letter { display: inline-block; min-width: 6mm; font-weight: bold; }
.right { font-weight: bold; }
.feedback { color: #5f6368; font-size: 10pt; margin: 0 0 0 6mm; }
"""
    + ", ".join(f".{n}" for n in (*blocks.with_slide("answer"), *blocks.with_slide("notes")))
    + """ { border-inline-start: 1mm solid #00695c; padding-inline-start: 3mm;
  margin: 2mm 0; }
table { border-collapse: collapse; margin: 2mm 0; }
th, td { border: 0.3mm solid #bdbdbd; padding: 1mm 2mm; text-align: start; }
"""
)


# The answer blocks (solutions) of the registry: what an exercise's solutions are titled.
_ANSWER = blocks.BY_NAME[blocks.with_slide("answer")[0]]


def _printed(spec: blocks.BlockType, trainer: bool) -> bool:
    """Is a block of this type on this handout (tools/common/blocks.py `handout`)?"""
    return spec.handout in ("both", "trainer" if trainer else "participant")


def chromium() -> str | None:
    return chromium_flags.executable()


def _quiz(q: answers.Question, lang: str, renderer: Renderer, trainer: bool) -> str:
    s = strings(lang)
    label = escape(s["kit.answers.question"].format(n=q.number))
    items = []
    for i, option in enumerate(q.options):
        right = trainer and option.correct
        mark = " ✓" if right else ""
        text = clean(renderer.html(option.text)).removeprefix("<p>").removesuffix("</p>")
        line = f'<span class="letter">{answers.letter(lang, i)}{mark}</span> {text}'
        if trainer and option.feedback:
            feedback = clean(renderer.html(" ".join(option.feedback)))
            line += f'<div class="feedback">{feedback}</div>'
        items.append(f'<li class="{"right" if right else ""}">{line}</li>')
    out = f"<h4>{label}</h4>" + clean(renderer.html(q.question))
    out += f'<ol class="options">{"".join(items)}</ol>'
    if trainer and q.explanation:
        out += clean(renderer.html(q.explanation))
    return out


def _plan(module: Node, lang: str, renderer: Renderer) -> str:
    """The session plan and the materials, for the trainer's handout."""
    s = strings(lang)
    rows, _ = plan.timing(module, lang)
    cells = "".join(f"<tr><td>{escape(a)}</td><td>{m}</td></tr>" for a, m in rows)
    activity, minutes = escape(s["kit.plan.activity"]), escape(s["kit.plan.minutes"])
    head = f"<tr><th>{activity}</th><th>{minutes}</th></tr>"
    total = sum(m for _, m in rows)
    out = f"<h2>{escape(s['kit.plan'])}</h2><table>{head}{cells}"
    out += f"<tr><th>{escape(s['kit.plan.total'])}</th><th>{total}</th></tr></table>"
    practice = plan.practice_minutes(module, lang)
    if practice:  # what the practice block holds, as on the trainer page
        text = "\n".join(plan.practice(module, lang, practice)).replace("### ", "#### ", 1)
        out += clean(renderer.html(text))
    msrc = module.source(lang)
    items = (msrc.meta.get("materials") if msrc else None) or []
    if items:
        lis = "".join(f"<li>{escape(str(i))}</li>" for i in items)
        out += f"<h2>{escape(s['kit.materials'])}</h2><ul>{lis}</ul>"
    return out


def handout_html(
    module: Node, lang: str, renderer: Renderer, fonts_css: str, trainer: bool = False
) -> str:
    """The participants' handout, or with `trainer` the trainer's."""
    s = strings(lang)
    msrc = module.source(lang)
    title = msrc.title if msrc else module.key
    heading = s["kit.page.title"].format(module=title) if trainer else title
    parts = [
        f"<h1>{escape(heading)}</h1>",
        f'<p class="meta">{escape(s["index.total"].format(n=module.duration(lang)))}</p>',
    ]
    if trainer:
        parts.append(_plan(module, lang, renderer))
    for lesson in module.lessons:
        src = lesson.source(lang)
        if src is None:
            continue
        parts.append('<section class="lesson">')
        parts.append(f"<h2>{escape(src.title)}</h2>")
        if isinstance(src.meta.get("duration"), int):
            duration = s["lesson.duration"].format(n=src.meta["duration"])
            parts.append(f'<p class="meta">{escape(duration)}</p>')
        for spec in (*blocks.generated("before"), *blocks.generated("after")):
            items = (src.meta.get(spec.name) or []) if _printed(spec, trainer) else []
            if items:  # a front-matter list (objectives, key points)
                lis = "".join(f"<li>{escape(str(i))}</li>" for i in items)  # plain text
                parts.append(f"<h3>{escape(s[spec.label])}</h3><ul>{lis}</ul>")
        for exercise in answers.exercises(src):
            parts.append(f'<div class="{exercise.type}"><h3>{escape(exercise.title)}</h3>')
            parts.append(clean(renderer.html(exercise.body)) + "</div>")
            if _printed(_ANSWER, trainer):
                for solution in exercise.solutions:
                    title = escape(s[_ANSWER.label])
                    parts.append(f'<div class="{_ANSWER.name}"><h4>{title}</h4>')
                    parts.append(clean(renderer.html(solution)) + "</div>")
        questions = answers.questions(src)
        if questions:
            parts.append(f"<h3>{escape(s['kit.answers.quiz'])}</h3>")
            parts += [_quiz(q, lang, renderer, trainer) for q in questions]
        for block in src.doc.all_blocks():  # speaker notes (trainer notes), each titled
            spec = blocks.BY_NAME.get(block.type)
            if spec is not None and spec.slide == "notes" and _printed(spec, trainer):
                parts.append(f'<div class="{spec.name}"><h4>{escape(s[spec.label])}</h4>')
                parts.append(clean(renderer.html(block.body)) + "</div>")
        if not trainer:
            notes = f'<h3>{escape(s["kit.notes"])}</h3><div class="notes"></div>'
            parts.append(f'<div class="notes-box">{notes}</div>')
        parts.append("</section>")
    body = "\n".join(parts)
    return f"""<!doctype html>
<html lang="{lang}" dir="{direction(lang)}"><head><meta charset="utf-8">
<title>{escape(heading)}</title>
<link rel="stylesheet" href="{fonts_css}">
<style>{CSS}</style></head>
<body>{body}</body></html>
"""


ORIGIN = "http://handout.tamkeen.invalid/"
FONTS_URL = ORIGIN + "assets/css/fonts.css"
# The build's own asset files a handout may load (under the site's `assets/`).
ASSET_TYPES = {".css": "text/css", ".woff2": "font/woff2", ".woff": "font/woff"}


def _answer(route, site_dir: Path, pages: dict[str, bytes], refused: list[str]) -> None:
    url = route.request.url
    path = url[len(ORIGIN) :].split("?", 1)[0].split("#", 1)[0] if url.startswith(ORIGIN) else None
    if path in pages:
        route.fulfill(status=200, content_type="text/html; charset=utf-8", body=pages[path])
        return
    if path is not None and path.startswith(PRINT_FONTS_PATH):
        font = PRINT_FONTS.get(path[len(PRINT_FONTS_PATH) :])
        if font is not None:
            body = (NODE_MODULES / font[0] / "files" / path[len(PRINT_FONTS_PATH) :]).read_bytes()
            route.fulfill(status=200, content_type="font/woff2", body=body)
            return
    if path is not None and path.startswith("assets/"):
        assets = (site_dir / "assets").resolve()
        target = (site_dir / path).resolve()
        if assets in target.parents and target.suffix in ASSET_TYPES and target.is_file():
            route.fulfill(
                status=200, content_type=ASSET_TYPES[target.suffix], body=target.read_bytes()
            )
            return
    refused.append(url)
    route.abort("blockedbyclient")


def print_pdfs(jobs: list[tuple[Path, Path]], site_dir: Path, browser=None) -> list[str]:
    """Print each (HTML file, PDF file) with one locked Chromium (`browser`, or one of its
    own); returns the requests it refused (for the tests)."""
    refused: list[str] = []
    if not jobs:
        return refused
    if browser is not None:
        _print(browser, jobs, site_dir, refused)
        return refused
    # Playwright loads only to print a handout
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium(), args=chromium_flags.ARGS)
        try:
            _print(browser, jobs, site_dir, refused)
        finally:
            browser.close()
    return refused


# Handouts printed at once: each waits for half a second of network quiet before it is
# printed, and those waits overlap (a module has four: two per language).
TABS = 4
# A slow or busy machine (a volunteer's laptop, a test run) is slow, not wrong.
TIMEOUT_MS = 180_000


def _print(browser, jobs: list[tuple[Path, Path]], site_dir: Path, refused: list[str]) -> None:
    context = browser.new_context(java_script_enabled=False, service_workers="block")
    pages: dict[str, bytes] = {}  # handout-N.html → its HTML, served from memory
    context.route("**/*", lambda route: _answer(route, site_dir, pages, refused))
    quiet = chromium_flags.NetworkQuiet(context)
    try:
        tabs = [context.new_page() for _ in range(min(TABS, len(jobs)))]
        for start in range(0, len(jobs), TABS):
            batch = list(zip(tabs, jobs[start : start + TABS], strict=False))
            pages.clear()
            for n, (tab, (html_file, _)) in enumerate(batch, start):
                pages[f"handout-{n}.html"] = html_file.read_bytes()
                tab.goto(f"{ORIGIN}handout-{n}.html", wait_until="commit", timeout=TIMEOUT_MS)
            for tab, _ in batch:
                tab.wait_for_load_state("load", timeout=TIMEOUT_MS)
            quiet.wait(tabs[0], timeout=TIMEOUT_MS / 1000)  # fonts and images, every tab
            for tab, (_, pdf_file) in batch:
                tab.pdf(path=str(pdf_file), format="A4", print_background=True)
    finally:
        context.close()
