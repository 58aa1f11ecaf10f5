"""Objectives assessed (tools/checks/rules/objectives.py): `!!! quiz o2` / `!!! exercise o1 o3`
say which objectives a block assesses; an objective nothing marks is a warning at its line;
a mark for a missing objective, or marks that differ between the languages, are errors."""

from __future__ import annotations

from tests.support.content_site import findings, places, quiz, write_site

EXERCISE = "!!! exercise {marks}\n\n    Do it.\n\n"


def _lesson(quiz_marks: str, exercise_marks: str = "") -> str:
    return quiz("Q?", ["Yes", "No"], 0, quiz_marks) + EXERCISE.format(marks=exercise_marks)


def test_every_objective_marked_is_clean(tmp_path):
    body = _lesson("o2", "o1 o3")
    docs = write_site(tmp_path, {"l": {"ar": body, "fr": body}}, objectives=3)
    assert findings(docs, "objectives.") == []
    # The marks are no block title: the block rule says nothing either.
    assert findings(docs, "block.") == []


def test_an_objective_no_block_marks_is_a_warning_at_its_line(tmp_path):
    body = _lesson("o2", "o1")
    docs = write_site(tmp_path, {"l": {"ar": body, "fr": body}}, objectives=3)
    found = findings(docs, "objectives.")
    # Objective 3 is the third item of `objectives:` (lines 4, 5, 6 of the file).
    assert places(found, docs) == [
        ("courses/c/m/l.ar.md", 6, "objectives.unassessed"),
        ("courses/c/m/l.fr.md", 6, "objectives.unassessed"),
    ]
    assert all(e.warning for e in found)
    assert "objective 3" in found[0].text("en") and "`!!! quiz o3`" in found[0].text("en")
    assert "الهدف 3" in found[0].text("ar") and "l'objectif 3" in found[0].text("fr")


def test_unmarked_blocks_assess_nothing_when_there_are_several_objectives(tmp_path):
    body = _lesson("")
    docs = write_site(tmp_path, {"l": {"fr": body, "ar": body}}, objectives=2)
    lines = sorted(e.line for e in findings(docs, "objectives.unassessed"))
    assert lines == [4, 4, 5, 5]


def test_with_one_objective_every_quiz_assesses_it(tmp_path):
    body = _lesson("")
    docs = write_site(tmp_path, {"l": {"fr": body, "ar": body}}, objectives=1)
    assert findings(docs, "objectives.") == []


def test_a_lesson_without_quiz_or_exercise_is_not_this_rules_business(tmp_path):
    docs = write_site(tmp_path, {"l": {"fr": "Text.\n", "ar": "نص.\n"}}, objectives=2)
    assert findings(docs, "objectives.") == []


def test_a_mark_for_a_missing_objective_is_an_error(tmp_path):
    body = _lesson("o1 o4", "o2")
    docs = write_site(tmp_path, {"l": {"ar": body, "fr": body}}, objectives=2)
    found = findings(docs, "objectives.unknown")
    assert places(found, docs) == [
        ("courses/c/m/l.ar.md", 13, "objectives.unknown"),
        ("courses/c/m/l.fr.md", 13, "objectives.unknown"),
    ]
    assert not found[0].warning
    assert found[0].text("en").startswith("`o4` names objective 4, but this lesson has 2")


def test_marks_differ_between_languages(tmp_path):
    docs = write_site(
        tmp_path,
        {"l": {"ar": _lesson("o1", "o2"), "fr": _lesson("o2", "o2")}},
        objectives=2,
    )
    found = findings(docs, "objectives.parity")
    assert places(found, docs) == [("courses/c/m/l.fr.md", 13, "objectives.parity")]
    assert not found[0].warning
    text = found[0].text("en")
    assert "assesses objective(s) o2" in text and "l.ar.md:13 assesses o1" in text


def test_marks_on_another_block_type_are_a_title_without_quotes(tmp_path):
    body = _lesson("o1") + "!!! note o1\n\n    Text.\n"
    docs = write_site(tmp_path, {"l": {"ar": body, "fr": body}}, objectives=1)
    assert [e.key for e in findings(docs, "block.")] == ["block.title_quotes"] * 2
