"""Front matter schema: the one place that says which fields pages have.

The validator (`tools/checks/check.py`), the lesson pages (`tools/site/skeleton.py`) and the
scaffold
(`tools/authoring/scaffold.py`) all read it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

LEVELS = ("beginner", "intermediate", "advanced")


@dataclass(frozen=True)
class Field:
    name: str
    kind: str  # "str", "int", "date", "list[str]", "level", "hash"
    required: bool
    help: str


def _fields(*fields: Field) -> dict[str, Field]:
    return {f.name: f for f in fields}


TRANSLATION_OF = Field(
    "translation_of",
    "hash",
    False,
    "set by `python -m tools translated`: hash of the counterpart it was translated from",
)
COMMON = (
    Field("title", "str", True, "the page title, in the page's language"),
    Field("description", "str", False, "one sentence for search engines and link previews"),
    Field("order", "int", False, "position among its siblings (else the number in the name)"),
)

PAGE = _fields(*COMMON)
COURSE = _fields(*COMMON, TRANSLATION_OF)
MODULE = _fields(
    *COMMON,
    TRANSLATION_OF,
    Field("session", "int", False, "workshop length in minutes for the trainer page (120)"),
    # Required: the trainer page lists it, and every lesson's `materials` must be in it
    # (tools/checks/rules/materials.py).
    Field("materials", "list[str]", True, "what the trainer prepares, on the trainer page"),
    Field("prerequisites", "list[str]", False, "what to know or have done before"),
)
LESSON = _fields(
    *COMMON,
    Field("objectives", "list[str]", True, "what the reader can do at the end, checkable"),
    Field("duration", "int", True, "minutes of reading and doing, 5 to 120"),
    Field("level", "level", True, "one of: " + ", ".join(LEVELS)),
    Field("keypoints", "list[str]", True, "the points to remember, shown at the end"),
    Field("prerequisites", "list[str]", False, "what to know or have done before"),
    Field("materials", "list[str]", False, "what the trainer notes ask to prepare"),
    Field("updated", "date", True, "date of the last real change, YYYY-MM-DD"),
    TRANSLATION_OF,
)

DURATION_RANGE = (5, 120)


def type_error(field: Field, value: Any) -> tuple[str, dict[str, object]] | None:
    """Why `value` does not fit `field`, as a message key of tools/common/messages.py and its
    arguments; None if it fits."""
    kind, name = field.kind, field.name
    if kind == "str" and not (isinstance(value, str) and value.strip()):
        return "type.str", {"name": name}
    if kind == "int":
        if not isinstance(value, int) or isinstance(value, bool):
            return "type.int", {"name": name}
        if name == "duration" and not DURATION_RANGE[0] <= value <= DURATION_RANGE[1]:
            return "type.duration", {"low": DURATION_RANGE[0], "high": DURATION_RANGE[1]}
    if kind == "date" and not isinstance(value, dt.date):
        return "type.date", {"name": name}
    if kind == "list[str]" and not (
        isinstance(value, list) and value and all(isinstance(v, str) and v.strip() for v in value)
    ):
        return "type.list", {"name": name}
    if kind == "level" and value not in LEVELS:
        return "type.level", {"levels": ", ".join(LEVELS)}
    if kind == "hash" and not (isinstance(value, str) and len(value) == 12 and value.isalnum()):
        return "type.hash", {}
    return None


def material_key(item: str) -> str:
    """An item of `materials` as compared (the trainer page's list,
    tools/checks/rules/materials.py):
    spaces collapsed, case folded."""
    return " ".join(item.split()).casefold()
