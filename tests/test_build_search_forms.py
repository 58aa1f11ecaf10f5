"""tools/site/search_forms.py adds the bare and article forms of Arabic words with an attached
conjunction or preposition, and the French word behind an elision, so search finds them."""

from __future__ import annotations

from tools.site.search_forms import arabic_forms, index_forms, normalise_arabic


def test_arabic_prefixes_give_bare_and_article_forms():
    forms = index_forms("العربية والفرنسية بالذكاء")
    for form in ("فرنسية", "الفرنسية", "ذكاء", "الذكاء", "عربية"):
        assert form in forms, forms


def test_words_themselves_are_not_repeated():
    forms = index_forms("العربية والفرنسية بالذكاء")
    assert "والفرنسية" not in forms and "بالذكاء" not in forms


def test_short_stems_and_single_letter_clitics_are_left_alone():
    # A stem shorter than 3 letters, and و/ف alone, would turn ordinary words into noise.
    assert arabic_forms("الم") == set()
    assert index_forms("واضح فكرة") == []


def test_french_elision():
    assert "ordinateur" in index_forms("l’ordinateur")
    assert "imprimante" in index_forms("J'ai vu l'imprimante")
    assert "ordinateur" in index_forms("jusqu’ordinateur")
    assert index_forms("l’a") == [], "a 1-letter word after an elision is not a word form"


def test_harakat_and_tatweel_are_removed():
    assert normalise_arabic("الذَّكَاءُ") == "الذكاء"
    assert normalise_arabic("العـــربية") == "العربية"
    forms = index_forms("وَالذَّكَاءُ")
    assert "ذكاء" in forms and "الذكاء" in forms
    assert all(not any("\u064b" <= ch <= "\u065f" for ch in form) for form in forms)


def test_output_is_sorted_and_unique():
    forms = index_forms("بالذكاء والذكاء l’ordinateur d’ordinateur")
    assert forms == sorted(set(forms))
