"""Copy the self-hosted font files from npm packages into the built site.

`tools/assets/fonts.css` (served as assets/css/fonts.css) references these files. They are
not committed: the build copies them from `node_modules/` (installed by `make` from the
lockfile).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from tools.common.paths import NODE_MODULES

# (npm package, file) — the only font files the site ships.
FONT_FILES: tuple[tuple[str, str], ...] = (
    ("@fontsource/tajawal", "tajawal-arabic-400-normal.woff2"),
    ("@fontsource/noto-sans", "noto-sans-latin-400-normal.woff2"),
)


class MissingAsset(RuntimeError):
    """An npm asset is not installed: the message says how to install it."""


def copy_fonts(site_dir: Path, node_modules: Path = NODE_MODULES) -> list[Path]:
    target = site_dir / "assets" / "fonts"
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for package, name in FONT_FILES:
        source = node_modules / package / "files" / name
        if not source.is_file():
            raise MissingAsset(f"{source}: font not installed; run `npm ci` (or `make site`)")
        shutil.copyfile(source, target / name)
        written.append(target / name)
    return written
