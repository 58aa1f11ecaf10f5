"""`make serve` checks as you type: every rebuild runs the same checks as `make check`
(tools/check.py) when a source changed, prints the errors in the terminal and shows the
page's own errors as a banner at the top of that page. Plain HTML and CSS (no script: the
site's CSP forbids inline script); only under `mkdocs serve`, never in a built site.

A source whose front matter cannot be read is never rendered as page text: its page shows
only its name and the banner.
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

from tools.messages import Error, default_language, msg, rel
from tools.paths import direction

_serving = False
_stamp: tuple | None = None
_by_path: dict[Path, list[Error]] = {}


def start(command: str) -> None:
    """Called by MkDocs' `on_startup`: checks and banners only for `serve`."""
    global _serving
    _serving = command == "serve"


def serving() -> bool:
    return _serving


def _stamp_of(docs_dir: Path) -> tuple:
    files = sorted(p for p in docs_dir.rglob("*") if p.is_file())
    notebooks = docs_dir.parent / "notebooks"
    if notebooks.is_dir():
        files += sorted(p for p in notebooks.rglob("*.ipynb") if p.is_file())
    return tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in files)


def run(docs_dir: Path) -> list[Error]:
    """Check the sources again if one changed since the last rebuild; print the result."""
    global _stamp, _by_path
    from tools import check

    stamp = _stamp_of(docs_dir)
    if stamp == _stamp:
        return [e for errors in _by_path.values() for e in errors]
    _stamp = stamp
    found = check.run(docs_dir)
    _by_path = {}
    for item in found:
        _by_path.setdefault(item.path.resolve(), []).append(item)
    lang = default_language()
    errors = [e for e in found if not e.warning]
    for item in found:
        print(f"{rel(item.path)}:{item.line}:{item.col}: {item.text(lang)}", file=sys.stderr)
    summary = msg("check.count", n=len(errors)) if errors else msg("check.none")
    print(summary.text(lang), file=sys.stderr, flush=True)
    return found


def unreadable_page(abs_src_path: str) -> str:
    """What an unreadable source shows instead of its raw text: its name only."""
    return f"# {Path(abs_src_path).name}\n"


def banner(abs_src_path: str | None, lang: str) -> str:
    """The errors of this page's source as HTML, in the page's language ("" if none or
    not serving)."""
    if not _serving or not abs_src_path:
        return ""
    errors = [e for e in _by_path.get(Path(abs_src_path).resolve(), []) if not e.warning]
    if not errors:
        return ""
    items = "".join(
        f'<li><code dir="ltr">{html.escape(rel(e.path))}:{e.line}:{e.col}</code> '
        f"{html.escape(e.text(lang))}</li>"
        for e in errors
    )
    title = html.escape(msg("serve.banner", n=len(errors)).text(lang))
    return (
        f'<div class="tk-check-banner" role="alert" lang="{lang}" dir="{direction(lang)}">'
        f"<p><strong>{title}</strong></p><ul>{items}</ul></div>"
    )
