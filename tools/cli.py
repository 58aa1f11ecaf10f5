"""`python -m tools <command>` (or `tamkeen <command>`): one thin CLI over small modules."""

from __future__ import annotations

import sys

COMMANDS = {
    "build": ("tools.publish.build", "check the sources, build the site safely into site/"),
    "check": ("tools.checks.check", "validate every source file, print every error"),
    "credential": (
        "tools.model.credential",
        "verify FILE-OR-URL | issue --key BACKUP --course C --name N: certificates",
    ),
    "fix-encoding": (
        "tools.authoring.fix_encoding",
        "<file>…: re-save a Windows-1256/Latin-1 file as UTF-8",
    ),
    "images": ("tools.site.images", "shrink [<image>…]: resize and recompress for phones"),
    "notebook": (
        "tools.authoring.notebook_run",
        "refresh|upgrade <notebook>…: re-execute (or only upgrade the format), save stable",
    ),
    "offline": ("tools.publish.offline_bundle", "workshop bundle: zips that open from file://"),
    "new": (
        "tools.authoring.scaffold",
        "new lesson <course>/<module>/<slug>: create the ar/fr pair",
    ),
    "status": ("tools.site.status", "table of pages per language: present, missing or stale"),
    "translated": (
        "tools.model.translation",
        "<file>: record it is up to date with its counterpart",
    ),
}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help") or argv[0] not in COMMANDS:
        print("usage: python -m tools <command> [options]\n\ncommands:")
        for name, (_, help_text) in COMMANDS.items():
            print(f"  {name:<13} {help_text}")
        return 0 if argv and argv[0] in ("-h", "--help") else 2
    module_name, _ = COMMANDS[argv[0]]
    module = __import__(module_name, fromlist=["main"])
    return module.main(argv[1:])
