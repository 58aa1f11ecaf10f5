"""House style: preferred forms and their rejected variants, from `docs/style.yml` (a file
translators edit; TRANSLATING.md explains it). Every hit is `path:line:col` in a Markdown
source or a notebook's Markdown cell, with the preferred form.

    ar:
      - prefer: زبناء
        reject: [زبائن]
        why: Moroccan usage
      - prefer: المنتوج
        reject: [منتج, منتجات]
        warn: true      # a warning: a person judges (مُنتِج is also a producer)
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

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from tools.common import yamlfast
from tools.common.languages import language
from tools.common.messages import Error, Msg, error, msg, warning
from tools.common.paths import LANGUAGES
from tools.model import document
from tools.model.content import decode

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
_FACT = re.compile(r"\[\[fact:[^\]]*\]\]")  # a fact reference (tools/model/facts.py)


@dataclass(frozen=True)
class Rule:
    lang: str
    pattern: re.Pattern[str]
    message: Msg | str  # a table message, or the text written in style.yml (its language)
    warn: bool = False  # `warn: true`: a term decision a person judges, not an error


def mask_document(doc: document.Document) -> list[str]:
    """The model's lines with code, link targets, addresses and comments blanked."""
    prose = dict(doc.prose)
    out = []
    for number, line in enumerate(doc.lines, doc.first_line):
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


def markdown_lines(source, facts: bool = False) -> tuple[tuple[int, str], ...]:
    """(line in the file, text) of a Markdown source's front matter values and body; fact
    references are blanked unless `facts`. A notebook source (tools/model/notebook_source.py):
    its front matter's values at line 1, then its Markdown cells as one body. The body is
    read from the source's one model; the result is kept, as four rules read it."""
    stamp = source.path.stat().st_mtime_ns if source.cells is None else 0
    key = (source.path, stamp, hash(source.body), source.body_line, facts)
    found = _LINES.get(key)
    if found is None:
        found = tuple(_markdown_lines(source, facts))
        _LINES[key] = found
        while len(_LINES) > _LINES_SIZE:
            del _LINES[next(iter(_LINES))]
    return found


_LINES: dict[tuple, tuple[tuple[int, str], ...]] = {}
_LINES_SIZE = 4096


def _markdown_lines(source, facts: bool) -> Iterator[tuple[int, str]]:
    body = mask_document(source.doc)
    if source.cells is not None:
        for key, value in source.meta.items():
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, str) and key not in ("translation_of", "updated"):
                    yield 1, item if facts else _blank(item)
    else:
        lines = decode(source.path.read_bytes()).split("\n")  # CRLF and BOM as the site reads
        # Front matter: titles, objectives and key points are prose too (keys are not).
        for i, line in enumerate(lines[: source.body_line - 1]):
            key = re.match(r"^\s*(?:- |[A-Za-z_]+:\s?)", line)
            if key and not line.strip().startswith(("translation_of", "updated")):
                yield i + 1, " " * key.end() + (line[key.end() :] if not facts else "")
    for i, line in enumerate(body):
        yield source.body_line + i, line if facts else _blank(line)


def load(docs_dir: Path) -> tuple[list[Rule], list[Error]]:
    path = docs_dir / DATA_FILE
    if not path.is_file():
        return [], []
    try:
        data = yamlfast.load(path.read_text(encoding="utf-8")) or {}
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
        message = str(entry["message"])
        return Rule(lang, re.compile(entry["pattern"]), message, bool(entry.get("warn")))
    prefer = str(entry["prefer"])
    words = [re.escape(str(w)) for w in entry["reject"]]
    alternatives = "|".join(sorted(words, key=len, reverse=True))
    if language(lang).words == "arabic":
        pattern = rf"(?<![{_LETTER}]){_AR_BEFORE}(?:{alternatives}){_AR_AFTER}(?![{_LETTER}])"
        flags = 0
    else:
        pattern = rf"(?<![\w’'-])(?:{alternatives})(?![\w-])"
        flags = re.IGNORECASE
    why = f" ({entry['why']})" if entry.get("why") else ""
    advice = msg("style.prefer", prefer=prefer, why=why)
    return Rule(lang, re.compile(pattern, flags), advice, bool(entry.get("warn")))


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
                report = warning if rule.warn else error
                at = col + m.start()
                errors.append(report(path, line, at, "style.hit", found=found, advice=rule.message))
    return tuple(errors)


def check_dir(docs_dir: Path, sources: list) -> list[Error]:
    """Every style hit in the sources: Markdown files and notebooks' Markdown cells
    (tools/model/notebook_source.py; `check` moves those findings to the cells)."""
    rules, errors = load(docs_dir)
    if not rules:
        return errors
    by_lang = {lang: [r for r in rules if r.lang == lang] for lang in LANGUAGES}
    for src in sources:
        if src.lang in by_lang:
            lines = ((line, 1, text) for line, text in markdown_lines(src))
            errors += _hits(by_lang[src.lang], lines, src.path)
    return errors
