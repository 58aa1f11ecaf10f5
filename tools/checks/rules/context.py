"""What every rule reads: the sources, their one model each, the content tree, and each
page as the site renders it (for ids and anchors), computed once and shared."""

from __future__ import annotations

import hashlib
import os
import pickle
from dataclasses import dataclass, field
from pathlib import Path

from tools.common import build_cache, site_markdown
from tools.model import content, document, facts, glossary
from tools.site import skeleton


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
    _memos: dict[str, Rendered] = field(default_factory=dict)
    _disk: bool = False  # rendered pages kept on disk (`save`)

    @classmethod
    def of(cls, docs_dir: Path, sources: list[content.Source], keep: bool = False) -> Context:
        courses, nodes = content.build_tree(sources)
        site = content.Site(docs_dir, sources, courses, nodes)
        ctx = cls(docs_dir, sources, site, site_markdown.config_for(docs_dir))
        ctx._by_path = {src.path.resolve(): src for src in sources}
        # Kept on disk only when asked (`make site`, `make check`), for a project's docs.
        ctx._disk = keep and (docs_dir.parent / "mkdocs.yml").is_file()
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
                kept = _on_disk(self.config_file).get(memo) if self._disk else None
                if kept is None:
                    html = site_markdown.render(markdown, self.config_file)
                    kept = Rendered(html, site_markdown.read_page(html))
                _MEMO[memo] = kept
                while len(_MEMO) > _MEMO_SIZE:  # oldest first: the pages no longer written
                    del _MEMO[next(iter(_MEMO))]
            self._rendered[key] = _MEMO[memo]
            self._memos[memo] = _MEMO[memo]
        return self._rendered[key]

    def save(self) -> None:
        """Keep the pages this run rendered for the next process (`make site` after
        `make site`): `.cache/check/` beside mkdocs.yml, only this run's entries. Only for
        a project's docs (its mkdocs.yml beside it), not a folder checked on its own."""
        if self._memos and self._disk:
            _save(self.config_file, self._memos)


# Rendering is most of `check`'s time: `make serve` checks again after every save, and
# the tests check the same fixtures many times. A page's HTML depends only on its
# Markdown (the skeleton holds the tree and glossary), its language (facts), the
# mkdocs.yml and the facts register, so it is kept by a hash of those, per process.
_MEMO: dict[str, Rendered] = {}
_MEMO_SIZE = 2048


def _memo_key(markdown: str, lang: str, config_file: Path, docs_dir: Path) -> str:
    h = hashlib.sha256(f"{lang}\0{config_file.resolve()}\0{build_cache.code_key()}\0".encode())
    for path in (config_file, docs_dir / facts.DATA_FILE):
        h.update(path.read_bytes() if path.is_file() else b"-")
        h.update(b"\0")
    h.update(markdown.encode())
    return h.hexdigest()


# Between processes, the same entries are kept on disk (`.cache/check/pages.pickle` beside
# mkdocs.yml): the key also holds everything else the HTML depends on, the code of `tools`
# (our Markdown extensions, the skeleton) and every installed package's version
# (Python-Markdown, its extensions, Pygments): tools/common/build_cache.py `code_key`. One file,
# rewritten with this run's entries only (the old pages go with it), by a rename: a
# parallel build never reads half of it.
CACHE = Path(".cache") / "check" / "pages.pickle"
_DISK: dict[Path, dict[str, Rendered]] = {}


def _on_disk(config_file: Path) -> dict[str, Rendered]:
    path = config_file.resolve().parent / CACHE
    if path not in _DISK:
        try:
            _DISK[path] = pickle.loads(path.read_bytes())  # our own file (see above)
        # Written by older code, its classes may have moved (ImportError): start empty.
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError, ImportError):
            _DISK[path] = {}
    return _DISK[path]


def _save(config_file: Path, memos: dict[str, Rendered]) -> None:
    path = config_file.resolve().parent / CACHE
    if _DISK.get(path) == memos:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.tmp")
    partial.write_bytes(pickle.dumps(memos, protocol=pickle.HIGHEST_PROTOCOL))
    partial.replace(path)
    _DISK[path] = dict(memos)
