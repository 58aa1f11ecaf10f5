"""YAML read by libyaml when PyYAML has it (several times faster than its pure-Python reader:
`check` reads every front matter, the facts register, the glossary, the cast…), with the
pure-Python reader's results and errors: a text libyaml refuses is read again by the Python
reader, so every message built on its errors stays as it was. Plain scalars get the Python
reader's `style` (None), which the plain-text rule reads."""

from __future__ import annotations

import yaml

_FAST = getattr(yaml, "CSafeLoader", None)


def _plain_style(node: yaml.Node | None) -> yaml.Node | None:
    stack = [node] if node is not None else []
    while stack:
        item = stack.pop()
        if isinstance(item, yaml.ScalarNode):
            item.style = item.style or None
        elif isinstance(item, yaml.SequenceNode):
            stack.extend(item.value)
        elif isinstance(item, yaml.MappingNode):
            for key, value in item.value:
                stack += [key, value]
    return node


def compose(text: str) -> yaml.Node | None:
    """The node tree of a YAML document (raises yaml.YAMLError, the Python reader's)."""
    if _FAST is not None:
        try:
            return _plain_style(yaml.compose(text, Loader=_FAST))
        except yaml.YAMLError:
            pass
    return yaml.compose(text, Loader=yaml.SafeLoader)


def load(text: str):
    """`yaml.safe_load(text)`, by libyaml when it can."""
    if _FAST is not None:
        try:
            return yaml.load(text, Loader=_FAST)  # noqa: S506 (CSafeLoader: the safe one)
        except yaml.YAMLError:
            pass
    return yaml.safe_load(text)


def node_and_data(text: str) -> tuple[yaml.Node | None, object]:
    """One read: the node tree (for lines) and the values it constructs."""
    loaders = ([_FAST] if _FAST is not None else []) + [yaml.SafeLoader]
    for n, loader_class in enumerate(loaders, 1):
        loader = loader_class(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
            return _plain_style(node), data
        except yaml.YAMLError:
            if n == len(loaders):
                raise
        finally:
            loader.dispose()
    raise AssertionError("unreachable")
