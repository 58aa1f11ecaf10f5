"""The import graph of the `tools` package, read with `ast` (nothing is imported): every
`import` of a `tools` module, at module level or inside a function, with its line and the
comment that goes with it. The layering tests (tests/test_import_cycles.py,
tests/test_module_size.py) read it.

`if TYPE_CHECKING:` imports are left out: they never run, so they make no cycle.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Import:
    module: str  # the importing module, dotted (`tools.slides.model`)
    path: str  # its file, relative to the root
    line: int
    targets: tuple[str, ...]  # the `tools` modules it names (empty: another package)
    in_function: bool
    comment: str  # the comment on its first line, or on the line just above it; or ""
    text: str  # its first line, as written


def modules(root: Path, package: str = "tools") -> dict[str, Path]:
    """{dotted name: file} of every module of `package` under `root`."""
    out = {}
    for path in sorted((root / package).rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _comment(lines: list[str], line: int) -> str:
    """The comment on an import's first line (an import holds no string, so `#` starts
    one), or the comment line just above it or above the imports written just before it
    (one comment says why for a group of imports)."""
    own = lines[line - 1].partition("#")[2].strip()
    if own:
        return own
    n = line - 2
    while n >= 0 and lines[n].strip().startswith(("import ", "from ")):
        n -= 1
    above = lines[n].strip() if n >= 0 else ""
    return above.lstrip("#").strip() if above.startswith("#") else ""


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _targets(name: str, node: ast.Import | ast.ImportFrom, known: dict[str, Path],
             package: str) -> tuple[str, ...]:  # fmt: skip
    """The modules of `known` that `node` (in module `name`) loads."""
    if isinstance(node, ast.Import):
        wanted = [a.name for a in node.names]
    else:
        base = node.module or ""
        if node.level:
            parts = name.split(".")
            if known[name].name != "__init__.py":
                parts.pop()
            parts = parts[: len(parts) - (node.level - 1)]
            base = ".".join([*parts, *([base] if base else [])])
        # `from tools import notebooks` loads tools.model.notebooks; `from tools.x import f`,
        # tools.x.
        wanted = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
    out = []
    for target in wanted:
        if target != package and not target.startswith(package + "."):
            continue
        while target and target not in known:  # `import tools.x.y` where y is not a module
            target = target.rpartition(".")[0]
        if target and target not in (name, package) and target not in out:
            out.append(target)
    return tuple(out)


def _imports_of(name: str, path: Path, root: Path, known: dict[str, Path],
                package: str) -> Iterator[Import]:  # fmt: skip
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    rel = path.relative_to(root).as_posix()

    def visit(nodes: Iterable[ast.AST], in_function: bool) -> Iterator[Import]:
        for child in nodes:
            if isinstance(child, ast.If) and _is_type_checking(child):
                yield from visit(child.orelse, in_function)
            elif isinstance(child, ast.Import | ast.ImportFrom):
                line = child.lineno
                yield Import(name, rel, line, _targets(name, child, known, package), in_function,
                             _comment(lines, line), lines[line - 1].strip())  # fmt: skip
            else:
                nested = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
                yield from visit(ast.iter_child_nodes(child), nested)

    yield from visit(ast.parse(source).body, False)


@functools.cache
def imports(root: Path, package: str = "tools") -> tuple[Import, ...]:
    """Every import statement of every module of `package`, in file and line order (read
    once per root)."""
    known = modules(root, package)
    return tuple(
        i for name, path in known.items() for i in _imports_of(name, path, root, known, package)
    )


def graph(found: tuple[Import, ...]) -> dict[str, set[str]]:
    """{module: the modules it imports}, function-level imports included."""
    edges: dict[str, set[str]] = {}
    for imp in found:
        edges.setdefault(imp.module, set()).update(imp.targets)
    return edges


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative): each
    is a set of modules that import one another, directly or through others."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []
    nodes = sorted(set(edges) | {t for ts in edges.values() for t in ts})
    for start in nodes:
        if start in index:
            continue
        work = [(start, iter(sorted(edges.get(start, ()))))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    out.append(sorted(component))
    return sorted(out)


def path_of_cycle(edges: dict[str, set[str]], component: list[str]) -> list[str]:
    """One closed import path through a component (a → b → … → a), for the message."""
    members = set(component)
    start = component[0]
    seen = {start: None}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for child in sorted(edges.get(node, ())):
            if child == start:
                path = [node]
                while seen[path[-1]] is not None:
                    path.append(seen[path[-1]])
                return [*reversed(path), start]
            if child in members and child not in seen:
                seen[child] = node
                queue.append(child)
    return component
