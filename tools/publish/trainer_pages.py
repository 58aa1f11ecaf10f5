"""The trainer pages' Markdown (tools/slides/kit.py `trainer_page`) kept beside the pages of
`make site` (tools/publish/page_cache.py): made from every lesson's parsed model (its
questions, its trainer notes), they would cost a warm build the parse of every source. They
are pages: their inputs are the kept pages', so they share that key (any change to the
sources, the code, the settings: made again)."""

from __future__ import annotations

import pickle
from pathlib import Path

from tools.common import build_cache
from tools.model.content import Site
from tools.publish import page_cache
from tools.slides import kit as trainer_kit

STEP = "trainer-pages"


def _made(site: Site, lang: str) -> list[tuple[str, str]]:
    return [trainer_kit.trainer_page(module, lang) for module in trainer_kit.modules(site)]


def markdown(site: Site, lang: str, project: Path) -> list[tuple[str, str]]:
    """(src_uri, Markdown) of every module's trainer page in the build of `lang`."""
    pages_key = page_cache.key()
    if pages_key is None:  # not `make site`: nothing kept
        return _made(site, lang)
    step = build_cache.Step(project, STEP)
    name = step.key(pages_key, lang)
    path = step.get(name)
    if path is not None:
        try:
            return pickle.loads(path.read_bytes())  # our own file
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
            pass  # unreadable: made again
    pages = _made(site, lang)
    step.put_bytes(name, pickle.dumps(pages, protocol=pickle.HIGHEST_PROTOCOL))
    return pages
