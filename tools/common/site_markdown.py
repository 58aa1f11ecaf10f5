"""Python-Markdown exactly as the site configures it (mkdocs.yml's `markdown_extensions`,
with MkDocs' built-ins), so `check` reads heading ids and anchors from the same renderer and
settings as the build, never from an imitation of them.

The one place our code makes a Python-Markdown instance (`new_markdown`) and reads its
configuration (`_extensions`): `check` (render below), the slides and handouts
(tools/slides/render.py) share one instance per mkdocs.yml. MkDocs makes its own per page,
from the same `markdown_extensions`. The one other configuration is the Word templates' of
tools/site/downloads.py (tables and lists, raw HTML as text), made here too."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

from tools.common.paths import ROOT


@lru_cache(maxsize=4)
def _extensions(config_file: Path) -> tuple[list, dict]:
    # MkDocs loads only when the site's Markdown is configured
    from mkdocs import utils
    from mkdocs.config import config_options

    with config_file.open(encoding="utf-8") as handle:
        raw = utils.yaml_load(handle) or {}
    option = config_options.MarkdownExtensions(
        builtins=["toc", "tables", "fenced_code"], configkey="mdx_configs"
    )
    extensions = option.run_validation(copy.deepcopy(raw.get("markdown_extensions") or []))
    return extensions, option.configdata


def config_for(docs_dir: Path) -> Path:
    """The mkdocs.yml that builds `docs_dir` (beside it), else the project's."""
    beside = docs_dir.parent / "mkdocs.yml"
    return beside if beside.is_file() else ROOT / "mkdocs.yml"


def new_markdown(extensions: list, configs: dict):
    """A Python-Markdown instance with these extensions and their options."""
    # Python-Markdown loads only when a page is rendered
    import markdown

    return markdown.Markdown(extensions=list(extensions), extension_configs=dict(configs))


@lru_cache(maxsize=4)
def _markdown(config_file: Path):
    return new_markdown(*_extensions(config_file))


def for_config(config_file: Path):
    """The instance for a mkdocs.yml, shared by `check`, the slides and the handouts (reset
    it before each page, as `render` does)."""
    return _markdown(config_file.resolve())


def render(text: str, config_file: Path) -> str:
    """`text` as HTML, by one Markdown instance per config (reset between pages, as a new
    instance would be: building one costs more than rendering a page)."""
    md = for_config(config_file)
    md.reset()
    return md.convert(text)


@dataclass(frozen=True)
class Page:
    """What a rendered page offers to links and what the model must agree with."""

    ids: list[str]  # every id or `<a name>`: what a `#fragment` can reach
    headings: list[tuple[int, str, str]]  # (level, id, text) in order
    blocks: list[str]  # first class of every admonition / details, in order
    quizzes: int  # rendered quiz forms


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.headings: list[tuple[int, str, str]] = []
        self.blocks: list[str] = []
        self.quizzes = 0
        self._heading: list | None = None
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        values = {k: v or "" for k, v in attrs}
        for name in ("id", "name" if tag == "a" else ""):
            if name and values.get(name):
                self.ids.append(values[name])
        classes = values.get("class", "").split()
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._heading = [int(tag[1]), values.get("id", ""), ""]
        elif self._heading is not None and "headerlink" in classes:
            self._skip += 1
        if (tag == "div" and "admonition" in classes) or tag == "details":
            rest = [c for c in classes if c != "admonition"]
            self.blocks.append(rest[0] if rest else "")
        if tag == "div" and "tk-quiz" in classes:
            self.quizzes += 1

    def handle_endtag(self, tag):
        if self._heading is not None and tag == "a" and self._skip:
            self._skip -= 1
        elif self._heading is not None and tag == f"h{self._heading[0]}":
            self.headings.append((self._heading[0], self._heading[1], self._heading[2].strip()))
            self._heading = None

    def handle_data(self, data):
        if self._heading is not None and not self._skip:
            self._heading[2] += data


def read_page(html: str) -> Page:
    """Ids, headings, blocks and quizzes of a rendered page (as MkDocs' own anchor
    validation sees ids)."""
    reader = _Reader()
    reader.feed(html)
    return Page(reader.ids, reader.headings, reader.blocks, reader.quizzes)


@lru_cache(maxsize=4)
def site_url(config_file: Path) -> str:
    """`site_url` of a mkdocs.yml, with a final slash ("" if none)."""
    # MkDocs loads only when a config is read
    from mkdocs import utils

    with config_file.open(encoding="utf-8") as handle:
        raw = utils.yaml_load(handle) or {}
    url = str(raw.get("site_url") or "")
    return url if not url or url.endswith("/") else url + "/"
