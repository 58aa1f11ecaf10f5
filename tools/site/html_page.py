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
import weakref
from collections.abc import Iterable

from lxml import html as lxml_html

from tools.site.built_page import BuiltPage
from tools.common.paths import direction

ARTICLE_CLASS = "md-content__inner md-typeset"


def set_html_dir(page: BuiltPage, lang: str) -> None:
    page.set_attribute(page.root, "dir", direction(lang))


def drop_head_alternates(page: BuiltPage) -> None:
    """The `<link rel="alternate" href hreflang>` of the `<head>` (as Material writes them:
    those three attributes only), each with its line."""
    for link in page.xpath("/html/head/link[@rel='alternate'][@hreflang]"):
        if list(link.attrib) == ["rel", "href", "hreflang"]:
            page.remove_line(link)


def mark_search_body(page: BuiltPage) -> None:
    for article in _search_bodies(page):
        page.set_attribute(article, "data-pagefind-body", "")


def search_body(page: BuiltPage):
    """The page's first search body (Material's article), or None."""
    found = _search_bodies(page)
    return found[0] if found else None


# Each page's search bodies, found once (an XPath over the whole page): marked by the steps,
# read again once the page is complete (tools/site/page_pass.py `written`). The tree is
# never changed by the steps, so what they found is still what the XPath would find.
_BODIES: weakref.WeakKeyDictionary[BuiltPage, list] = weakref.WeakKeyDictionary()


def _search_bodies(page: BuiltPage) -> list:
    found = _BODIES.get(page)
    if found is None:
        found = _BODIES[page] = page.xpath(f"//article[@class='{ARTICLE_CLASS}']")
    return found


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
    if not html.strip():
        return []
    root = lxml_html.fragment_fromstring(html, create_parent="div")
    return [
        script.text or ""
        for script in root.iter("script")
        if script.get("src") is None and "application/json" not in (script.get("type") or "")
    ]


def theme_scripts(config, base_url: str) -> frozenset[str]:
    """Hashes of the inline scripts the theme emits on a page at `base_url`, rendered from
    the theme's own templates."""
    # Jinja (the theme's templates) loads only for this one page render
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


def add_csp(page: BuiltPage, hashes: Iterable[str] = ()) -> None:
    """The policy as the first element of the `<head>` (a policy applies only to what
    follows it): after `<meta charset>`."""
    tag = f'<meta http-equiv="Content-Security-Policy" content="{policy(hashes)}">'
    charset = page.first("/html/head/meta[@charset='utf-8']")
    if charset is not None:
        page.insert(page.start_tag(charset).end, tag)
    else:
        page.insert_after_start(page.root.find("head"), tag)


def steps(
    page: BuiltPage, lang: str, searchable: bool = True, script_hashes: Iterable[str] = ()
) -> None:
    """The theme's page made ours: `dir`, no head alternates, the search body, the policy.
    (Section navigations are named by our copy of the theme's nav item,
    overrides/partials/nav-item.html.)"""
    set_html_dir(page, lang)
    drop_head_alternates(page)
    if searchable:
        mark_search_body(page)
    add_csp(page, script_hashes)


def process(
    html: str, lang: str, searchable: bool = True, script_hashes: Iterable[str] = ()
) -> str:
    page = BuiltPage(html)
    steps(page, lang, searchable, script_hashes)
    return page.html()
