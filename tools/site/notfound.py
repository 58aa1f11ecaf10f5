"""One correct 404 page per language.

MkDocs renders `404.html` once per language build and static-i18n writes each to the site
root, so the last language wins. We keep each language's output and write the default
language's at the root (what GitHub Pages serves) and the others under their folder.
Each page carries both languages' message, its own first.
"""

from __future__ import annotations

from pathlib import Path

from tools.common.paths import DEFAULT_LANGUAGE, LANGUAGES, direction
from tools.common.ui_strings import strings


def context(page_lang: str, site_url: str) -> list[dict[str, str]]:
    base = site_url if site_url.endswith("/") else site_url + "/"
    order = [page_lang] + [lang for lang in LANGUAGES if lang != page_lang]
    items = []
    for lang in order:
        s = strings(lang)
        home = base if lang == DEFAULT_LANGUAGE else f"{base}{lang}/"
        items.append(
            {
                "lang": lang,
                "dir": direction(lang),
                "title": s["notfound.title"],
                "body": s["notfound.body"],
                "home": home,
                "home_label": s["notfound.home"],
            }
        )
    return items


def write_pages(site_dir: Path, rendered: dict[str, str]) -> list[Path]:
    """Write each language's 404; the default language's goes to the root."""
    written = []
    for lang, html in sorted(rendered.items()):
        target = site_dir / "404.html" if lang == DEFAULT_LANGUAGE else site_dir / lang / "404.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")
        written.append(target)
    return written
