"""How every test starts Debian's Chromium (never a downloaded browser):
tools/common/chromium.py."""

from __future__ import annotations

from tools.common.chromium import ARGS as CHROMIUM_ARGS
from tools.common.chromium import executable as _find

__all__ = ["CHROMIUM_ARGS", "executable"]


def executable() -> str:
    path = _find()
    assert path, "chromium not found: apt-get install -y chromium (see .ci/run)"
    return path
