"""Built pages kept between `make site` runs: a warm build with nothing changed renders
no Markdown and no theme template.

What a page's output depends on is wide (the nav holds every page's title, the pager the
next lesson, the glossary links every term, the facts register, the theme, our code), so
the key is the whole site's: `tools` and every installed package (tools/common/build_cache.py
`code_key`), mkdocs.yml, every file of docs/, the theme overrides and `watch:` folders
(notebooks, downloads), npm's installed versions, the Chromium that prints the handouts
(the trainer pages link them), git's HEAD and the status of those folders (a translation's
"out of date" notice reads git history), SOURCE_DATE_EPOCH and every TAMKEEN_* variable. Any change
to any of them and every page is built again, as before; with none, each page is what the
last build wrote, with what the steps after it read of it (tools/site/page_pass.py: the offline
facts, the search document, a course page held for its save button).

Only `make site` (tools/publish/build.py) turns it on, never `mkdocs build` or `serve`, and the
pages are kept only once that build succeeded (strict mode: no warning; the checks of
tools/site/postbuild.py passed): a kept page never hides a warning its build would have given.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from dataclasses import dataclass, replace
from pathlib import Path

from tools.common import build_cache, tracked
from tools.common.paths import NODE_MODULES
from tools.site import offline
from tools.slides import stable

# The one template a kept page renders: nothing (its text comes from the cache).
TEMPLATE = "tk-kept-page.html"
STEP = "pages"


@dataclass(frozen=True)
class Kept:
    output: str  # as on_post_page returned it ("" for a held page)
    held: str | None  # a held course page's text, its steps' edits applied
    facts: offline.PageFacts | None  # with `path` relative to the site
    document: str | None  # its search document, if it had one when written
    title: str | None  # page.meta["title"] after the build (tools/common/sanitize.py page_titles)


class _State:
    def __init__(self) -> None:
        self.project: Path | None = None  # on: the project of the `make site` in progress
        self.key: str | None = None
        self.kept: dict[str, Kept] = {}
        self.new: dict[str, Kept] = {}


_state = _State()


def enable(project_dir: Path | None) -> None:
    """`make site` of the project at `project_dir` begins (None: off)."""
    _state.__init__()
    _state.project = project_dir


def active() -> bool:
    """Pages are kept and reused in the build in progress."""
    return _state.key is not None


def key() -> str | None:
    """The key of the pages of the build in progress (None: it keeps none)."""
    return _state.key


def _files(folder: Path):
    if folder.is_dir():
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                yield path


def site_key(config) -> str:
    """A hash of every input of every page (see the module's docstring)."""
    h = hashlib.sha256(build_cache.code_key().encode())

    def part(label: str, data: bytes) -> None:
        h.update(f"\0{label}\0{len(data)}\0".encode() + data)

    part("mkdocs.yml", Path(config.config_file_path).read_bytes())
    folders = [Path(config.docs_dir), *map(Path, config.watch or [])]
    if config.theme.custom_dir:
        folders.append(Path(config.theme.custom_dir))
    for folder in folders:
        for path in _files(folder):
            part(f"{folder}:{path.relative_to(folder).as_posix()}", path.read_bytes())
    # A page's "translation out of date" notice reads git history (a commit alone can
    # change it): HEAD and the status of the sources are inputs too.
    part("git", tracked.git_state(Path(config.config_file_path).parent, folders))
    lock = NODE_MODULES / ".package-lock.json"
    part("npm", lock.read_bytes() if lock.is_file() else b"-")
    part("chromium", stable._chromium_identity().encode())
    env = sorted((k, v) for k, v in os.environ.items() if k.startswith("TAMKEEN_"))
    part("env", repr([("SOURCE_DATE_EPOCH", stable.epoch()), *env]).encode())
    return h.hexdigest()[:32]


def start(config) -> None:
    """A new build of every language (the first language's `on_config`)."""
    if _state.project is None:
        return
    _state.key = site_key(config)
    _state.new = {}
    path = build_cache.Step(_state.project, STEP).get(_state.key)
    try:
        _state.kept = pickle.loads(path.read_bytes()) if path else {}  # our own file
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError, ImportError):
        _state.kept = {}


def _rel(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def get(dest: Path, root: Path) -> Kept | None:
    """The kept page written at `dest` (in the site at `root`), if this build may use it."""
    if _state.key is None or root not in dest.parents:
        return None
    return _state.kept.get(_rel(dest, root))


def put(dest: Path, root: Path, kept: Kept) -> None:
    """A page built by this build (kept if the build succeeds)."""
    if _state.key is None or root not in dest.parents:
        return
    if kept.facts is not None:
        kept = replace(kept, facts=replace(kept.facts, path=Path(_rel(kept.facts.path, root))))
    _state.new[_rel(dest, root)] = kept


def facts_at(kept: Kept, root: Path) -> offline.PageFacts | None:
    return None if kept.facts is None else replace(kept.facts, path=root / kept.facts.path)


def commit() -> None:
    """The build succeeded: keep its pages (only if it built any)."""
    if _state.project is not None and _state.key is not None and _state.new:
        pages = {**_state.kept, **_state.new}
        step = build_cache.Step(_state.project, STEP)
        step.put_bytes(_state.key, pickle.dumps(pages, protocol=pickle.HIGHEST_PROTOCOL))
    _state.__init__()
