"""The glossary: one data file, a page per language, and links from lessons.

`docs/glossary.yml` holds each term once, in both languages:

    - id: hallucination
      ar: {term: هلوسة, definition: "…", forms: [الهلوسة, هلوسات]}
      fr: {term: hallucination, definition: "…"}

The glossary page of each language (`docs/glossary.<lang>.md`, a `<!-- tamkeen:glossary -->`
marker) lists the terms with the other language's term beside them, and the first time a
lesson uses a term (or one of its `forms`), that word links to its entry.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from pathlib import Path

from lxml import html as lxml_html

from tools.common import yamlfast
from tools.common.languages import language
from tools.common.paths import LANGUAGES, direction
from tools.common.sanitize import markdown_text as md  # entries are plain text
from tools.common.ui_strings import strings

DATA_FILE = "glossary.yml"
PAGE = "glossary"  # docs/glossary.<lang>.md, served at glossary/
MARKER = "<!-- tamkeen:glossary -->"
_ARABIC_LETTER = r"\u0621-\u064A"
# Clitics that may stick to an Arabic term: و ف ب ك ل, and the article after them.
_AR_BEFORE = rf"(?:(?<![{_ARABIC_LETTER}\w])(?:[وفبكل]{{0,2}}(?:ال)?)?)"
_ANCHOR_UNSAFE = re.compile(r"[^a-z0-9-]")
_SKIP_TAGS = {"a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "script", "style", "kbd"}


@dataclass(frozen=True)
class Term:
    id: str
    entries: dict[str, dict]  # lang -> {term, definition, forms}

    def forms(self, lang: str) -> list[str]:
        entry = self.entries.get(lang) or {}
        forms = [entry.get("term", "")] + list(entry.get("forms") or [])
        return sorted({f for f in forms if f}, key=len, reverse=True)


def load(docs_dir: Path) -> list[Term]:
    path = docs_dir / DATA_FILE
    if not path.is_file():
        return []
    data = yamlfast.load(path.read_text(encoding="utf-8")) or []
    return [
        Term(str(item["id"]), {lang: item.get(lang) or {} for lang in LANGUAGES}) for item in data
    ]


def page_markdown(terms: list[Term], lang: str) -> str:
    s = strings(lang)
    lines = []
    ordered = sorted(terms, key=lambda t: t.entries[lang].get("term", "").casefold())
    for term in ordered:
        entry = term.entries[lang]
        anchor = _ANCHOR_UNSAFE.sub("", term.id)
        lines += [f"## {md(entry['term'])} {{#{anchor}}}", "", md(entry.get("definition", "")), ""]
        for other in LANGUAGES:
            if other != lang and term.entries[other].get("term"):
                name = s[f"glossary.in.{other}"]
                word = md(term.entries[other]["term"])
                lines += [f'{name}: <span lang="{other}" dir="{direction(other)}">{word}</span>']
                lines += ["{: .tk-term-other }", ""]
    return "\n".join(lines)


def _pattern(form: str, lang: str) -> re.Pattern[str]:
    escaped = re.escape(form)
    if language(lang).words == "arabic":
        return re.compile(rf"{_AR_BEFORE}{escaped}(?![{_ARABIC_LETTER}])")
    return re.compile(rf"(?<![\w-]){escaped}(?![\w-])", re.IGNORECASE)


def link_terms(html: str, terms: list[Term], lang: str, page_url: str, prefix: str) -> str:
    """Link the first use of each term in the page's text to its glossary entry.

    `page_url` is the page's URL from the site root (`fr/courses/ai/x/`), `prefix` the
    language's folder (`""` or `"fr/"`)."""
    if not terms or not html.strip():
        return html
    glossary_url = posixpath.relpath(f"{prefix}{PAGE}/", page_url or ".") + "/"
    root = lxml_html.fragment_fromstring(html, create_parent="div")
    # (the form in lower case, its pattern): a plain substring test first, so the regex
    # runs only where the word can be.
    pending = {t.id: [(f.casefold(), _pattern(f, lang)) for f in t.forms(lang)] for t in terms}
    for element, attr in list(_text_slots(root)):
        if not pending:
            break
        owner = element if attr == "text" else element.getparent()
        if owner is not None and not _inside_skipped(owner):
            _link_in(element, attr, pending, glossary_url)
    out = lxml_html.tostring(root, encoding="unicode")
    return out[len("<div>") : -len("</div>")]


def _text_slots(element):
    """(element, "text"|"tail") in document order."""
    yield element, "text"
    for child in element:
        if isinstance(child.tag, str):
            yield from _text_slots(child)
        yield child, "tail"


def _inside_skipped(element) -> bool:
    while element is not None:
        if isinstance(element.tag, str) and element.tag in _SKIP_TAGS:
            return True
        classes = element.get("class", "") if isinstance(element.tag, str) else ""
        if "admonition-title" in classes or "tk-lesson-meta" in classes:
            return True
        element = element.getparent()
    return False


def _link_in(element, attr: str, pending: dict, glossary_url: str) -> None:
    text = getattr(element, attr)
    if not text:
        return
    best = None
    folded = text.casefold()
    for term_id, patterns in pending.items():
        for form, pattern in patterns:
            if form not in folded:
                continue
            match = pattern.search(text)
            if match and (best is None or match.start() < best[1].start()):
                best = (term_id, match)
    if best is None:
        return
    term_id, match = best
    del pending[term_id]
    link = lxml_html.Element("a", {"href": f"{glossary_url}#{term_id}", "class": "tk-term"})
    link.text = match.group(0)
    link.tail = text[match.end() :]
    setattr(element, attr, text[: match.start()])
    if attr == "text":
        element.insert(0, link)
    else:
        parent = element.getparent()
        parent.insert(parent.index(element) + 1, link)
    # The rest of this text may hold other terms.
    _link_in(link, "tail", pending, glossary_url)
