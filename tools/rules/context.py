"""What every rule reads: the sources, their one model each, the content tree, and each
page as the site renders it (for ids and anchors), computed once and shared."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from tools import content, document, facts, glossary, site_markdown, skeleton


@dataclass
class Rendered:
    html: str
    page: site_markdown.Page

    @property
    def ids(self) -> set[str]:
        return set(self.page.ids)


@dataclass
class Context:
    docs_dir: Path
    sources: list[content.Source]
    site: content.Site
    config_file: Path
    _rendered: dict[Path, Rendered] = field(default_factory=dict)
    _by_path: dict[Path, content.Source] = field(default_factory=dict)
    _terms: list | None = None

    @classmethod
    def of(cls, docs_dir: Path, sources: list[content.Source]) -> Context:
        courses, nodes = content.build_tree(sources)
        site = content.Site(docs_dir, sources, courses, nodes)
        ctx = cls(docs_dir, sources, site, site_markdown.config_for(docs_dir))
        ctx._by_path = {src.path.resolve(): src for src in sources}
        return ctx

    def doc(self, src: content.Source) -> document.Document:
        return src.doc  # the source's own, parsed once

    def source_at(self, path: Path) -> content.Source | None:
        return self._by_path.get(path.resolve())

    def rendered(self, src: content.Source) -> Rendered:
        """The page of `src` rendered exactly as the build renders it."""
        key = src.path.resolve()
        if key not in self._rendered:
            # `[[fact:…]]` renders in the page's language, from this docs' register.
            facts.use(lang=src.lang, register=self.docs_dir / facts.DATA_FILE)

            if self._terms is None:
                self._terms = glossary.load(self.docs_dir)
            markdown = skeleton.site_page(src, self.site, self._terms)
            memo = _memo_key(markdown, src.lang, self.config_file, self.docs_dir)
            if memo not in _MEMO:
                html = site_markdown.render(markdown, self.config_file)
                _MEMO[memo] = Rendered(html, site_markdown.read_page(html))
                while len(_MEMO) > _MEMO_SIZE:  # oldest first: the pages no longer written
                    del _MEMO[next(iter(_MEMO))]
            self._rendered[key] = _MEMO[memo]
        return self._rendered[key]


# Rendering is most of `check`'s time: `make serve` checks again after every save, and
# the tests check the same fixtures many times. A page's HTML depends only on its
# Markdown (the skeleton holds the tree and glossary), its language (facts), the
# mkdocs.yml and the facts register, so it is kept by a hash of those, per process.
_MEMO: dict[str, Rendered] = {}
_MEMO_SIZE = 2048


def _memo_key(markdown: str, lang: str, config_file: Path, docs_dir: Path) -> str:
    h = hashlib.sha256(f"{lang}\0{config_file.resolve()}\0".encode())
    for path in (config_file, docs_dir / facts.DATA_FILE):
        h.update(path.read_bytes() if path.is_file() else b"-")
        h.update(b"\0")
    h.update(markdown.encode())
    return h.hexdigest()
