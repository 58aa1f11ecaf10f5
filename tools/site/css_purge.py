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
    // the words, one a line: its default extractor reads them as they are
    content: job.raw.map((raw) => ({ raw, extension: "html" })),
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

# The bytes of a word as PurgeCSS's default extractor finds one (`[A-Za-z0-9_-]+`, in HTML and
# in everything else without an extractor of its own); any other byte ends a word (those of
# UTF-8's multi-byte characters too: none is one of these).
_WORD = frozenset(b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-")
_SPACES = bytes(b if b in _WORD else 0x20 for b in range(256))


def words(data: bytes) -> set[bytes]:
    """The words PurgeCSS's extractor would find in `data` (a byte table, no regex)."""
    return set(data.translate(_SPACES).split())


class PurgeError(RuntimeError):
    pass


def theme_stylesheets(site_dir: Path) -> list[Path]:
    return sorted((site_dir / "assets" / "stylesheets").glob("main.*.min.css"))


def _runner(node: str) -> list[bytes]:
    """PurgeCSS's version and node's binary: in the cache key beside the job (`tools/` is in
    every key already)."""
    real = Path(node).resolve()
    stat = real.stat()
    return [
        (PURGECSS / "package.json").read_bytes(),
        f"{real}:{stat.st_size}:{stat.st_mtime_ns}".encode(),
    ]


def _globbed(rel: str) -> bool:
    """A file a glob finds: none in a hidden folder, none hidden (fast-glob's `dot: false`)."""
    return not any(part.startswith(".") for part in rel.split("/"))


def _code_files() -> list[Path]:
    """Our Python code (`tools/**/*.py`) and scripts (`tools/assets/*.js`)."""
    found = []
    for folder, dirs, names in os.walk(TOOLS, followlinks=True):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [Path(folder, n) for n in names if n.endswith(".py") and not n.startswith(".")]
    found += [p for p in (TOOLS / "assets").glob("*.js") if not p.name.startswith(".")]
    return sorted(found)


def _sources(
    site_dir: Path, held_pages: list[str] = (), files: list[str] | None = None
) -> tuple[bytes, list[bytes]]:
    """Where a class can come from, as read: the pages' distinct lines, sorted (held ones
    included; Material's header, menu and footer lines are the same on every page, and no
    word crosses a line), and the bytes of every script of the site. `files`: the site's
    (offline.site_files), when listed already."""
    lines: set[bytes] = set()
    scripts: list[bytes] = []
    for rel in offline.site_files(site_dir) if files is None else files:
        if rel.endswith((".html", ".js")) and _globbed(rel):
            with open(os.path.join(site_dir, rel), "rb") as file:
                data = file.read()
            if rel.endswith(".html"):
                lines.update(data.split(b"\n"))
            else:
                scripts.append(data)
    for text in held_pages:
        lines.update(text.encode("utf-8").split(b"\n"))
    return b"\n".join(sorted(lines)), scripts


def used_words(pages: bytes, scripts: list[bytes]) -> str:
    """Every word PurgeCSS would find in `_sources`, sorted, one a line: the pages' words,
    and in the site's scripts and our code the words with a "-" or "_" (md-search__input,
    tk-quiz: every class they add has one; "c" or "note" there is not a class; this text is
    code too: its words count). Found here, once: node reading every page and walking the
    site for its scripts cost ~0.4 s more of CPU at 800 lessons a language."""
    code: set[bytes] = set()
    for data in [*scripts, *(path.read_bytes() for path in _code_files())]:
        code |= words(data)
    found = words(pages) | {w for w in code if b"-" in w or b"_" in w}
    return b"\n".join(sorted(found)).decode("ascii")


def purge(
    site_dir: Path, held_pages: list[str] = (), cache: build_cache.Step | None = None
) -> dict[str, tuple[int, int]]:
    """Rewrite the theme's stylesheet(s) in `site_dir` in place; {name: (bytes before,
    after)}. `held_pages`: the text of pages not written yet. `cache`: the result is kept
    under a hash of every input (the sheets, the pages' lines, the site's scripts, the job,
    PurgeCSS and node), and reused when they are all the same."""
    sheets = theme_stylesheets(site_dir)
    if not sheets:
        return {}
    node = shutil.which("node")
    if not node:
        raise PurgeError("node not found: install Node.js (npm comes with it)")
    if not (PURGECSS / "package.json").is_file():
        raise PurgeError(f"{PURGECSS} missing: run `make deps` (npm install)")
    texts = [p.read_text(encoding="utf-8") for p in sheets]
    ours = [
        p.read_text(encoding="utf-8") for p in sorted((site_dir / "assets" / "css").glob("*.css"))
    ]
    pages, scripts = _sources(site_dir, held_pages)
    job = {"css": texts, "ours": ours, "safelist": SAFELIST, "blocklist": BLOCKLIST}
    key = kept = None
    if cache is not None:
        # What the words are found in, not the words: a kept result costs no word search.
        # (Our code, where words are found too, is in every key: tools/common/build_cache.py.)
        parts = (_SCRIPT, json.dumps(job, sort_keys=True), pages, *scripts, *_runner(node))
        key = cache.key(*parts)
        kept = cache.get(key)
    if kept is not None:
        purged = json.loads(kept.read_text(encoding="utf-8"))
    else:
        job["raw"] = [used_words(pages, scripts)]
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
