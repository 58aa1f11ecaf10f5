"""Our copies of Material's templates (overrides/) stay Material's, apart from the changes
their header names: a Material upgrade that changes the original fails here, so the copy is
made again from the new one rather than silently keeping the old theme."""

from __future__ import annotations

from pathlib import Path

import material

from tests.conftest import ROOT

MATERIAL = Path(material.__file__).resolve().parent / "templates"


def test_nav_item_is_materials_with_our_two_changes():
    ours = (ROOT / "overrides" / "partials" / "nav-item.html").read_text(encoding="utf-8")
    theirs = (MATERIAL / "partials" / "nav-item.html").read_text(encoding="utf-8")
    header, _, body = ours.partition("-#}\n")
    assert "changed in two places only" in header
    body, _, wrapper = body.partition("{% macro render(nav_item, path, level, parent) -%}")
    assert "tk_nav_item(_render, nav_item, path, level, parent, page, base_url, features)" in (
        wrapper
    )
    macro = "{% macro render(nav_item, path, level, parent) %}"
    label = 'aria-labelledby="{{ path }}_label"'
    expected = (
        theirs.partition("-#}\n")[2]
        .replace(macro, macro.replace("render", "_render"), 1)
        .replace(label, "{{ tk_nav_label(render_title(nav_item), path) }}", 1)
    )
    assert body == expected
