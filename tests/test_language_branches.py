"""Languages are data (issue 24, item 4): no code asks "is this Arabic?". A language's
direction, number formats, separators, voices and words are read from its row
(tools/common/languages.py) and its interface strings (tools/common/ui_strings.py); our JS gets
them filled in by the build (`/*languages:data*/`, `/*languages:folders*/`, `/*ui:…*/`,
tools/site/site_assets.py). So a third language (tests/fixtures/third_language, `zgh`) needs
no change to any code.

A language branch, found here:
- Python (tools/**/*.py): a comparison with a language code (`lang == "ar"`, `"fr" != x`,
  `lang in ("ar", "fr")`);
- JS (tools/assets/*.js) and the theme's templates (overrides/**/*.html), comments left
  out: a comparison with a code (`lang === "ar"`), a code chosen in a condition
  (`? "ar" : "fr"`, `|| "fr"`), a table keyed by codes (`{ ar: …, fr: … }`), a list of
  codes (`["ar", "fr"]`), a code read as a property (`GOT.fr`, `course.ar`).
Passing a code as an argument (`hours(m, "ar")`) is not a branch.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tools.common.languages import TABLE

ROOT = Path(__file__).resolve().parent.parent
CODES = tuple(TABLE)
# The table itself.
ALLOWED_PY = {"tools/common/languages.py"}

_C = "|".join(CODES)
_JS_COMMENT = re.compile(r"/\*.*?\*/|(?<![:\\\"'])//[^\n]*", re.DOTALL)
_JS_STRING = re.compile(r"\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'")
_HTML_COMMENT = re.compile(r"<!--.*?-->|\{#.*?#\}", re.DOTALL)
# On the text without comments (string literals kept: a code is written as one).
_JS_LITERAL = re.compile(
    rf"(?:===?|!==?)\s*[\"']({_C})[\"']"  # x === "ar"
    rf"|[\"']({_C})[\"']\s*(?:===?|!==?)"  # "ar" === x
    rf"|(?:[?:]|\|\|)\s*[\"']({_C})[\"']"  # ? "ar" : "fr", || "fr"
    rf"|[\"']({_C})[\"']\s*:"  # { "ar": … }
    rf"|\[\s*[\"']({_C})[\"']\s*,"  # ["ar", "fr"]
)
# On the text without comments nor strings (a file name like "listen.fr.js" is not a branch).
_JS_NAME = re.compile(rf"(?<=[\w$\])])\.({_C})(?![\w$])|(?<![\w$.])({_C})\s*:(?!:)")


def python_branches(root: Path) -> list[str]:
    found = []
    for path in sorted((root / "tools").rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        if rel in ALLOWED_PY:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Compare):
                continue
            if not all(isinstance(op, ast.Eq | ast.NotEq | ast.In | ast.NotIn) for op in node.ops):
                continue
            for side in (node.left, *node.comparators):
                values = side.elts if isinstance(side, ast.Tuple | ast.List | ast.Set) else [side]
                if any(isinstance(v, ast.Constant) and v.value in CODES for v in values):
                    found.append(f"{rel}:{node.lineno}")
                    break
    return found


def _line(text: str, at: int) -> int:
    return text.count("\n", 0, at) + 1


def _blank(pattern: re.Pattern[str], text: str) -> str:
    """`text` with each match of `pattern` blanked, lines kept."""
    return pattern.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)


def js_branches(root: Path) -> list[str]:
    files = sorted((root / "tools" / "assets").glob("*.js"))
    files += sorted((root / "overrides").rglob("*.html")) if (root / "overrides").is_dir() else []
    found = []
    for path in files:
        rel = path.relative_to(root).as_posix()
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".html":
            text = _blank(_HTML_COMMENT, text)
        code = _blank(_JS_COMMENT, text)
        bare = _blank(_JS_STRING, code)
        hits = {_line(code, m.start()) for m in _JS_LITERAL.finditer(code)}
        hits |= {_line(bare, m.start()) for m in _JS_NAME.finditer(bare)}
        found += [f"{rel}:{n}" for n in sorted(hits)]
    return found


def test_no_language_branch_in_python():
    found = python_branches(ROOT)
    assert not found, "ask the language's row (tools/common/languages.py):\n" + "\n".join(found)


def test_no_language_branch_in_js():
    found = js_branches(ROOT)
    assert not found, (
        "read the language's data filled in by the build (`/*languages:data*/`, `/*ui:…*/`, "
        "tools/site/site_assets.py):\n" + "\n".join(found)
    )


def test_a_branch_is_found(tmp_path):
    (tmp_path / "tools" / "assets").mkdir(parents=True)
    (tmp_path / "overrides").mkdir()
    (tmp_path / "tools" / "a.py").write_text(
        'def f(lang, x):\n    if lang == "ar":\n        return 1\n'
        '    return x in ("fr", "zgh") or hours(x, "ar")\n'
    )
    (tmp_path / "tools" / "assets" / "a.js").write_text(
        '/* lang === "ar" in a comment */\n'
        'var lang = document.documentElement.lang === "ar" ? "ar" : "fr";\n'
        "var T = { ar: 1, fr: 2 };\n"
        '["ar", "fr"].forEach(f);\n'
        "var t = GOT[x] || GOT.fr;\n"
        'var u = "listen." + lang + ".js", v = "listen.fr.js", w = hours(m, "ar");\n'
        "var ok = LANGS[lang].decimal;\n"
    )
    (tmp_path / "overrides" / "x.html").write_text(
        '<!-- {% if lang == "ar" %} -->\n{% if lang != "fr" %}x{% endif %}\n'
    )
    assert python_branches(tmp_path) == ["tools/a.py:2", "tools/a.py:4"]
    assert js_branches(tmp_path) == [
        "tools/assets/a.js:2",
        "tools/assets/a.js:3",
        "tools/assets/a.js:4",
        "tools/assets/a.js:5",
        "overrides/x.html:2",
    ]
