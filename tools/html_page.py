"""Post-process each rendered page (our code, not theme internals).

- `<html>` gets `dir` (Material puts it only on `<body>`): screen readers, search engines
  and our tests read it there.
- `<link rel="alternate" hreflang>` leaves the `<head>`: Material's JS fetches a
  `sitemap.xml` relative to each one (two 404s per page view). hreflang stays in the
  sitemap written by static-i18n.
- The article is marked `data-pagefind-body` so search indexes lesson text, not the theme's
  navigation strings, and skips pages without it (the 404 pages).
- A Content-Security-Policy `<meta>` comes first in the `<head>`: scripts only from the
  site's own files, plus the inline scripts Material's templates emit, allowed by their
  SHA-256. Those hashes come from rendering the theme's own script partials for the page's
  `base_url` (`theme_scripts`), never from the page: a script injected into a page has a
  hash no policy lists. No inline style, no plugin, no `<base>`, no form.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable

from tools.landmarks import name_section_navs
from tools.paths import direction

_HTML_TAG = re.compile(r"<html\b([^>]*)>", re.IGNORECASE)
_HEAD_ALTERNATE = re.compile(r'[ \t]*<link rel="alternate" href="[^"]*" hreflang="[^"]*">\n?')
_ARTICLE = re.compile(r'<article class="md-content__inner md-typeset"')


def set_html_dir(html: str, lang: str) -> str:
    def repl(match: re.Match[str]) -> str:
        attrs = re.sub(r'\s+dir="[^"]*"', "", match.group(1))
        return f'<html{attrs} dir="{direction(lang)}">'

    return _HTML_TAG.sub(repl, html, count=1)


def drop_head_alternates(html: str) -> str:
    head_end = html.find("</head>")
    if head_end < 0:
        return html
    return _HEAD_ALTERNATE.sub("", html[:head_end]) + html[head_end:]


def mark_search_body(html: str) -> str:
    return _ARTICLE.sub('<article class="md-content__inner md-typeset" data-pagefind-body', html)


# --- Content-Security-Policy ------------------------------------------------------------

# The policy as shipped, but for the script hashes of each page. `data:` images: Material's
# stylesheet draws its icons as `data:image/svg+xml` masks. No `'wasm-unsafe-eval'`:
# Pagefind compiles its WebAssembly in its worker (pagefind-worker.js), which this policy
# does not govern; search works without it (tests/test_browser_csp.py). `frame-ancestors`
# and `report-uri` are ignored in a <meta>.
POLICY = (
    ("default-src", "'self'"),
    ("script-src", "'self'"),
    ("img-src", "'self' data:"),
    ("object-src", "'none'"),
    ("base-uri", "'none'"),
    ("form-action", "'none'"),
)
# Material's partials with inline scripts that our configuration includes on every page
# (templates/partials/javascripts/; announce, outdated and consent are not used).
THEME_SCRIPT_PARTIALS = ("base", "palette", "content")
_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script>", re.DOTALL | re.IGNORECASE)
_META_CHARSET = re.compile(r"<meta charset=\"utf-8\">", re.IGNORECASE)


def script_hash(body: str) -> str:
    digest = hashlib.sha256(body.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def policy(hashes: Iterable[str] = ()) -> str:
    """The policy with these `'sha256-…'` sources added to `script-src`."""
    extra = " ".join(sorted(set(hashes)))
    return "; ".join(
        f"{name} {value} {extra}".rstrip() if name == "script-src" and extra else f"{name} {value}"
        for name, value in POLICY
    )


def inline_scripts(html: str) -> list[str]:
    """Bodies of the executable inline scripts in `html` (not `src`, not JSON data)."""
    out = []
    for attrs, body in _SCRIPT.findall(html):
        if re.search(r"\bsrc\s*=", attrs) or "application/json" in attrs:
            continue
        out.append(body)
    return out


def theme_scripts(config, base_url: str) -> frozenset[str]:
    """Hashes of the inline scripts the theme emits on a page at `base_url`, rendered from
    the theme's own templates."""
    import jinja2

    features = tuple(config.theme.get("features") or [])
    scope = (config.extra or {}).get("scope") or ""
    key = (id(config.theme), base_url, features, scope)
    if key in _THEME_SCRIPTS:
        return _THEME_SCRIPTS[key]
    env = config.theme.get_env()
    context = {
        "base_url": base_url,
        "features": list(features),
        "config": {"extra": {"scope": scope} if scope else {}, "theme": {}},
    }
    hashes = set()
    for name in THEME_SCRIPT_PARTIALS:
        try:
            rendered = env.get_template(f"partials/javascripts/{name}.html").render(context)
        except jinja2.TemplateError:
            continue  # a partial this theme version does not have
        hashes |= {script_hash(body) for body in inline_scripts(rendered)}
    _THEME_SCRIPTS[key] = frozenset(hashes)
    return _THEME_SCRIPTS[key]


_THEME_SCRIPTS: dict[tuple, frozenset[str]] = {}


def add_csp(html: str, hashes: Iterable[str] = ()) -> str:
    """`html` with the policy as the first element of its `<head>` (a policy applies only to
    what follows it)."""
    tag = f'<meta http-equiv="Content-Security-Policy" content="{policy(hashes)}">'
    if _META_CHARSET.search(html):
        return _META_CHARSET.sub(lambda m: m.group(0) + tag, html, count=1)
    return re.sub(r"<head>", lambda m: m.group(0) + tag, html, count=1, flags=re.IGNORECASE)


def process(
    html: str, lang: str, searchable: bool = True, script_hashes: Iterable[str] = ()
) -> str:
    html = set_html_dir(html, lang)
    html = drop_head_alternates(html)
    html = name_section_navs(html)
    if searchable:
        html = mark_search_body(html)
    return add_csp(html, script_hashes)
