"""House style: preferred forms and their rejected variants, from `docs/style.yml` (a file
translators edit; TRANSLATING.md explains it). Every hit is `path:line:col` in a Markdown
source or a notebook's Markdown cell, with the preferred form.

    ar:
      - prefer: زبناء
        reject: [زبائن]
        why: Moroccan usage
    fr:
      - prefer: "taux de clic"
        reject: ["taux de clics"]
      - pattern: "[^\\s\\d]:(?=\\s)"      # a regular expression, for typography
        message: "a space before ':'"

In Arabic a rejected word also matches with the clitics before it (و ف ب ك ل, ال) and a
pronoun after it (زبائنك). Code (fenced or in backticks), link targets, web addresses and
HTML comments are never checked.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from tools import document
from tools.messages import Error, Msg, error, msg
from tools.paths import LANGUAGES

DATA_FILE = "style.yml"
_LETTER = r"\u0621-\u064A\u0671-\u06D3"
_AR_BEFORE = r"(?:[وفبكل]{0,2}(?:ال)?)"
_AR_AFTER = r"(?:ه|ها|هم|هما|هن|ك|كم|كن|نا|ي|ات)?"
_MASKED = (
    re.compile(r"(`+)(?:(?!\1).)+?\1"),  # inline code
    re.compile(r"<!--.*?-->"),  # HTML comment on one line
    re.compile(r"\]\([^)]*\)"),  # link target
    re.compile(r"\]\[[^\]]*\]"),  # reference link label
    re.compile(r"<?https?://[^\s)>]+>?"),  # web address
    re.compile(r"\{[:#.][^}]*\}"),  # attribute list
)
_FACT = re.compile(r"\[\[fact:[^\]]*\]\]")  # a fact reference (tools/facts.py)


@dataclass(frozen=True)
class Rule:
    lang: str
    pattern: re.Pattern[str]
    message: Msg | str  # a table message, or the text written in style.yml (its language)


def mask_code(lines: list[str]) -> list[str]:
    """The lines with code (read from the one model: fenced, indented, inline), link
    targets, addresses and comments blanked (same columns)."""
    prose = dict(document.parse("\n".join(lines)).prose)
    out = []
    for number, line in enumerate(lines, 1):
        kept = prose.get(number, "")
        if not kept.strip():
            out.append(" " * len(line))
            continue
        for pattern in _MASKED:
            kept = pattern.sub(lambda m: " " * len(m.group(0)), kept)
        out.append(kept)
    return out


def _blank(line: str, pattern: re.Pattern[str] = _FACT) -> str:
    return pattern.sub(lambda m: " " * len(m.group(0)), line)


def markdown_lines(source, facts: bool = False) -> Iterator[tuple[int, str]]:
    """(line in the file, text) of a Markdown source's front matter values and body; fact
    references are blanked unless `facts`. A notebook source (tools/notebook_source.py):
    its front matter's values at line 1, then its Markdown cells as one body."""
    from tools.content import decode

    if source.cells is not None:
        for key, value in source.meta.items():
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, str) and key not in ("translation_of", "updated"):
                    yield 1, item if facts else _blank(item)
        for i, line in enumerate(mask_code(source.body.split("\n"))):
            yield source.body_line + i, line if facts else _blank(line)
        return
    lines = decode(source.path.read_bytes()).split("\n")  # CRLF and BOM as the site reads them
    # Front matter: titles, objectives and key points are prose too (keys are not).
    body_start = source.body_line - 1
    for i, line in enumerate(lines[:body_start]):
        key = re.match(r"^\s*(?:- |[A-Za-z_]+:\s?)", line)
        if key and not line.strip().startswith(("translation_of", "updated")):
            yield i + 1, " " * key.end() + (line[key.end() :] if not facts else "")
    body = mask_code(lines[body_start:])
    for i, line in enumerate(body):
        yield body_start + i + 1, line if facts else _blank(line)


def notebook_lines(path: Path, facts: bool = False) -> Iterator[tuple[int, int, str]]:
    """(line, column, text) of each line of each Markdown cell of a notebook, at its place
    in the `.ipynb` file (nbformat writes one JSON string per line); fact references are
    blanked unless `facts`."""
    from tools.rules.notebooks import Positions

    try:
        raw = path.read_text(encoding="utf-8")
        data = json.loads(raw)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return  # the notebook rules report it
    pos = Positions(raw)
    for c, cell in enumerate(data.get("cells", [])):
        if cell.get("cell_type") != "markdown":
            continue
        source = cell.get("source", "")
        parts = source if isinstance(source, list) else [source]
        masked = mask_code([p.rstrip("\n") for p in parts])
        for k, text in enumerate(masked):
            key = ("cells", c, "source", k) if isinstance(source, list) else ("cells", c, "source")
            line, col = pos.at(*key)
            yield line, col + 1, text if facts else _blank(text)  # col: the opening quote


def load(docs_dir: Path) -> tuple[list[Rule], list[Error]]:
    path = docs_dir / DATA_FILE
    if not path.is_file():
        return [], []
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        return [], [error(path, mark.line + 1 if mark else 1, 1, "style.yaml", problem=exc)]
    rules: list[Rule] = []
    errors: list[Error] = []
    for lang in LANGUAGES:
        for n, entry in enumerate(data.get(lang) or []):
            try:
                rules.append(_rule(lang, entry))
            except (KeyError, TypeError, re.error) as exc:
                errors.append(error(path, 1, 1, "style.entry", lang=lang, n=n + 1, problem=exc))
    return rules, errors


def _rule(lang: str, entry: dict) -> Rule:
    if "pattern" in entry:
        return Rule(lang, re.compile(entry["pattern"]), str(entry["message"]))
    prefer = str(entry["prefer"])
    words = [re.escape(str(w)) for w in entry["reject"]]
    alternatives = "|".join(sorted(words, key=len, reverse=True))
    if lang == "ar":
        pattern = rf"(?<![{_LETTER}]){_AR_BEFORE}(?:{alternatives}){_AR_AFTER}(?![{_LETTER}])"
        flags = 0
    else:
        pattern = rf"(?<![\w’'-])(?:{alternatives})(?![\w-])"
        flags = re.IGNORECASE
    why = f" ({entry['why']})" if entry.get("why") else ""
    return Rule(lang, re.compile(pattern, flags), msg("style.prefer", prefer=prefer, why=why))


def _hits(rules: list[Rule], lines, path: Path) -> list[Error]:
    # `make serve` checks after every save: an unchanged file is not searched again.
    key = (path, tuple(lines), tuple(repr(r) for r in rules))
    if key not in _HITS:
        _HITS[key] = _search(rules, key[1], path)
        while len(_HITS) > 4096:
            del _HITS[next(iter(_HITS))]
    return list(_HITS[key])


_HITS: dict[tuple, tuple[Error, ...]] = {}


def _search(rules: list[Rule], lines, path: Path) -> tuple[Error, ...]:
    errors = []
    for line, col, text in lines:
        for rule in rules:
            for m in rule.pattern.finditer(text):
                found = m.group(0).strip()
                errors.append(
                    error(
                        path, line, col + m.start(), "style.hit", found=found, advice=rule.message
                    )
                )
    return tuple(errors)


def check_dir(docs_dir: Path, sources: list) -> list[Error]:
    """Every style hit in the Markdown sources and the notebooks beside docs/."""
    from tools import notebooks

    rules, errors = load(docs_dir)
    if not rules:
        return errors
    by_lang = {lang: [r for r in rules if r.lang == lang] for lang in LANGUAGES}
    for src in sources:
        if src.lang in by_lang:
            lines = ((line, 1, text) for line, text in markdown_lines(src))
            errors += _hits(by_lang[src.lang], lines, src.path)
    for path in notebooks.find(docs_dir.parent / notebooks.NOTEBOOKS_DIR):
        lang = path.name.split(".")[-2]
        if lang in by_lang:
            errors += _hits(by_lang[lang], notebook_lines(path), path)
    return errors
