"""Python-Markdown extension: `[[fact:id]]` and `[[fact:id|figure]]` (tools/model/facts.py).

Registered in mkdocs.yml (`- tools.site.facts_markdown`), so pages and the slides and handouts
(which render lesson Markdown with the site's extensions) show the same text:

    <span class="tk-dated-fact" data-fact="id">statement
      <span class="tk-dated-fact__source">(source: <a href="…">name</a>,
      checked on 30 November 2026)</span>.</span>

An unknown id renders as visible text marked `tk-dated-fact--unknown`; `make check` reports it
with its file and line before any build.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown.extensions import Extension
from markdown.inlinepatterns import InlineProcessor

from tools.model import facts
from tools.common.paths import direction
from tools.common.ui_strings import strings

# After inline code (190: `[[fact:x]]` in backticks stays code), before links (160).
PRIORITY = 175
# Identifiers and Latin runs isolated in right-to-left text: tools/model/facts.py says why.
_HYPHENATED_NUMBER = facts.HYPHENATED_NUMBER
_LATIN_RUN = facts.LATIN_RUN


class FactProcessor(InlineProcessor):
    def handleMatch(self, m, data):  # noqa: N802 (Python-Markdown's API)
        lang = facts.current_language()
        fact = facts.current_facts().get(m.group(1))
        form = m.group(2) or ""
        if fact is None or form not in facts.FORMS:
            el = etree.Element("span", {"class": "tk-dated-fact--unknown"})
            el.text = m.group(0)
            return el, m.start(0), m.end(0)
        return render(fact, form, lang), m.start(0), m.end(0)


def render(fact: facts.Fact, form: str, lang: str) -> etree.Element:
    s = strings(lang)
    el = etree.Element("span", {"class": "tk-dated-fact", "data-fact": fact.id})
    text = fact.figure_text(lang) if form == "figure" else fact.statement[lang]
    # The source goes inside the sentence, before its full stop.
    end = "." if text.endswith(".") else ""
    _add_text(el, text.removesuffix(".") + " ", lang)
    note = etree.SubElement(el, "span", {"class": "tk-dated-fact__source", "dir": direction(lang)})
    note.text = "(" + s["facts.inline.source"] + " "
    link = etree.SubElement(note, "a", {"href": fact.url})
    _add_text(link, fact.source_name[lang], lang, _LATIN_RUN)
    tail = s["facts.inline.checked"].format(date=facts.format_date(fact.checked, lang))
    if fact.kind == "secondary":
        tail = s["facts.inline.secondary"] + tail
    link.tail = tail + ")"
    note.tail = end
    return el


# Inline code: `[[fact:x]]` in backticks stays as written (PRIORITY above).
_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")


def plain(markdown: str, lang: str, register: dict[str, facts.Fact]) -> str:
    """`markdown` with each `[[fact:…]]` outside inline code replaced by the text a reader
    sees there (statement or figure, source, date): what the page shows, for the model's
    readers that compare or count words (tools/model/document.py `FactRef` nodes are where)."""

    def shown(m: re.Match) -> str:
        fact, form = register.get(m.group(1)), m.group(2) or ""
        if fact is None or form not in facts.FORMS:
            return m.group(0)
        return "".join(render(fact, form, lang).itertext())

    out, pos = [], 0
    for m in _CODE_SPAN.finditer(markdown):
        out.append(facts.REFERENCE.sub(shown, markdown[pos : m.start()]))
        out.append(m.group(0))
        pos = m.end()
    out.append(facts.REFERENCE.sub(shown, markdown[pos:]))
    return "".join(out)


def _add_text(
    parent: etree.Element, text: str, lang: str, ltr: re.Pattern = _HYPHENATED_NUMBER
) -> None:
    """Set the text of an element that has no children yet, the runs `ltr` matches
    (hyphenated numbers unless told) isolated left to right when the language is written
    right to left."""
    parent.text = text
    if direction(lang) != "rtl":
        return
    parts = ltr.split(text)
    runs = ltr.findall(text)
    parent.text = parts[0]
    for run, after in zip(runs, parts[1:], strict=True):
        bdi = etree.SubElement(parent, "bdi", facts.isolate_attributes(run))
        bdi.text = run
        bdi.tail = after


class FactsExtension(Extension):
    def __init__(self, **kwargs):
        self.config = {"lang": ["", "language of the texts (default: set by the build)"]}
        super().__init__(**kwargs)

    def extendMarkdown(self, md):  # noqa: N802 (Python-Markdown's API)
        if self.getConfig("lang"):
            facts.use(lang=self.getConfig("lang"))
        md.inlinePatterns.register(
            FactProcessor(facts.REFERENCE.pattern, md), "tamkeen_fact", PRIORITY
        )


def makeExtension(**kwargs):  # noqa: N802 (Python-Markdown's API)
    return FactsExtension(**kwargs)
