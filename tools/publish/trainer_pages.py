"""What the build makes for trainers from every lesson's parsed model, kept beside the pages of
`make site` (tools/publish/page_cache.py): the trainer pages' and the class view's Markdown
(tools/slides/kit.py `trainer_page`, tools/site/classview.py) and the lessons' share messages
(tools/site/share.py). Made again, they would cost a warm build the parse of every source.
Their inputs are the kept pages' (the trainer pages are pages), so they share that key: any
change to the sources, the code or the settings and they are made again."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from tools.common import build_cache
from tools.model.content import Site
from tools.publish import page_cache
from tools.site import classview, share
from tools.slides import kit as trainer_kit

STEP = "trainer-pages"
T = TypeVar("T")


def _kept(project: Path, parts: list[str], make: Callable[[], T]) -> T:
    """`make()`, or what it gave in a build with the same pages' key and `parts`."""
    pages_key = page_cache.key()
    if pages_key is None:  # not `make site`: nothing kept
        return make()
    step = build_cache.Step(project, STEP)
    name = step.key(pages_key, *parts)
    path = step.get(name)
    if path is not None:
        try:
            return pickle.loads(path.read_bytes())  # our own file
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            pass  # unreadable (older code): made again
    made = make()
    step.put_bytes(name, pickle.dumps(made, protocol=pickle.HIGHEST_PROTOCOL))
    return made


def markdown(site: Site, lang: str, project: Path) -> tuple[list[tuple[str, str]], str]:
    """(src_uri, Markdown) of every module's trainer page in the build of `lang`, and the
    class view's Markdown."""

    def make() -> tuple[list[tuple[str, str]], str]:
        pages = [trainer_kit.trainer_page(module, lang) for module in trainer_kit.modules(site)]
        return pages, classview.page_markdown(site, lang)

    return _kept(project, ["pages", lang], make)


def write_share_data(
    site_dir: Path, site: Site, languages: list[str], site_url: str, project: Path
) -> None:
    """tools/site/share.py `write_data`: its files' text kept, written again."""
    names = [share.data_url(m.key, lang) for lang in languages for m in share.modules(site)]

    def make() -> list[str]:
        return share.write_data(site_dir, site, languages, site_url)

    texts = _kept(project, ["share", site_url or "", *languages], make)
    for name, text in zip(names, texts, strict=True):
        target = site_dir / name
        if not target.is_file():  # written by this build already when made
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
