"""`!!! exercise o1 o3` and `!!! quiz o2`: the objective marks serve `check` only. With the
site's Markdown configuration (mkdocs.yml), a marked block renders exactly as an unmarked one:
no `o1` class reaches the page, for admonitions and folded (`???`) blocks alike."""

from __future__ import annotations

import pytest

from tools.common.paths import ROOT
from tools.common.site_markdown import render

CONFIG = ROOT / "mkdocs.yml"


@pytest.mark.parametrize(
    ("marked", "plain"),
    [
        ('!!! exercise o1 o3 "À vous"\n    Écrivez.\n', '!!! exercise "À vous"\n    Écrivez.\n'),
        ("??? exercise o2\n    اكتب.\n", "??? exercise\n    اكتب.\n"),
        ("!!! exercise o12\n    x\n", "!!! exercise\n    x\n"),
    ],
)
def test_marked_block_renders_as_unmarked(marked: str, plain: str) -> None:
    html = render(marked, CONFIG)
    assert html == render(plain, CONFIG)
    assert "o1" not in html.split(">")[0] and "o2" not in html


def test_other_classes_are_kept() -> None:
    # Only marks on a quiz or an exercise are removed: a note's classes are the author's.
    assert 'class="admonition note o1"' in render("!!! note o1\n    x\n", CONFIG)
