"""The differential check: what the one model of each source says (tools/model/document.py, with
the ids `check` reads from its own render) against what the built HTML contains."""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from lxml import html as lxml_html

from tools.checks.rules.context import Context
from tools.checks.rules.render import GENERATED_BLOCKS, author_blocks, heading_ids
from tools.checks.rules.urls import url_of
from tools.common.paths import DEFAULT_LANGUAGE
from tools.model import content, facts
from tools.site import facts_markdown

_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def built_page(site_dir: Path, src: content.Source) -> Path:
    prefix = "" if src.lang == DEFAULT_LANGUAGE else f"{src.lang}/"
    url = url_of(src)
    return site_dir / prefix / (url if url != "/" else "") / "index.html"


def _article(page: Path):
    tree = lxml_html.fromstring(page.read_text(encoding="utf-8"))
    return tree.xpath("//article")[0]


def _ids(page: Path) -> set[str]:
    tree = lxml_html.fromstring(page.read_text(encoding="utf-8"))
    return {el.get("id") for el in tree.xpath("//*[@id]")}


def compare(docs_dir: Path, site_dir: Path) -> tuple[list[str], dict[str, int]]:
    """(disagreements as readable lines, counts of what was compared)."""
    sources, errors, _ = __import__("tools.checks.check", fromlist=["read_all"]).read_all(docs_dir)
    assert not errors, errors
    ctx = Context.of(docs_dir, sources)
    register = facts.load(docs_dir / facts.DATA_FILE)
    problems: list[str] = []
    counts = {"pages": 0, "headings": 0, "links": 0, "blocks": 0, "quizzes": 0}
    for src in sources:
        page = built_page(site_dir, src)
        if not page.is_file():
            problems.append(f"{src.rel}: no built page at {page}")
            continue
        counts["pages"] += 1
        doc = ctx.doc(src)
        article = _article(page)
        name = str(src.rel)
        # Heading ids: the model's (read by `check`) are the built page's, in order.
        model_ids = heading_ids(doc.headings, ctx.rendered(src).page.headings)
        built = [h.get("id") for h in article.xpath(".//h1|.//h2|.//h3|.//h4|.//h5|.//h6")]
        for heading, ident in zip(doc.headings, model_ids, strict=True):
            counts["headings"] += 1
            if ident is None or ident not in built:
                problems.append(f"{name}:{heading.line}: heading id {ident!r} not in {built}")
        if [i for i in built if i in model_ids] != [i for i in model_ids if i in built]:
            problems.append(f"{name}: heading order differs: {model_ids} vs {built}")
        # Internal links and anchors: each model link is a link of the built page that
        # resolves (page and id).
        hrefs = {a.get("href") for a in article.xpath(".//a[@href]")}
        page_url = "/" + page.relative_to(site_dir).parent.as_posix() + "/"
        for link in doc.links:
            if link.image or not link.url or "://" in link.url or link.url.startswith("mailto:"):
                continue
            counts["links"] += 1
            anchor = unquote(link.url.partition("#")[2])
            matches = (
                [h for h in hrefs if anchor == unquote(h.partition("#")[2])] if anchor else hrefs
            )
            resolved = []
            for href in matches:
                path = posixpath.normpath(posixpath.join(page_url, urlsplit(href).path))
                target = (
                    site_dir
                    / path.lstrip("/")
                    / ("index.html" if not path.endswith(".html") else "")
                )
                if href.startswith("#"):
                    target = page
                if target.is_file() and (not anchor or anchor in _ids(target)):
                    resolved.append(href)
            if not resolved:
                problems.append(f"{name}:{link.line}: link {link.url} does not resolve in {page}")
        # Block kinds, in order.
        want = author_blocks(doc)
        classes = []
        for el in article.xpath(".//div[contains(@class,'admonition')]|.//details"):
            rest = [c for c in el.get("class", "").split() if c != "admonition"]
            if rest and rest[0] not in GENERATED_BLOCKS:
                classes.append(rest[0])
        counts["blocks"] += len(want)
        if classes != want:
            problems.append(f"{name}: blocks {want} in the model, {classes} on the page")
        # Quiz questions: same number, same question text, same number of options.
        quizzes = article.xpath(".//div[@class='tk-quiz']")
        counts["quizzes"] += len(doc.quizzes)
        if len(quizzes) != len(doc.quizzes):
            problems.append(
                f"{name}: {len(doc.quizzes)} quizzes in the model, {len(quizzes)} built"
            )
        for q, box in zip(doc.quizzes, quizzes, strict=False):
            legend = box.xpath("string(fieldset/legend)")
            question = "\n".join(q.question).split("\n\n")[0]
            # `[[fact:…]]` nodes as the page shows them, in the page's language.
            question = facts_markdown.plain(question, src.lang, register)
            if words(legend) != words(question.replace("**", "").replace("`", "")):
                problems.append(f"{name}:{q.line}: question {question!r} built as {legend!r}")
            if len(box.xpath(".//li[contains(@class,'tk-quiz__option')]")) != len(q.options):
                problems.append(f"{name}:{q.line}: options differ")
    return problems, counts
