"""Generate the navigation of courses from the content tree.

`mkdocs.yml` lists the top pages and each course's index (`courses/ai/index.md`); each
course entry is expanded here into a section of modules and lessons, in order. Section
titles are the Arabic titles; the French ones go to static-i18n's `nav_translations`.
"""

from __future__ import annotations

from markupsafe import Markup
from mkdocs.utils import normalize_url

from tools.model.content import Node, Site
from tools.common.paths import DEFAULT_LANGUAGE, LANGUAGES
from tools.common.sanitize import text


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


# Material's nav items already rendered in this language build: {(item, place, level,
# link as written): (item, html)}. The item is kept so that its id is not reused.
_RENDERED: dict[tuple, tuple[object, Markup]] = {}


def reset_rendered() -> None:
    """A new language build: new nav objects, new titles."""
    _RENDERED.clear()


def _first_page(item):
    while getattr(item, "children", None):
        item = item.children[0]
    return item


def rendered_item(render, item, path, level, parent, page, base_url, features) -> Markup:
    """Material's `render` of a nav item (overrides/partials/nav-item.html), kept for the
    items whose HTML depends on the page only through one link: a section the page is not
    in (pruned: `navigation.prune`) and a link to another page. Open sections and the
    page's own item are rendered each time. A section below the top level (a module) the
    page is not in is left out."""
    path = _PLACES.get(id(item), path)
    children = getattr(item, "children", None)
    features = features or ()
    if getattr(item, "active", False) or item is page:
        return _render_section(render, item, path, level, parent, page, features)
    if _left_out(item, level, page, features):
        # A module the page is not in: not listed at all (issue 25, item 5). Listing every
        # module of a course on each of its lessons made every page grow with the course;
        # the course's title links its index page, which lists every module (and each
        # module's index, every lesson).
        return Markup("")
    if children:
        section = "navigation.tabs" not in features and "navigation.sections" in features
        if (
            "navigation.prune" not in features
            or "navigation.tabs" in features
            or (section and level == 1)
        ):
            return _render_section(render, item, path, level, parent, page, features)
    url = getattr(_first_page(item), "url", None)
    if url is None:
        return render(item, path, level, parent)
    href = normalize_url(str(url), page=page, base=base_url)
    key = (id(item), path, level, id(parent), href)
    if key not in _RENDERED:
        _RENDERED[key] = (item, Markup(render(item, path, level, parent)))
    return _RENDERED[key][1]


def _left_out(item, level: int, page, features) -> bool:
    """A section below the top level that the page is not in (`rendered_item`)."""
    return bool(
        getattr(item, "children", None)
        and not getattr(item, "active", False)
        and item is not page
        and level >= 2
        and "navigation.prune" in features
    )


def _render_section(render, item, path, level, parent, page, features):
    """Material's `render` of `item`, shown only the children it writes something for: a
    section left out (`_left_out`) writes nothing, not even whitespace, but the theme's
    loop still called us for each, so every page of a course paid for all its modules.
    What else the theme reads of the children is kept: the first one, the first index
    page, whether there are more than one. A kept child gets its place among all the
    children for its ids (`path_N`, `_PLACES`)."""
    children = getattr(item, "children", None)
    kept = _written_children(children, level + 1, page, features) if children else []
    if len(kept) == len(children or ()):
        return render(item, path, level, parent)
    for place, child in kept:
        _PLACES[id(child)] = f"{path}_{place}"
    item.children = [child for _place, child in kept]
    try:
        return render(item, path, level, parent)
    finally:
        item.children = children
        for _place, child in kept:
            _PLACES.pop(id(child), None)


# A section's children while it renders with only some of them (`_render_section`): the
# path each would have had ({id: path}), which `rendered_item` uses.
_PLACES: dict[int, str] = {}


def _written_children(children: list, level: int, page, features) -> list[tuple[int, object]]:
    """(place from 1, child) of the children a section's render must see."""
    kept = []
    index = False
    for place, child in enumerate(children, 1):
        first_index = not index and bool(getattr(child, "is_index", False))
        index = index or first_index
        if place == 1 or first_index or not _left_out(child, level, page, features):
            kept.append((place, child))
    if len(kept) == 1 and len(children) > 1:  # the theme's `children | length > 1`
        kept.append((2, children[1]))
    return kept
