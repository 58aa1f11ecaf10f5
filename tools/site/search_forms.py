"""Extra word forms for the search index, so Arabic and French readers find a word however
it is attached.

Pagefind's Arabic stemmer does not strip a conjunction before the article (`والمهندسون`)
and its French tokenizer keeps curly elisions together (`l’imprimante`). We add the bare
forms of such words to the text Pagefind indexes (not to the page the reader sees); the
query side (tools/assets/tamkeen.js) strips the same prefixes from what the reader types.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_ARABIC_WORD = re.compile(r"[\u0621-\u064A\u0660-\u0669\u066E-\u06D3\u06FA-\u06FF]+")
_MARKS = re.compile(r"[\u064B-\u065F\u0670\u0640]")  # harakat, superscript alef, tatweel
# Longest first. Single-letter clitics (و ف ب ل ك) are stripped on the query side only:
# here they would turn many ordinary words (واضح, فكرة) into noise.
_AR_PREFIXES = ("وبال", "فبال", "وكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال")
_FR_ELISION = re.compile(
    r"\b(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’ʼ](\w{2,})", re.IGNORECASE
)
# Every elision has an apostrophe: `_FR_ELISION` is tried only just before one (tried at
# every position of a page, it was most of the time of `index_forms`).
_APOSTROPHE = re.compile(r"['’ʼ]")
_LONGEST_ELIDED = len("lorsqu")
MIN_STEM = 3


def normalise_arabic(word: str) -> str:
    return _MARKS.sub("", unicodedata.normalize("NFC", word))


def arabic_forms(word: str) -> set[str]:
    """Bare and article forms of one Arabic word (without the word itself)."""
    word = normalise_arabic(word)
    forms: set[str] = set()
    for prefix in _AR_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= MIN_STEM:
            bare = word[len(prefix) :]
            forms.update({bare, "ال" + bare})
            break
    forms.discard(word)
    return forms


# Every page of a course says mostly the same words: each word's forms found once a process.
@functools.lru_cache(maxsize=1 << 16)
def _arabic_forms(word: str) -> frozenset[str]:
    return frozenset(arabic_forms(word))


def index_forms(text: str, normalised: bool = False) -> list[str]:
    """Every extra form for a page's text, sorted so the index is reproducible.
    `normalised`: `text` is `normalise_arabic`'s already (not done twice)."""
    forms: set[str] = set()
    # Harakat first: they are outside _ARABIC_WORD and would split a vocalised word.
    # Each word once: a page says the same words many times, and the forms are a set.
    bare = text if normalised else normalise_arabic(text)
    for word in set(_ARABIC_WORD.findall(bare)):
        forms |= _arabic_forms(word)
    forms.update(elided_words(text))
    return sorted(forms)


def elided_words(text: str) -> list[str]:
    """The words `_FR_ELISION.finditer(text)` finds after an elision, found from the
    apostrophes: a match starts at the start of the word before one (its word boundary), at most
    `_LONGEST_ELIDED` letters before it, and after the previous match."""
    words: list[str] = []
    end = 0
    for apostrophe in _APOSTROPHE.finditer(text):
        at = start = apostrophe.start()
        while start > max(end, at - _LONGEST_ELIDED) and _word_char(text[start - 1]):
            start -= 1
        match = _FR_ELISION.match(text, start) if start < at else None
        if match is not None:
            words.append(match.group(1))
            end = match.end()
    return words


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # what `\w` matches in a str pattern
