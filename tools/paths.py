"""Where things are in the repository, resolved once."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NODE_MODULES = ROOT / "node_modules"
LANGUAGES = ("ar", "fr")
DEFAULT_LANGUAGE = "ar"
RTL_LANGUAGES = frozenset({"ar"})


def direction(lang: str) -> str:
    return "rtl" if lang in RTL_LANGUAGES else "ltr"
