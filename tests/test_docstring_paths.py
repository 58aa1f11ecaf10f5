"""A module's docstrings and comments point the reader at other files (`tools/model/document.py`,
`bench/check_speed.py`, `tools/assets/tamkeen.js`…): each named file exists, so a module
moved or renamed takes its mentions with it."""

from __future__ import annotations

import re

from tests.conftest import ROOT

_PATH = re.compile(r"(?<![\w/.-])((?:tools|tests|bench)/[\w./-]*\w\.(?:py|js|mjs|css|j2|tmpl))\b")


def missing_paths(root) -> list[str]:
    out = []
    for path in sorted((root / "tools").rglob("*.py")):
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
    assert missing_paths(tmp_path) == [
        "tools/a.py:1: tools/gone.py",
        "tools/sub/b.py:1: bench/run.py",
    ]


def test_every_file_a_module_names_exists():
    found = missing_paths(ROOT)
    assert not found, "files named in tools/ that do not exist:\n" + "\n".join(found)
