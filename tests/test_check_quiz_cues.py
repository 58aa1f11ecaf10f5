"""Quiz cues (tools/checks/rules/quiz_cues.py): per course and language, a warning when the right
option is the longest, or the shortest, in more than 35 % of single-answer questions (and one
at each such question), or when one position holds more than half of the right answers."""

from __future__ import annotations

from tests.support.content_site import findings, places, quiz, write_site
from tools.checks.rules.quiz_cues import right_is_longest, right_is_shortest, shown_length
from tools.model.document import parse

WRONG = "A wrong answer"
LONG = "The right answer, longer than the others"
EVEN = "A right answer"  # as long as WRONG: neither the longest nor the shortest
SHORT = "A right one"  # the shortest, but over 60 % of WRONG: not a cue on its own


def _body(
    longest: int, total: int = 10, positions: list[int] | None = None, shortest: int = 0
) -> str:
    """`total` quizzes of 3 options; the first `longest` have the longest right option, the
    next `shortest` the shortest; the others a right option as long as the wrong ones."""
    positions = positions or [i % 3 for i in range(total)]
    out = ""
    for i in range(total):
        right = positions[i]
        options = [WRONG] * 3
        if i < longest:
            options[right] = LONG
        elif i < longest + shortest:
            options[right] = SHORT
        else:
            options[right] = EVEN
        out += quiz(f"Question {i}?", options, right)
    return out


def _site(tmp_path, body: str):
    return write_site(tmp_path, {"l": {"ar": body, "fr": body}})


def test_longest_right_option_over_35_percent(tmp_path):
    docs = _site(tmp_path, _body(longest=4))
    found = findings(docs, "cues.")
    course = [e for e in found if e.key == "cues.longest"]
    assert places(course, docs) == [
        ("courses/c/index.ar.md", 1, "cues.longest"),
        ("courses/c/index.fr.md", 1, "cues.longest"),
    ]
    assert all(e.warning for e in found)
    assert "4 of 10" in course[0].text("en") and "(40 %" in course[0].text("en")
    # Each such question at its right option's line: 4 per language.
    here = [e for e in found if e.key == "cues.longest_here"]
    assert len(here) == 8
    lesson = (docs / "courses/c/m/l.fr.md").read_text(encoding="utf-8").split("\n")
    assert {lesson[e.line - 1].strip() for e in here} == {f"- [x] {LONG}"}
    assert not [e for e in found if e.key == "cues.position"]


def test_at_35_percent_or_below_no_warning(tmp_path):
    docs = _site(tmp_path, _body(longest=3, shortest=3))
    assert findings(docs, "cues.") == []


def test_shortest_right_option_over_35_percent(tmp_path):
    docs = _site(tmp_path, _body(longest=0, shortest=4))
    found = findings(docs, "cues.")
    course = [e for e in found if e.key == "cues.shortest"]
    assert places(course, docs) == [
        ("courses/c/index.ar.md", 1, "cues.shortest"),
        ("courses/c/index.fr.md", 1, "cues.shortest"),
    ]
    assert all(e.warning for e in found)
    assert "shortest in 4 of 10" in course[0].text("en") and "(40 %" in course[0].text("en")
    assert "الأقصر" in course[0].text("ar") and "la plus courte" in course[0].text("fr")
    here = [e for e in found if e.key == "cues.shortest_here"]
    assert len(here) == 8
    lesson = (docs / "courses/c/m/l.fr.md").read_text(encoding="utf-8").split("\n")
    assert {lesson[e.line - 1].strip() for e in here} == {f"- [x] {SHORT}"}
    assert not [e for e in found if e.key.startswith("cues.longest")]


def test_one_position_more_than_half(tmp_path):
    six = [1, 1, 1, 1, 1, 1, 0, 2, 0, 2]
    docs = _site(tmp_path, _body(longest=0, positions=six))
    found = findings(docs, "cues.")
    assert places(found, docs) == [
        ("courses/c/index.ar.md", 1, "cues.position"),
        ("courses/c/index.fr.md", 1, "cues.position"),
    ]
    assert "option 2 in 6 of 10" in found[0].text("en")
    assert "الخيار 2" in found[0].text("ar") and "l'option 2" in found[0].text("fr")


def test_exactly_half_is_not_more_than_half(tmp_path):
    five = [1, 1, 1, 1, 1, 0, 2, 0, 2, 0]
    assert findings(_site(tmp_path, _body(longest=0, positions=five)), "cues.") == []


def test_too_few_questions_are_not_measured(tmp_path):
    docs = _site(tmp_path, _body(longest=9, total=9, positions=[1] * 9))
    assert findings(docs, "cues.") == []


def test_two_option_questions_are_not_measured(tmp_path):
    yes_no = quiz("True?", ["Yes, it is", "No"], 0) * 12
    assert findings(_site(tmp_path, yes_no), "cues.") == []


def test_multiple_answer_questions_are_not_counted(tmp_path):
    multi = (
        "!!! quiz\n    Which?\n\n    - [x] A much longer right answer\n        Yes.\n"
        "    - [x] Another longer right answer\n        Yes.\n    - [ ] No\n        No.\n\n"
    )
    docs = _site(tmp_path, _body(longest=3) + multi * 3)
    assert findings(docs, "cues.") == []


def test_length_is_what_the_reader_sees():
    assert shown_length("[short](https://example.com/a/very/long/address)") == len("short")
    assert shown_length("**bold**  `code`") == len("bold code")
    doc = parse(quiz("Q?", ["[Right](https://example.com/a/long/long/address)", WRONG], 0))
    assert not right_is_longest(doc.quizzes[0])
    tie = parse(quiz("Q?", ["same", "same"], 0))
    assert not right_is_longest(tie.quizzes[0])
    assert not right_is_shortest(tie.quizzes[0])
    short = parse(quiz("Q?", ["**Yes**", WRONG, "No, it is not"], 0))
    assert right_is_shortest(short.quizzes[0]) and not right_is_longest(short.quizzes[0])


def test_a_bare_right_answer_among_reasoned_ones_is_a_cue_on_its_own(tmp_path):
    reasoned = "A wrong answer, because of a reason that sounds right"
    body = quiz("Rate?", ["1 %.", reasoned, reasoned + " too"], 0)
    body += quiz("Rate?", ["1 %, because the summary says so.", reasoned, reasoned], 0)
    docs = _site(tmp_path, body)  # two questions: too few for the course's shares
    found = findings(docs, "cues.")
    assert places(found, docs) == [
        ("courses/c/m/l.ar.md", 15, "cues.much_shorter"),
        ("courses/c/m/l.fr.md", 15, "cues.much_shorter"),
    ]
    assert all(e.warning for e in found)
    assert "4 characters" in found[0].text("en") and "(53)" in found[0].text("en")
    assert "60٪" in found[0].text("ar") and "moins de 60 %" in found[0].text("fr")
