"""The speaker view, in the deck's language, as files of the site.

reveal.js's notes plugin writes its speaker view into an `about:blank` window from a
template with an inline script and inline styles: the decks' Content-Security-Policy
(scripts and styles from the site's own files only) stops it, and its labels are English.
At build time the template is taken out of the installed plugin and written as
`speaker.html` per language (under `fr/` in French: labels translated, `lang`/`dir` set,
notes right to left in Arabic, the site's fonts, the keys stated), `speaker.css` and
`speaker.js` (its script, reading the labels from a JSON block). tools/assets/slides.js
opens that page on `S` and speaks the plugin's protocol with it (`connect`, `state`,
`call`).
"""

from __future__ import annotations

import html
import json
import posixpath
import re
from pathlib import Path

from tools.common.paths import DEFAULT_LANGUAGE, LANGUAGES, direction
from tools.common.ui_strings import strings
from tools.site.fonts import MissingAsset
from tools.site.html_page import policy

# Not a parser: the speaker view is an HTML document inside a JavaScript template literal of
# reveal.js's notes plugin; this finds the literal in the script, not markup in a page.
_TEMPLATE = re.compile(r"document\.write\(`(.*?</html>)`\)", re.DOTALL)

# English text of the template -> ui_strings key.
_LABELS = {
    "Loading speaker view...": "slides.speaker.loading",
    ">Upcoming<": "slides.speaker.upcoming",
    ">Time <": "slides.speaker.time",
    "Click to Reset": "slides.speaker.reset",
    "Pacing – Time to finish current slide": "slides.speaker.pacing",
    ">Notes<": "slides.speaker.notes",
}
# Strings of the script -> a lookup in the page's JSON block.
_SCRIPT_STRINGS = {
    "'Default'": "T.default",
    "'Wide'": "T.wide",
    "'Tall'": "T.tall",
    "'Notes only'": "T['notes-only']",
    "'Layout' +": "T.layout +",
    "'Cross origin error.<br>The speaker window can only be opened from the same origin.'": (
        "T.cross_origin"
    ),
    "'Error connecting to main window.<br>Please try closing and reopening the speaker view.'": (
        "T.no_connection"
    ),
    "toLocaleTimeString( 'en-US'": "toLocaleTimeString( document.documentElement.lang",
    # A deck opened from a file (a USB stick): the opener's origin cannot be read there.
    "if( window.location.origin !== openerOrigin )": (
        "if( window.location.protocol !== 'file:' && window.location.origin !== openerOrigin )"
    ),
}

CSS = """
/* Tamkeen: the site's fonts; notes in the deck's direction, lists and paragraphs kept. */
body { font-family: "Tamkeen Latin", "Tamkeen Arabic", system-ui, sans-serif; }
html[lang="ar"] body { font-family: "Tamkeen Arabic", "Tamkeen Latin", system-ui, sans-serif; }
.pacing-title, .pacing { display: none; }
.speaker-controls-notes .value { white-space: normal; line-height: 1.5; text-align: start; }
.speaker-controls-notes .value :is(ul, ol) { padding-inline-start: 1.4em; margin: 0.3em 0; }
.speaker-controls-notes .value p { margin: 0 0 0.5em; }
.speaker-controls-notes .value code { direction: ltr; unicode-bidi: isolate; }
.tk-keys { font-size: 0.8em; color: #555; margin: 1em 0 0; }
"""


def template(notes_js: Path) -> str:
    if not notes_js.is_file():
        raise MissingAsset(f"{notes_js}: reveal.js not installed; run `npm ci` (or `make site`)")
    found = _TEMPLATE.search(notes_js.read_text(encoding="utf-8"))
    if not found:
        raise MissingAsset(f"{notes_js}: the speaker view template was not found")
    # The template literal's escapes, as the browser would read them.
    return re.sub(r"\\([\\`$/])", r"\1", found.group(1))


def _between(text: str, start: str, end: str) -> tuple[str, str, str]:
    i = text.index(start)
    j = text.index(end, i)
    return text[:i], text[i + len(start) : j], text[j + len(end) :]


ASSETS = "assets/slides"


def url(lang: str) -> str:
    """The speaker page of a language, from the site's root: under the language's folder
    (`fr/…`), as every page of that language is."""
    prefix = "" if lang == DEFAULT_LANGUAGE else f"{lang}/"
    return f"{prefix}{ASSETS}/speaker.html"


def write(site_dir: Path, notes_js: Path) -> None:
    """assets/slides/speaker.css and speaker.js, and each language's speaker.html."""
    target = site_dir / ASSETS
    page = template(notes_js)
    head, style, rest = _between(page, "<style>", "</style>")
    body_start, script, tail = _between(rest, "<script>", "</script>")
    for english, replacement in _SCRIPT_STRINGS.items():
        if english not in script:
            raise MissingAsset(f"{notes_js}: {english!r} not found in the speaker view script")
        script = script.replace(english, replacement)
    lookup = "var T = JSON.parse(document.getElementById('tk-strings').textContent);\n"
    (target / "speaker.js").write_text(lookup + script, encoding="utf-8")
    (target / "speaker.css").write_text(style + CSS, encoding="utf-8")
    body = body_start[body_start.index("<body>") + len("<body>") :]
    body = body.replace(' style="display: none"', "")
    for lang in LANGUAGES:
        s = strings(lang)
        text = body
        for english, key in _LABELS.items():
            label = html.escape(s[key])
            if english not in text:
                raise MissingAsset(f"{notes_js}: {english!r} not found in the speaker view")
            if english.startswith(">"):
                label = ">" + label + (" <" if english.endswith(" <") else "<")
            text = text.replace(english, label)
        labels = {
            k.removeprefix("slides.speaker.").removeprefix("layout."): s[k]
            for k in s
            if k.startswith("slides.speaker.")
        }
        data = json.dumps(labels, ensure_ascii=False).replace("<", "\\u003c")
        keys = f'<p class="tk-keys">{html.escape(s["slides.keys"])}</p>'
        notes = '<div class="speaker-controls-notes hidden">'
        text = text.replace(notes, keys + notes)
        page_file = site_dir / url(lang)
        page_file.parent.mkdir(parents=True, exist_ok=True)
        up = posixpath.relpath(ASSETS, posixpath.dirname(url(lang)))
        (page_file).write_text(
            f"""<!doctype html>
<html lang="{lang}" dir="{direction(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{policy()}">
<title>{html.escape(s["slides.speaker.title"])}</title>
<link rel="stylesheet" href="{up}/../css/fonts.css">
<link rel="stylesheet" href="{up}/speaker.css">
<script type="application/json" id="tk-strings">{data}</script>
</head>
<body>{text}<script src="{up}/speaker.js"></script>
</body>
</html>
""",
            encoding="utf-8",
        )
