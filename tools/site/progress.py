"""Progress on the participant's device: the generated parts tamkeen.js fills in.

Nothing is computed or stored here: pages carry the lesson keys (the same in every
language) and the interface strings as data attributes, and the browser keeps progress in
`localStorage` under `tamkeen:lesson:<key>`.

- every lesson page: a "mark as done" button (`done_block`);
- course and module index pages, the home page's course list: "3 of 7 lessons"
  (`count_line`), and on the home page where to continue (`continue_block`);
- the completion summary page (`docs/progress.<lang>.md`, a `<!-- tamkeen:progress -->`
  marker): name, courses and modules completed with dates and quiz scores, export/import.
"""

from __future__ import annotations

import json
from html import escape

from tools.site import cert_pages
from tools.model.content import Node, Site, Source
from tools.common.sanitize import markdown_text
from tools.common.ui_strings import strings

MARKER = "<!-- tamkeen:progress -->"


def _keys(lessons: list[Node]) -> str:
    return " ".join(lesson.key for lesson in lessons)


def _nostore(lang: str) -> str:
    return (
        f'<p class="tk-nostore" role="alert" hidden>{escape(strings(lang)["progress.nostore"])}</p>'
    )


def done_block(lang: str, node: Node) -> str:
    s = strings(lang)
    return (
        f'<div class="tk-done" data-tk-key="{escape(node.key)}" hidden>'
        '<button type="button" class="md-button tk-done__button" aria-pressed="false">'
        f"{escape(s['progress.done'])}</button>{_nostore(lang)}</div>"
    )


def count_line(lang: str, lessons: list[Node], tag: str = "p") -> str:
    """Filled by tamkeen.js: "3 of 7 lessons" done among `lessons`."""
    template = escape(strings(lang)["progress.count"])
    return (
        f'<{tag} class="tk-count" data-tk-lessons="{escape(_keys(lessons))}" '
        f'data-tk-template="{template}" hidden></{tag}>'
    )


def continue_block(lang: str, site: Site) -> str:
    s = strings(lang)
    lessons = [[n.key, n.title(lang)] for c in site.courses for n in c.lessons]
    if not lessons:
        return ""
    data = escape(json.dumps(lessons, ensure_ascii=False, separators=(",", ":")))
    texts = " ".join(
        f'data-tk-{k}="{escape(s["progress." + k])}"' for k in ("continue", "start", "all")
    )
    return f'<p class="tk-continue" data-tk-lessons="{data}" {texts} hidden></p>'


def _questions(node: Node, lang: str) -> int:
    src = node.source(lang)
    return len(src.doc.quizzes) if src else 0  # the model check reads


def page_markdown(site: Site, lang: str, from_src: Source) -> str:
    """The completion summary in the page's language, for the marker's page."""
    s = strings(lang)
    texts = " ".join(
        f'data-tk-{k}="{escape(s["summary." + k])}"' for k in ("course_done", "imported", "bad")
    )
    out = [
        f'<div class="tk-summary" {texts}>',
        f'<p class="tk-summary__name"><label for="tk-name">{escape(s["summary.name"])}</label>'
        ' <input id="tk-name" type="text" autocomplete="name" maxlength="80"></p>',
        f'<p class="tk-summary__self"><strong>{escape(s["summary.self"])}</strong></p>',
        _nostore(lang),
        "</div>",
        "",
    ]
    head = "".join(
        f'<th scope="col">{escape(s[k])}</th>'
        for k in ("summary.module", "summary.lessons", "summary.date", "summary.score")
    )
    for course in site.courses:
        if not course.lessons:
            continue
        out += [f"## {markdown_text(course.title(lang))}", ""]
        rows = []
        for module in course.children:
            questions = " ".join(str(_questions(n, lang)) for n in module.lessons)
            rows.append(
                f'<tr data-tk-lessons="{escape(_keys(module.lessons))}" '
                f'data-tk-questions="{questions}"><th scope="row">{escape(module.title(lang))}'
                '</th><td class="tk-n"></td><td class="tk-date"></td><td class="tk-score"></td>'
                "</tr>"
            )
        out += [
            f'<div class="tk-summary__course" data-tk-lessons="{escape(_keys(course.lessons))}">'
            '<p class="tk-summary__course-done"></p>'
            f'<table class="tk-summary__table"><thead>'
            f"<tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>",
            "",
        ]
    out += [
        '<p class="tk-summary__print" hidden><button type="button" class="md-button" '
        f"data-tk-print>{escape(s['summary.print'])}</button></p>",
        "",
        cert_pages.progress_markdown(site, lang),  # the participant's certificates
        f"## {s['summary.move']} {{: .tk-transfer-title }}",
        "",
        '<div class="tk-transfer" hidden>',
        f"<p>{escape(s['summary.move.help'])}</p>",
        '<p><button type="button" class="md-button md-button--primary" data-tk-export>'
        f"{escape(s['summary.export'])}</button> "
        # An id: a link without href until progress.js makes the file is then a named
        # anchor, not a broken link, for crawlers (Lighthouse `crawlable-anchors`).
        '<a class="md-button" id="tk-download" data-tk-download download="tamkeen-progress.txt"'
        " hidden>"
        f"{escape(s['summary.download'])}</a></p>",
        f'<p class="tk-transfer__out" hidden><label for="tk-code-out">{escape(s["summary.code"])}'
        '</label><textarea id="tk-code-out" readonly rows="3" dir="ltr"></textarea></p>',
        # The same code as a QR code, drawn by progress.js (qrcode-generator, this page only).
        f'<div class="tk-qr" data-tk-label="{escape(s["summary.qr"])}" hidden></div>',
        f'<p><label for="tk-code-in">{escape(s["summary.paste"])}</label>'
        '<textarea id="tk-code-in" rows="3" dir="ltr" spellcheck="false"></textarea>'
        '<button type="button" class="md-button" data-tk-import>'
        f"{escape(s['summary.import'])}</button></p>",
        '<p class="tk-file"><input id="tk-file" type="file" accept=".txt,text/plain">'
        f'<label for="tk-file" class="md-button">{escape(s["summary.file"])}</label></p>',
        '<p class="tk-transfer__status" role="status" aria-live="polite"></p>',
        "</div>",
        "",
        f"## {markdown_text(s['summary.erase.title'])} {{: .tk-erase-title }}",
        "",
        # Everything this site keeps on the device: progress, name, caches, service worker.
        '<div class="tk-erase" hidden>',
        f"<p>{escape(s['summary.erase.help'])}</p>",
        '<p><button type="button" class="md-button" data-tk-erase>'
        f"{escape(s['summary.erase'])}</button></p>",
        '<p class="tk-erase__confirm" hidden>'
        f"<span>{escape(s['summary.erase.confirm'])}</span> "
        '<button type="button" class="md-button md-button--primary" data-tk-erase-yes>'
        f"{escape(s['summary.erase.yes'])}</button> "
        '<button type="button" class="md-button" data-tk-erase-no>'
        f"{escape(s['summary.erase.no'])}</button></p>",
        f'<p class="tk-erase__status" role="status" aria-live="polite" '
        f'data-tk-done="{escape(s["summary.erased"])}"></p>',
        "</div>",
        "",
    ]
    return "\n".join(out)
