"""Layers you can see and that hold (issue 24, item 5): `tools` is split into packages
that say what they are, in this order, bottom up; a module imports only modules of its own
layer or of a layer below (function-level imports included, tests/support/imports.py).
Every module is in a layer: a new module goes in the package of what it does.
"""

from __future__ import annotations

from tests.conftest import ROOT
from tests.support.imports import graph, imports, modules

# Bottom up. `top`: the MkDocs hooks and the command line, over everything.
LAYERS = ("common", "model", "site", "slides", "authoring", "checks", "publish")
TOP = {"tools", "tools.cli", "tools.__main__"}
TOP_PACKAGES = ("tools.hooks",)


def layer(module: str) -> str:
    """The layer of a dotted module name; "" for a module outside every layer."""
    if module in TOP or module.startswith(TOP_PACKAGES):
        return "top"
    package = module.split(".")[1] if module.count(".") >= 1 else ""
    return package if package in LAYERS else ""


def test_the_layer_of_a_module_is_its_package():
    assert layer("tools.model.content") == "model"
    assert layer("tools.checks.rules.links") == "checks"
    assert layer("tools.hooks.site") == layer("tools.cli") == "top"
    assert layer("tools.stray") == ""


def up_imports(root) -> list[str]:
    order = [*LAYERS, "top"]
    wrong = []
    for module, targets in sorted(graph(imports(root)).items()):
        mine = order.index(layer(module)) if layer(module) else len(order)
        for target in sorted(targets):
            if layer(target) and order.index(layer(target)) > mine:
                wrong.append(f"{module} ({layer(module)}) imports {target} ({layer(target)})")
    return wrong


def test_an_import_up_the_layers_is_found(tmp_path):
    for rel, text in {
        "tools/__init__.py": "",
        "tools/model/__init__.py": "",
        "tools/site/__init__.py": "",
        "tools/model/a.py": "def f():\n    from tools.site import b  # heavy\n",
        "tools/site/b.py": "from tools.model import a\n",
    }.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text)
    assert up_imports(tmp_path) == ["tools.model.a (model) imports tools.site.b (site)"]


def test_every_module_is_in_a_layer():
    stray = sorted(m for m in modules(ROOT) if not layer(m))
    assert not stray, f"modules outside the layer packages ({', '.join(LAYERS)}): " + ", ".join(
        stray
    )


def test_no_module_imports_a_layer_above_its_own():
    wrong = up_imports(ROOT)
    order = " < ".join([*LAYERS, "top"])
    assert not wrong, f"imports up the layers ({order}):\n" + "\n".join(wrong)
