"""The class view: a trainer page (`class/` in each language) that gathers participants'
progress codes, pasted or scanned, into a table of who finished which lesson and their
quiz scores. No server: assets/js/classview.js reads the codes on the trainer's phone with
progress.js's own checks, and nothing is sent anywhere.

The page carries, as data, every module of every course with its lessons: key (the same
in every language, so codes of the Arabic and French sites mix), title in the page's
language and number of quiz questions; and the interface strings of the page's language.
"""

from __future__ import annotations

import json
from html import escape

from tools.site import cert_pages
from tools.model.content import Node, Site
from tools.common.paths import DEFAULT_LANGUAGE
from tools.site.progress import _questions
from tools.common.ui_strings import strings

SRC = "class.md"  # the page's source path in the default language; `fr/class.md` in French
# The strings the script shows, from ui_strings' `class.*` entries.
SCRIPT_STRINGS = (
    "all", "noname", "added", "dup", "bad", "kept", "nocamera", "name", "module", "lesson",
    "key", "done", "right", "questions", "scan", "stop",
)  # fmt: skip


def src_uri(lang: str) -> str:
    return SRC if lang == DEFAULT_LANGUAGE else f"{lang}/{SRC}"


def data(site: Site, lang: str) -> dict:
    s = strings(lang)
    modules: list[Node] = [m for c in site.courses for m in c.children if m.kind == "module"]
    return {
        "m": [
            {
                "t": module.title(lang),
                "l": [[n.key, n.title(lang), _questions(n, lang)] for n in module.lessons],
            }
            for module in modules
            if module.lessons
        ],
        "s": {k: s["class." + k] for k in SCRIPT_STRINGS},
    }


def page_markdown(site: Site, lang: str) -> str:
    s = strings(lang)
    payload = data(site, lang)
    keys = " ".join(lesson[0] for m in payload["m"] for lesson in m["l"])
    blob = escape(json.dumps(payload, ensure_ascii=False, separators=(",", ":")))

    def button(flag: str, label: str, primary: bool = False) -> str:
        kind = "md-button md-button--primary" if primary else "md-button"
        return f'<button type="button" class="{kind}" data-tk-{flag}>{escape(label)}</button>'

    return "\n".join(
        [
            f"# {escape(s['kit.class'])}",
            "",
            f'<div class="tk-class" data-tk-class="{blob}"'
            f' data-tk-lessons="{escape(keys)}" hidden>',
            f"<p>{escape(s['class.intro'])}</p>",
            f'<p><label for="tk-class-in">{escape(s["class.paste"])}</label>'
            '<textarea id="tk-class-in" rows="4" dir="ltr" spellcheck="false"></textarea>'
            f"{button('class-add', s['class.add'], True)}</p>",
            f'<p class="tk-class__scan" hidden>{button("class-scan", s["class.scan"])}</p>',
            '<p class="tk-class__status" role="status" aria-live="polite"></p>',
            '<div class="tk-class__result" hidden>',
            f'<p class="tk-class__pick"><label for="tk-class-module">{escape(s["class.pick"])}'
            "</label></p>",
            '<div class="tk-class__wrap"><table class="tk-class__table"></table></div>',
            '<ol class="tk-class__legend"></ol>',
            f"<p>{button('class-csv', s['class.csv'])} "
            '<a class="md-button" data-tk-class-download download="tamkeen-class.csv" hidden>'
            f"CSV</a> {button('class-clear', s['class.clear'])}</p>",
            "</div>",
            "</div>",
            "",
            cert_pages.class_markdown(site, lang),  # issue a certificate, the signing key
        ]
    )
