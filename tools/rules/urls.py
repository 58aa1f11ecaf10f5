"""Two sources must not map to the same URL (`a.ar.md` and `a/index.ar.md`, or names that
differ only in case, which collide on case-insensitive disks and servers)."""

from __future__ import annotations

from collections import defaultdict

from tools.check import Error, _rel
from tools.content import Source


def url_of(src: Source) -> str:
    """The page's URL with `use_directory_urls: true`, folded to lower case."""
    parts = list(src.url_path.parts)
    last = parts.pop()[: -len(".md")] if parts else ""
    if last.lower() not in ("index", "readme"):
        parts.append(last)
    return "/".join(parts).lower() + "/"


def check(sources: list[Source]) -> list[Error]:
    groups: dict[tuple[str, str], list[Source]] = defaultdict(list)
    for src in sources:
        groups[(src.lang, url_of(src))].append(src)
    errors = []
    for (_, url), same in sorted(groups.items()):
        if len(same) < 2:
            continue
        for src in same:
            others = ", ".join(_rel(o.path) for o in same if o is not src)
            errors.append(
                Error(
                    src.path, 1, 1, f"same URL /{url.rstrip('/')} as {others}; rename one of them"
                )
            )
    return errors
