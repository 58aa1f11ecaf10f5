"""Sharing, the built parts (issue 27): the lessons' WhatsApp messages as data files, and the
trainer page's "share this module with the class".

- `write_data`, from the hook's `on_post_build`: one file per module and language,
  `assets/share/<course>/<module>.<lang>.js`, with every lesson's message and answer
  (tools/site/digest.py) and the module's message. A classic script (it loads from `file://`
  too, where fetch cannot), read by `assets/js/share.<lang>.js` when a reader presses
  "share": readers who do not share never download them.
- `module_markdown`: the trainer page's section (tools/slides/plan.py), a button per
  message; share.js does the rest.

The share button of a lesson page and the trainer view's QR code are made by tamkeen.js
(nothing in the page's HTML); everything else of sharing is in share.js, loaded on the
first press.
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

from tools.common.ui_strings import strings
from tools.model.content import Node, Site
from tools.model.facts import DATA_FILE
from tools.site import digest

DATA_DIR = "assets/share"
GLOBAL = "tkShareData"


def data_url(module_key: str, lang: str) -> str:
    """Site-relative URL of a module's messages in one language."""
    return f"{DATA_DIR}/{module_key}.{lang}.js"


def module_data(module: Node, lang: str, site_url: str, register: Path | None) -> dict:
    """{"m": the module's message, "l": {lesson key: {t title, u link, d message, a answer}}}"""
    lessons = {}
    for node in module.lessons:
        src = node.sources.get(lang)
        if src is None:
            continue
        made = digest.lesson_digest(src, node.key, site_url, register)
        lessons[node.key] = {"t": made.title, "u": made.link, "d": made.text, "a": made.answer}
    return {"m": digest.module_message(module, lang, site_url), "l": lessons}


def script(module_key: str, data: dict) -> str:
    blob = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    key = json.dumps(module_key)
    return f"window.{GLOBAL}=window.{GLOBAL}||{{}};window.{GLOBAL}[{key}]={blob};\n"


def modules(site: Site) -> list[Node]:
    return [m for c in site.courses for m in c.children if m.kind == "module" and m.lessons]


def write_data(site_dir: Path, site: Site, languages: list[str], site_url: str) -> list[str]:
    """Every module's file in every language; their texts, in that order."""
    register = site.docs_dir / DATA_FILE
    texts = []
    folders: set[Path] = set()  # made once each (a course's modules share one)
    for lang in languages:
        for module in modules(site):
            target = site_dir / data_url(module.key, lang)
            if target.parent not in folders:
                target.parent.mkdir(parents=True, exist_ok=True)
                folders.add(target.parent)
            texts.append(script(module.key, module_data(module, lang, site_url, register)))
            target.write_text(texts[-1], encoding="utf-8")
    return texts


def module_markdown(module: Node, lang: str) -> list[str]:
    """The trainer page's section: one message for the whole module, then a message and its
    answer per lesson (shown by tamkeen.js, sent by share.js)."""
    s = strings(lang)
    lessons = [(n, n.sources.get(lang)) for n in module.lessons]
    lessons = [(n, src) for n, src in lessons if src is not None]
    if not lessons:
        return []

    def button(kind: str, key: str, label: str, primary: bool = False) -> str:
        cls = "md-button md-button--primary" if primary else "md-button"
        return (
            f'<button type="button" class="{cls}" data-tk-share="{kind}"'
            f' data-tk-key="{escape(key)}">{escape(label)}</button>'
        )

    items = []
    for node, src in lessons:
        minutes = src.meta.get("duration")
        label = s["share.msg.module.lesson"].format(
            title=digest.one_line(src.title),
            minutes=minutes if isinstance(minutes, int) else 0,
        )
        items.append(
            f"<li><span>{escape(label)}</span> "
            f"{button('lesson', node.key, s['share.module.lesson'])} "
            f"{button('answer', node.key, s['share.module.answer'])}</li>"
        )
    return [
        f"## {s['share.module.title']}",
        "",
        f'<div class="tk-share-module" data-tk-key="{escape(module.key)}" hidden>',
        f"<p>{escape(s['share.module.help'])}</p>",
        f"<p>{button('module', module.key, s['share.module.all'], primary=True)}</p>",
        f'<ol class="tk-share-module__lessons">{"".join(items)}</ol>',
        '<p class="tk-share__status" role="status" aria-live="polite"></p>',
        "</div>",
        "",
    ]
