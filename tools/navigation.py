"""Generate the navigation of courses from the content tree.

`mkdocs.yml` lists the top pages and each course's index (`courses/ai/index.md`); each
course entry is expanded here into a section of modules and lessons, in order. Section
titles are the Arabic titles; the French ones go to static-i18n's `nav_translations`.
"""

from __future__ import annotations

from tools.content import Node, Site
from tools.paths import DEFAULT_LANGUAGE, LANGUAGES
from tools.sanitize import text


def _section(node: Node, translations: dict[str, dict[str, str]]) -> dict:
    # Escaped: the theme prints nav titles as HTML.
    title = text(node.title(DEFAULT_LANGUAGE))
    for lang in LANGUAGES:
        if lang != DEFAULT_LANGUAGE:
            translations[lang][title] = text(node.title(lang))
    src = node.source(DEFAULT_LANGUAGE)
    items: list = [str(src.url_path)]
    for child in node.children:
        if child.kind == "lesson":
            items.append(str(child.source(DEFAULT_LANGUAGE).url_path))
        else:
            items.append(_section(child, translations))
    return {title: items}


def expand(nav: list, site: Site) -> tuple[list, dict[str, dict[str, str]]]:
    """(new nav, {lang: {arabic title: translated title}})."""
    translations: dict[str, dict[str, str]] = {lang: {} for lang in LANGUAGES}
    courses = {str(c.source(DEFAULT_LANGUAGE).url_path): c for c in site.courses}
    out = []
    for item in nav:
        if isinstance(item, str) and item in courses:
            out.append(_section(courses[item], translations))
        else:
            out.append(item)
    return out, translations
