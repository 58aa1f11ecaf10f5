"""A trainer note's links to other lessons still lead there from the module's trainer page.

The notes are written next to their lesson (`[leçon suivante](03-x.md)`) but shown on the
generated `module/trainer/` page. Left as `.md`, MkDocs resolved them from the generated
page's path, which in French names no file, and the strict build of the real site stopped."""

from __future__ import annotations

import pytest

from tools.slides.plan import relink


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "la [leçon suivante](03-x.md) en parle",
            'la <a href="../03-x/">leçon suivante</a> en parle',
        ),
        ("[الدرس](../07-m/02-y.md#a)", '<a href="../../07-m/02-y/#a">الدرس</a>'),
        ("[module](index.md)", '<a href="../">module</a>'),
        ("[m7](../07-m/index.md)", '<a href="../../07-m/">m7</a>'),
    ],
)
def test_relative_page_links_follow_the_note(note: str, expected: str) -> None:
    assert relink(note) == expected


@pytest.mark.parametrize(
    "note",
    ["[site](https://example.org/a.md)", "[haut](#objectifs)", "[img](a.png)", "[abs](/a.md)"],
)
def test_other_links_are_kept(note: str) -> None:
    assert relink(note) == note
