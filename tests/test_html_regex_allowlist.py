"""Built and generated HTML is read with a parser (tools/site/built_page.py), not with regular
expressions: this test finds every regular expression in tools/ whose pattern is written
for markup (`<tag`, `</tag`, `<!`, `<?`) and fails on one outside the short list below.
Each one listed says, in a comment just above it, why a parser cannot do its work."""

from __future__ import annotations

import ast
import functools
import re

from tests.conftest import ROOT

_RE_FUNCTIONS = {"compile", "sub", "subn", "search", "match", "fullmatch", "findall", "finditer",
                 "split"}  # fmt: skip
# Group syntax that starts with `<` but is not markup: (?P<name>…), (?<=…), (?<!…).
_GROUP_SYNTAX = re.compile(r"\(\?P?<(?:[=!]|\w+>)")
# A tag name with a namespace prefix (`<w:t`) is XML of another format (a Word file), not HTML.
_MARKUP = re.compile(r"<\\?/?(?:[!?]|\[a-z|[a-z][\w-]*(?![\w-]*:))", re.IGNORECASE)

# (file, pattern): at most three, each with a comment above it saying why not a parser.
ALLOWED = {
    # reveal.js's speaker view is an HTML document inside a JavaScript template literal.
    ("tools/slides/speaker.py", r"document\.write\(`(.*?</html>)`\)"),
    # Plain-text metadata that must hold no markup at all: a parser would accept it.
    ("tools/common/sanitize.py", r"<\s*[A-Za-z/!?]"),
}
# Files whose regex is listed above but that this work may not edit (the comment is here).
_COMMENT_HERE: set[str] = set()
# Not over HTML: checks of the Markdown an author writes (its raw HTML, its comments and
# autolinks), in the rules that issue 24 item 1 moves onto the lesson model. Listed one by
# one, so that a new one fails here too.
MARKDOWN_SOURCE = {
    ("tools/checks/rules/safety.py", r"<\s*(script|iframe|form)\b"),
    ("tools/checks/rules/safety.py", r"(?:<[a-zA-Z][^>]*|\{:?[^}]*)\s(on[a-z]+)\s*="),
    ("tools/checks/rules/safety.py", r"(?:\]\(\s*<?|=\s*[\"']?|<|\]:\s*<?)\s*(javascript\s*:)"),
    ("tools/checks/rules/style.py", r"<!--.*?-->"),
    ("tools/checks/rules/style.py", r"<?https?://[^\s)>]+>?"),
    # The lesson model reading an author's comments: slide marks and their misspellings.
    ("tools/model/document.py", r"<!--.*?-->"),
    ("tools/model/document.py", r"<!--\s*(?:no[-_ ]?)?slides?\s*-->"),
}


def _pattern(node: ast.AST) -> str | None:
    """The constant text of a str pattern (f-string parts included); None for bytes."""
    if isinstance(node, ast.Constant):
        return node.value if isinstance(node.value, str) else None
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _pattern(node.left), _pattern(node.right)
        return None if left is None or right is None else left + right
    return None


@functools.cache
def html_regexes() -> dict[tuple[str, str], int]:
    """{(file, pattern): line} of every regex in tools/ written for markup (read once)."""
    found = {}
    for path in sorted((ROOT / "tools").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            func = node.func
            if not (isinstance(func.value, ast.Name) and func.value.id == "re"):
                continue
            if func.attr not in _RE_FUNCTIONS or not node.args:
                continue
            pattern = _pattern(node.args[0])
            if pattern is not None and _MARKUP.search(_GROUP_SYNTAX.sub("", pattern)):
                found[(rel, pattern)] = node.lineno
    return found


def test_the_detector_finds_markup_patterns():
    assert _MARKUP.search(_GROUP_SYNTAX.sub("", r"<img\b[^>]*>"))
    assert _MARKUP.search(_GROUP_SYNTAX.sub("", r"</h1>"))
    assert not _MARKUP.search(_GROUP_SYNTAX.sub("", r"(?P<name>\w+)(?<![\w-])x(?<=y)"))
    assert _MARKUP.search(_GROUP_SYNTAX.sub("", r"(?:<[a-zA-Z][^>]*)"))
    assert not _MARKUP.search(_GROUP_SYNTAX.sub("", r"<([0-9A-F]+)>"))
    assert not _MARKUP.search(_GROUP_SYNTAX.sub("", r'(<w:t xml:space="preserve">)'))


def test_the_scan_reaches_every_subpackage(tmp_path, monkeypatch):
    """Every module of tools/ is read, subpackages included (tools/slides/, tools/checks/rules/,
    tools/hooks/ and any new one): a regex over HTML in a subpackage fails like one at the
    top."""
    found = html_regexes()
    assert ("tools/slides/speaker.py", r"document\.write\(`(.*?</html>)`\)") in found
    nested = tmp_path / "tools" / "site" / "steps"
    nested.mkdir(parents=True)
    (nested / "x.py").write_text('import re\nTAG = re.compile(r"<img[^>]*>")\n')
    monkeypatch.setattr("tests.test_html_regex_allowlist.ROOT", tmp_path)
    assert html_regexes.__wrapped__() == {("tools/site/steps/x.py", r"<img[^>]*>"): 2}


def test_no_regex_over_html_outside_the_list():
    found = dict(html_regexes())
    assert len(ALLOWED) <= 3
    extra = sorted(set(found) - ALLOWED - MARKDOWN_SOURCE)
    assert not extra, "regular expressions over HTML (use tools/site/built_page.py): " + ", ".join(
        f"{rel}:{found[(rel, pattern)]} {pattern!r}" for rel, pattern in extra
    )


def test_each_allowed_regex_says_why_not_a_parser():
    found = html_regexes()
    for rel, pattern in ALLOWED:
        if (rel, pattern) not in found:
            continue  # gone: the list can lose it
        if rel in _COMMENT_HERE:
            continue
        lines = (ROOT / rel).read_text(encoding="utf-8").splitlines()
        line = found[(rel, pattern)]
        above = "\n".join(lines[max(0, line - 4) : line - 1])
        assert "parser" in above, f"{rel}:{line}: say in a comment why a parser cannot"
