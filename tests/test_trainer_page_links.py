"""A lesson's trainer notes link to other lessons relative to the lesson's folder; copied
onto the French trainer page (under `fr/`), those links still name the lessons."""

from __future__ import annotations

from tools.slides.kit import _from_prefix

FOLDER = "fr/courses/marketing/05-email-ecommerce"


def test_relative_lesson_links_point_back_at_the_lessons_folder():
    notes = "[next](03-cash.md), [a part](../01-f/02-y.md#why), [glossary](../../../glossary.md)"
    assert _from_prefix(notes, FOLDER, "fr/") == (
        "[next](../../../../courses/marketing/05-email-ecommerce/03-cash.md), "
        "[a part](../../../../courses/marketing/01-f/02-y.md#why), "
        "[glossary](../../../../glossary.md)"
    )


def test_other_links_and_the_default_language_are_left_as_they_are():
    notes = "[web](https://example.org/a.md) [top](#plan) [root](/x.md) [image](a.png)"
    assert _from_prefix(notes, FOLDER, "fr/") == notes
    assert _from_prefix("[next](03-cash.md)", FOLDER.removeprefix("fr/"), "") == (
        "[next](03-cash.md)"
    )
