"""A lesson in one WhatsApp message (tools/checks/rules/digest.py, tools/site/digest.py): over 1,000
characters the message leaves out whole parts (the key points, then the objectives) and
keeps its question, with no warning; a lesson whose shortest message (title, duration,
question, link) still passes 1,000 characters is a warning naming it, at its title's line,
in both languages, and that message is cut at a sentence boundary, the link kept whole."""

from __future__ import annotations

from tests.support.content_site import findings, places, quiz, write_site
from tools.model import content
from tools.site import digest
from tools.site.digest import ELLIPSIS

BODY = quiz("Is it so?", ["Yes.", "No."], 0)
URL = "https://example.org/site/"


def test_a_short_lesson_is_clean(tmp_path):
    docs = write_site(tmp_path, {"l": {"ar": BODY, "fr": BODY}}, objectives=2)
    assert findings(docs, "digest.") == []


def test_long_objectives_are_left_out_whole_and_the_question_stays(tmp_path):
    docs = write_site(tmp_path, {"l": {"ar": BODY, "fr": BODY}}, objectives=60)
    assert findings(docs, "digest.") == []  # nothing is cut: no warning
    site = content.load(docs)
    for lang in ("ar", "fr"):
        node = site.courses[0].lessons[0]
        made = digest.lesson_digest(node.source(lang), node.key, URL)
        assert not made.cut and digest.units(made.text) <= 1000
        assert made.left_out == ("objectives", "keypoints")
        assert "objective" not in made.text and ELLIPSIS not in made.text
        assert "Is it so" in made.text and made.quiz == 1 and made.answer
        assert made.text.endswith(f"\n{URL}{'' if lang == 'ar' else 'fr/'}courses/c/m/l/")


def test_key_points_go_first_and_whole(tmp_path):
    docs = write_site(tmp_path, {"l": {"ar": BODY, "fr": BODY}}, objectives=3)
    node = content.load(docs).courses[0].lessons[0]
    src = node.source("fr")
    whole = digest.lesson_digest(src, node.key, URL)
    assert whole.left_out == () and "Points clés" in whole.text
    made = digest.lesson_digest(src, node.key, URL, limit=whole.length - 1)
    assert made.left_out == ("keypoints",) and "Points clés" not in made.text
    assert "• objective 3 fr" in made.text and "Is it so" in made.text
    assert ELLIPSIS not in made.text


def test_a_question_too_long_even_alone_is_a_warning_and_is_cut(tmp_path):
    options = [f"Option {n} is a rather long sentence that a learner reads." for n in range(30)]
    body = quiz("Is it so?", options, 0)
    docs = write_site(tmp_path, {"l": {"ar": body, "fr": body}}, objectives=2)
    found = findings(docs, "digest.")
    assert places(found, docs) == [
        ("courses/c/m/l.ar.md", 2, "digest.too_long"),
        ("courses/c/m/l.fr.md", 2, "digest.too_long"),
    ]
    assert all(e.warning for e in found)
    french = [e for e in found if e.path.name == "l.fr.md"][0]
    assert "«l fr»" in french.text("en") and "over 1000" in french.text("en")
    assert "« l fr »" in french.text("fr")

    site = content.load(docs)
    for lang in ("ar", "fr"):
        node = site.courses[0].lessons[0]
        made = digest.lesson_digest(node.source(lang), node.key, URL)
        assert made.cut and made.length > 1000
        assert digest.units(made.text) <= 1000
        link = f"{URL}{'' if lang == 'ar' else 'fr/'}courses/c/m/l/"
        assert made.text.endswith("\n" + link)
        # The objectives were left out whole; the question was cut after a sentence, marked.
        assert "objective" not in made.text
        assert "Is it so" in made.text and f"\n{ELLIPSIS}\n" in made.text


def test_fit_cuts_after_a_sentence_and_keeps_the_tail():
    body = "One sentence here. " * 80 + "Last words without end"
    tail = "\nhttps://example.org/x/"
    out = digest.fit(body, tail, limit=300)
    assert out.endswith(tail) and digest.units(out) <= 300
    kept = out[: -len(tail)]
    assert kept.endswith("here.\n…")  # after a sentence's end, then the mark
