"""Facts discipline: a law, a tax rate or a penalty in a lesson comes from the facts register
(docs/facts.yml, `[[fact:id]]`), where it has its source and a date; the register cites the
official text for law and tax.

- In prose (front matter values, body, quizzes; code, links and `[[fact:…]]` left out): an
  article or law number (`art. 447-2`, `loi 09-08`, «الفصل 447»), or a percentage, an amount
  in DH / درهم or a duration in the same sentence as a legal or tax word (loi, impôt,
  amende, prison, قانون, ضريبة, غرامة…) is a warning at its `file:line:col`: a person
  judges whether it is a legal figure to take from the register.
- What the learner is asked to judge states nothing: the figures of a quiz option and of a
  quotation (`> …`: a chatbot's answer, a scam message) are not read; a fact reference there
  would lend its source to a wrong claim, or point at the right option. The option's feedback
  and the exercise's solution, which say what is true, are read. Law and article numbers
  are read everywhere.
- In the register: a fact about law or tax (its statement or its source's name has such a
  word) whose source is `kind: secondary` is a warning at its line. The page already says
  "secondary source" next to it (tools/site/facts_markdown.py).
"""

from __future__ import annotations

import re
from pathlib import Path

from tools.checks.rules.context import Context
from tools.checks.rules.style import markdown_lines
from tools.common.messages import Error, warning
from tools.model import facts

_D = "[0-9\u0660-\u0669]"
_DIGIT = re.compile(_D)
# 200 000, 200.000, 0,5, 1 000,50 (any space: plain, no-break, narrow no-break)
_NUM = rf"{_D}+(?:[ \u00a0\u202f.,]{_D}{{3}})*(?:[.,]{_D}+)?"
_AR_LETTER = "\u0621-\u064a"
_AR_PREFIX = "[وفبلك]?(?:ال)?"
_NOT_AFTER = rf"(?![A-Za-z{_AR_LETTER}])"
_NOT_BEFORE = rf"(?<![A-Za-z{_AR_LETTER}\d])"

# A law by its number: always legal.
_LAW = re.compile(
    rf"{_NOT_BEFORE}(?:(?:lois?|dahir|décret)\s*(?:n°\s*)?"
    rf"|{_AR_PREFIX}(?:قانون|ظهير|مرسوم)\s*(?:رقم\s*)?)"
    rf"{_D}+(?:[-.]{_D}+)+",
    re.IGNORECASE,
)
# An article by its number: legal when numbered like a code's (447-2) or beside another legal
# word ("l'article 3" of a press article, «الفصل 3» of a report, are not).
_ARTICLE = re.compile(
    rf"{_NOT_BEFORE}(?:(?:articles?|art\.)\s*(?:n°\s*)?"
    rf"|{_AR_PREFIX}(?:فصل|فصول|فصلين|مادة|مواد)\s*(?:رقم\s*)?)"
    rf"{_D}+(?P<code>(?:-{_D}+)+)?",
    re.IGNORECASE,
)
# Legal only next to a legal or tax word; a range ("2 000 à 20 000 DH") is one figure.
_RANGE = rf"(?:{_NUM}\s?(?:à|–|-|إلى)\s?)?{_NUM}"
_FIGURES = (
    re.compile(rf"{_RANGE}\s?(?:%|٪|pour\s?cent|في\s?المائة|بالمائة)"),
    re.compile(rf"{_RANGE}\s?(?:DH|MAD|dirhams?|درهما?|دراهم){_NOT_AFTER}", re.IGNORECASE),
    re.compile(rf"{_RANGE}\s?(?:ans|années|mois|سنوات|سنة|أشهر|شهر){_NOT_AFTER}"),
)
_LEGAL_WORDS = re.compile(
    r"(?<![A-Za-zÀ-ÿ])(?:lois?|légal\w*|juridique\w*|pénal\w*|amendes?|prison"
    r"|emprisonnement|peines?|puni\w*|condamn\w*|sanction\w*|tribunal|juge|impôts?|impot\w*"
    r"|taxes?|TVA|fiscal\w*|retenue|cotisation\w*|DGI|CNSS|dahir|décret|auto-entrepreneur\w*"
    r"|bulletin officiel)(?![A-Za-zÀ-ÿ])"
    r"|قانون|غرام[ةا]|حبس|سجن|عقوب|يعاقب|ضريب|ضرائب|جبائي|جباية|اقتطاع|ظهير|مرسوم|محكمة"
    r"|القاضي|مقاول[ةا]? (?:ال)?ذاتي|الضمان الاجتماعي",
    re.IGNORECASE,
)
# Where a sentence ends ("art." and "n°" do not end one); a table cell too.
_END = re.compile(r"(?<!\bart)(?<!\bArt)[.!?؟…](?=\s|$)|[;؛|](?=\s|$)")


def _sentences(text: str):
    """(start, end) of each sentence of one line."""
    start = 0
    for m in _END.finditer(text):
        yield start, m.end()
        start = m.end()
    if start < len(text):
        yield start, len(text)


def _digits(text: str) -> tuple[int, ...]:
    return tuple(int(d) for d in re.findall(_D + "+", text))


# A quotation: a Markdown blockquote line, inside a block or not.
_QUOTE = re.compile(r"^\s*>")


def findings(
    text: str, cited: frozenset[tuple[int, ...]] = frozenset(), figures: bool = True
) -> list[tuple[int, str, str]]:
    """(column, what, the legal word) of each hand-written legal figure of one line; a law
    whose number is in a fact the page cites (`cited`) is named, not stated. `figures`
    False: only law and article numbers (a quiz option, a quotation)."""
    found = []
    for start, end in _sentences(text):
        sentence = text[start:end]
        taken: list[tuple[int, int]] = []
        for m in _LAW.finditer(sentence):
            taken.append(m.span())
            if _digits(m.group()) not in cited:
                found.append((start + m.start() + 1, m.group().strip(), m.group().split()[0]))
        for m in _ARTICLE.finditer(sentence):
            other = _LEGAL_WORDS.search(sentence[: m.start()] + " " + sentence[m.end() :])
            if m.group("code") or other:
                taken.append(m.span())
                found.append((start + m.start() + 1, m.group().strip(), m.group().split()[0]))
        word = _LEGAL_WORDS.search(sentence)
        if word is None or not figures:
            continue
        for pattern in _FIGURES:
            for m in pattern.finditer(sentence):
                if not any(a <= m.start() < b for a, b in taken):
                    found.append((start + m.start() + 1, m.group().strip(), word.group()))
                    taken.append(m.span())
    return sorted(found)


def check(ctx: Context) -> list[Error]:
    errors = []
    register = facts.load(ctx.docs_dir / facts.DATA_FILE)
    for src in ctx.sources:
        if src.kind != "lesson":
            continue
        cited = frozenset(
            _digits(m.group())
            for ref in src.doc.facts
            if ref.id in register
            for fact in [register[ref.id]]
            for text in (fact.statement.get(src.lang, ""), fact.figure_text(src.lang))
            for m in _LAW.finditer(text)
        )
        options = {o.line for quiz in ctx.doc(src).quizzes for o in quiz.options}
        for line, text in markdown_lines(src):
            if not _DIGIT.search(text):
                continue  # every figure and reference has a digit
            judged = line in options or _QUOTE.match(text) is not None
            for col, what, word in findings(text, cited, figures=not judged):
                errors.append(warning(src.path, line, col, "legal.prose", found=what, word=word))
    return errors


def check_register(docs_dir: Path) -> list[Error]:
    """Facts about law or tax whose source is secondary."""
    path = docs_dir / facts.DATA_FILE
    errors = []
    for fact in facts.load(path).values():
        if fact.kind != "secondary":
            continue
        # The source's name counts too: "le même résumé : 0,5 %" names no tax word, its
        # source ("le régime fiscal de l'auto-entrepreneur") does.
        for text in [*fact.statement.values(), *fact.source_name.values()]:
            word = _LEGAL_WORDS.search(text)
            if word:
                errors.append(
                    warning(path, fact.line, 1, "legal.secondary", id=fact.id, word=word.group())
                )
                break
    return errors
