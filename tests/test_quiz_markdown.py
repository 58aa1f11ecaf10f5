"""Quiz blocks in Markdown (tools/model/quiz.py): parsed with their lines, and rendered as an
accessible form that reads, without JavaScript, as a list with the right answers marked."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from tests.support.course_site import LESSON, course_build  # noqa: F401
from tools.model import quiz

SOURCE = """Intro.

!!! quiz
    Which **two**?

    - [x] One `a`
        Yes, one.
    - [ ] Two
        No,
        not two.
    - [x] Three
        Yes, three.

    Because *one* and three.

```markdown
!!! quiz
    Not a quiz: inside code.
```
"""


def test_parse_lines_options_feedback_and_explanation():
    (q,) = quiz.parse(SOURCE, first_line=10)
    assert q.line == 12
    assert q.question == ["Which **two**?"]
    assert [(o.line, o.correct, o.text) for o in q.options] == [
        (15, True, "One `a`"),
        (17, False, "Two"),
        (20, True, "Three"),
    ]
    assert q.options[1].feedback == ["No,", "not two."]
    assert q.explanation == ["Because *one* and three."]
    assert q.multiple and q.correct == [0, 2]


def test_render_leaves_text_around_and_code_alone():
    out = quiz.render(SOURCE, "fr")
    assert out.startswith("Intro.\n")
    assert out.count('class="tk-quiz"') == 1
    assert "```markdown\n!!! quiz\n    Not a quiz: inside code.\n```" in out


def parse(site, rel):
    return lxml_html.fromstring((site / rel / "index.html").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("prefix", "check", "retry", "legend"),
    [
        ("", "تحقّق", "أعد المحاولة", "ماذا يفعل النموذج اللغوي؟"),
        ("fr/", "Vérifier", "Réessayer", "Que fait un modèle de langage ?"),
    ],
)
def test_rendered_quiz_structure(course_build, prefix, check, retry, legend):  # noqa: F811
    tree = parse(course_build, prefix + LESSON)
    quizzes = tree.xpath("//article//div[@class='tk-quiz']")
    assert len(quizzes) == 2
    single, multiple = quizzes
    assert single.xpath("string(fieldset/legend)").strip() == legend
    assert single.get("data-tk-quiz") == "0" and multiple.get("data-tk-quiz") == "1"
    # Real inputs inside their labels: radios for one right answer, checkboxes for several.
    for box, kind in ((single, "radio"), (multiple, "checkbox")):
        inputs = box.xpath(".//fieldset//li/label/input")
        assert len(inputs) == 3
        assert {i.get("type") for i in inputs} == {kind}
        assert len({i.get("name") for i in inputs}) == 1
        assert [i.get("value") for i in inputs] == ["0", "1", "2"]
        for li in box.xpath(".//li"):
            assert li.xpath("string(label)").strip()
            assert li.xpath("string(span[contains(@class,'tk-quiz__feedback')])").strip()
    assert single.xpath("string(.//button[contains(@class,'tk-quiz__check')])") == check
    assert single.xpath("string(.//button[contains(@class,'tk-quiz__retry')])") == retry
    # Buttons only with JavaScript; the feedback region announced.
    assert single.xpath(".//p[@class='tk-quiz__actions']/@hidden")
    status = single.xpath(".//p[@class='tk-quiz__status']")[0]
    assert status.get("aria-live") == "polite" and status.get("role") == "status"
    assert "tk-quiz__explanation" in lxml_html.tostring(single, encoding="unicode")
    assert "markdown=" not in lxml_html.tostring(single, encoding="unicode")


def test_right_answers_marked_for_readers_without_javascript(course_build):  # noqa: F811
    tree = parse(course_build, "fr/" + LESSON)
    single, multiple = tree.xpath("//article//div[@class='tk-quiz']")
    for box, right in ((single, [1]), (multiple, [0, 2])):
        marks = [
            li.xpath("string(span[contains(@class,'tk-quiz__mark')])") for li in box.xpath(".//li")
        ]
        correct = [
            i for i, li in enumerate(box.xpath(".//li")) if li.get("data-tk-correct") is not None
        ]
        assert correct == right
        for i, mark in enumerate(marks):
            assert mark.startswith("✓" if i in right else "✗"), marks
            assert ("(bonne réponse)" if i in right else "(mauvaise réponse)") in mark
    # Inline Markdown rendered inside the option's feedback and explanation.
    explanation = single.xpath("string(div[@class='tk-quiz__explanation'])").strip()
    assert explanation == "Le modèle a appris quels mots suivent d'habitude quels autres."
    assert not tree.xpath("//article//*[contains(text(), '!!! quiz')]")
    assert not tree.xpath("//article//*[contains(text(), '- [x]')]")
