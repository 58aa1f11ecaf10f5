"""The language table (tools/common/languages.py): each row is whole, the formats come from it (a
language other than Arabic never gets «إلى» in a range), and a site's languages are read
from its mkdocs.yml."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tools.common import languages
from tools.common.languages import TABLE, from_config, language
from tools.model import facts

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("code", sorted(TABLE))
def test_each_row_is_whole(code):
    row = language(code)
    assert row.code == code
    assert row.direction in ("ltr", "rtl")
    assert len(row.months) == 12 and all(m.strip() for m in row.months)
    assert row.fallback is None or row.fallback in TABLE
    assert "{low}" in row.number_range and "{high}" in row.number_range
    assert "{number}" in row.percent


def test_unknown_code_names_the_known_ones():
    with pytest.raises(KeyError, match="ar, fr, zgh"):
        language("en")


def test_formats_come_from_the_row():
    figure = {"min": 2000, "max": 20000, "unit": "percent"}
    nnbsp = "\u202f"
    assert facts.format_figure(figure, "ar") == f"2{nnbsp}000 إلى 20{nnbsp}000%"
    assert facts.format_figure(figure, "fr") == f"2{nnbsp}000–20{nnbsp}000{nnbsp}%"
    assert "إلى" not in facts.format_figure(figure, "zgh")
    assert facts.format_date(dt.date(2026, 3, 1), "fr") == "1er mars 2026"
    assert facts.format_date(dt.date(2026, 3, 1), "ar") == "1 مارس 2026"
    assert facts.format_date(dt.date(2026, 3, 1), "zgh") == "1 ⵎⴰⵕⵚ 2026"


def test_fallback_chain():
    assert languages.chain("zgh", "ar") == ["zgh", "fr", "ar"]
    assert languages.chain("fr", "ar") == ["fr", "ar"]
    assert languages.chain("ar", "ar") == ["ar"]
    assert languages.pick({"ar": "a", "fr": "f"}, "zgh", "ar") == "f"


def test_site_languages_from_mkdocs_yml(tmp_path):
    assert from_config(ROOT / "mkdocs.yml") == ["ar", "fr"]
    fixture = ROOT / "tests" / "fixtures" / "third_language" / "mkdocs.yml"
    assert from_config(fixture) == ["ar", "fr", "zgh"]
    assert from_config(tmp_path / "none.yml") == ["ar", "fr"]


def test_site_languages_is_one_object_that_changes():
    from tools.common.paths import LANGUAGES

    assert LANGUAGES is languages.LANGUAGES
    before = tuple(LANGUAGES)
    try:
        LANGUAGES.use(["ar", "fr", "zgh"])
        assert list(LANGUAGES) == ["ar", "fr", "zgh"] and "zgh" in LANGUAGES
        with pytest.raises(KeyError):
            LANGUAGES.use(["ar", "xx"])
    finally:
        LANGUAGES.use(before)
    assert tuple(LANGUAGES) == before
