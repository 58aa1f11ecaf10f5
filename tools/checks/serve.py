"""`make serve` checks as you type: every rebuild runs the same checks as `make check`
(tools/checks/check.py) when a source changed, prints the errors in the terminal and shows the
page's own errors as a banner at the top of that page. Plain HTML and CSS (no script: the
site's CSP forbids inline script); only under `mkdocs serve`, never in a built site.

A source whose front matter cannot be read is never rendered as page text: its page shows
only its name and the banner.
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import sys
from pathlib import Path

from tools.common.messages import Error, default_language, msg
from tools.common.paths import direction
from tools.model import notebooks

_serving = False
_dirty = False
_stamp: tuple | None = None
_by_path: dict[Path, list[Error]] = {}
# What the next rebuild must redo (`mkdocs serve --dirty`, as `make serve` runs it): MkDocs
# rebuilds a page whose source is newer than its output; we add what that misses.
_structure: str | None = None  # hash of the tree: names, front matter, glossary, facts
_full = True  # the tree changed: every page again (nav, totals, language switcher)
_touched: set[str] = set()  # page keys (`courses/x/01-a`, no language) to redo


def start(command: str, dirty: bool = False) -> None:
    """Called by MkDocs' `on_startup`: checks and banners only for `serve`."""
    global _serving, _dirty
    _serving = command == "serve"
    _dirty = _serving and dirty
    if _dirty:
        build_log = logging.getLogger("mkdocs.commands.build")
        if not any(isinstance(f, _DirtyWarning) for f in build_log.filters):
            build_log.addFilter(_DirtyWarning())


class _DirtyWarning(logging.Filter):
    """MkDocs warns that a dirty build may leave navigation wrong, and `strict: true`
    turns that warning into a failed build. `mark` below rebuilds every page when the tree
    changes, so the navigation stays right: the warning is dropped, under `serve` only."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("A 'dirty' build is being performed")


def serving() -> bool:
    return _serving


# Under `serve`, what `make site` builds and a preview does not need: said once per rebuild.
SKIPPED_NOTE = (
    "serve: trainer kit (slides, PPTX, PDF handouts), search index, offline course lists "
    "and service worker are not built in the preview; `make site` builds them"
)


def _page_key(path: Path, docs_dir: Path) -> str:
    """`courses/x/01-a.fr.md` -> `courses/x/01-a`: the same page in every language."""
    rel = path.resolve().relative_to(docs_dir.resolve()).as_posix()
    return rel.rsplit(".", 2)[0] if rel.count(".") >= 2 else rel.rsplit(".", 1)[0]


def _structure_of(site, docs_dir: Path) -> str:
    """What every page shows besides its own text: the list of pages and their front
    matter (titles, order, durations), the glossary, the facts register, mkdocs.yml."""

    h = hashlib.sha256()
    for src in sorted(site.sources, key=lambda s: str(s.path)):
        h.update(f"{src.rel}\0{json.dumps(src.meta, sort_keys=True, default=str)}\0".encode())
    h.update(repr(sorted(str(e.path) for e in site.errors)).encode())
    extra = [docs_dir / "glossary.yml", docs_dir.parent / "mkdocs.yml"]
    extra += sorted(docs_dir.glob("*.yml")) + sorted(docs_dir.glob("_data/*"))
    for path in extra:
        if path.is_file():
            h.update(path.read_bytes())
    return h.hexdigest()


def plan(site, docs_dir: Path, changed_errors: set[Path]) -> None:
    """Decide what this rebuild redoes besides the pages MkDocs sees changed."""
    global _structure, _full, _touched
    structure = _structure_of(site, docs_dir)
    _full = structure != _structure
    _structure = structure
    _touched = {_page_key(p, docs_dir) for p in changed_errors if docs_dir in p.parents}


def mark(files, docs_dir: Path) -> int:
    """Under `serve --dirty`: make MkDocs rebuild every page after a change of the tree;
    else the counterpart of a changed page (its staleness note), the pages whose check
    errors changed, and the translation status pages. Returns how many were marked."""
    if not _dirty:
        return 0
    marked = 0
    changed = {
        _page_key(Path(f.abs_src_path), docs_dir)
        for f in files.documentation_pages()
        if f.abs_src_path and docs_dir in Path(f.abs_src_path).parents and f.is_modified()
    }
    for f in files.documentation_pages():
        if not f.abs_src_path:  # generated (trainer pages): from the tree's front matter only
            if not _full:
                f.is_modified = lambda: False
            continue
        if docs_dir not in Path(f.abs_src_path).parents:
            continue
        key = _page_key(Path(f.abs_src_path), docs_dir)
        # Decided here, for this instance only: static-i18n's later steps touch the dates
        # MkDocs' own test (source newer than output) reads.
        redo = _full or key in changed or key in _touched or key == "translation-status"
        f.is_modified = (lambda: True) if redo else (lambda: False)
        marked += redo
    return marked


def _stamp_of(docs_dir: Path) -> tuple:
    files = sorted(p for p in docs_dir.rglob("*") if p.is_file())
    notebooks = docs_dir.parent / "notebooks"
    if notebooks.is_dir():
        files += sorted(p for p in notebooks.rglob("*.ipynb") if p.is_file())
    return tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in files)


_error_changes: set[Path] = set()


def error_changes() -> set[Path]:
    """Sources whose check errors changed at the last check: their banner changes."""
    return _error_changes


def run(docs_dir: Path) -> list[Error]:
    """Check the sources again if one changed since the last rebuild; print the result."""
    global _stamp, _by_path, _error_changes

    stamp = _stamp_of(docs_dir)
    if stamp == _stamp:
        _error_changes = set()
        return [e for errors in _by_path.values() for e in errors]
    _stamp = stamp
    # Imported here: a build loads this module for `mark` and `banner`, never the rules.
    from tools.checks import check

    found = check.run(docs_dir)
    previous = _by_path
    _by_path = {}
    for item in found:
        _by_path.setdefault(_page_of(item.path, docs_dir), []).append(item)
    _error_changes = {
        p for p in previous.keys() | _by_path.keys() if previous.get(p) != _by_path.get(p)
    }
    lang = default_language()
    errors = [e for e in found if not e.warning]
    for item in found:
        print(f"{item.where}: {item.text(lang)}", file=sys.stderr)
    summary = msg("check.count", n=len(errors)) if errors else msg("check.none")
    print(summary.text(lang), file=sys.stderr, flush=True)
    return found


def _page_of(path: Path, docs_dir: Path) -> Path:
    """The page that shows a finding's banner: its source's, and for a notebook (its
    Markdown cells are checked as a lesson) the page generated from it."""
    if path.suffix == ".ipynb":
        notebooks_dir = docs_dir.parent / notebooks.NOTEBOOKS_DIR
        nb = notebooks.parse_path(notebooks_dir, path) if notebooks_dir in path.parents else None
        if nb is not None:
            return nb.page(docs_dir).resolve()
    return path.resolve()


def unreadable_page(abs_src_path: str) -> str:
    """What an unreadable source shows instead of its raw text: its name only."""
    return f"# {Path(abs_src_path).name}\n"


def banner(abs_src_path: str | None, lang: str) -> str:
    """The errors of this page's source as HTML, in the page's language ("" if none or
    not serving)."""
    if not _serving or not abs_src_path:
        return ""
    errors = [e for e in _by_path.get(Path(abs_src_path).resolve(), []) if not e.warning]
    if not errors:
        return ""
    items = "".join(
        f'<li><code dir="ltr">{html.escape(e.where)}</code> {html.escape(e.text(lang))}</li>'
        for e in errors
    )
    title = html.escape(msg("serve.banner", n=len(errors)).text(lang))
    return (
        f'<div class="tk-check-banner" role="alert" lang="{lang}" dir="{direction(lang)}">'
        f"<p><strong>{title}</strong></p><ul>{items}</ul></div>"
    )
