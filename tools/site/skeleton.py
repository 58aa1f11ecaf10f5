"""The lesson skeleton and the generated index lists, written as Markdown.

Everything here comes from front matter (never hand-copied) and is rendered by the same
Markdown extensions as the author's text, so slides and print can reuse it.

Lesson page: title, where it sits (course › module), duration and level, objectives,
the author's body, key points, previous/next lesson within the course.
"""

from __future__ import annotations

from tools.common import blocks
from tools.site import cert_pages, downloads, progress, status
from tools.model import document, facts, glossary, quiz
from tools.model.content import Node, Site, Source
from tools.common.markup import fact_spans, link
from tools.common.sanitize import markdown_text as md  # metadata is plain text
from tools.model.translation import stale_notice
from tools.common.ui_strings import strings

COURSES_MARKER = "<!-- tamkeen:courses -->"
# A block written without a title gets the one in the page's language (tools/common/blocks.py
# `label`, tools/common/ui_strings.py), never the theme's English default ("Warning"); a quiz
# gets none (it becomes a form).


def render_document(doc: document.Document, lang: str) -> str:
    """A body as the site renders it, generated from its one model (tools/model/document.py):
    every block titled in the page's language, quizzes as HTML. Nothing inside a code fence
    is touched: the model never sees a block there."""
    s = strings(lang)
    lines = list(doc.lines)
    for block in doc.all_blocks():
        label = blocks.titled(block.type)
        if label and block.title is None:
            title = s[label]
            classes = " ".join(block.classes)
            lines[block.line - doc.first_line] = (
                " " * block.indent + f'{block.marker} {classes} "{title}"'
            )
    return "\n".join(quiz.replace(doc, lines, lang))


def render_body(body: str, lang: str, first_line: int = 1) -> str:
    """A text that is no source's (a snippet, a test) rendered as render_document does."""
    return render_document(document.parse(body, first_line), lang)


def _indent(lines: list[str]) -> str:
    return "\n".join(f"    - {md(line)}" for line in lines)


def _generated(meta: dict, s: dict[str, str], place: str) -> list[str]:
    """The blocks of front-matter lists (objectives, key points…) `place` the body."""
    parts = []
    for spec in blocks.generated(place):
        if meta.get(spec.name):
            parts += [f'!!! {spec.name} "{s[spec.label]}"', _indent(meta[spec.name]), ""]
    return parts


def _course_of(node: Node) -> Node:
    while node.parent is not None:
        node = node.parent
    return node


def lesson_markdown(src: Source, node: Node, site: Site, body: str) -> str:
    s = strings(src.lang)
    meta = src.meta
    module = node.parent
    course = _course_of(node)
    parts = [f"# {md(src.title)}", ""]

    crumbs = []
    for ancestor in (course, module):
        anc_src = ancestor.source(src.lang) if ancestor else None
        if anc_src:
            crumbs.append(f"[{md(anc_src.title)}]({link(src, anc_src.url_path)})")
    facts = [" › ".join(crumbs)] if crumbs else []
    if isinstance(meta.get("duration"), int):
        facts.append(s["lesson.duration"].format(n=meta["duration"]))
    if meta.get("level"):
        facts.append(s.get(f"lesson.level.{meta['level']}", md(meta["level"])))
    if meta.get("updated"):
        # An ISO date split by the bidi algorithm reads 29-11-2026 in Arabic: keep it LTR.
        date = f'<bdi dir="ltr">{md(meta["updated"])}</bdi>'
        facts.append(s["lesson.updated"].format(date=date))
    parts += [f'<p class="tk-lesson-meta" markdown="span">{fact_spans(facts, " · ")}</p>', ""]

    notice = stale_notice(src, site)
    if notice is not None:
        parts += [f'<p class="tk-stale" role="note">{notice.text}</p>', ""]
    parts += _generated(meta, s, "before")

    parts += [body.strip(), ""]
    parts += downloads.page_block(src, node, site)  # templates to fill in, if it has any

    parts += _generated(meta, s, "after")

    parts += [progress.done_block(src.lang, node), ""]
    parts += [pager(src, node, site), ""]
    return "\n".join(parts)


def pager(src: Source, node: Node, site: Site) -> str:
    s = strings(src.lang)
    lessons, i = site.reading_place(node)
    items = []
    if i > 0:
        prev = lessons[i - 1].source(src.lang)
        items.append(f"[{s['lesson.previous']}: {md(prev.title)}]({link(src, prev.url_path)})")
    if i + 1 < len(lessons):
        nxt = lessons[i + 1].source(src.lang)
        items.append(f"[{s['lesson.next']}: {md(nxt.title)}]({link(src, nxt.url_path)})")
    if not items:
        return ""
    return f'<p class="tk-lesson-pager" markdown="span">{fact_spans(items)}</p>'


def lesson_entry(src: Source, lesson: Node, heading: str = "###") -> list[str]:
    s = strings(src.lang)
    lsrc = lesson.source(src.lang)
    duration = lsrc.meta.get("duration")
    lines = [f"{heading} [{md(lsrc.title)}]({link(src, lsrc.url_path)})", ""]
    if isinstance(duration, int):
        lines += [s["lesson.duration"].format(n=duration), "{: .tk-duration }", ""]
    lines += [f"- {md(o)}" for o in lsrc.meta.get("objectives") or []]
    return lines + [""]


def module_index(src: Source, node: Node) -> str:
    s = strings(src.lang)
    lines = [f"## {s['index.lessons']}", ""]
    lines += [s["index.total"].format(n=node.duration(src.lang)), "{: .tk-total }", ""]
    lines += [progress.count_line(src.lang, node.lessons), ""]
    for lesson in node.children:
        lines += lesson_entry(src, lesson)
    return "\n".join(lines)


def course_index(src: Source, node: Node) -> str:
    s = strings(src.lang)
    if not node.children:
        return ""
    lines = [f"## {s['index.modules']}", ""]
    lines += [s["index.total"].format(n=node.duration(src.lang)), "{: .tk-total }", ""]
    lines += [progress.count_line(src.lang, node.lessons), ""]
    for module in node.children:
        msrc = module.source(src.lang)
        lines += [f"### [{md(msrc.title)}]({link(src, msrc.url_path)})", ""]
        meta = s["lesson.duration"].format(n=module.duration(src.lang))
        lines += [f"{s['index.count'].format(n=len(module.lessons))} · {meta}", ""]
        lines += [progress.count_line(src.lang, module.lessons), ""]
        for lesson in module.children:
            lsrc = lesson.source(src.lang)
            duration = s["lesson.duration"].format(n=lsrc.meta.get("duration", 0))
            lines.append(f"- [{md(lsrc.title)}]({link(src, lsrc.url_path)}) · {duration}")
        lines.append("")
    return "\n".join(lines)


def courses_list(src: Source, site: Site) -> str:
    s = strings(src.lang)
    lines = [progress.continue_block(src.lang, site), ""]
    for course in site.courses:
        csrc = course.source(src.lang)
        total = s["index.total"].format(n=course.duration(src.lang))
        count = s["index.count"].format(n=len(course.lessons))
        lines += [f"[{md(csrc.title)}]({link(src, csrc.url_path)})"]
        description = md(csrc.meta.get("description", ""))
        summary = f"{count} · {total}" if course.lessons else s["index.soon"]
        if course.lessons:
            summary += " " + progress.count_line(src.lang, course.lessons, "span")
        lines += [f":   {description}", "", f"    {summary}", ""]
    return "\n".join(lines)


def site_page(src: Source, site: Site, terms: list) -> str:
    """The Markdown MkDocs renders for `src`: its body read from the one model, generated
    lists in place of their markers, the skeleton around it. The build (tools/hooks) and
    `check` both call this, so they read the same page."""
    body = render_document(src.doc, src.lang)
    if facts.MARKER in body:
        register = facts.current_facts()
        body = body.replace(
            facts.MARKER, facts.page_markdown(register, site.sources, src.lang, src)
        )
    if status.MARKER in body:
        body = body.replace(status.MARKER, status.page_markdown(site, src.lang, src))
    if glossary.MARKER in body:
        body = body.replace(glossary.MARKER, glossary.page_markdown(terms, src.lang))
    if cert_pages.MARKER in body:
        body = body.replace(cert_pages.MARKER, cert_pages.verify_markdown(site, src.lang))
    if progress.MARKER in body:
        body = body.replace(progress.MARKER, progress.page_markdown(site, src.lang, src))
    return page_markdown(src, site, body)


def page_markdown(src: Source, site: Site, body: str) -> str:
    """The Markdown MkDocs should render for this source, around its rendered `body`
    (see render_document)."""
    node = site.node_of(src)
    if node is not None and node.kind == "lesson":
        return lesson_markdown(src, node, site, body)
    if node is not None and node.kind == "module":
        body = body.rstrip() + "\n\n" + module_index(src, node)
    elif node is not None and node.kind == "course":
        body = body.rstrip() + "\n\n" + course_index(src, node)
    if COURSES_MARKER in body:
        body = body.replace(COURSES_MARKER, courses_list(src, site))
    return body
