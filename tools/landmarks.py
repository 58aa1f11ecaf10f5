"""Give every navigation landmark a name of its own (axe `landmark-unique`).

Material labels a section's `<nav>` with `aria-labelledby` pointing at the section's toggle
`<label>`. With `navigation.indexes` that label holds only an icon, so every course section
is a landmark named "" and screen readers list several identical navigations. We name each
one after the section title Material writes just inside it (`md-nav__title`).
"""

from __future__ import annotations

from tools.built_page import BuiltPage

# A section's <nav>, its title <label> first, the icon first in the label.
_SECTION_NAVS = (
    "//nav[@class='md-nav'][@data-md-level][@aria-labelledby]"
    "[*[1][self::label][@class='md-nav__title'][@for]]"
)


def name_section_navs(page: BuiltPage) -> None:
    for nav in page.xpath(_SECTION_NAVS):
        label = nav[0]
        icons = list(label)
        if len(icons) != 1 or icons[0].tag != "span":
            continue  # a title with markup of its own: left as the theme wrote it
        if icons[0].get("class") != "md-nav__icon md-icon" or (icons[0].text or "").strip():
            continue
        if (label.text or "").strip():
            continue
        # The title as written (entities kept), from the icon's end to the label's end.
        title = page.text[page.end_tag(icons[0])[1] : page.end_tag(label)[0]].strip()
        if title:
            span = page.attribute_span(nav, "aria-labelledby")
            page.replace(*span, f'aria-label="{title.replace(chr(34), "&quot;")}"')
