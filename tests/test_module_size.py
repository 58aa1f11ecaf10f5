"""Small modules named for what they do (issue 24, item 5): a module of `tools` over 400 lines
says why at its top, in a comment that starts `# Long module:` (one table of data, one format
that is long to write…), within the first 40 lines. Anything else is split where it has a
seam."""

from __future__ import annotations

import re

from tests.conftest import ROOT
from tests.support.imports import modules

LIMIT = 400
_WHY = re.compile(r"^# Long module: \S+(?: \S+){2,}", re.MULTILINE)


def long_modules_without_a_reason(root) -> list[str]:
    out = []
    for path in modules(root).values():
        text = path.read_text(encoding="utf-8")
        lines = text.count("\n") + (not text.endswith("\n"))
        head = "\n".join(text.splitlines()[:40])
        if lines > LIMIT and not _WHY.search(head):
            out.append(f"{path.relative_to(root).as_posix()}: {lines} lines")
    return out


def test_the_rule_can_fail(tmp_path):
    (tmp_path / "tools" / "sub").mkdir(parents=True)
    body = "x = 1\n" * (LIMIT + 1)
    (tmp_path / "tools" / "__init__.py").write_text("")
    (tmp_path / "tools" / "sub" / "big.py").write_text('"""Big."""\n' + body)
    (tmp_path / "tools" / "sub" / "data.py").write_text(
        '"""Data."""\n\n# Long module: one table of every message\n' + body
    )
    (tmp_path / "tools" / "vague.py").write_text('"""Vague."""\n# Long module: big\n' + body)
    (tmp_path / "tools" / "small.py").write_text("x = 1\n" * LIMIT)
    assert long_modules_without_a_reason(tmp_path) == [
        f"tools/sub/big.py: {LIMIT + 2} lines",
        f"tools/vague.py: {LIMIT + 3} lines",
    ]


def test_every_long_module_says_why():
    found = long_modules_without_a_reason(ROOT)
    assert not found, (
        f"modules over {LIMIT} lines: split them where they have a seam, or say why not at "
        "their top (`# Long module: …`):\n" + "\n".join(found)
    )
