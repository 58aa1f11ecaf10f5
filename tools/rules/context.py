"""What every rule reads: the sources, their one model each, the content tree, and each
page as the site renders it (for ids and anchors), computed once and shared."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tools import content, document, site_markdown


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
        return document.parse(src.body, src.body_line)

    def source_at(self, path: Path) -> content.Source | None:
        return self._by_path.get(path.resolve())

    def rendered(self, src: content.Source) -> Rendered:
        """The page of `src` rendered exactly as the build renders it."""
        key = src.path.resolve()
        if key not in self._rendered:
            from tools import facts, glossary, skeleton

            # `[[fact:…]]` renders in the page's language, from this docs' register.
            facts.use(lang=src.lang, register=self.docs_dir / facts.DATA_FILE)

            if self._terms is None:
                self._terms = glossary.load(self.docs_dir)
            markdown = skeleton.site_page(src, self.site, self._terms)
            html = site_markdown.render(markdown, self.config_file)
            self._rendered[key] = Rendered(html, site_markdown.read_page(html))
        return self._rendered[key]
