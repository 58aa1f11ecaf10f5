"""A module's docstrings and comments point the reader at other files (`tools/model/document.py`,
`bench/check_speed.py`, `tools/assets/tamkeen.js`…): each named file exists, so a module
moved or renamed takes its mentions with it. The same holds for every other text a reader
follows: our JS and CSS comments, the notebook templates (tools/templates/, whose text goes
into published notebooks), the theme's template overrides (overrides/), and the project's
Markdown files at the root (CONTRIBUTING.md, README.md…)."""

from __future__ import annotations

import re

from tests.conftest import ROOT

_PATH = re.compile(
    r"(?<![\w/.-])((?:tools|tests|bench)/[\w./-]*\w\.(?:py|js|mjs|css|j2|tmpl|html|md|yml))\b"
)
# Where the texts are: every text file under tools/, the theme overrides, the root's Markdown.
_TEXT = ("*.py", "*.js", "*.mjs", "*.css", "*.j2", "*.tmpl", "*.html", "*.md")


def scanned(root) -> list:
    files = {p for pattern in _TEXT for p in (root / "tools").rglob(pattern)}
    if (root / "overrides").is_dir():
        files |= set((root / "overrides").rglob("*.html"))
    files |= set(root.glob("*.md"))
    return sorted(files)


def missing_paths(root) -> list[str]:
    out = []
    for path in scanned(root):
        text = path.read_text(encoding="utf-8")
        for match in _PATH.finditer(text):
            if not (root / match.group(1)).exists():
                line = text.count("\n", 0, match.start()) + 1
                out.append(f"{path.relative_to(root).as_posix()}:{line}: {match.group(1)}")
    return out


def test_the_rule_can_fail(tmp_path):
    (tmp_path / "tools" / "sub").mkdir(parents=True)
    (tmp_path / "tools" / "a.py").write_text('"""See tools/sub/b.py and tools/gone.py."""\n')
    (tmp_path / "tools" / "sub" / "b.py").write_text("# as bench/run.py prints it\n")
    (tmp_path / "tools" / "templates").mkdir()
    (tmp_path / "tools" / "templates" / "t.md.j2").write_text("{# made by tools/notebooks.py #}\n")
    (tmp_path / "tools" / "c.css").write_text("/* written by tools/sub/b.py */\n.a{}\n")
    (tmp_path / "overrides").mkdir()
    (tmp_path / "overrides" / "x.html").write_text("{#- strings: tools/ui_strings.py -#}\n")
    (tmp_path / "CONTRIBUTING.md").write_text("Run\n`tools/check.py`.\n")
    assert missing_paths(tmp_path) == [
        "CONTRIBUTING.md:2: tools/check.py",
        "overrides/x.html:1: tools/ui_strings.py",
        "tools/a.py:1: tools/gone.py",
        "tools/sub/b.py:1: bench/run.py",
        "tools/templates/t.md.j2:1: tools/notebooks.py",
    ]


def test_every_file_a_module_names_exists():
    found = missing_paths(ROOT)
    assert not found, "files named in tools/, overrides/ or the root's Markdown that do not " + (
        "exist:\n" + "\n".join(found)
    )
