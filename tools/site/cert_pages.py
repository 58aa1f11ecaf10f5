"""The certificates on the site (issue 26): what the verify page, the progress page and the
class view carry, as HTML in their Markdown, for assets/js/credential.js.

- `data_block`: the trainers of `docs/issuers.yml` (public keys, courses, dates, revoked),
  the revoked certificates, every course (titles in both languages, lessons with their
  short ids, minutes) and the texts, as one `data-tk-cert` attribute. Built into the page:
  checking needs no request, online, offline or from `file://`.
- the verify page (`<!-- tamkeen:verify -->` in docs/verify.<lang>.md);
- "my certificates" on the progress page;
- "issue a certificate" and "your signing key" in the class view.

credential.js and credential.css are loaded by progress.js or classview.js on these pages
only: a lesson page gets nothing of this.
"""

from __future__ import annotations

import json
from html import escape

from tools.model import credential, issuers
from tools.model.content import Site
from tools.model.facts import MONTHS
from tools.common.languages import pick
from tools.common.messages import MESSAGES
from tools.common.paths import DEFAULT_LANGUAGE, LANGUAGES
from tools.common.ui_strings import strings

MARKER = "<!-- tamkeen:verify -->"
PAGE = "verify.md"  # the verify page's source, docs/verify.<lang>.md
_site_url = ""


def use(site_url: str) -> None:
    """The site's public address (mkdocs.yml `site_url`): the QR code of a printed
    certificate leads there, and a credential's course is named by it."""
    global _site_url
    _site_url = site_url or ""


def _prefix(lang: str) -> str:
    return "" if lang == DEFAULT_LANGUAGE else f"{lang}/"


def data(site: Site, lang: str) -> dict:
    s = strings(lang)
    registry = issuers.load(site.docs_dir, {c.key for c in site.courses})
    courses = {}
    for course in site.courses:
        if not course.lessons:
            continue
        courses[course.key] = {
            **{code: course.title(code) for code in LANGUAGES},
            "m": course.duration(lang),
            # [short id, title in the page's language, key (progress records use it)]
            "l": [[credential.lesson_id(n.key), n.title(lang), n.key] for n in course.lessons],
        }
    texts = {k: v for k, v in s.items() if k.startswith("cert.")}
    texts.update(
        {
            "v" + k[4:]: pick(v, lang, DEFAULT_LANGUAGE)
            for k, v in MESSAGES.items()
            if k.startswith("cert.")
        }
    )
    return {
        "site": _site_url or "/",
        "lang": lang,
        "prefix": _prefix(lang),
        "prefixes": [_prefix(code) for code in LANGUAGES],
        "issuers": [
            {
                "kid": i.kid,
                "name": i.name,
                "jwk": {"x": i.jwk["x"], "y": i.jwk["y"]},
                "courses": list(i.courses),
                "from": i.start.isoformat(),
                "until": i.end.isoformat() if i.end else "",
                "revoked": i.revoked.isoformat() if i.revoked else "",
            }
            for i in registry.issuers.values()
        ],
        "revoked": {k: v.isoformat() for k, v in registry.revoked_credentials.items()},
        "courses": courses,
        "months": {code: MONTHS[code] for code in LANGUAGES},
        "sheet": {
            code: {
                k[len("sheet.") :]: v for k, v in strings(code).items() if k.startswith("sheet.")
            }
            for code in LANGUAGES
        },
        "s": texts,
    }


def data_block(site: Site, lang: str) -> str:
    blob = escape(json.dumps(data(site, lang), ensure_ascii=False, separators=(",", ":")))
    return f'<div class="tk-cert-data" data-tk-cert="{blob}" hidden></div>'


def _button(cls: str, label: str, primary: bool = False) -> str:
    kind = "md-button md-button--primary" if primary else "md-button"
    return f'<button type="button" class="{kind} {cls}">{escape(label)}</button>'


def verify_markdown(site: Site, lang: str) -> str:
    """The verify page's tool. The box is a `.tk-summary` so that tamkeen.js loads
    progress.js (its storage and QR code), which loads credential.js."""
    s = {k: escape(v) for k, v in strings(lang).items()}
    return "\n".join(
        [
            data_block(site, lang),
            '<div class="tk-summary tk-verify" hidden data-pagefind-ignore="all">',
            '<p class="tk-verify__scan" hidden>'
            f"{_button('', strings(lang)['cert.verify.scan'])}</p>",
            f'<p><label for="tk-verify-in">{s["cert.verify.paste"]}</label>'
            '<textarea id="tk-verify-in" rows="4" dir="ltr" spellcheck="false"></textarea>'
            f"{_button('tk-verify__check', strings(lang)['cert.verify.button'], True)}</p>",
            '<p class="tk-file"><input id="tk-verify-file" type="file" accept=".txt,text/plain">'
            f'<label for="tk-verify-file" class="md-button">{s["cert.verify.file"]}</label></p>',
            '<div class="tk-cert-verdict" role="status" aria-live="polite" hidden></div>',
            '<p class="tk-verify__actions" hidden>'
            f"{_button('tk-verify__keep', strings(lang)['cert.keep'], True)} "
            f"{_button('tk-verify__print', strings(lang)['cert.print'])}</p>",
            '<p class="tk-verify__status" role="status" aria-live="polite"></p>',
            "</div>",
            "",
        ]
    )


def has_verify_page(site: Site) -> bool:
    return any(src.url_path.as_posix() == PAGE for src in site.sources)


def progress_markdown(site: Site, lang: str) -> str:
    """The participant's certificates on the progress page: each one checked, "verified:
    issued by …, on …", and printed. Nothing on a site without a verify page."""
    if not has_verify_page(site):
        return ""
    s = strings(lang)
    return "\n".join(
        [
            f"## {escape(s['cert.mine.title'])} {{: .tk-cert-mine-title }}",
            "",
            data_block(site, lang),
            '<div class="tk-cert-mine" hidden markdown="1">',
            '<ul class="tk-cert-mine__list"></ul>',
            f'<p class="tk-cert-mine__none">{escape(s["cert.mine.none"])}</p>',
            "",
            f"[{escape(s['cert.mine.verify'])}]({PAGE}){{: .md-button .tk-cert-mine__verify }}",
            "",
            "</div>",
            "",
        ]
    )


def class_markdown(site: Site, lang: str) -> str:
    """ "Issue a certificate" and "your signing key", under the class view's table."""
    s = {k: escape(v) for k, v in strings(lang).items()}
    raw = strings(lang)
    return "\n".join(
        [
            f"## {s['cert.issue.title']}",
            "",
            data_block(site, lang),
            '<div class="tk-cert-issue" hidden>',
            f"<p>{s['cert.issue.intro']}</p>",
            f'<p class="tk-cert-issue__empty">{s["cert.issue.empty"]}</p>',
            '<div class="tk-cert-issue__form" hidden>',
            f'<p><label for="tk-cert-who">{s["cert.issue.who"]}</label></p>',
            f'<p><label for="tk-cert-course">{s["cert.issue.course"]}</label></p>',
            '<ul class="tk-cert-issue__lessons"></ul>',
            f'<p><label for="tk-cert-name">{s["cert.issue.name"]}</label>'
            f'<input id="tk-cert-name" type="text" maxlength="80" autocomplete="off">'
            f'<span class="tk-cert-help">{s["cert.issue.name.help"]}</span></p>',
            f"<p>{_button('tk-cert-issue__sign', raw['cert.issue.sign'], True)}</p>",
            "</div>",
            '<p class="tk-cert-issue__status" role="status" aria-live="polite"></p>',
            '<div class="tk-cert-issue__out" hidden>',
            f'<div class="tk-qr" data-tk-label="{s["cert.issue.qr"]}" hidden></div>',
            f'<p><label for="tk-cert-link">{s["cert.issue.linklabel"]}</label>'
            '<textarea id="tk-cert-link" readonly rows="3" dir="ltr"></textarea></p>',
            '<p><a class="md-button tk-cert-issue__link" id="tk-cert-open">'
            f"{s['cert.issue.link']}</a> "
            f'<a class="md-button tk-cert-issue__file" id="tk-cert-download" hidden>'
            f"{s['cert.issue.file']}</a></p>",
            "</div>",
            "</div>",
            "",
            f"## {s['cert.key.title']}",
            "",
            '<div class="tk-cert-key" hidden>',
            f"<p>{s['cert.key.intro']}</p>",
            f'<p class="tk-cert-minors"><strong>{s["cert.key.minors"]}</strong></p>',
            '<div class="tk-cert-key__none">',
            f'<p><label for="tk-key-name">{s["cert.key.name"]}</label>'
            '<input id="tk-key-name" type="text" maxlength="80" autocomplete="name"></p>',
            f'<p><label for="tk-key-pass">{s["cert.key.pass"]}</label>'
            '<input id="tk-key-pass" type="password" autocomplete="new-password"></p>',
            f'<p><label for="tk-key-pass2">{s["cert.key.pass2"]}</label>'
            '<input id="tk-key-pass2" type="password" autocomplete="new-password"></p>',
            f"<p>{_button('tk-cert-key__create', raw['cert.key.create'], True)}</p>",
            f"<h3>{s['cert.key.restore.title']}</h3>",
            '<p class="tk-file">'
            '<input id="tk-key-file" type="file" accept=".json,application/json">'
            f'<label for="tk-key-file" class="md-button">{s["cert.key.file"]}</label></p>',
            f'<p><label for="tk-key-restore-pass">{s["cert.key.restore.pass"]}</label>'
            '<input id="tk-key-restore-pass" type="password" autocomplete="current-password"></p>',
            f"<p>{_button('tk-cert-key__restore', raw['cert.key.restore'])}</p>",
            "</div>",
            '<div class="tk-cert-key__have" hidden>',
            '<p class="tk-cert-key__who"></p>',
            '<p class="tk-cert-key__listed"></p>',
            f'<p><label for="tk-key-entry">{s["cert.key.entry"]}</label>'
            '<textarea id="tk-key-entry" readonly rows="6" dir="ltr" spellcheck="false">'
            "</textarea></p>",
            '<p><a class="md-button tk-cert-key__backup" id="tk-key-backup" hidden>'
            f"{s['cert.key.backup']}</a></p>",
            f"<p>{s['cert.key.backup.help']}</p>",
            f"<p>{_button('tk-cert-key__remove', raw['cert.key.remove'])}</p>",
            f'<p class="tk-cert-key__confirm" hidden><span>{s["cert.key.remove.confirm"]}</span> '
            f"{_button('tk-cert-key__yes', raw['cert.key.yes'], True)} "
            f"{_button('tk-cert-key__no', raw['cert.key.no'])}</p>",
            "</div>",
            '<p class="tk-cert-key__status" role="status" aria-live="polite"></p>',
            "</div>",
            "",
        ]
    )
