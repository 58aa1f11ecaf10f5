"""A corpus of author mistakes (tests/mistakes_cases.py), each with its exact `path:line:col`
and message; `make check lang=ar` and `lang=fr` print the same findings in Arabic and French.
Things that are not mistakes (a block inside a code fence, a Windows file, a quoted colon)
give nothing."""

from __future__ import annotations

import re

import pytest

from tests.mistakes_cases import FINE, MISTAKES
from tests.support.check import run_check
from tests.support.mistakes import write_corpus
from tools.checks import check
from tools.common.messages import rel

_ARABIC = re.compile("[\u0600-\u06ff]")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    docs = tmp_path_factory.mktemp("mistakes") / "docs"
    module = write_corpus(docs, MISTAKES + FINE)
    found = check.run(docs)
    outputs = {}
    for lang in ("en", "ar", "fr"):
        result = _run(docs, lang)
        assert result.returncode == 1, result.stderr
        outputs[lang] = result.stdout
    return module, found, outputs


def _run(docs, lang):
    from tests.support.check import run_check

    return run_check(docs, args=["--lang", lang])


def test_the_corpus_is_big_enough():
    assert len(MISTAKES) >= 25
    assert len({m.name for m in MISTAKES}) == len(MISTAKES)


@pytest.mark.parametrize("mistake", MISTAKES + FINE, ids=lambda m: m.name)
def test_each_mistake_at_its_place_with_its_message(corpus, mistake):
    module, found, _ = corpus
    m = rel(module)
    got = sorted(
        (e.path.name.rsplit(".", 2)[1], e.line, e.col, e.text("en"))
        for e in found
        if e.path.name.split(".")[0] == mistake.name
    )
    want = sorted(
        (lang, line, col, text.replace("{m}", m)) for lang, line, col, text in mistake.expect
    )
    assert got == want


def test_the_base_lesson_is_clean(corpus):
    _, found, _ = corpus
    assert [e for e in found if e.path.name.startswith(("00-base", "index"))] == []


@pytest.mark.parametrize("lang", ["en", "ar", "fr"])
def test_every_finding_is_printed_in_the_chosen_language(corpus, lang):
    _, found, outputs = corpus
    out = outputs[lang]
    for e in found:
        assert f"{rel(e.path)}:{e.line}:{e.col}: {e.text(lang)}" in out
    if lang == "ar":
        assert all(_ARABIC.search(line) for line in out.splitlines() if ": " in line)
    if lang != "en":
        assert found[0].text("en") not in out


def test_lang_comes_from_make_not_the_locale(corpus):
    """`make check lang=ar` sets TAMKEEN_LANG; the LANG locale other tools read is ignored."""
    module, found, _ = corpus
    docs = module.parent.parent.parent
    arabic = run_check(docs, env={"TAMKEEN_LANG": "ar", "LANG": "fr_FR.UTF-8"})
    assert found[0].text("ar") in arabic.stdout
    english = run_check(docs, env={"LANG": "ar_MA.UTF-8"})
    assert found[0].text("en") in english.stdout
