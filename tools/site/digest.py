"""A lesson in one WhatsApp message: its digest, generated from the lesson model.

For every lesson in each language: the title, the duration, the objectives, the key points,
one quiz question with its options, and the lesson's link, at most LIMIT characters; the
answer to that question is a second message. Everything comes from the lesson's front
matter and its one model (tools/model/content.py, tools/model/document.py): no hand-written copy.

Plain text as WhatsApp shows it: its own `*bold*` for the title and the section labels,
`•` for list items, and no Markdown mark (`**`, `#`, backticks, `[text](url)`) that it
would show as a symbol. Punctuation is the language's: Arabic `،` `؛` `؟` after Arabic
words, French narrow no-break spaces (U+202F) before `; : ! ?` and inside « ».

Over LIMIT, the message leaves out whole parts, never half of one: the key points, then the
objectives; of the lesson's quizzes, the first whose message fits is taken. Only when even
the title, the duration, the shortest question and the link pass LIMIT is the text cut at a
sentence boundary, the link kept (`make check` warns, tools/checks/rules/digest.py).
Characters are counted as the browser counts them (UTF-16 code units: `text.length`).

The module message (the trainer page's "share this module with the class") lists the
module's lessons with their durations and links.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from tools.model import document, facts
from tools.model.content import Node, Source
from tools.common.languages import language
from tools.common.paths import DEFAULT_LANGUAGE
from tools.model.quiz import letter
from tools.common.ui_strings import strings

LIMIT = 1000
BULLET = "• "
NNBSP = "\u202f"
ELLIPSIS = "…"

_SPACES = re.compile(r"[ \t]+")
# French: a space before `; : ! ?` (a run of them) that ends a word, and inside « ».
_FR_BEFORE = re.compile(r"(?<=[^\s\u202f(«\[])[ \u00a0\u202f]?([;:!?]+)(?=[\s)»\]\"'.,*_]|$)")
_FR_OPEN = re.compile(r"«[ \u00a0\u202f]*")
_FR_CLOSE = re.compile(r"[ \u00a0\u202f]*»")
_FR_UNIT = re.compile(r"(?<=\d) (?=(?:min|h|%|DH)\b)")
# Arabic: Latin marks right after an Arabic word become the Arabic ones.
_AR_LETTER = "\u0600-\u06ff"
_AR_MARKS = (
    (re.compile(rf"(?<=[{_AR_LETTER}])\s?\?"), "؟"),
    (re.compile(rf"(?<=[{_AR_LETTER}]),"), "،"),
    (re.compile(rf"(?<=[{_AR_LETTER}]);"), "؛"),
)
# Where a text may be cut: after a sentence's end, or at the end of a line (a list item).
_SENTENCE_END = re.compile(r"[.!?؟…](?=[\s\u202f»)]|$)|\n")


def units(text: str) -> int:
    """The length as JavaScript counts it (`text.length`: UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def punctuate(text: str, lang: str) -> str:
    """The language's punctuation in a text that holds no link."""
    style = language(lang).punctuation
    if style == "french":
        text = _FR_OPEN.sub("«" + NNBSP, text)
        text = _FR_CLOSE.sub(NNBSP + "»", text)
        text = _FR_BEFORE.sub(NNBSP + r"\1", text)
        return _FR_UNIT.sub(NNBSP, text)
    if style == "arabic":
        for pattern, mark in _AR_MARKS:
            text = pattern.sub(mark, text)
    return text


def lesson_url(site_url: str, lang: str, key: str) -> str:
    """The lesson's address on the site (directory URLs, as `mkdocs.yml` builds it)."""
    base = (site_url or "/").rstrip("/") + "/"
    prefix = "" if lang == DEFAULT_LANGUAGE else f"{lang}/"
    return f"{base}{prefix}courses/{key}/"


# --- Markdown to WhatsApp text ------------------------------------------------------------


@lru_cache(maxsize=1)
def _facts(register: Path | None) -> dict:
    if register is None or not register.is_file():
        return {}
    return facts.load(register)


def _with_facts(text: str, lang: str, register: Path | None) -> str:
    """`[[fact:id]]` as the sentence the page shows (without its source note)."""
    if "[[fact:" not in text:
        return text
    known = _facts(register)

    def fact(m: re.Match[str]) -> str:
        item = known.get(m.group(1))
        if item is None:
            return ""
        return item.figure_text(lang) if m.group(2) == "figure" else item.statement[lang]

    return facts.REFERENCE.sub(fact, text)


def _inline(children) -> str:
    out = []
    for token in children or []:
        kind = token.type
        if kind in ("text", "code_inline"):
            out.append(token.content)
        elif kind in ("softbreak", "hardbreak"):
            out.append(" ")
        elif kind in ("strong_open", "strong_close"):
            out.append("*")  # WhatsApp's bold
        elif kind in ("em_open", "em_close"):
            out.append("_")  # WhatsApp's italic
        elif kind == "image":
            out.append(token.content)  # its alt text
        # links keep their text; raw HTML tags are dropped
    text = "".join(out)
    return re.sub(r"\*\s*\*|_\s*_", "", text)  # emphasis left empty


def plain(markdown: str, lang: str, register: Path | None = None) -> str:
    """Markdown (a quiz question, an option) as plain WhatsApp text: paragraphs and list
    items on lines of their own, code as its text, links as their text."""
    text = _with_facts(markdown, lang, register)
    lines: list[str] = []
    prefix = ""
    for token in document.fragment_tokens(text):  # the model's one Markdown configuration
        if token.type == "list_item_open":
            prefix = BULLET
        elif token.type == "inline":
            line = _SPACES.sub(" ", _inline(token.children)).strip()
            if line:
                lines.append(prefix + line)
            prefix = ""
        elif token.type in ("fence", "code_block"):
            lines += [line.rstrip() for line in token.content.strip("\n").split("\n")]
    return "\n".join(lines)


def one_line(value: object) -> str:
    """Front matter text (plain by the schema) on one line."""
    return _SPACES.sub(" ", " ".join(str(value or "").split())).strip()


# --- the messages ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Digest:
    key: str
    lang: str
    title: str
    link: str
    text: str  # the message, at most LIMIT
    answer: str  # the second message ("" without a quiz)
    length: int  # of the message before any cut (its parts left out already)
    quiz: int  # the quiz taken (1-based), 0 for none
    left_out: tuple[str, ...] = ()  # the parts left out whole: "objectives", "keypoints"

    @property
    def cut(self) -> bool:
        return self.length > LIMIT


def _duration(src: Source) -> int | None:
    value = src.meta.get("duration")
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def fit(body: str, tail: str, limit: int = LIMIT) -> str:
    """`body` + `tail` within `limit`: the body cut after its last sentence (or line) that
    leaves room for an ellipsis and the tail, which is always kept whole."""
    if units(body + tail) <= limit:
        return body + tail
    room = limit - units(tail) - units("\n" + ELLIPSIS)
    best = 0
    for m in _SENTENCE_END.finditer(body):
        end = m.start() if m.group() == "\n" else m.end()
        if units(body[:end]) > room:
            break
        best = end
    if best == 0:  # no sentence fits: whole words
        best = body.rfind(" ", 0, max(room, 0)) if room > 0 else 0
    return body[:best].rstrip() + "\n" + ELLIPSIS + tail


def _quiz_parts(quiz: document.Quiz, lang: str, register: Path | None) -> tuple[str, str]:
    """(the question with its lettered options, the answer's lines)."""

    s = strings(lang)
    question = plain("\n".join(quiz.question), lang, register)
    options = [
        f"{letter(lang, i)}) {plain(o.text, lang, register)}" for i, o in enumerate(quiz.options)
    ]
    lines = [f"*{s['share.msg.quiz']}* {question}", *options]
    answer = []
    for i, option in enumerate(quiz.options):
        if option.correct:
            answer.append(f"{letter(lang, i)}) {plain(option.text, lang, register)}")
            feedback = plain("\n".join(option.feedback), lang, register)
            if feedback:
                answer.append(feedback)
    explanation = plain("\n".join(quiz.explanation), lang, register)
    if explanation:
        answer.append(explanation)
    return "\n".join(lines), "\n".join(answer)


def _list(label: str, items: list[str]) -> str:
    return "\n".join([f"*{label}*", *(BULLET + item for item in items)])


# The parts a message may leave out, whole, in the order tried: a part is never cut in the
# middle. The question goes last: its answer is the second message (the trainer page sends
# it after the class has tried), and the lesson page opens with the objectives anyway.
PLANS = (("objectives", "keypoints"), ("objectives",), ())


def lesson_digest(
    src: Source, key: str, site_url: str, register: Path | None = None, limit: int = LIMIT
) -> Digest:
    """The message of one lesson in its language, and the answer's message.

    The message is the title, the duration, the objectives, the key points, one quiz
    question with its options, and the link. Over `limit` it leaves out whole parts: the key
    points, then the objectives (`left_out`); of the lesson's quizzes, the first that fits
    is asked. Only if even the title, the duration, the shortest question and the link pass
    `limit` is the text cut at a sentence, the link kept (`cut`: `make check` warns)."""
    lang = src.lang
    s = strings(lang)
    title = one_line(src.title)
    link = lesson_url(site_url, lang, key)
    head = [f"*{title}*"]
    minutes = _duration(src)
    if minutes is not None:
        head.append(s["share.msg.duration"].format(n=minutes))
    lists = {
        field: [one_line(x) for x in src.meta.get(field) or [] if one_line(x)]
        for field in ("objectives", "keypoints")
    }
    labels = {"objectives": s["share.msg.objectives"], "keypoints": s["share.msg.keypoints"]}

    def message(question: str, fields: tuple[str, ...]) -> tuple[str, str]:
        """(body, tail): the tail (what leads to the link, and the link) is never cut."""
        parts = ["\n".join(head)]
        parts += [_list(labels[f], lists[f]) for f in fields if lists[f]]
        body = punctuate("\n\n".join([*parts, question] if question else parts), lang)
        if question:
            return body, "\n" + punctuate(s["share.msg.hint"], lang) + "\n" + link
        return body, "\n\n" + punctuate(s["share.msg.link"], lang) + "\n" + link

    def size(question: str, fields: tuple[str, ...]) -> int:
        return units("".join(message(question, fields)))

    quizzes = [(n, *_quiz_parts(quiz, lang, register)) for n, quiz in enumerate(src.doc.quizzes, 1)]
    choices = [(n, q, a, fields) for fields in PLANS for n, q, a in quizzes or [(0, "", "")]]
    fitting = [c for c in choices if size(c[1], c[3]) <= limit]
    # None fits: the shortest question alone, cut at a sentence.
    shortest = min(choices, key=lambda c: (size(c[1], c[3]), c[0]))
    n, question, answer, fields = (fitting or [shortest])[0]
    body, tail = message(question, fields)
    left_out = tuple(f for f in ("objectives", "keypoints") if f not in fields and lists[f])

    answer_text = ""
    if answer:
        answer_body = "*" + s["share.msg.answer"].format(title=title) + "*\n" + answer
        answer_text = fit(punctuate(answer_body, lang), "\n\n" + link, limit)
    return Digest(
        key,
        lang,
        title,
        link,
        fit(body, tail, limit),
        answer_text,
        units(body + tail),
        n,
        left_out,
    )


def module_message(module: Node, lang: str, site_url: str, limit: int = LIMIT) -> str:
    """One message for the class: the module's lessons, each with its duration and link."""
    s = strings(lang)
    msrc = module.source(lang)
    lines = [f"*{one_line(msrc.title if msrc else module.key)}*"]
    course = module.parent
    csrc = course.source(lang) if course is not None else None
    if csrc is not None:
        lines.append(s["share.msg.course"].format(title=one_line(csrc.title)))
    lessons = [(n, n.source(lang)) for n in module.lessons]
    lessons = [(n, src) for n, src in lessons if src is not None]
    total = sum(_duration(src) or 0 for _, src in lessons)
    count = s["share.msg.module.one" if len(lessons) == 1 else "share.msg.module"]
    lines += ["", count.format(n=len(lessons), minutes=total)]
    body = punctuate("\n".join(lines), lang)
    items = []
    for i, (node, src) in enumerate(lessons, 1):
        label = s["share.msg.module.lesson"].format(
            title=one_line(src.title), minutes=_duration(src) or 0
        )
        items.append(f"{i}. {punctuate(label, lang)}\n{lesson_url(site_url, lang, node.key)}")
    text = body
    for item in items:  # whole lessons only: a link is never cut
        if units(text + "\n" + item) > limit:
            return text + "\n" + ELLIPSIS
        text += "\n" + item
    return text
