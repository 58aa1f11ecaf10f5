"""Give every navigation landmark a name of its own (axe `landmark-unique`).

Material labels a section's `<nav>` with `aria-labelledby` pointing at the section's toggle
`<label>`. With `navigation.indexes` that label holds only an icon, so every course section
is a landmark named "" and screen readers list several identical navigations. We name each
one after the section title Material writes just inside it (`md-nav__title`).
"""

from __future__ import annotations

import re

_SECTION_NAV = re.compile(
    r'(<nav class="md-nav" data-md-level="\d+") aria-labelledby="[^"]*"'
    r'([^>]*>\s*<label class="md-nav__title" for="[^"]*">\s*'
    r'<span class="md-nav__icon md-icon"></span>\s*)([^<]*?)(\s*</label>)'
)


def name_section_navs(html: str) -> str:
    def repl(match: re.Match[str]) -> str:
        title = match.group(3).strip().replace('"', "&quot;")
        if not title:
            return match.group(0)
        return (
            f'{match.group(1)} aria-label="{title}"{match.group(2)}{match.group(3)}{match.group(4)}'
        )

    return _SECTION_NAV.sub(repl, html)
