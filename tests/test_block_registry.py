"""Every block type does what the block registry (tools/common/blocks.py) says, on a built site: a
lesson written from the registry itself (one block of each type an author may write, each
with its own word, in both languages) is added to the fixture course, and for each type:

- the page shows it as a block of its type, titled in the page's language when the author
  wrote no title; the stylesheet hides it from participants when its audience is trainers;
- the participants' search index has its word, or not, as `search` says; a type kept out
  of it is found in the trainers' index (the module's trainer page);
- "listen" skips it, or not, as `read_aloud` says;
- the lesson's slides show it as `slide` says (a slide of its own, speaker notes, a quiz
  slide, or only when marked `<!-- slide -->`), and so does the module's PPTX.

A new type in the registry is in this lesson with no change here."""

from __future__ import annotations

import gzip
import json
import re
import zipfile
from pathlib import Path

import pytest
from lxml import html as lxml_html

from tests.conftest import copy_fixture, run_build
from tools.common import blocks
from tools.common.ui_strings import STRINGS
from tools.site.search_index import OUTPUT_SUBDIR, TRAINER_SUBDIR

LANGS = ("ar", "fr")
MODULE = "courses/demo/01-basics"
LESSON = "03-blocks"
FRONT = """---
title: Blocks {lang}
objectives:
  - lire {lang}
duration: 10
level: beginner
keypoints:
  - lire {lang}
updated: 2026-11-29
---

"""


def word(name: str, lang: str, unmarked: bool = False) -> str:
    """The word only a block of type `name` holds on the page in `lang`."""
    return f"zq{name}{'un' if unmarked else ''}{lang}zq"


def _indent(text: str, n: int = 4) -> str:
    return "\n".join(" " * n + line if line else "" for line in text.splitlines())


def lesson(lang: str) -> str:
    """A section per author type, written as the registry says it is used."""
    answers = [b for b in blocks.REGISTRY if b.author and b.slide == "answer"]
    parts = []
    for spec in (b for b in blocks.REGISTRY if b.author and b.slide != "answer"):
        w = word(spec.name, lang)
        parts.append(f"## Section {spec.name}\n\nTexte {spec.name}.\n")
        if spec.quiz:
            parts.append(
                f"!!! {spec.name}\n    Question {w} ?\n\n"
                "    - [x] Oui.\n        Bien.\n    - [ ] Non.\n        Dommage.\n"
            )
        elif spec.slide == "own":
            nested = "".join(
                f"\n{_indent(f'??? {a.name}')}\n{_indent(word(a.name, lang), 8)}\n" for a in answers
            )
            parts.append(f"!!! {spec.name}\n    Faites {w}.\n{nested}")
        elif spec.slide == "marked":
            parts.append(f"<!-- slide -->\n!!! {spec.name}\n    Lisez {w}.\n")
            parts.append(f"!!! {spec.name}\n    Lisez {word(spec.name, lang, True)}.\n")
        else:
            parts.append(f"!!! {spec.name}\n    Lisez {w}.\n")
    return FRONT.format(lang=lang) + "\n".join(parts)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("registry")
    project = copy_fixture("course", tmp)
    for lang in LANGS:
        path = project / "docs" / MODULE / f"{LESSON}.{lang}.md"
        path.write_text(lesson(lang), encoding="utf-8")
    site = tmp / "site"
    result = run_build(project / "mkdocs.yml", site)
    assert result.returncode == 0, result.stdout + result.stderr
    return site


def _prefix(lang: str) -> str:
    return "" if lang == "ar" else "fr/"


def _article(site: Path, lang: str):
    page = site / _prefix(lang) / MODULE / LESSON / "index.html"
    return lxml_html.fromstring(page.read_bytes()).xpath("//article")[0]


def _with_class(article, name: str) -> list:
    return article.xpath(f".//*[contains(concat(' ', normalize-space(@class), ' '), ' {name} ')]")


def _fragments(index: Path) -> dict[str, str]:
    out = {}
    for path in (index / "fragment").glob("*.pf_fragment"):
        data = json.loads(gzip.decompress(path.read_bytes()).removeprefix(b"pagefind_dcd"))
        out[data["url"]] = data["content"]
    return out


AUTHOR = [b for b in blocks.REGISTRY if b.author]


@pytest.mark.parametrize("lang", LANGS)
def test_the_page_shows_each_type_as_a_block_titled_in_its_language(built, lang):
    article = _article(built, lang)
    css = (built / "assets/css/tamkeen.css").read_text(encoding="utf-8")
    for spec in AUTHOR:
        found = _with_class(article, spec.name)
        if spec.quiz:  # a form: question and options, no title
            assert word(spec.name, lang) in article.text_content()
            continue
        assert found, spec.name
        assert word(spec.name, lang) in found[0].text_content()
        title = found[0].xpath("./p[@class='admonition-title'] | ./summary")[0]
        assert title.text_content().strip() == STRINGS[lang][spec.label], spec.name
        hidden = f"html:not(.tk-trainer) .md-typeset .{spec.name}"
        assert (hidden in css) == (spec.audience == blocks.TRAINER), spec.name
    for spec in blocks.REGISTRY:
        if spec.colour:
            assert f".admonition.{spec.name}" in css and spec.colour in css, spec.name


@pytest.mark.parametrize("lang", LANGS)
def test_each_type_is_in_the_search_indexes_the_registry_names(built, lang):
    url = f"/{_prefix(lang)}{MODULE}/{LESSON}/"
    participants = _fragments(built / OUTPUT_SUBDIR)[url]
    trainers = " ".join(_fragments(built / TRAINER_SUBDIR).values())
    for spec in AUTHOR:
        w = word(spec.name, lang)
        assert (w in participants) == (blocks.PARTICIPANT in spec.search), spec.name
        if blocks.PARTICIPANT not in spec.search and spec.slide == "notes":
            assert w in trainers, spec.name  # the trainer page gathers the notes


@pytest.mark.parametrize("lang", LANGS)
def test_listen_skips_the_types_not_read_aloud(built, lang):
    script = (built / f"assets/js/listen.{lang}.js").read_text(encoding="utf-8")
    skip = re.search(r'"(pre,[^"]*)"', script).group(1).split(",")
    for spec in AUTHOR:
        assert (f".{spec.name}" in skip) == (not spec.read_aloud), spec.name


def _slides(site: Path, lang: str) -> tuple[str, str]:
    """(the lesson deck's slides, its speaker notes) as text."""
    deck = site / _prefix(lang) / MODULE / LESSON / "slides" / "index.html"
    tree = lxml_html.fromstring(deck.read_bytes())
    notes = " ".join(n.text_content() for n in tree.xpath("//aside[@class='notes']"))
    for aside in tree.xpath("//aside[@class='notes']"):
        aside.drop_tree()
    shown = " ".join(s.text_content() for s in tree.xpath("//section"))
    return shown, notes


def _pptx(site: Path, lang: str) -> tuple[str, str]:
    """(the module PPTX's slides, its notes) as text."""
    found = sorted((site / _prefix(lang) / MODULE / "trainer").glob("*.pptx"))
    assert found, "no module PPTX"
    with zipfile.ZipFile(found[0]) as z:
        names = z.namelist()
        slides = [z.read(n).decode() for n in names if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)]
        notes = [z.read(n).decode() for n in names if n.startswith("ppt/notesSlides/notesSlide")]
    return " ".join(slides), " ".join(notes)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("where", ["deck", "pptx"])
def test_each_type_goes_on_the_slides_as_the_registry_says(built, lang, where):
    shown, notes = (_slides if where == "deck" else _pptx)(built, lang)
    for spec in AUTHOR:
        w = word(spec.name, lang)
        if spec.slide in ("own", "questions", "marked"):
            assert w in shown, (spec.name, spec.slide)
        if spec.slide in ("notes", "answer"):
            assert w in notes and w not in shown, (spec.name, spec.slide)
        if spec.slide == "marked":  # the same type, not marked: not on a slide
            assert word(spec.name, lang, unmarked=True) not in shown + notes, spec.name
