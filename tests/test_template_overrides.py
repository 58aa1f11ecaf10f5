"""Our copies of Material's templates (overrides/) stay Material's, apart from the changes
their header names: a Material upgrade that changes the original fails here, so the copy is
made again from the new one rather than silently keeping the old theme."""

from __future__ import annotations

from pathlib import Path

import material

from tests.conftest import ROOT

MATERIAL = Path(material.__file__).resolve().parent / "templates"
# A section's loop over its children, and ours, which writes no whitespace of its own.
LOOP = """            {% for item in nav_item.children %}
              {% if not index or item != index %}
                {{ render(item, path ~ "_" ~ loop.index, level + 1, nav_item) }}
              {% endif %}
            {% endfor %}"""
TRIMMED_LOOP = """            {% for item in nav_item.children -%}
              {% if not index or item != index -%}
                {{ render(item, path ~ "_" ~ loop.index, level + 1, nav_item) }}
              {%- endif %}
            {%- endfor %}"""


def test_nav_item_is_materials_with_our_three_changes():
    ours = (ROOT / "overrides" / "partials" / "nav-item.html").read_text(encoding="utf-8")
    theirs = (MATERIAL / "partials" / "nav-item.html").read_text(encoding="utf-8")
    header, _, body = ours.partition("-#}\n")
    assert "changed in three places only" in header
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
        .replace(LOOP, TRIMMED_LOOP, 1)
    )
    assert LOOP in theirs
    assert body == expected
