"""`!!! exercise o1 o3`: the objective marks are for `check` (tools/checks/rules/objectives.py),
not for the reader. Python-Markdown's admonition and details extensions turn every word after
the block type into a CSS class; this removes the marks from quiz and exercise blocks, so a
marked block renders exactly as an unmarked one (and no stylesheet can come to depend on them).
"""

from __future__ import annotations

from xml.etree import ElementTree as etree

from markdown import Extension
from markdown.treeprocessors import Treeprocessor

from tools.model.document import ASSESSMENTS, OBJECTIVE_MARK


class _Unmark(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        for el in root.iter():
            classes = (el.get("class") or "").split()
            if not any(c in ASSESSMENTS for c in classes[:2]):
                continue  # `admonition quiz …` (div) or `quiz …` (details)
            kept = [c for c in classes if not OBJECTIVE_MARK.fullmatch(c)]
            if len(kept) != len(classes):
                el.set("class", " ".join(kept))


class ObjectiveMarksExtension(Extension):
    def extendMarkdown(self, md):  # noqa: N802 (Python-Markdown's API)
        # After the block processors have built the admonitions, before serialisation.
        md.treeprocessors.register(_Unmark(md), "tk_objective_marks", 5)


def makeExtension(**kwargs):  # noqa: N802 (Python-Markdown's API)
    return ObjectiveMarksExtension(**kwargs)
