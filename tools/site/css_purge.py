"""The theme's stylesheet without the rules this site never uses (issue 25, item 4).

Material's `main.*.min.css` styles every feature of the theme (tabs, blog, palettes,
annotations, versions…); a lesson page uses a fraction. At the end of a build, PurgeCSS
(npm, pinned in package.json) keeps a rule only if each class, id and element it names
appears somewhere in what can put it on a page: every built page (held course pages
included), every script of the site (Material's bundle, ours, Pagefind's: classes added
by JS are written in them) and our Python code (classes added after this step, e.g. the
"save this course" button); in scripts and code, only words with a "-" or "_" count
(every class they add has one; "c" or "note" there is not a class). A word found anywhere
keeps its rules: a false "used" costs bytes, never a broken page. Custom properties that
no rule (Material's or ours) reads are dropped; keyframes and font faces are kept whole.
bench/screens.py compares every page type, before and after, pixel for pixel.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

from tools.common import build_cache
from tools.common.paths import NODE_MODULES
from tools.site import offline

PURGECSS = NODE_MODULES / "purgecss"
TOOLS = Path(__file__).resolve().parent.parent

# Selectors no page source or script names as a word: kept whatever the content says.
SAFELIST = {
    # state Material's JS sets on elements through data attributes
    "greedy": [r"data-md-"],
    "standard": [r"^focus-visible$", r"^js$", r"^no-js$", r"^hll$", r"^select$"],
}

# Theme features this site never turns on, though Material's bundle names their classes
# (so a word search keeps them): tooltips, code annotations, versions, tags, repository
# facts, banner, cookie consent, grids and cards; and the admonition types an author may
# not write (tools/model/document.py BLOCK_TYPES; `check` rejects them). Never a class or an
# element of a built page:
# tests/test_css_purge.py checks that.
BLOCKLIST = [
    r"^md-(tooltip|annotation|version|tag|source|banner|consent)",
    r"^(grid|cards)$",
    # (not `summary` nor `cite`, also element names: `<details><summary>`)
    r"^(abstract|tldr|todo|success|check|done|failure|fail|missing|danger|error|bug"
    r"|quote|caution|attention|hint|important|faq|help)$",
]

_SCRIPT = """
const { PurgeCSS } = require(process.argv[1]);
let input = "";
process.stdin.on("data", (d) => (input += d)).on("end", async () => {
  const job = JSON.parse(input);
  const safelist = {
    standard: job.safelist.standard.map((s) => new RegExp(s)),
    greedy: job.safelist.greedy.map((s) => new RegExp(s)),
  };
  const out = await new PurgeCSS().purge({
    content: [...job.files, ...job.raw.map((raw) => ({ raw, extension: "html" }))],
    // scripts and code: only words with a "-" or "_" (md-search__input, tk-quiz):
    // classes they add all have one; "c", "m", "note" there are not classes
    extractors: [{ extensions: ["js", "py"], extractor: (text) =>
      (text.match(/[A-Za-z0-9_-]+/g) || []).filter((w) => /[-_]/.test(w)) }],
    // our own sheets too: a custom property they read keeps its declaration
    css: [...job.css, ...job.ours].map((raw) => ({ raw })),
    safelist,
    blocklist: job.blocklist.map((s) => new RegExp(s)),
    variables: true,
    keyframes: false,
    fontFace: false,
  });
  process.stdout.write(JSON.stringify(out.slice(0, job.css.length).map((r) => r.css)));
});
"""


class PurgeError(RuntimeError):
    pass


def theme_stylesheets(site_dir: Path) -> list[Path]:
    return sorted((site_dir / "assets" / "stylesheets").glob("main.*.min.css"))


def _content(site_dir: Path, node: str, files: list[str] | None = None) -> list[bytes]:
    """What PurgeCSS reads besides the job: every script of the site (by name and bytes),
    PurgeCSS's version and node's binary (`tools/` is in every key already; the pages are
    in the job, as their lines). `files`: the site's (offline.site_files), listed once."""
    parts = [(PURGECSS / "package.json").read_bytes()]
    real = Path(node).resolve()
    parts.append(f"{real}:{real.stat().st_size}:{real.stat().st_mtime_ns}".encode())
    for rel in offline.site_files(site_dir) if files is None else files:
        if rel.endswith(".js"):
            parts += [rel.encode(), (site_dir / rel).read_bytes()]
    return parts


def page_lines(site_dir: Path, held_pages: list[str] = (), files: list[str] | None = None) -> str:
    """Every distinct line of the site's pages (held ones included), sorted. PurgeCSS reads
    a page's words with a regular expression that never crosses a line (`[A-Za-z0-9_-]+`,
    its default extractor for HTML), so these lines give it the same words as the pages;
    Material's header, menu and footer lines are the same on every page, and a site of
    thousands of pages is a few thousand lines (node read every page: ~1.5 s of CPU at
    800 lessons a language)."""
    lines: set[bytes] = set()
    for rel in offline.site_files(site_dir) if files is None else files:
        if rel.endswith(".html"):
            with open(os.path.join(site_dir, rel), "rb") as file:
                lines.update(file.read().split(b"\n"))
    for text in held_pages:
        lines.update(text.encode("utf-8").split(b"\n"))
    return b"\n".join(sorted(lines)).decode("utf-8")


def purge(
    site_dir: Path, held_pages: list[str] = (), cache: build_cache.Step | None = None
) -> dict[str, tuple[int, int]]:
    """Rewrite the theme's stylesheet(s) in `site_dir` in place; {name: (bytes before,
    after)}. `held_pages`: the text of pages not written yet. `cache`: the result is kept
    under a hash of every input (the sheets, every page and script of the site, the job,
    PurgeCSS and node), and reused when they are all the same."""
    sheets = theme_stylesheets(site_dir)
    if not sheets:
        return {}
    node = shutil.which("node")
    if not node:
        raise PurgeError("node not found: install Node.js (npm comes with it)")
    if not (PURGECSS / "package.json").is_file():
        raise PurgeError(f"{PURGECSS} missing: run `make deps` (npm install)")
    listed = offline.site_files(site_dir)  # the pages and the scripts: one walk
    files = [str(site_dir / "**" / "*.js")]
    files += [str(TOOLS / "**" / "*.py"), str(TOOLS / "assets" / "*.js")]
    texts = [p.read_text(encoding="utf-8") for p in sheets]
    ours = [
        p.read_text(encoding="utf-8") for p in sorted((site_dir / "assets" / "css").glob("*.css"))
    ]
    job = {
        "files": files,
        "raw": [page_lines(site_dir, held_pages, listed)],
        "css": texts,
        "ours": ours,
        "safelist": SAFELIST,
        "blocklist": BLOCKLIST,
    }
    key = kept = None
    if cache is not None:
        # Not the globs: they name this build's (temporary) folder; what they match is in.
        same = {k: v for k, v in job.items() if k != "files"}
        key = cache.key(
            _SCRIPT, json.dumps(same, sort_keys=True), *_content(site_dir, node, listed)
        )
        kept = cache.get(key)
    if kept is not None:
        purged = json.loads(kept.read_text(encoding="utf-8"))
    else:
        result = subprocess.run(
            [node, "-e", _SCRIPT, str(PURGECSS)],
            input=json.dumps(job),
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
        )
        if result.returncode != 0:
            names = ", ".join(p.name for p in sheets)
            raise PurgeError(f"purgecss failed on {names}: {result.stderr.strip()}")
        purged = json.loads(result.stdout)
        if cache is not None:
            cache.put_bytes(key, json.dumps(purged).encode())
    sizes = {}
    for path, before, after in zip(sheets, texts, purged, strict=True):
        path.write_text(after, encoding="utf-8")
        sizes[path.name] = (len(before.encode()), len(after.encode()))
    return sizes
