"""Two sources must not map to the same URL (`a.ar.md` and `a/index.ar.md`, or names that
differ only in case, which collide on case-insensitive disks and servers)."""

from __future__ import annotations

import re
from collections import defaultdict

from tools.checks.rules.context import Context
from tools.common.messages import Error, error, rel
from tools.model.content import Source


def url_of(src: Source) -> str:
    """The page's URL with `use_directory_urls: true`, folded to lower case."""
    parts = list(src.url_path.parts)
    last = parts.pop()[: -len(".md")] if parts else ""
    if last.lower() not in ("index", "readme"):
        parts.append(last)
    return "/".join(parts).lower() + "/"


def check(ctx: Context) -> list[Error]:
    groups: dict[tuple[str, str], list[Source]] = defaultdict(list)
    for src in ctx.sources:
        if src.cells:
            continue  # a notebook and a page at one URL: `nb.both`
        groups[(src.lang, url_of(src))].append(src)
    errors = []
    for (_, url), same in sorted(groups.items()):
        if len(same) < 2:
            continue
        for src in same:
            others = ", ".join(rel(o.path) for o in same if o is not src)
            errors.append(error(src.path, 1, 1, "url.same", url=url.rstrip("/"), others=others))
    return errors


_NAME = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")


def check_names(ctx: Context) -> list[Error]:
    """Folder and file names are ASCII slugs (`02-generative-ai/01-next-word.ar.md`): they
    become URLs, and progress is kept under them in the browser."""
    errors = []
    for src in ctx.sources:
        if src.cells:
            continue  # a notebook's name: `nb.bad_name`
        stem_parts = list(src.url_path.parent.parts) + [src.url_path.stem]
        bad = [part for part in stem_parts if not _NAME.match(part)]
        if bad:
            errors.append(error(src.path, 1, 1, "name.bad", name=bad[0]))
    return errors
