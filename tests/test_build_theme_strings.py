"""No theme default in English, nor misspelled, on our pages (issue 29).

The theme (Material's `partials/languages/<lang>.html`, English where a language lacks a
key) and Python-Markdown's extensions write strings of their own on every page: header,
navigation and footer labels, the language button, heading links' titles, block titles,
the copy button's (Material's script reads them from the page's `__config`). These tests
list the ones shown on every page of the real site and fail on English text in an Arabic
or French page, and on Material's Arabic misspellings («إختر اللغة»): ours come from
tools/common/ui_strings.py (THEME, `admonition.<type>`, `toc.permalink`)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import material
from lxml import html as lxml_html

from tools.checks.rules.blocks import ALIASES
from tools.common.ui_strings import STRINGS, THEME
from tools.model.document import BLOCK_TYPES
from tools.site import skeleton

LANGUAGES = Path(material.__file__).parent / "templates" / "partials" / "languages"
# Python-Markdown's own English: a heading link's title, a block's title when none is
# written (its type, capitalised: Material's types too), a footnote's back link.
MARKDOWN_ENGLISH = {
    "Permanent link",
    "Jump back to footnote",
    *(t.capitalize() for t in (*BLOCK_TYPES, *ALIASES)),
}
# Imperatives take a plain alif (همزة وصل); Material's Arabic writes some with a hamza.
MISSPELLED = re.compile(r"إ(?:ختر|بحث|ستمع|ضغط|نقر|قرأ|ذهب|فتح)")
# Keys of Material's table that our pages show: the test must see them, or it sees nothing.
EXPECTED_KEYS = {"select.language", "header", "nav", "footer", "toc"}


def theme_table(lang: str) -> dict[str, str]:
    """Material's strings for `lang`: the dict inside the file's `t(key)` macro."""
    text = (LANGUAGES / f"{lang}.html").read_text(encoding="utf-8")
    return json.loads(text[text.index("{{ {") + 3 : text.rindex("}[key]") + 1])


def shown(page: Path) -> list[str]:
    """What the theme may write on a page, as a reader sees or hears it: text outside the
    article (header, navigation, footer), labels and titles anywhere, block titles, the
    page's <title>, the translations Material's script shows (`__config`)."""
    tree = lxml_html.fromstring(page.read_bytes())
    out = [tree.findtext(".//title") or ""]
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style"):
            continue
        out += [el.get(a) for a in ("aria-label", "title", "placeholder", "alt") if el.get(a)]
        if not el.xpath("ancestor-or-self::article"):
            out += [el.text or "", el.tail or ""]
        elif el.tag == "summary" or "admonition-title" in (el.get("class") or "").split():
            out.append(el.text_content())
    config = tree.xpath("//script[@id='__config']/text()")
    if config:
        out += json.loads(config[0]).get("translations", {}).values()
    return [" ".join(s.split()) for s in out if s and s.strip()]


def pages(site: Path) -> dict[str, list[Path]]:
    """The Material pages of each language (slide decks and other HTML left out)."""
    out: dict[str, list[Path]] = {"ar": [], "fr": []}
    for page in sorted(site.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        if 'id="__config"' in text:
            lang = re.search(r'<html\b[^>]*\blang="([a-z]+)"', text).group(1)
            out[lang].append(page)
    return out


def english(lang: str) -> set[str]:
    """The English defaults that would be wrong on a page of `lang`: not also a word of
    that language's own strings ("Navigation", "Note", "Question" are French too)."""
    own = set(theme_table(lang).values()) | set(STRINGS[lang].values())
    words = {v for v in theme_table("en").values() if len(v) > 3 and re.search("[A-Za-z]", v)}
    return {w for w in words | MARKDOWN_ENGLISH if w not in own}


def test_no_english_theme_default_on_arabic_or_french_pages(site):
    found = []
    seen_keys: set[str] = set()
    for lang, paths in pages(site).items():
        assert paths, f"no {lang} page in the site"
        bad, table = english(lang), {**theme_table(lang), **THEME[lang]}
        for page in paths:
            strings = shown(page)
            seen_keys |= {k for k, v in table.items() if len(v) > 3 and v in strings}
            for s in strings:
                hit = next((e for e in bad if s == e or s.startswith(e + ":")), None)
                if hit:
                    found.append(f"{page.relative_to(site)}: {s!r}")
    assert found == [], "English theme defaults:\n" + "\n".join(sorted(set(found))[:40])
    assert seen_keys >= EXPECTED_KEYS, f"the theme's strings not found: {EXPECTED_KEYS - seen_keys}"


def test_no_misspelled_theme_string_on_arabic_pages(site):
    found = []
    for page in pages(site)["ar"]:
        found += [f"{page.relative_to(site)}: {s!r}" for s in shown(page) if MISSPELLED.search(s)]
    assert found == [], "\n".join(sorted(set(found))[:40])


def test_our_theme_strings_are_spelled_right():
    for lang, table in THEME.items():
        for key, value in table.items():
            assert key in theme_table(lang) or key in theme_table("en"), key  # a real key
            assert not MISSPELLED.search(value), (lang, key, value)


def test_every_block_type_is_titled_in_both_languages():
    """A block written without a title gets ours, never Python-Markdown's English type."""
    for block in (t for t in BLOCK_TYPES if t != "quiz"):
        for lang in ("ar", "fr"):
            title = STRINGS[lang][f"admonition.{block}"]
            body = skeleton.render_body(f"!!! {block}\n    Text.\n", lang)
            assert body.splitlines()[0] == f'!!! {block} "{title}"', body
