"""A lesson in one WhatsApp message (tools/rules/digest.py, tools/digest.py): a lesson whose
message passes 1,000 characters is a warning naming it, at its title's line, in both
languages; the message shared is then cut at a sentence boundary, the link kept whole."""

from __future__ import annotations

from tests.support.content_site import findings, places, quiz, write_site
from tools import content, digest

BODY = quiz("Is it so?", ["Yes.", "No."], 0)
URL = "https://example.org/site/"


def test_a_short_lesson_is_clean(tmp_path):
    docs = write_site(tmp_path, {"l": {"ar": BODY, "fr": BODY}}, objectives=2)
    assert findings(docs, "digest.") == []


def test_a_long_lesson_is_a_warning_naming_it_and_its_message_is_cut(tmp_path):
    docs = write_site(tmp_path, {"l": {"ar": BODY, "fr": BODY}}, objectives=60)
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
        # The objectives lost their last items (whole ones), marked `…`; the question stayed.
        assert "\n• objective 1 " in made.text and "objective 60" not in made.text
        assert "\n…\n" in made.text and "Is it so" in made.text


def test_fit_cuts_after_a_sentence_and_keeps_the_tail():
    body = "One sentence here. " * 80 + "Last words without end"
    tail = "\nhttps://example.org/x/"
    out = digest.fit(body, tail, limit=300)
    assert out.endswith(tail) and digest.units(out) <= 300
    kept = out[: -len(tail)]
    assert kept.endswith("here.\n…")  # after a sentence's end, then the mark
