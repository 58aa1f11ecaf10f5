"""The facts register: every law, tax rate and statistic of the courses, once, dated, with
its source (`docs/facts.yml`).

    - id: ae-ceilings
      figure: {value: 200000, unit: dh}     # or {min: 1, max: 3, unit: years}, or a text
      ar: "…"                               # the statement, in each language (plain text)
      fr: "…"
      source:
        url: https://…                      # the text itself, not a home page
        ar: "القانون 114-13، المادة 1"      # the source's name in each language
        fr: "Loi 114-13, article 1"
        kind: primary                       # primary (the text) or secondary (press, guide)
        read_in: https://…                  # optional: the copy you actually read, when the
                                            # official text was read in a verbatim copy (a scan
                                            # of the Bulletin officiel…) and not on its
                                            # publisher's site; the source then names the
                                            # official text (BO number and date, article)
      checked: 2026-11-30                   # when someone last read the source
      review_by: 2027-01-31                 # when it must be read again

A lesson (or a notebook's Markdown) inserts a fact with `[[fact:ae-ceilings]]` (the statement)
or `[[fact:ae-ceilings|figure]]` (the figure alone); either way the page shows the source link
and "checked on …", the same in both languages (tools/site/facts_markdown.py). `make check` fails
on an unknown id and warns when a fact is past its review date (tools/checks/rules/facts.py). The
facts page (`<!-- tamkeen:facts -->`) lists every fact, where it is used and when it is due.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from tools.common import yamlfast
from tools.common.languages import TABLE, language
from tools.common.markup import link
from tools.common.paths import DEFAULT_LANGUAGE, LANGUAGES, ROOT, direction
from tools.common.ui_strings import strings

DATA_FILE = "facts.yml"
MARKER = "<!-- tamkeen:facts -->"
# `[[fact:id]]` or `[[fact:id|figure]]`; ids are lowercase ASCII words joined by `-`.
REFERENCE = re.compile(r"\[\[fact:([^\]|]*)(?:\|([^\]]*))?\]\]")
ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
FORMS = ("", "figure")
KINDS = ("primary", "secondary")

# Month names: each language's row (tools/common/languages.py; Moroccan ones in Arabic).
MONTHS = {code: list(row.months) for code, row in TABLE.items()}
# Units of a figure: (singular or after 2–10 in Arabic, plural/after 11+) per language.
UNITS = {
    "dh": {"ar": "درهم", "fr": "DH"},
    "percent": {"ar": "%", "fr": "%"},
    "twh": {"ar": "تيراواط ساعة", "fr": "TWh"},
    "million": {"ar": "مليون", "fr": "millions"},
    "days": {"ar": "يومًا", "fr": "jours"},
    "years": {"ar": "سنوات", "fr": "ans"},
}
NNBSP = "\u202f"  # narrow no-break space: a thousands separator that keeps "200 000" whole
# and in order in right-to-left text (a plain space would show "000 200").


# A hyphenated number after Arabic letters is an "Arabic number" for the bidi algorithm, and a
# hyphen does not join two of those: «الفصل 447-1» is shown as «1-447». Article and law
# numbers are identifiers, read left to right: isolate them in right-to-left text. So is a
# paragraph of a code, with its roman numeral, letter and degree sign: «73-III» was shown
# «III-73», «73-II-B-6°» «II-B-6°-73».
HYPHENATED_NUMBER = re.compile(r"(?<![A-Za-z0-9-])\d+(?:-(?:\d+|[IVX]+|[A-Z]))+°?")
# A source's name in Arabic quotes a code's paragraphs and publishers in Latin letters:
# «المادة 73 (II-B-6° وIII)», «LesEco، …». Without isolation the bidi algorithm reorders
# «II-B-6° وIII» around the Arabic «و» and the brackets. Each run of Latin words (with
# their digits, hyphens, degree signs and the spaces, Latin commas and colons between them:
# «Digital 2026: Morocco» is one title) is isolated left to right, as are the hyphenated
# numbers above.
_LATIN = "A-Za-zÀ-ÖØ-öø-ÿŒœ"  # with French accents: «Économie», «Conseil d’État»
LATIN_RUN = re.compile(
    rf"[{_LATIN}][{_LATIN}0-9°’'.\-]*(?:[:,]? +[{_LATIN}0-9][{_LATIN}0-9°’'.\-]*)*|"
    + HYPHENATED_NUMBER.pattern
)


# An isolate our code writes never wraps inside itself (tools/assets/tamkeen.css: «447-1»
# whole); a run of several Latin words (a title: «Notifier une demande de transfert à
# l’étranger») must wrap like words, or it sticks out of a phone's screen.
WORDS_CLASS = "tk-ltr-words"


def isolate_attributes(run: str) -> dict[str, str]:
    """The attributes of the left-to-right isolate of `run` in right-to-left text."""
    return {"dir": "ltr", "class": WORDS_CLASS} if " " in run.strip() else {"dir": "ltr"}


def isolated_markdown(text: str, lang: str, runs: re.Pattern = LATIN_RUN) -> str:
    """`text` for a Markdown page: in a right-to-left language each run `runs` matches in
    its own left-to-right isolate, as tools/site/facts_markdown.py does in a lesson."""
    if direction(lang) != "rtl":
        return text

    def isolate(match: re.Match) -> str:
        attributes = " ".join(f'{k}="{v}"' for k, v in isolate_attributes(match.group(0)).items())
        return f"<bdi {attributes}>{match.group(0)}</bdi>"

    return runs.sub(isolate, text)


@dataclass(frozen=True)
class Fact:
    id: str
    line: int  # line of the entry in facts.yml
    statement: dict[str, str]
    figure: object
    url: str
    source_name: dict[str, str]
    kind: str
    checked: dt.date
    review_by: dt.date
    read_in: str = ""  # the copy read when the official text was read in a copy (REVIEWING.md)

    def figure_text(self, lang: str) -> str:
        return format_figure(self.figure, lang)


def format_number(value: float | int, lang: str) -> str:
    """200000 -> "200 000", 0.5 -> "0,5" (same in both languages; see TRANSLATING.md)."""
    if isinstance(value, float) and not value.is_integer():
        whole, _, frac = f"{value}".partition(".")
        return format_number(int(whole), lang) + "," + frac
    digits = f"{int(value)}"
    groups = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    return NNBSP.join(groups)


def format_figure(figure: object, lang: str) -> str:
    if isinstance(figure, dict) and lang in figure and isinstance(figure[lang], str):
        return figure[lang]
    if not isinstance(figure, dict):
        return str(figure)
    unit = UNITS.get(str(figure.get("unit", "")), {}).get(lang, "")
    if "value" in figure:
        number = format_number(figure["value"], lang)
    else:
        low, high = format_number(figure["min"], lang), format_number(figure["max"], lang)
        number = language(lang).number_range.format(low=low, high=high)
    if unit == "%":
        return language(lang).percent.format(number=number)
    return f"{number} {unit}".strip() if unit else number


def format_date(day: dt.date, lang: str) -> str:
    """`30 نونبر 2026` / `30 novembre 2026`."""
    first = language(lang).first_of_month if day.day == 1 else str(day.day)
    return f"{first} {MONTHS[lang][day.month - 1]} {day.year}"


# --- reading the register -----------------------------------------------------------------


class RegisterError(ValueError):
    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line


def parse(text: str) -> tuple[list[Fact], list[RegisterError]]:
    """Every well-formed fact, and a line-numbered error for every other entry."""
    try:
        node, data = yamlfast.node_and_data(text)  # the values and each entry's line
        data = data or []
        items = node.value if isinstance(node, yaml.SequenceNode) else []
        lines = [item.start_mark.line + 1 for item in items]
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        return [], [RegisterError(mark.line + 1 if mark else 1, f"not valid YAML: {exc}")]
    if not isinstance(data, list):
        return [], [RegisterError(1, "the register is a list of facts (`- id: …`)")]
    facts: list[Fact] = []
    errors: list[RegisterError] = []
    seen: set[str] = set()
    for item, line in zip(data, lines, strict=True):
        try:
            fact = _fact(item, line)
        except RegisterError as exc:
            errors.append(exc)
            continue
        if fact.id in seen:
            errors.append(RegisterError(line, f"fact id '{fact.id}' is used twice"))
            continue
        seen.add(fact.id)
        facts.append(fact)
    return facts, errors


def _fact(item: object, line: int) -> Fact:
    if not isinstance(item, dict):
        raise RegisterError(line, "each fact is a mapping (`id:`, `ar:`, `fr:`, `source:` …)")
    fid = str(item.get("id", ""))
    if not ID.match(fid):
        raise RegisterError(line, f"fact id '{fid}': use lowercase letters, digits and '-'")
    missing = [k for k in ("figure", "source", "checked", "review_by", *LANGUAGES) if k not in item]
    if missing:
        raise RegisterError(line, f"fact '{fid}' lacks: {', '.join(missing)}")
    source = item["source"]
    if not isinstance(source, dict) or not all(source.get(k) for k in ("url", *LANGUAGES)):
        raise RegisterError(line, f"fact '{fid}': source needs url, ar and fr")
    url = str(source["url"])
    if not url.startswith("https://"):
        raise RegisterError(line, f"fact '{fid}': the source url must start with https://")
    kind = str(source.get("kind", "primary"))
    if kind not in KINDS:
        raise RegisterError(line, f"fact '{fid}': source kind is primary or secondary")
    read_in = str(source.get("read_in") or "")
    if read_in and not read_in.startswith("https://"):
        raise RegisterError(line, f"fact '{fid}': read_in is the https:// address of the copy")
    dates = {}
    for key in ("checked", "review_by"):
        if not isinstance(item[key], dt.date):
            raise RegisterError(line, f"fact '{fid}': {key} is a date, YYYY-MM-DD")
        dates[key] = item[key]
    if dates["review_by"] < dates["checked"]:
        raise RegisterError(line, f"fact '{fid}': review_by comes before checked")
    for lang in LANGUAGES:
        if re.search(r"[*_`]|\]\(", str(item[lang])):
            raise RegisterError(
                line, f"fact '{fid}': the {lang} statement is plain text (no *, _, ` or links)"
            )
    figure = item["figure"]
    try:
        for lang in LANGUAGES:
            format_figure(figure, lang)
    except (KeyError, TypeError, ValueError) as exc:
        raise RegisterError(line, f"fact '{fid}': figure is not valid ({exc})") from None
    if isinstance(figure, dict) and "unit" in figure and figure["unit"] not in UNITS:
        raise RegisterError(line, f"fact '{fid}': unknown unit, use one of {', '.join(UNITS)}")
    return Fact(
        id=fid,
        line=line,
        statement={lang: str(item[lang]).strip() for lang in LANGUAGES},
        figure=figure,
        url=url,
        source_name={lang: str(source[lang]) for lang in LANGUAGES},
        kind=kind,
        checked=dates["checked"],
        review_by=dates["review_by"],
        read_in=read_in,
    )


_CACHE: dict[Path, tuple[tuple[int, int], dict[str, Fact]]] = {}


def load(path: Path) -> dict[str, Fact]:
    """The well-formed facts of a register by id ({} when there is no register)."""
    if not path.is_file():
        return {}
    stat = path.stat()
    stamp = (stat.st_mtime_ns, stat.st_size)
    cached = _CACHE.get(path)
    if cached and cached[0] == stamp:
        return cached[1]
    facts, _ = parse(path.read_text(encoding="utf-8"))
    by_id = {f.id: f for f in facts}
    _CACHE[path] = (stamp, by_id)
    return by_id


# --- what is being rendered: the language of the page and the register --------------------

# Markdown extensions see no page; the hook (for site pages) and the trainer kit (for slides)
# say which language and register the next renderings use.
_current = {"lang": DEFAULT_LANGUAGE, "register": ROOT / "docs" / DATA_FILE}


def use(lang: str | None = None, register: Path | None = None) -> None:
    if lang:
        _current["lang"] = lang
    if register:
        _current["register"] = register


def current_language() -> str:
    return str(_current["lang"])


def current_facts() -> dict[str, Fact]:
    return load(Path(_current["register"]))


# --- the facts page -------------------------------------------------------------------------


def usages(sources: list, fact_id: str) -> list:
    """Sources whose text inserts the fact (in their own language): the `[[fact:…]]` nodes
    of their one model (tools/model/document.py)."""
    return [s for s in sources if any(ref.id == fact_id for ref in s.doc.facts)]


def page_markdown(facts: dict[str, Fact], sources: list, lang: str, from_src) -> str:
    """Every fact with its figure, source, dates and the pages that use it."""
    s = strings(lang)
    if not facts:
        return s["facts.empty"]
    lines: list[str] = []
    for fact in sorted(facts.values(), key=lambda f: (f.review_by, f.id)):
        used = [src for src in usages(sources, fact.id) if src.lang == lang]
        where = ", ".join(f"[{src.title}]({link(from_src, src.url_path)})" for src in used)
        kind = s[f"facts.kind.{fact.kind}"]
        name = isolated_markdown(fact.source_name[lang], lang)
        # Read in a copy, not on the official publisher's site: say where (REVIEWING.md § 3).
        copy = (
            [f"- {s['facts.read_in']} [{urlsplit(fact.read_in).netloc}]({fact.read_in})"]
            if fact.read_in
            else []
        )
        lines += [
            f"### {fact.figure_text(lang)} {{#{fact.id}}}",
            "",
            fact.statement[lang],
            "",
            f"- {s['facts.source']} [{name}]({fact.url}) ({kind})",
            *copy,
            f"- {s['facts.checked']} {format_date(fact.checked, lang)}",
            f"- {s['facts.review_by']} {format_date(fact.review_by, lang)}",
            f"- {s['facts.used_in']} {where or s['facts.unused']}",
            f"- {s['facts.id']} `{fact.id}`",
            "",
        ]
    return "\n".join(lines)
