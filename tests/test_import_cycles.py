"""Layers that hold (issue 24, item 5): no two modules of `tools` import each other, directly
or through others, counting the imports written inside functions (an import moved into a
function to dodge a cycle is still a cycle: move the shared piece down a layer instead).

A function-level import is allowed for one reason the reader can check: a heavy or optional
dependency loaded only when it is used (nbconvert, Pillow, Playwright, joserfc…), or a
command-line entry point's own modules. Each says so in a comment, on its line or just above.
"""

from __future__ import annotations

import textwrap

from tests.conftest import ROOT
from tests.support.imports import cycles, graph, imports, path_of_cycle

# A comment that names one of these is a cycle dodged, not a reason.
_DODGES = ("cycle", "circular", "imports this module", "imports us")


def _write(root, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")


def test_the_detector_finds_a_cycle_through_a_function_level_import(tmp_path):
    _write(tmp_path, {
        "tools/__init__.py": "",
        "tools/a.py": "from tools import b\n",
        "tools/b.py": "def f():\n    from tools.sub import c  # heavy\n",
        "tools/sub/__init__.py": "",
        "tools/sub/c.py": "from .. import a\nfrom typing import TYPE_CHECKING\n"
                          "if TYPE_CHECKING:\n    from tools import d\n",
        "tools/d.py": "import tools.c\nfrom tools.sub.c import x\n",
    })  # fmt: skip
    found = imports(tmp_path)
    edges = graph(found)
    assert edges["tools.sub.c"] == {"tools.a"}  # TYPE_CHECKING imports never run
    assert cycles(edges) == [["tools.a", "tools.b", "tools.sub.c"]]
    assert path_of_cycle(edges, ["tools.a", "tools.b", "tools.sub.c"]) == [
        "tools.a", "tools.b", "tools.sub.c", "tools.a"]  # fmt: skip
    lazy = [i for i in found if i.in_function]
    assert [(i.module, i.line, i.comment) for i in lazy] == [("tools.b", 2, "heavy")]


def test_no_import_cycle_among_tools_modules():
    edges = graph(imports(ROOT))
    found = cycles(edges)
    assert not found, "import cycles in tools/ (move the shared piece down a layer):\n" + "\n".join(
        " → ".join(path_of_cycle(edges, c)) for c in found
    )


def test_every_function_level_import_says_why():
    missing, dodges = [], []
    for imp in imports(ROOT):
        if not imp.in_function:
            continue
        where = f"{imp.path}:{imp.line} {imp.text.splitlines()[0]}"
        if len(imp.comment.split()) < 2:
            missing.append(where)
        elif any(word in imp.comment.lower() for word in _DODGES):
            dodges.append(f"{where}  # {imp.comment}")
    assert not missing, (
        "a function-level import says why it is not at the top of its module (a heavy or "
        "optional dependency, a command's own modules), in a comment on its line or above:\n"
        + "\n".join(missing)
    )
    assert not dodges, "function-level imports that dodge a cycle:\n" + "\n".join(dodges)
