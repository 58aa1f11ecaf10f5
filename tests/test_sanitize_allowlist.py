"""The allowlist (tools/common/sanitize.py) holds what our Markdown extensions and features produce,
and nothing else: a page using every extension of mkdocs.yml comes out of the sanitiser
unchanged; our quiz and progress markup too; the site's SVGs lose nothing they draw;
metadata written into generated Markdown renders as exactly its characters."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html as lxml_html

from tests.conftest import ROOT
from tools.common import sanitize, sanitize_svg
from tools.model import quiz
from tools.site import progress

FEATURES = """# Title {#custom-id .cls}

Text with *em*, **strong**, `code`, a [link](other.md#x "Link title"), <https://example.org>,
an abbreviation HTML and a footnote[^1]. Line
break. <bdi dir="ltr">2026-01-01</bdi> <span lang="fr" dir="ltr">mot</span>

*[HTML]: HyperText Markup Language

[^1]: The footnote.

![alt text](image.png){: width=20 height=10 loading=lazy }

Term
:   Definition

| Left | Center | Right |
|:-----|:------:|------:|
| a    | b      | c     |

> quote

1. one
2. two

- [x] done
- [ ] todo

---

!!! note "A note"
    Body

??? tip "Open me"
    Hidden

???+ warning
    Open

=== "Tab A"
    Content A

=== "Tab B"
    Content B

```python linenums="1" hl_lines="2"
def f():
    return 1
```

`#!python print(1)`

<div dir="ltr" lang="fr" markdown>
**inside** html
</div>

<details><summary>S</summary>D</details>

!!! quiz
    What does a language model do?

    - [ ] It looks the answer up.
        No.
    - [x] It predicts the next word.
        Yes.

    The explanation.
"""


def _renderer():
    from mkdocs.config import load_config

    from tools.slides.render import Renderer

    return Renderer.from_mkdocs(load_config(str(ROOT / "mkdocs.yml")))


def _tree(fragment: str) -> list[tuple]:
    """The fragment as (tag, sorted attributes, text, tail) in document order; tbody that
    the HTML parser adds, and attribute value case of booleans, ignored."""
    root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    out = []
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag == "tbody":
            continue
        attrs = tuple(sorted((k, "" if v == k else v) for k, v in el.attrib.items()))
        out.append((el.tag, attrs, (el.text or "").strip(), (el.tail or "").strip()))
    return out


def test_every_feature_survives_the_sanitiser():
    rendered = _renderer().html(quiz.render(FEATURES, "fr"))
    # The page really uses the features (a renderer without them would prove nothing).
    for mark in ('class="admonition note"', "<details", "tabbed-set", "task-list", "footnote",
                 "<abbr", "<dl>", 'align="center"', "highlight", "headerlink", "tk-quiz",
                 'data-tk-correct', "<fieldset", "<legend", 'type="radio"'):  # fmt: skip
        assert mark in rendered, mark
    assert _tree(sanitize.clean(rendered)) == _tree(rendered)


def test_progress_page_markup_survives():
    from tools.model.content import load

    site = load(ROOT / "docs")
    for lang in ("ar", "fr"):
        source = next(s for s in site.sources if s.lang == lang)
        page = progress.page_markdown(site, lang, source)
        html = _renderer().html(page)
        assert _tree(sanitize.clean(html)) == _tree(html)


@pytest.mark.parametrize(
    "hostile, gone",
    [
        ('<p onclick="x()">t</p>', "onclick"),
        ('<a href="javascript:x()">t</a>', "javascript"),
        ('<a href="&#106;avascript:x()">t</a>', "avascript"),
        ("<script>x()</script>", "x()"),
        ('<img src="https://evil.example/a.png">', "evil.example"),
        ('<img src="data:image/png;base64,AAAA">', "data:"),
        ('<p style="color:red">t</p>', "style"),
        ('<div id="__config">t</div>', "__config"),
        ('<div id="tamkeenPagefind">t</div>', "tamkeenPagefind"),
        ('<input type="image" src="x.png">', 'type="image"'),
        ('<base href="https://evil.example/">', "base"),
        ('<div class="mermaid admonition">t</div>', "mermaid"),
        ('<div data-tk-list="https://evil.example/x.json">t</div>', "data-tk-list"),
    ],
)
def test_hostile_markup_is_removed(hostile, gone):
    assert gone not in sanitize.clean(hostile)


@pytest.mark.parametrize(
    "value",
    [
        "[NOM] et [TÉLÉPHONE]",
        "utm_source, *gras* et `code`",
        '<img src=x onerror="alert(1)">',
        "Titre {: onclick=alert(1) }",
        "- 1. # > !!! note",
        "| a | b |",
        "&lt;b&gt; & <b>",
        "2. Deux",
    ],
)
def test_metadata_renders_as_its_characters(value):
    md = _renderer()
    for template in ("# {}", "- {}", "[{}](x.md)", "| {} | x |\n|---|---|\n| a | b |"):
        html = md.html(template.format(sanitize.markdown_text(value)))
        root = lxml_html.fragment_fromstring(html, create_parent="div")
        assert value in root.text_content(), (template, html)
        # No element or attribute came out of the value.
        tags = {el.tag for el in root.iter() if isinstance(el.tag, str)}
        assert tags <= {"div", "h1", "ul", "li", "p", "a", "table", "thead", "tbody", "tr",
                        "th", "td"}, (template, html)  # fmt: skip
        assert not [k for el in root.iter() for k in el.attrib if k.startswith("on")], html


def test_plain_text_markup_is_found():
    assert sanitize.markup("Les biais : un trieur de CV injuste") is None
    assert sanitize.markup("كلمات مثل [الاسم] و[الهاتف].") is None
    assert sanitize.markup("utm_source et utm_medium") is None
    for value, what in [
        ("<b>x</b>", "tag"),
        ("a &amp; b", "reference"),
        ("[x](http://e)", "link"),
        ("`code`", "code"),
        ("t {: .x }", "attr_list"),
        ("a\nb", "line_break"),
        ("a\u202eb", "control"),
    ]:
        assert sanitize.markup(value)[1] == what, value


SVGS = sorted(
    [*ROOT.glob("docs/**/*.svg"), ROOT / "tools/assets/favicon.svg"], key=lambda p: str(p)
)


@pytest.mark.parametrize("path", SVGS, ids=lambda p: p.name)
def test_our_svgs_lose_nothing(path: Path):
    from xml.etree import ElementTree

    original = ElementTree.fromstring(path.read_bytes())
    cleaned = ElementTree.fromstring(sanitize_svg.clean_svg(path.read_text(encoding="utf-8")))
    describe = lambda root: [  # noqa: E731
        (el.tag, sorted(el.attrib.items()), (el.text or "").strip()) for el in root.iter()
    ]
    assert describe(cleaned) == describe(original)
