"""The templates of a lesson reach the site: the Word file and the text copy beside the
lesson page in each language, a link to each on the lesson page and on the module's trainer
page (which resolves), and each language's offline zip keeps its own and leaves the other's
(tools/site/downloads.py, tools/publish/offline_bundle.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_downloads import TEMPLATE, _project
from tools.site import downloads


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    from tests.conftest import run_build

    tmp = tmp_path_factory.mktemp("downloads")
    project = _project(tmp)
    result = run_build(project / "mkdocs.yml", tmp / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    return tmp / "site"


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_site_publishes_and_lists_them(built, lang):
    folder = built / f"courses/demo/01-basics/01-first.{lang}.files"
    word = folder / f"01-invoice-{lang}.docx"
    assert word.read_bytes() == downloads.docx(TEMPLATE[lang], lang)
    assert (folder / f"01-invoice-{lang}.txt").read_text(encoding="utf-8") == TEMPLATE[lang]
    prefix = "" if lang == "ar" else "fr/"
    page = (built / prefix / "courses/demo/01-basics/01-first/index.html").read_text("utf-8")
    title = TEMPLATE[lang].splitlines()[0][2:]
    assert title in page
    href = f"../01-first.{lang}.files/01-invoice-{lang}.docx"
    if lang == "fr":
        href = "../../../../../courses/demo/01-basics/01-first.fr.files/01-invoice-fr.docx"
    assert f'href="{href}"' in page
    trainer = (built / prefix / "courses/demo/01-basics/trainer/index.html").read_text("utf-8")
    name = f"01-invoice-{lang}.docx"
    link = trainer.split(name)[0].rsplit('href="', 1)[1] + name
    target = (built / prefix / "courses/demo/01-basics/trainer" / link).resolve()
    assert target == word.resolve()


def test_offline_zip_keeps_each_language_its_own(built):
    from tools.publish.offline_bundle import _other_language

    for lang, other in (("ar", "fr"), ("fr", "ar")):
        rel = f"courses/demo/01-basics/01-first.{other}.files/01-invoice-{other}.docx"
        assert _other_language(rel, lang)
        own = f"courses/demo/01-basics/01-first.{lang}.files/01-invoice-{lang}.docx"
        assert not _other_language(own, lang)
