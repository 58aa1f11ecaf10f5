"""Where things are in the repository, resolved once."""

from __future__ import annotations

from pathlib import Path

from tools.common.languages import LANGUAGES, direction

ROOT = Path(__file__).resolve().parent.parent.parent
NODE_MODULES = ROOT / "node_modules"
# The languages of the site being built (tools/common/languages.py): Arabic and French here.
DEFAULT_LANGUAGE = "ar"

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "NODE_MODULES", "ROOT", "direction"]
