"""Give every navigation landmark a name of its own (axe `landmark-unique`).

Material labels a section's `<nav>` with `aria-labelledby` pointing at the section's toggle
`<label>`. With `navigation.indexes` that label holds only an icon, so every course section
is a landmark named "" and screen readers list several identical navigations. We name each
one after the section title Material writes just inside it (`md-nav__title`): our copy of
Material's nav item (overrides/partials/nav-item.html) calls `nav_label`.
"""

from __future__ import annotations

from markupsafe import Markup


def nav_label(title: str, path: str) -> Markup:
    """The attribute that names a section's `<nav>`: its title as the theme wrote it (a
    title with markup of its own keeps the theme's `aria-labelledby`)."""
    text = str(title).strip()
    if text and "<" not in text:
        return Markup('aria-label="{}"').format(Markup(text.replace('"', "&quot;")))
    return Markup('aria-labelledby="{}_label"').format(Markup(path))
