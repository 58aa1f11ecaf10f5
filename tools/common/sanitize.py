"""The one sanitiser of what the site shows, and the plain-text helpers for metadata.

Lessons come from volunteers through pull requests: whatever a contributor writes, the
output holds only what our Markdown extensions and features produce.

- `clean(html)`: the allowlist (nh3, the Rust `ammonia`) applied to every page's rendered
  content after Markdown (tools/hooks/site.py), and to every slide deck, trainer page and
  handout. Tags, attributes and URL schemes outside the lists below are removed; `script`,
  `style` and embedding elements go with their content. The lists were taken from what the
  real site and the fixture sites emit (every extension of mkdocs.yml), then locked:
  tests/test_sanitize_allowlist.py renders every feature and fails if the sanitiser
  changes it.
- `text`, `markdown_text`, `plain_html`: metadata (titles, objectives, glossary entries,
  notebook metadata) is plain text wherever it is output, in HTML or in generated Markdown.
- `markup(value)`: the first piece of markup in a metadata value, for the validator's
  friendly `file:line` message (tools/checks/rules/plaintext.py). Safety does not depend on it.
- SVG images: tools/common/sanitize_svg.py.
"""

from __future__ import annotations

import html as _html
import re
from collections.abc import Iterable
from pathlib import Path

import nh3
from markupsafe import Markup

from tools.common.generated_pages import is_generated

# --- the allowlist ------------------------------------------------------------------------

TAGS = frozenset(
    {
        # Markdown itself, def_list, tables, footnotes, abbr
        "p", "br", "hr", "em", "strong", "code", "pre", "blockquote", "a", "img",
        "ul", "ol", "li", "dl", "dt", "dd", "sup", "abbr",
        "h1", "h2", "h3", "h4", "h5", "h6",
        "table", "thead", "tbody", "tr", "th", "td",
        # admonitions, details, tabbed, tasklist, highlight (spans), md_in_html blocks
        "div", "span", "details", "summary", "label", "input",
        # our features: quizzes, progress page, lesson facts, 404 sections, notebook outputs
        "fieldset", "legend", "button", "textarea", "section", "aside", "bdi",
        # notebook outputs (text/html, e.g. pandas tables): inert text-level tags
        "caption", "tfoot", "b", "i", "u", "s", "small", "sub", "kbd", "mark", "del", "ins",
        "q", "cite", "var", "samp",
    }
)  # fmt: skip
# Removed with everything inside them (not just the tag).
DROPPED_WITH_CONTENT = frozenset(
    {"script", "style", "template", "iframe", "frame", "object", "embed", "noscript",
     "svg", "math", "applet", "noembed", "noframes", "xmp", "title", "head"}
)  # fmt: skip
_GLOBAL = {"class", "id", "dir", "lang", "title", "hidden", "role"}
ATTRIBUTES: dict[str, set[str]] = {
    "*": _GLOBAL,
    "a": {"href", "name", "download", "rel"},
    "img": {"src", "alt", "width", "height", "loading", "decoding"},
    "abbr": set(),
    "th": {"align", "scope", "colspan", "rowspan"},
    "td": {"align", "colspan", "rowspan"},
    "ol": {"start"},
    "details": {"open"},
    "label": {"for"},
    "input": {"type", "name", "value", "checked", "disabled", "autocomplete", "maxlength",
              "accept"},
    "button": {"type"},
    "textarea": {"readonly", "rows", "spellcheck"},
    # data-* attributes read by tamkeen.js (tools/model/quiz.py, tools/site/progress.py) and
    # reveal.js
    "div": {"data-tabs", "data-tk-quiz", "data-tk-right", "data-tk-wrong", "data-tk-choose",
            "data-tk-key", "data-tk-lessons", "data-tk-course_done", "data-tk-imported",
            "data-tk-bad", "data-fragment-index"},
    "li": {"data-tk-correct", "data-fragment-index"},
    "p": {"data-tk-lessons", "data-tk-template", "data-tk-continue", "data-tk-start",
          "data-tk-all", "data-tk-done"},
    "span": {"data-tk-lessons", "data-tk-template"},
    "tr": {"data-tk-lessons", "data-tk-questions"},
}  # fmt: skip
# Attributes that may appear on any tag with these prefixes.
GENERIC_PREFIXES = frozenset({"aria-"})
# `data-tk-*` attributes with no value (flags) on buttons and links of the progress page.
ATTRIBUTES["button"] |= {"data-tk-print", "data-tk-export", "data-tk-import", "data-tk-erase",
                         "data-tk-erase-yes", "data-tk-erase-no"}  # fmt: skip
ATTRIBUTES["a"] |= {"data-tk-download"}
# The class view (tools/site/classview.py) and the progress code as a QR code
# (tools/site/progress.py).
ATTRIBUTES["div"] |= {"data-tk-class", "data-tk-label"}
ATTRIBUTES["button"] |= {"data-tk-class-add", "data-tk-class-scan", "data-tk-class-csv",
                         "data-tk-class-clear"}  # fmt: skip
ATTRIBUTES["a"] |= {"data-tk-class-download"}
# Certificates (tools/site/cert_pages.py): the trainers and courses the page checks against.
ATTRIBUTES["div"] |= {"data-tk-cert"}
# Sharing (tools/site/share.py): which message a button of the trainer page shares.
ATTRIBUTES["button"] |= {"data-tk-share", "data-tk-key"}
URL_SCHEMES = frozenset({"http", "https", "mailto"})

_INPUT_TYPES = {"checkbox", "radio", "text", "file", "password"}
# Ids that the theme and our scripts look up: content must not shadow them (DOM clobbering).
# `__…` but the ids our extensions write (tabbed, code line anchors), and the globals of
# tamkeen.js and offline.js (`window.tamkeenPagefind` would be an element of that id).
_RESERVED_ID = re.compile(r"^(?:__(?!tabbed_|codelineno-|code_)|tamkeen[A-Z])")
_SCHEME = re.compile(r"^\s*([a-z][a-z0-9+.-]*):", re.IGNORECASE)


# What the attribute filter dropped during the current `clean` call that an author should
# hear about (the page still builds, without it).
_reported: list[str] = []


def _attribute_filter(tag: str, attr: str, value: str) -> str | None:
    if attr == "id":
        if _RESERVED_ID.match(value):
            return None
    elif tag == "img" and attr == "src":
        # Images come from the site itself: no scheme, no other host, no data: URL.
        if _SCHEME.match(value) or value.lstrip().startswith(("//", "\\")):
            _reported.append(f"image from another host removed: {value}")
            return None
    elif tag == "input" and attr == "type":
        return value if value.lower() in _INPUT_TYPES else None
    elif tag == "button" and attr == "type":
        return "button"
    elif attr == "class":
        # Material's script would fetch the Mermaid library from a CDN for `.mermaid`.
        return " ".join(c for c in value.split() if c != "mermaid") or None
    elif attr == "rel":
        return (
            value if set(value.lower().split()) <= {"noopener", "noreferrer", "nofollow"} else None
        )
    return value


def clean(html: str) -> str:
    """`html` with only the allowlisted tags, attributes and URL schemes."""
    return clean_report(html)[0]


def clean_report(html: str) -> tuple[str, list[str]]:
    """`clean(html)`, and what was removed that the author should be told about."""
    _reported.clear()
    out = nh3.clean(
        html,
        tags=set(TAGS),
        clean_content_tags=set(DROPPED_WITH_CONTENT),
        attributes={tag: set(attrs) for tag, attrs in ATTRIBUTES.items()},
        attribute_filter=_attribute_filter,
        generic_attribute_prefixes=set(GENERIC_PREFIXES),
        url_schemes=set(URL_SCHEMES),
        link_rel=None,
        strip_comments=True,
    )
    return out, list(_reported)


# --- plain text ---------------------------------------------------------------------------

# Line breaks and runs of spaces; no-break spaces (French `\u202f:`) stay.
_SPACE = re.compile(r"[ \t\r\n\f\v]+")
# Characters that make Markdown (or one of our extensions) out of text, written as numeric
# character references: Python-Markdown keeps those as they are, the browser shows the
# character. `&`, `<`, `>` are escaped as HTML first.
_MD_ACTIVE = {c: f"&#{ord(c)};" for c in "\\`*_[]{}|!#~^$"}
_MD_LEADING = {c: f"&#{ord(c)};" for c in "-+:=>"}
_ORDERED = re.compile(r"^(\d+)([.)])")


def one_line(value: object) -> str:
    """`value` as text on one line (metadata is never multi-line on a page)."""
    return _SPACE.sub(" ", str(value)).strip()


def text(value: object) -> Markup:
    """Plain text for an HTML element or attribute value. A `Markup` string: Jinja's `| e`
    in the theme's templates does not escape it twice."""
    return Markup(_html.escape(one_line(value), quote=True))


def markdown_text(value: object) -> str:
    """Plain text for generated Markdown: renders as exactly these characters, whatever
    they are (no tag, link, emphasis, attribute list, list or heading marker)."""
    out = _html.escape(one_line(value), quote=False)
    out = "".join(_MD_ACTIVE.get(c, c) for c in out)
    if out[:1] in _MD_LEADING:
        out = _MD_LEADING[out[0]] + out[1:]
    return _ORDERED.sub(lambda m: f"{m.group(1)}&#{ord(m.group(2))};", out, count=1)


def plain_html(fragment: str) -> Markup:
    """An HTML fragment (a heading's inner HTML) as escaped text: tags gone, entities kept
    as text. For titles the theme prints as they are (page titles from an H1, the toc)."""
    return Markup(nh3.clean(fragment, tags=set(), clean_content_tags=set(DROPPED_WITH_CONTENT)))


# Not a parser: metadata is plain text that must hold no markup at all, and a parser would
# read `< b` or a lone `<x` as text; this finds the first thing that looks like a tag.
_TAG_LIKE = re.compile(r"<\s*[A-Za-z/!?]")
_REFERENCE = re.compile(r"&(?:#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);")
_LINK = re.compile(r"\]\s*[(\[]|\[\^")
_ATTR_LIST = re.compile(r"\{\s*:|\{\s*[#.][\w-]")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
# (pattern, what it is: a key of tools/common/messages.py under `plain.what.`)
_MARKUP_CHECKS = (
    (_TAG_LIKE, "tag"),
    (_REFERENCE, "reference"),
    (_LINK, "link"),
    (re.compile("`"), "code"),
    (_ATTR_LIST, "attr_list"),
    (re.compile(r"\n"), "line_break"),
    (_CONTROL, "control"),
)


def markup(value: str) -> tuple[int, str] | None:
    """(offset, kind) of the first markup in a plain-text metadata value, or None."""
    found = []
    for pattern, what in _MARKUP_CHECKS:
        match = pattern.search(value.rstrip("\n"))
        if match:
            found.append((match.start(), what))
    return min(found) if found else None


# Front matter the theme prints (Material's `<title>`, header, description meta): escaped
# here, once. Other fields are ours: the theme never sees them.
THEME_META = ("title", "description")


def theme_meta(meta: dict) -> dict:
    """A page's `meta` as the theme may use it: known fields only, as escaped text."""
    return {
        key: text(meta[key])
        for key in THEME_META
        if isinstance(meta.get(key), str | int | float) and not isinstance(meta[key], bool)
    }


def page_titles(page) -> None:
    """A page title taken from its H1 and the table of contents are HTML the theme prints
    as it is: make them escaped text (a front-matter title is already, `theme_meta`)."""
    if "title" not in page.meta and page.title:
        # As a front-matter title: Material prints `page.title | striptags` otherwise, and
        # `striptags` turns `&lt;script&gt;` back into a tag.
        page.meta["title"] = plain_html(page.title)

    def walk(items) -> None:
        for item in items:
            item.title = plain_html(item.title)
            walk(item.children)

    walk(page.toc or [])


def strings(value: object) -> Iterable[str]:
    """Every string inside a metadata value (a text, a list, a mapping)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list | tuple):
        for item in value:
            yield from strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)


# --- files --------------------------------------------------------------------------------

# What a contributor's file in docs/ may be published as: pages, images, and the data files
# the build reads at the top of docs/ (glossary.yml, facts.yml, style.yml: YAML, never
# published as pages). An `.html`, `.js` or `.css` file would run or style on the site's
# origin.
PUBLISHED_SUFFIXES = frozenset({".md", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg"})
# Beside a page generated from a notebook (`<lesson>.<lang>.files/`): its downloads.
GENERATED_SUFFIXES = frozenset({".ipynb", ".zip"})


def publishable(path, docs_dir) -> bool:
    """Whether a file under `docs_dir` may reach the site."""
    path, docs_dir = Path(path), Path(docs_dir)
    suffix = path.suffix.lower()
    if suffix in PUBLISHED_SUFFIXES or (path.parent == docs_dir and suffix in (".yml", ".yaml")):
        return True
    folder = path.parent
    if suffix in GENERATED_SUFFIXES and folder.name.endswith(".files"):
        page = folder.with_name(folder.name[: -len(".files")] + ".md")
        return is_generated(page)
    return False
