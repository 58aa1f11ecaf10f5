"""The trainer notes inside a lesson (`!!! trainer`, hidden from participants) are not in the
participants' search index, so a participant never gets a lesson for a word they cannot
see. Trainers still find them: the module's trainer page gathers every lesson's notes, and
the trainers' index has it. Both languages, on the real site (Pagefind's fragment files hold
each page's indexed text)."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

from lxml import html as lxml_html

from tools.site.search_index import OUTPUT_SUBDIR, TRAINER_SUBDIR


def fragments(index: Path) -> dict[str, str]:
    """URL → indexed text, for every page of a Pagefind index."""
    out = {}
    for path in (index / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(path.read_bytes()).removeprefix(b"pagefind_dcd")
        fragment = json.loads(data)
        out[fragment["url"]] = fragment["content"]
    return out


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def notes(site: Path) -> list[tuple[str, str, str]]:
    """(lesson URL, a sentence of its trainer note, a sentence of its visible text)."""
    found = []
    for page in sorted(site.rglob("index.html")):
        tree = lxml_html.fromstring(page.read_bytes())
        note = tree.xpath('//article//div[contains(concat(" ", @class, " "), " trainer ")'
                          ' and contains(@class, "admonition")]//p[not(@class)]')  # fmt: skip
        shown = tree.xpath("//article//p[not(ancestor::*[contains(@class, 'admonition')])]")
        if note and shown:
            url = "/" + page.parent.relative_to(site).as_posix() + "/"
            found.append((url.replace("//", "/"), squash(note[0].text_content())[:40],
                          squash(shown[0].text_content())[:40]))  # fmt: skip
    return found


def test_lessons_are_indexed_without_their_trainer_notes(site):
    lessons = notes(site)
    assert {url.startswith("/fr/") for url, _, _ in lessons} == {True, False}, lessons
    assert len(lessons) >= 20, lessons
    participants = fragments(site / OUTPUT_SUBDIR)
    for url, note, shown in lessons:
        text = squash(participants[url])
        assert shown in text, (url, shown)  # the lesson is indexed
        assert note not in text, (url, note)


def test_trainers_find_the_notes_on_the_trainer_page(site):
    trainers = fragments(site / TRAINER_SUBDIR)
    for url, note, _ in notes(site):
        module = url.rsplit("/", 2)[0] + "/trainer/"
        assert note in squash(trainers[module]), (module, note)
