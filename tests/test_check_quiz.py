"""Quiz rules of `check`: a right option and feedback for every option; the translation has
the same questions, options and right answers, each error at its file and line."""

from __future__ import annotations

from tests.support.check import failing

L_AR = "tests/fixtures/bad/quiz/docs/courses/c/m/l.ar.md"
L_FR = "tests/fixtures/bad/quiz/docs/courses/c/m/l.fr.md"
L2_AR = "tests/fixtures/bad/quiz/docs/courses/c/m/l2.ar.md"
L2_FR = "tests/fixtures/bad/quiz/docs/courses/c/m/l2.fr.md"


def test_option_without_feedback_at_its_line():
    assert f"{L_AR}:33:1: option has no feedback" in failing("quiz")


def test_question_without_a_right_option():
    out = failing("quiz")
    assert f"{L_AR}:37:1: quiz has no right option" in out
    assert f"{L_FR}:36:1: quiz has no right option" in out


def test_translation_that_moves_the_right_answer():
    out = failing("quiz")
    assert f"{L_FR}:15:1: option 1 is marked right here but wrong at {L_AR}:15" in out
    assert f"{L_FR}:17:1: option 2 is marked wrong here but right at {L_AR}:17" in out
    # The Arabic original is not blamed for it.
    assert f"{L_AR}:15:" not in out and f"{L_AR}:17:" not in out


def test_translation_with_fewer_options():
    out = failing("quiz")
    assert f"{L_FR}:20:1: 2 option(s) here, 3 in the same question at {L_AR}:20" in out


def test_translation_with_an_extra_question():
    out = failing("quiz")
    assert f"{L2_FR}:21:1: 3 quiz question(s) here, 2 in {L2_AR}" in out
    assert f"{L2_FR}:21:1: quiz has no question" in out


def test_question_without_options():
    out = failing("quiz")
    assert f"{L2_AR}:18:1: quiz has no options" in out
    assert f"{L2_FR}:18:1: quiz has no options" in out


def test_exactly_these_errors():
    out = failing("quiz")
    # 10, and the single-option question of l2 in each language (tools/checks/rules/model.py).
    assert f"{L2_AR}:12:1: this quiz has a single option" in out
    assert f"{L2_FR}:12:1: this quiz has a single option" in out
    assert len(out.strip().splitlines()) == 12, out
