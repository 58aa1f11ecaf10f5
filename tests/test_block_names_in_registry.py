"""A block type is matched in one place: the block registry (tools/common/blocks.py). Anywhere else
in tools/ and overrides/, code that matches a block type by its name fails here: comparing a
block's `.type` with a name, a list of names, a `!!! name` / `??? name` written by hand, a
CSS selector or class test (`.trainer`, `details.exercise`, `' trainer '`), a label key
(`admonition.solution`). Consumers ask the registry what a type does (`blocks.slide`,
`blocks.unsearched`…), and our CSS and JS get the names filled in by the build
(`/*blocks:…*/`, tools/site/site_assets.py `fill_blocks`).

Not matches: the messages and interface strings (text for people: tools/common/messages.py,
tools/common/ui_strings.py), docstrings and comments, front-matter fields and slide kinds that
share a name with a block (`meta["objectives"]`, `Slide("keypoints")`)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tools.common import blocks

ROOT = Path(__file__).resolve().parent.parent
# Text for people, in every language: they name blocks to tell authors what to write.
TEXT_FILES = {
    "tools/common/messages.py",
    "tools/common/ui_strings.py",
    "tools/authoring/scaffold.py",  # a new lesson's text, written as an author writes one
}
# Names that are not block types there.
NOT_BLOCKS = {
    ("tools/site/digest.py", "a list of block types ['objectives', 'keypoints']"),  # front matter
}
NAMES = tuple(blocks.BY_NAME)


def _markup(name: str) -> re.Pattern[str]:
    n = re.escape(name)
    return re.compile(
        rf"(?<![\w-])\.{n}(?![\w-])"  # a class selector
        rf"|(?:details|admonition)\.{n}(?![\w-])"  # a selector, a label key
        rf"|' {n} '"  # an XPath class test
        rf"|class=\"(?:[^\"]* )?{n}[ \"]"  # a class written in HTML
        rf"|(?:!!!|\?\?\?\+?) ?{n}(?![\w-])"  # a block written by hand
    )


MARKUP = {name: _markup(name) for name in NAMES}


def _docstrings(tree: ast.AST) -> set[int]:
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                out.add(id(body[0].value))
    return out


def _names_in(node: ast.AST) -> list[str]:
    """Block names written as string constants in `node` (a constant or a collection)."""
    return [
        c.value
        for c in ast.walk(node)
        if isinstance(c, ast.Constant) and isinstance(c.value, str) and c.value in NAMES
    ]


def _is_type(node: ast.AST) -> bool:
    return isinstance(node, ast.Attribute) and node.attr == "type"


def python_matches(path: Path, text: str) -> list[str]:
    tree = ast.parse(text)
    docs = _docstrings(tree)
    found = []
    where = path.relative_to(ROOT).as_posix()
    for node in ast.walk(tree):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Compare):  # block.type == "trainer", .type in ("a", "b")
            sides = [node.left, *node.comparators]
            if any(_is_type(s) for s in sides):
                for name in _names_in(node):
                    found.append(f"{where}:{line}: `.type` compared with {name!r}")
        elif isinstance(node, ast.Tuple | ast.List | ast.Set):  # a list of block types
            names = [
                e.value
                for e in node.elts
                if isinstance(e, ast.Constant) and isinstance(e.value, str) and e.value in NAMES
            ]
            if len(names) >= 2:
                found.append(f"{where}:{line}: a list of block types {names}")
        elif isinstance(node, ast.Dict):  # {"alias": "type"}
            names = [
                v.value for v in node.values if isinstance(v, ast.Constant) and v.value in NAMES
            ]
            if len(names) >= 2:
                found.append(f"{where}:{line}: a table of block types {names}")
        elif (
            isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs
        ):
            for name, pattern in MARKUP.items():
                if pattern.search(node.value):
                    found.append(f"{where}:{line}: {name!r} in {node.value[:60]!r}")
    return found


_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_JS_LINE_COMMENT = re.compile(r"^\s*//.*$", re.MULTILINE)


def asset_matches(path: Path, text: str) -> list[str]:
    code = _JS_LINE_COMMENT.sub("", _CSS_COMMENT.sub("", text))
    where = path.relative_to(ROOT).as_posix()
    return [
        f"{where}: {name!r} matched ({m.group(0)!r})"
        for name, pattern in MARKUP.items()
        for m in pattern.finditer(code)
    ]


def matches(root: Path = ROOT) -> list[str]:
    found = []
    for path in sorted((root / "tools").rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        if rel == "tools/common/blocks.py" or rel in TEXT_FILES:
            continue
        found += [
            m
            for m in python_matches(ROOT / rel, path.read_text(encoding="utf-8"))
            if (rel, m.split(": ", 1)[1]) not in NOT_BLOCKS
        ]
    assets = [*(root / "tools" / "assets").glob("*.*"), *(root / "overrides").rglob("*.html")]
    assets += [*(root / "tools" / "templates").glob("*")]
    for path in sorted(assets):
        if path.suffix in (".css", ".js", ".html", ".j2"):
            rel = path.relative_to(root).as_posix()
            found += asset_matches(ROOT / rel, path.read_text(encoding="utf-8"))
    return found


def test_no_block_name_matched_outside_the_registry():
    assert matches() == []


def test_a_match_is_found(tmp_path):
    """The checker sees each kind of match it is meant to refuse."""
    code = (
        "def f(block, doc):\n"
        '    if block.type == "trainer":\n'
        "        pass\n"
        '    kinds = ("exercise", "quiz")\n'
        '    aliases = {"hint": "tip", "faq": "question"}\n'
        '    css = ".md-typeset .solution"\n'
        '    return f\'??? solution "{doc}"\', s["admonition.exercise"]\n'
    )
    found = python_matches(ROOT / "tools" / "x.py", code)
    assert len(found) == 6, found
    css = "/* .trainer in a comment is fine */\nhtml:not(.tk-trainer) .md-typeset .trainer {}"
    assert len(asset_matches(ROOT / "tools" / "assets" / "x.css", css)) == 1
    assert asset_matches(ROOT / "tools" / "assets" / "y.js", 'q(".tk-trainer-toggle")') == []
