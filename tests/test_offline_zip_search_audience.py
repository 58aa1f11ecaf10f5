"""The workshop zip's own search (`assets/offline/search-<lang>.js`, read by offline.js from
file://) leaves trainer notes out, like the site's participants' index
(tests/test_search_trainer_notes.py): every trainer note of every lesson, in both
languages, is sampled and must be in none of the participants' records, while the lesson's
visible text is. The trainer pages, which gather the notes, have their own data
(`search-trainer-<lang>.js`), searched from a trainer page; they are not in the
participants' data."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import pytest
from lxml import html as lxml_html

from tests.conftest import ROOT, copy_fixture
from tools.site.search_forms import normalise_arabic


@pytest.fixture(scope="module")
def unzipped(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("zip-search")
    project = copy_fixture("course", tmp)
    out = tmp / "offline"
    cmd = [sys.executable, "-m", "tools", "offline", "-f", str(project / "mkdocs.yml")]
    result = subprocess.run(
        [*cmd, "-o", str(out)], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    with zipfile.ZipFile(out / "tamkeen.zip") as archive:
        archive.extractall(tmp / "unzipped")
    return tmp / "unzipped" / "tamkeen"


def squash(text: str) -> str:
    """As the zip's search data holds text: one space between words, Arabic normalised."""
    return normalise_arabic(unicodedata.normalize("NFC", " ".join(text.split())))


def search_data(root: Path, key: str) -> dict[str, str]:
    """{page URL in the zip: its searchable text (text and extra forms)} of one data file."""
    text = (root / "assets" / "offline" / f"search-{key}.js").read_text(encoding="utf-8")
    match = re.search(r"\]=(\[.*\]);\s*$", text, re.DOTALL)
    assert match, text[:200]
    return {r["u"]: r["t"] + " " + r["x"] + " " + r["f"] for r in json.loads(match.group(1))}


def notes(root: Path, lang: str) -> list[tuple[str, str, str]]:
    """(lesson URL in the zip, a sentence of each trainer note, a sentence of its visible
    text), read from the zip's own lesson pages."""
    top = root / ("fr/" if lang == "fr" else "") / "courses"
    found = []
    for page in sorted(top.rglob("*.html")):
        if page.name in ("index.html", "trainer.html") or "trainer" in page.parent.parts:
            continue
        tree = lxml_html.fromstring(page.read_bytes())
        shown = tree.xpath("//article//p[not(ancestor::*[contains(@class, 'admonition')])]")
        for note in tree.xpath(
            '//article//div[contains(concat(" ", @class, " "), " trainer ")'
            ' and contains(@class, "admonition")]//p[not(@class)]'
        ):
            url = page.relative_to(root).as_posix()
            found.append((url, squash(note.text_content()), squash(shown[0].text_content())[:40]))
    return found


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_participants_search_data_has_no_trainer_note(unzipped, lang):
    sampled = notes(unzipped, lang)
    assert len({url for url, _, _ in sampled}) >= 3, sampled  # every lesson of the fixture
    participants = search_data(unzipped, lang)
    for url, note, shown in sampled:
        assert shown in participants[url], (url, shown)  # the lesson is searchable
        holding = [u for u, text in participants.items() if note in text]
        assert holding == [], (note, holding)


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_trainer_pages_have_their_own_search_data(unzipped, lang):
    participants = search_data(unzipped, lang)
    trainers = search_data(unzipped, f"trainer-{lang}")
    assert trainers and all(u.endswith("/trainer.html") for u in trainers), list(trainers)
    assert not [u for u in participants if u.endswith("/trainer.html")], list(participants)
    for url, note, _ in notes(unzipped, lang):
        module = url.rsplit("/", 1)[0] + "/trainer.html"
        assert note in trainers[module], (module, note)
