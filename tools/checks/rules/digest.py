"""A lesson fits in one WhatsApp message (tools/site/digest.py). Over the limit the message leaves
out whole parts (the key points, then the objectives), which needs no warning: a warning
names each lesson whose shortest message (title, duration, shortest quiz question, link)
still passes the limit, with its length. Not an error: the site still shares it, cut at a
sentence boundary with the link kept. The link counted is the one the build writes
(`site_url` of the site's mkdocs.yml)."""

from __future__ import annotations

from tools.checks.rules.context import Context
from tools.common.messages import Error, warning
from tools.model import notebooks
from tools.model.facts import DATA_FILE
from tools.site import digest


def check(ctx: Context) -> list[Error]:
    site_url = notebooks.site_url_of(ctx.config_file)
    register = ctx.docs_dir / DATA_FILE
    found = []
    for src in ctx.sources:
        node = ctx.site.node_of(src)
        if src.kind != "lesson" or node is None:
            continue
        made = digest.lesson_digest(src, node.key, site_url, register)
        if made.cut:
            line = src.meta_lines.get("title", 1)
            found.append(
                warning(
                    src.path,
                    line,
                    1,
                    "digest.too_long",
                    title=made.title,
                    n=made.length,
                    limit=digest.LIMIT,
                )
            )
    return found
