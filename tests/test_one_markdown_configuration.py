"""One Markdown configuration per reader (issue 24, item 1). A lesson is read by the model's one
markdown-it parser (tools/model/document.py `_parser`: CommonMark, tables, footnotes,
definition lists, our `!!!`/`???` blocks) and rendered by Python-Markdown exactly as the
site's mkdocs.yml configures it (tools/common/site_markdown.py). Anything else in tools/ that
reads Markdown asks one of those two: the WhatsApp digest takes a quiz's text through
`document.fragment_tokens`, the slides and `check` through `site_markdown.for_config`.

A source scan over tools/**/*.py: a `MarkdownIt(...)` or `Markdown(...)` made anywhere else,
a call to `site_markdown.new_markdown` with a configuration of its own, or an import of
another Markdown library fails here, unless it is listed below with why."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# (file, what is made) -> why it may be there.
ALLOWED = {
    ("tools/model/document.py", "MarkdownIt"): "the model's parser, the one reading of a lesson",
    ("tools/common/site_markdown.py", "Markdown"): "the site's renderer, from mkdocs.yml",
    ("tools/site/word_file.py", "new_markdown"): (
        "a Word template written by the project, not a lesson: tables and lists, raw HTML "
        "kept as text (its comment says so)"
    ),
    ("tools/slides/render.py", "new_markdown"): (
        "Renderer's own extension list is for tests of a slide's HTML; the kit makes its "
        "renderers with `Renderer.from_mkdocs`, the site's configuration"
    ),
}
# Markdown libraries other than the two above (nbconvert's mistune stays inside nbconvert).
OTHER_LIBRARIES = ("mistune", "markdown2", "commonmark", "cmarkgfm", "marko", "mistletoe", "mdit")
MARKDOWN_IT_ONLY_IN = "tools/model/document.py"


def _made(call: ast.Call) -> str:
    func = call.func
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
    if name in ("MarkdownIt", "Markdown", "new_markdown"):
        return name
    return ""


def configurations(root: Path) -> list[tuple[str, str, int]]:
    """(file, what is made or imported, line) for every Markdown configuration in tools/."""
    found = []
    for path in sorted((root / "tools").rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _made(node):
                # site_markdown's own `new_markdown` calls with mkdocs.yml's configuration
                if not (rel == "tools/common/site_markdown.py" and _made(node) == "new_markdown"):
                    found.append((rel, _made(node), node.lineno))
            elif isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
                if isinstance(node, ast.ImportFrom):
                    names = [node.module or ""]
                for name in names:
                    top = name.split(".")[0]
                    if (
                        top in OTHER_LIBRARIES
                        or top == "markdown_it"
                        and rel != MARKDOWN_IT_ONLY_IN
                    ):
                        found.append((rel, f"import {name}", node.lineno))
    return found


def test_no_second_markdown_configuration():
    found = configurations(ROOT)
    extra = [f"{f}:{line}: {what}" for f, what, line in found if (f, what) not in ALLOWED]
    assert not extra, (
        "a Markdown configuration outside the model's parser and the site's renderer "
        "(read a fragment with tools.model.document.fragment_tokens, render with "
        "tools.common.site_markdown.for_config):\n" + "\n".join(extra)
    )
    # A listed one that is gone leaves the list: the list says what is there.
    assert {(f, what) for f, what, _ in found} == set(ALLOWED)


def test_a_second_configuration_is_found(tmp_path):
    files = {
        "tools/model/document.py": "from markdown_it import MarkdownIt\n_MD = MarkdownIt('x')\n",
        "tools/site/digest.py": (
            "from markdown_it import MarkdownIt\n_MD = MarkdownIt('commonmark')\n"
        ),
        "tools/site/other.py": "import markdown\nmd = markdown.Markdown(extensions=[])\n",
        "tools/site/third.py": "import mistune\n",
        "tools/site/fine.py": "from tools.model import document\ndocument.fragment_tokens('x')\n",
    }
    for rel, text in files.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text)
    assert configurations(tmp_path) == [
        ("tools/model/document.py", "MarkdownIt", 2),
        ("tools/site/digest.py", "import markdown_it", 1),
        ("tools/site/digest.py", "MarkdownIt", 2),
        ("tools/site/other.py", "Markdown", 2),
        ("tools/site/third.py", "import mistune", 1),
    ]


def test_the_digest_reads_a_fragment_as_the_model_does():
    """A table in a quiz option is a table to the model: the digest sees its cells, not the
    pipes a bare CommonMark parser leaves in a paragraph."""
    from tools.site import digest

    assert digest.plain("a | b\n--|--\n1 | 2", "fr") == "a\nb\n1\n2"
