"""Every language the generator knows, as data: one `Language` row per language.

The code asks a language's row ("which separator between list items?", "is Latin text
isolated in this text?") instead of testing `lang == "ar"`. A site is built in the
languages its `mkdocs.yml` lists (the `i18n` plugin's `languages`); `LANGUAGES` follows
that list (set by the hook's `on_config` and by `check`), Arabic and French when no site
says otherwise. Adding a language: a row in `TABLE`, its interface strings, its site's
`mkdocs.yml` (CONTRIBUTING.md, "Adding a language").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, overload

import yaml

NNBSP = "\u202f"  # narrow no-break space


@dataclass(frozen=True)
class Language:
    code: str  # the file suffix (`lesson.fr.md`) and the site's folder (`fr/`)
    name: str  # in the language itself (the language switcher)
    direction: Literal["ltr", "rtl"]
    # A page not translated yet is shown in this language (its own text, marked as such);
    # None: the site's default language.
    fallback: str | None
    # Every page must exist in it (`check` names a missing one). False while a language is
    # being translated: its missing pages show its fallback's.
    complete: bool
    locale: str  # the tag of a Word document's text (tools/site/downloads.py)
    pptx_locale: str  # the tag of a slide's text in PowerPoint (tools/slides/pptx_deck.py)
    months: tuple[str, ...]  # January … December, as dates are written (tools/model/facts.py)
    first_of_month: str  # day 1 in a date: "1er" in French
    decimal_mark: str  # in sizes and hours the reader sees ("2,5 Mo")
    list_separator: str  # between the items of an inline list
    clause_separator: str  # between groups of an inline list
    colon: str  # a label's colon, with the space before it if the language puts one
    number_range: str  # "{low}…{high}" of a figure from docs/facts.yml
    percent: str  # "{number}…%"
    # Finding a word in the text (glossary links, style and cast rules): "arabic" allows
    # the attached prefixes (و ف ب ك ل, ال) and the short vowels; "latin": word boundaries,
    # any case, a plural -s/-x for the cast.
    words: Literal["arabic", "latin"]
    # The punctuation of plain text written for WhatsApp (tools/site/digest.py): "arabic" turns
    # `, ; ?` after an Arabic word into `، ؛ ؟`; "french" puts the narrow no-break spaces;
    # "plain" leaves the text as written.
    punctuation: Literal["arabic", "french", "plain"]
    # Code and Latin words in this language's text are isolated (`<bdi>`), so the bidi
    # algorithm keeps each run left to right in right-to-left text (the slides' notes).
    isolate_latin: bool
    # The phones' text-to-speech has a voice for it: the lesson's "listen" button exists.
    voice: bool
    # Of its voices, the ones "listen" prefers, best first (tools/assets/listen.js; a voice on
    # the phone still beats one that needs the network).
    voice_tags: tuple[str, ...]


TABLE: dict[str, Language] = {
    "ar": Language(
        code="ar",
        name="العربية",
        direction="rtl",
        fallback=None,
        complete=True,
        locale="ar-MA",
        pptx_locale="ar-MA",
        # Moroccan month names (not the Levantine or Egyptian ones): see TRANSLATING.md.
        months=(
            "يناير",
            "فبراير",
            "مارس",
            "أبريل",
            "ماي",
            "يونيو",
            "يوليوز",
            "غشت",
            "شتنبر",
            "أكتوبر",
            "نونبر",
            "دجنبر",
        ),
        first_of_month="1",
        decimal_mark=".",
        list_separator="، ",
        clause_separator="؛ ",
        colon=":",
        number_range="{low} إلى {high}",
        percent="{number}%",
        words="arabic",
        punctuation="arabic",
        isolate_latin=True,
        voice=True,
        voice_tags=("ar-MA",),
    ),
    "fr": Language(
        code="fr",
        name="Français",
        direction="ltr",
        fallback=None,
        complete=True,
        locale="fr-MA",
        pptx_locale="fr-FR",
        months=(
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ),
        first_of_month="1er",
        decimal_mark=",",
        list_separator=", ",
        clause_separator="; ",
        colon=" :",
        number_range="{low}–{high}",
        percent="{number}" + NNBSP + "%",
        words="latin",
        punctuation="french",
        isolate_latin=False,
        voice=True,
        voice_tags=("fr-FR", "fr-MA"),
    ),
    # Standard Moroccan Tamazight in Tifinagh. No site of ours is built in it yet
    # (tests/fixtures/third_language is); phones have no voice for it.
    "zgh": Language(
        code="zgh",
        name="ⵜⴰⵎⴰⵣⵉⵖⵜ",
        direction="ltr",
        fallback="fr",
        complete=False,
        locale="zgh-MA",
        pptx_locale="zgh-MA",
        months=(
            "ⵉⵏⵏⴰⵢⵔ",
            "ⴱⵕⴰⵢⵕ",
            "ⵎⴰⵕⵚ",
            "ⵉⴱⵔⵉⵔ",
            "ⵎⴰⵢⵢⵓ",
            "ⵢⵓⵏⵢⵓ",
            "ⵢⵓⵍⵢⵓⵣ",
            "ⵖⵓⵛⵜ",
            "ⵛⵓⵜⴰⵏⴱⵉⵔ",
            "ⴽⵜⵓⴱⵔ",
            "ⵏⵓⵡⴰⵏⴱⵉⵔ",
            "ⴷⵓⵊⴰⵏⴱⵉⵔ",
        ),
        first_of_month="1",
        decimal_mark=",",
        list_separator=", ",
        clause_separator="; ",
        colon=":",
        number_range="{low}–{high}",
        percent="{number}" + NNBSP + "%",
        words="latin",
        punctuation="plain",
        isolate_latin=False,
        voice=False,
        voice_tags=(),
    ),
}

DEFAULT_SITE = ("ar", "fr")


def language(code: str) -> Language:
    """The row of `code`; an unknown code says where languages are declared."""
    try:
        return TABLE[code]
    except KeyError:
        raise KeyError(
            f"unknown language {code!r}: tools/common/languages.py has {', '.join(TABLE)}"
        ) from None


def direction(code: str) -> str:
    return language(code).direction


def fallback(code: str, default: str) -> str | None:
    """The language a missing page of `code` is shown in (None for the default itself)."""
    if code == default:
        return None
    return language(code).fallback or default


def chain(code: str, default: str) -> list[str]:
    """`code`, then its fallback, its fallback's…, ending with the default language."""
    out = [code]
    while (nxt := fallback(out[-1], default)) is not None and nxt not in out:
        out.append(nxt)
    return out


def pick(texts: dict[str, str], code: str, default: str) -> str:
    """A text of `texts` ({language: text}) in `code`, or in its nearest fallback."""
    return next(texts[c] for c in chain(code, default) if c in texts)


class SiteLanguages(Sequence[str]):
    """The codes of the site being built or checked, default language first. One object
    that every module imports (`from tools.common.paths import LANGUAGES`): `use` changes what
    it holds, never which object it is."""

    def __init__(self, codes: Sequence[str]) -> None:
        self._codes = tuple(codes)

    def use(self, codes: Sequence[str]) -> None:
        for code in codes:
            language(code)  # an unknown code stops here, with the list of known ones
        self._codes = tuple(codes)

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...
    def __getitem__(self, index):
        return self._codes[index]

    def __len__(self) -> int:
        return len(self._codes)

    def __iter__(self) -> Iterator[str]:
        return iter(self._codes)

    def __contains__(self, code: object) -> bool:
        return code in self._codes

    def __repr__(self) -> str:
        return f"SiteLanguages({self._codes!r})"


LANGUAGES = SiteLanguages(DEFAULT_SITE)


def from_plugin(i18n) -> list[str]:
    """The codes listed by a loaded static-i18n plugin, its default first."""
    entries = list(i18n.config.languages)
    first = [lang.locale for lang in entries if lang.default]
    return first + [lang.locale for lang in entries if lang.locale not in first]


def from_config(config_file: Path) -> list[str]:
    """The codes listed in a site's `mkdocs.yml` (Arabic and French without one, or
    without the i18n plugin), its default first. Read without MkDocs: `check` runs before
    any build and must not import the theme."""

    class Loader(yaml.SafeLoader):
        pass

    # `!ENV`, `!!python/object/apply`: not needed here, read as nothing.
    Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    if not config_file.is_file():
        return list(DEFAULT_SITE)
    data = yaml.load(config_file.read_text(encoding="utf-8"), Loader=Loader) or {}
    for plugin in data.get("plugins") or []:
        if isinstance(plugin, dict) and isinstance(plugin.get("i18n"), dict):
            entries = [e for e in plugin["i18n"].get("languages") or [] if isinstance(e, dict)]
            first = [str(e["locale"]) for e in entries if e.get("default")]
            rest = [str(e["locale"]) for e in entries if str(e.get("locale")) not in first]
            if first or rest:
                return first + rest
    return list(DEFAULT_SITE)
