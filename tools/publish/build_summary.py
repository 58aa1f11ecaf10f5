"""What `make site` did, in one line: pages per language, notebooks converted and reused,
decks, PPTX and PDFs built and reused, the search index size, and anything skipped.

The counts come from the reports the build writes beside mkdocs.yml (notebooks:
`tools/model/notebooks.py`, trainer kit: `tools/slides/kit.py`) and from the built site itself.
The MkDocs run is a subprocess whose output `make site` keeps only on failure, so this is
where a skipped part of the trainer kit is said. With TAMKEEN_REQUIRE_KIT=1 (the Pages
workflow) a skipped part fails the build instead of publishing a site without it.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from tools.common.paths import LANGUAGES
from tools.model import notebooks
from tools.site.postbuild import expected_language
from tools.slides import kit

REQUIRE_KIT_ENV = "TAMKEEN_REQUIRE_KIT"
# Where the kit writes its decks: `<page>/slides/index.html` (tools/slides/kit.py).
DECK_DIR = "slides"
# Pagefind's output folders (one per index) at the top of the site.
SEARCH_PREFIX = "pagefind"


@dataclass
class Summary:
    pages: dict[str, int] = field(default_factory=dict)
    notebooks: dict[str, int] = field(default_factory=dict)  # converted, reused
    kit_built: dict[str, int] = field(default_factory=dict)  # decks, pptx, pdf
    kit_reused: dict[str, int] = field(default_factory=dict)
    search_bytes: int = 0
    search_files: int = 0
    # Parts of the trainer kit left out (a site published without them is incomplete).
    kit_skipped: list[str] = field(default_factory=list)
    # Anything else left out (e.g. a notebook `check` rejects).
    other_skipped: list[str] = field(default_factory=list)

    @property
    def skipped(self) -> list[str]:
        return self.kit_skipped + self.other_skipped

    def line(self) -> str:
        def pair(what: str, key: str) -> str:
            built, reused = self.kit_built.get(key, 0), self.kit_reused.get(key, 0)
            return f"{what} {built} built, {reused} reused"

        pages = ", ".join(f"{lang} {n}" for lang, n in self.pages.items())
        parts = [
            f"pages {pages}",
            f"notebooks {self.notebooks.get('converted', 0)} converted, "
            f"{self.notebooks.get('reused', 0)} reused",
            pair("decks", "decks"),
            pair("PPTX", "pptx"),
            pair("PDFs", "pdf"),
            f"search index {_size(self.search_bytes)} in {self.search_files} files",
            "skipped: " + ("; ".join(self.skipped) or "nothing"),
        ]
        return "summary: " + " | ".join(parts)


def _size(n: int) -> str:
    return f"{n / 1024:.0f} KB" if n < 1024 * 1024 else f"{n / 1024 / 1024:.1f} MB"


def require_kit() -> bool:
    return os.environ.get(REQUIRE_KIT_ENV, "") not in ("", "0")


def _fresh_report(path: Path, since: float) -> dict | None:
    """The report at `path` if this build wrote it (not one left by an earlier build)."""
    try:
        # Less a little: file times come from a coarser clock than time.time().
        if path.stat().st_mtime < since - 0.5:
            return None
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def collect(project_dir: Path, site_dir: Path, since: float) -> Summary:
    """The summary of the build of `project_dir` into `site_dir` that started at `since`
    (a `time.time()`)."""

    out = Summary()
    out.pages = dict.fromkeys(LANGUAGES, 0)
    for page in sorted(site_dir.rglob("*.html")):
        rel = page.relative_to(site_dir)
        if rel.parts[0].startswith(SEARCH_PREFIX):
            continue
        if rel.parent.name == DECK_DIR and rel.name == "index.html":
            continue  # a deck, counted by the kit
        lang = expected_language(site_dir, page)
        out.pages[lang] = out.pages.get(lang, 0) + 1

    nb = _fresh_report(project_dir / notebooks.REPORT, since) or {}
    out.notebooks = {"converted": nb.get("converted", 0), "reused": nb.get("unchanged", 0)}
    if nb.get("skipped"):
        out.other_skipped.append(f"{nb['skipped']} notebook(s) not converted (see make check)")

    report = _fresh_report(project_dir / kit.CACHE / "report.json", since)
    if report is None:
        out.kit_skipped.append("trainer kit: not built")
    else:
        out.kit_built = dict(report.get("built") or {})
        out.kit_reused = dict(report.get("reused") or {})
        out.kit_skipped += [f"trainer kit: {s}" for s in report.get("skipped") or []]
    # Whatever the reports say, the site itself must hold each module's PPTX and PDF.
    trainer_dirs = [p.parent for p in site_dir.rglob("trainer/index.html")]
    for suffix, what in ((".pptx", "PPTX"), (".pdf", "PDF handouts")):
        missing = [d for d in trainer_dirs if not any(d.glob(f"*{suffix}"))]
        if missing and not out.kit_skipped:  # the kit's own reason says it better
            first = missing[0].relative_to(site_dir).as_posix()
            out.kit_skipped.append(
                f"{what} missing on {len(missing)} of {len(trainer_dirs)} trainer pages "
                f"(first: {first}/)"
            )

    for path in site_dir.glob(f"{SEARCH_PREFIX}*"):
        files = [f for f in path.rglob("*") if f.is_file()] if path.is_dir() else [path]
        out.search_files += len(files)
        out.search_bytes += sum(f.stat().st_size for f in files)
    if not out.search_files:
        out.other_skipped.append("search index")
    return out
