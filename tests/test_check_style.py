"""`check` applies the house style list (docs/style.yml): a rejected form, with Arabic
clitics and pronouns, or a typography pattern, is an error at path:line:col naming the
preferred form (a warning for an entry marked `warn: true`: a term a person judges); code,
links and web addresses are never checked."""

from __future__ import annotations

from tests.support.check import failing

DOCS = "tests/fixtures/bad/style/docs"


def test_arabic_forms_with_clitics_and_front_matter():
    out = failing("style")
    assert f"{DOCS}/page.ar.md:2:8: style: «زبائن»: write «زبناء» (الاستعمال المغربي)" in out
    assert f"{DOCS}/page.ar.md:7:6: style: «زبائنك»" in out
    assert f"{DOCS}/page.ar.md:7:16: style: «نوفمبر»: write «نونبر»" in out
    assert f"{DOCS}/page.ar.md:7:27: style: «الزبائن»" in out


def test_code_links_and_addresses_are_not_checked():
    out = failing("style")
    assert "page.ar.md:9:" not in out
    assert out.count("page.fr.md") == 2, out


def test_french_word_and_typography_pattern():
    out = failing("style")
    assert f"{DOCS}/page.fr.md:7:12: style: «email»: write «e-mail»" in out
    assert f"{DOCS}/page.fr.md:7:16: style: «l:»: a non-breaking space before ':'" in out


def test_warn_entry_is_a_warning_and_spares_longer_words():
    out = failing("style")
    line = f"{DOCS}/page.ar.md:11:6: warning: style: «منتجك»: write «المنتوج»"
    assert line in out, out
    assert "منتجيها" not in out  # the producers: another word, not a hit
    assert "page.ar.md:2:8: style: «زبائن»" in out  # the other entries stay errors
