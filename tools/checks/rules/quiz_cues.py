"""Quiz cues, per course and language: a learner who guesses should not score by picking the
longest option or always the same place (DESIGN.md, "Content checked like code").

Over the single-answer questions of a course (lessons and notebooks), three warnings, at the
course's page: the right option is the longest in more than 35 % of them, or the shortest in
more than 35 % of them (a course that shortened its right answers to pass the first check
gives them away the other way; each such question is then listed at its right option's line),
or one position holds the right answer in more than half of them. And in any question, a
right option under 60 % of the shortest wrong one's length is a cue on its own (a bare answer
among reasoned wrong options), at its line. Warnings, not errors: the author judges which
questions to change.
Courses with fewer than MIN_QUESTIONS such questions are not measured (too few to say), nor
are questions with fewer than MIN_OPTIONS options: "yes / no", "true / false" have a natural
order and length.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

from tools.checks.rules.context import Context
from tools.common.messages import Error, warning
from tools.model.content import Source
from tools.model.document import Quiz

LONGEST_LIMIT = 0.35
SHORTEST_LIMIT = 0.35
SHORT_RATIO = 0.6  # right / shortest wrong option, below which the answer shows by its shape
POSITION_LIMIT = 0.5
MIN_QUESTIONS = 10
MIN_OPTIONS = 3

_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKUP = re.compile(r"[*_`]|\[\[fact:[^\]]*\]\]")


def shown_length(text: str) -> int:
    """Length of an option as a reader sees it: link targets and emphasis marks left out."""
    return len(" ".join(_MARKUP.sub("", _LINK.sub(r"\1", text)).split()))


def _lengths(quiz: Quiz) -> tuple[list[int], list[int]]:
    right = [shown_length(o.text) for o in quiz.options if o.correct]
    wrong = [shown_length(o.text) for o in quiz.options if not o.correct]
    return right, wrong


def right_is_longest(quiz: Quiz) -> bool:
    """The one right option is strictly longer than every wrong one."""
    right, wrong = _lengths(quiz)
    return len(right) == 1 and bool(wrong) and right[0] > max(wrong)


def right_is_shortest(quiz: Quiz) -> bool:
    """The one right option is strictly shorter than every wrong one."""
    right, wrong = _lengths(quiz)
    return len(right) == 1 and bool(wrong) and right[0] < min(wrong)


def _much_shorter(quiz: Quiz) -> tuple[int, int] | None:
    """(right, shortest wrong) lengths when the right option is under SHORT_RATIO of it."""
    right, wrong = _lengths(quiz)
    if len(right) == 1 and wrong and right[0] < SHORT_RATIO * min(wrong):
        return right[0], min(wrong)
    return None


def _course(src: Source) -> str | None:
    parts = src.url_path.parts
    return parts[1] if src.kind == "lesson" and len(parts) > 2 else None


def _percent(k: int, n: int) -> str:
    return f"{100 * k / n:.0f}"


def _length_cue(
    questions: list[tuple[Source, Quiz]],
    where: tuple[Path, int, int],
    course: str,
    test: Callable[[Quiz], bool],
    limit: float,
    key: str,
    here: str,
) -> list[Error]:
    """One warning at the course's page, then one at each such question's right option."""
    n = len(questions)
    found = [(src, q) for src, q in questions if test(q)]
    if len(found) / n <= limit:
        return []
    share = _percent(len(found), n)
    errors = [
        warning(
            *where, key, course=course, k=len(found), n=n, share=share, limit=f"{100 * limit:.0f}"
        )
    ]
    for src, quiz in found:
        right = quiz.options[quiz.correct[0]]
        errors.append(warning(src.path, right.line, 1, here, share=share, course=course))
    return errors


def check(ctx: Context) -> list[Error]:
    groups: dict[tuple[str, str], list[tuple[Source, Quiz]]] = defaultdict(list)
    for src in ctx.sources:
        course = _course(src)
        if course is None:
            continue
        for quiz in ctx.doc(src).quizzes:
            if len(quiz.correct) == 1 and len(quiz.options) >= MIN_OPTIONS:
                groups[(course, src.lang)].append((src, quiz))
    errors = []
    for questions in groups.values():
        for src, quiz in questions:
            lengths = _much_shorter(quiz)
            if lengths:
                line = quiz.options[quiz.correct[0]].line
                errors.append(
                    warning(src.path, line, 1, "cues.much_shorter", n=lengths[0], m=lengths[1])
                )
    for (course, lang), questions in sorted(groups.items()):
        n = len(questions)
        if n < MIN_QUESTIONS:
            continue
        node = ctx.site.nodes.get(course)
        page = node.sources.get(lang) if node is not None else None
        where = (page.path, 1, 1) if page is not None else (questions[0][0].path, 1, 1)
        for test, limit, key, here in (
            (right_is_longest, LONGEST_LIMIT, "cues.longest", "cues.longest_here"),
            (right_is_shortest, SHORTEST_LIMIT, "cues.shortest", "cues.shortest_here"),
        ):
            errors += _length_cue(questions, where, course, test, limit, key, here)
        positions = Counter(q.correct[0] + 1 for _, q in questions)
        position, k = max(sorted(positions.items()), key=lambda item: item[1])
        if k / n > POSITION_LIMIT:
            errors.append(
                warning(
                    *where,
                    "cues.position",
                    course=course,
                    position=position,
                    k=k,
                    n=n,
                    share=_percent(k, n),
                )
            )
    return errors
