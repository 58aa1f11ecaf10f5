"""Translation state: content hashes, stale translations, `python -m tools translated`.

A translation records the hash of the counterpart it was translated from in its front
matter (`translation_of: 1a2b3c4d5e6f`). When the counterpart changes afterwards, its hash
no longer matches and the translation is *stale*. A file without `translation_of` is simply
*present* (the Arabic default is the source).

`python -m tools translated <file>` is the only command that edits a source, and it only
writes that one line.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import hashlib
import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import yaml

from tools.common.languages import fallback
from tools.common.paths import DEFAULT_LANGUAGE, LANGUAGES
from tools.common.ui_strings import strings
from tools.model.content import Node, Site, Source, parse_front_matter, split_language

HASH_FIELD = "translation_of"
# Fields that change without the content changing: not part of the hash.
UNHASHED_FIELDS = frozenset({HASH_FIELD, "updated"})
HASH_LENGTH = 12

State = Literal["present", "missing", "stale"]


def normalise_body(body: str) -> str:
    """The body as compared: LF line ends, no trailing spaces, no blank lines around it."""
    body = body.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in body.split("\n")).strip("\n")


def hash_of(meta: dict, body: str) -> str:
    """First 12 hex characters of sha256 over the hashed front matter fields and the body."""
    fields = {str(k): v for k, v in meta.items() if str(k) not in UNHASHED_FIELDS}
    front = json.dumps(fields, sort_keys=True, ensure_ascii=False, default=str)
    data = front + "\n---\n" + normalise_body(body)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:HASH_LENGTH]


def content_hash(source: Source) -> str:
    """The hash a translation of `source` records in `translation_of`."""
    return hash_of(source.meta, source.body)


def counterpart_lang(lang: str, available: list[str] | tuple[str, ...]) -> str | None:
    """The language a `lang` file is translated from: its fallback language (the default
    one, unless tools/common/languages.py says otherwise), and for the default language the first
    other language available."""
    if lang != DEFAULT_LANGUAGE:
        source = fallback(lang, DEFAULT_LANGUAGE)
        return source if source in available else None
    return next((other for other in LANGUAGES if other != lang and other in available), None)


def counterpart(src: Source, node: Node) -> Source | None:
    """The source `src` is a translation of, within the same node, or None."""
    other = counterpart_lang(src.lang, list(node.sources))
    return node.sources.get(other) if other else None


def state(src: Source | None, node: Node) -> State:
    """The state of one language of a node: "missing" without a file; "stale" if its
    `translation_of` differs from the current hash of its counterpart *and* that
    counterpart changed after it (git history: two files edited in the same commit, or
    both edited and not committed yet, are up to date with each other); else "present"."""
    if src is None:
        return "missing"
    recorded = src.meta.get(HASH_FIELD)
    other = counterpart(src, node)
    if recorded is None or other is None or str(recorded) == content_hash(other):
        return "present"
    changes = last_changes(src.path.parent)
    mine, theirs = changes.get(src.path.resolve()), changes.get(other.path.resolve())
    if mine is not None and theirs is not None and theirs <= mine:
        return "present"
    return "stale"


@functools.lru_cache(maxsize=8)
def _git_changes(top: str) -> dict[Path, float]:
    """File -> when it last changed: its last commit, or +inf if edited and not committed."""

    def git(*args: str) -> str:
        result = subprocess.run(
            ["git", "-C", top, *args], capture_output=True, text=True, check=False
        )
        return result.stdout if result.returncode == 0 else ""

    changes: dict[Path, float] = {}
    when = 0.0
    for line in git("log", "--format=%x00%ct", "--name-only", "--no-renames").splitlines():
        if line.startswith("\0"):
            when = float(line[1:])
        elif line.strip():
            changes.setdefault((Path(top) / line).resolve(), when)
    for line in git("status", "--porcelain", "--untracked-files=all").splitlines():
        changes[(Path(top) / line[3:].strip('"')).resolve()] = float("inf")
    return changes


@functools.lru_cache(maxsize=64)
def _toplevel(folder: str) -> str | None:
    result = subprocess.run(
        ["git", "-C", folder, "rev-parse", "--show-toplevel"],
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout.strip() if result.returncode == 0 else None


def last_changes(folder: Path) -> dict[Path, float]:
    """When each file of the git work tree holding `folder` last changed ({} outside git)."""
    top = _toplevel(str(folder))
    return _git_changes(top) if top else {}


@dataclass(frozen=True)
class StatusRow:
    """One course, module or lesson: its key and its state in each language."""

    key: str  # e.g. `ai/02-generative/01-next-word` (a course is just `ai`)
    kind: str  # "course", "module" or "lesson"
    states: dict[str, State]  # language -> state, for every language in LANGUAGES


def _tree_order(site: Site) -> list[Node]:
    ordered: list[Node] = []

    def walk(node: Node) -> None:
        ordered.append(node)
        for child in node.children:
            walk(child)

    for course in site.courses:
        walk(course)
    seen = {node.key for node in ordered}
    ordered += [site.nodes[key] for key in sorted(site.nodes) if key not in seen]
    return ordered


def status_rows(site: Site) -> list[StatusRow]:
    """Every course, module and lesson in reading order (orphans last, by key), with
    "present", "missing" or "stale" for each language."""
    return [
        StatusRow(
            node.key, node.kind, {lang: state(node.sources.get(lang), node) for lang in LANGUAGES}
        )
        for node in _tree_order(site)
    ]


def _as_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


@dataclass(frozen=True)
class StaleNotice:
    """A stale lesson: the counterpart in `other` changed; it was last updated on `date`."""

    lang: str  # language of the stale page
    other: str  # language of the counterpart it was translated from
    date: dt.date  # the counterpart's `updated`

    @property
    def text(self) -> str:
        """The notice in the page's language (ui_strings `stale.notice`)."""
        s = strings(self.lang)
        return s["stale.notice"].format(other=s[f"lang.{self.other}"], date=self.date.isoformat())


def stale_notice(src: Source, site: Site) -> StaleNotice | None:
    """The notice for a stale lesson page, or None (not stale, not a lesson, or the
    counterpart has no valid `updated` date)."""
    node = site.node_of(src)
    if node is None or node.kind != "lesson" or state(src, node) != "stale":
        return None
    other = counterpart(src, node)
    date = _as_date(other.meta.get("updated")) if other else None
    if other is None or date is None:
        return None
    return StaleNotice(src.lang, other.lang, date)


# --- `python -m tools translated <file>` ----------------------------------------------

_FIELD_LINE = re.compile(rf"^{HASH_FIELD}:[^\n]*$", re.MULTILINE)


def set_translation_of(text: str, value: str) -> str:
    """`text` with `translation_of: <value>` in its front matter: the existing line
    replaced, else a line added at the end of the front matter (or a front matter added).
    Nothing else changes."""
    # A hash of digits only (or like 1e5) would read back as a number: quote it then.
    shown = value if isinstance(yaml.safe_load(value), str) else f'"{value}"'
    line = f"{HASH_FIELD}: {shown}"
    if not text.startswith("---\n"):
        return f"---\n{line}\n---\n{text}"
    end = text.find("\n---\n", 3)
    if end < 0 and text.endswith("\n---"):
        end = len(text) - 4
    if end < 0:
        raise ValueError("front matter opened with --- but never closed")
    start, close = 4, end + 1  # front matter lines are text[start:close]
    if close <= start:  # empty front matter `---\n---`
        return text[:start] + line + "\n" + text[start:]
    raw = text[start:close]
    matches = list(_FIELD_LINE.finditer(raw))
    if len(matches) > 1:
        raise ValueError(f"`{HASH_FIELD}` appears more than once in the front matter")
    if matches:
        m = matches[0]
        return text[: start + m.start()] + line + text[start + m.end() :]
    return text[:close] + line + "\n" + text[close:]


def counterpart_path(path: Path) -> Path | None:
    split = split_language(path)
    if split is None:
        return None
    stem, lang = split
    siblings = {
        other: path.with_name(f"{stem}.{other}.md")
        for other in LANGUAGES
        if other != lang and path.with_name(f"{stem}.{other}.md").is_file()
    }
    other = counterpart_lang(lang, list(siblings))
    return siblings[other] if other else None


def mark_translated(path: Path) -> str:
    """Write the counterpart's current hash into `path`; returns the hash."""
    if split_language(path) is None:
        raise ValueError(f"{path}: not a language file (x.ar.md / x.fr.md)")
    other = counterpart_path(path)
    if other is None:
        raise ValueError(f"{path}: no counterpart in another language next to it")
    meta, _, body, _ = parse_front_matter(other.read_text(encoding="utf-8-sig"))
    value = hash_of(meta if isinstance(meta, dict) else {}, body)
    data = path.read_bytes()
    bom = b"\xef\xbb\xbf" if data.startswith(b"\xef\xbb\xbf") else b""
    text = data[len(bom) :].decode("utf-8")
    new = set_translation_of(text, value)
    meta_after = parse_front_matter(new)[0]
    if not isinstance(meta_after, dict) or meta_after.get(HASH_FIELD) != value:
        raise ValueError(f"{path}: could not set `{HASH_FIELD}` in the front matter")
    if new != text:
        path.write_bytes(bom + new.encode("utf-8"))
    return value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="tamkeen translated",
        description="Record that a translation is up to date with its counterpart: "
        f"writes `{HASH_FIELD}: <hash>` in its front matter (and changes nothing else).",
    )
    parser.add_argument("path", type=Path, help="the translation, e.g. x/y.fr.md")
    args = parser.parse_args(argv)
    if not args.path.is_file():
        print(f"error: {args.path}: no such file", file=sys.stderr)
        return 2
    try:
        value = mark_translated(args.path)
    except (ValueError, UnicodeDecodeError, yaml.YAMLError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"{args.path}: {HASH_FIELD}: {value} (from {counterpart_path(args.path)})")
    return 0
