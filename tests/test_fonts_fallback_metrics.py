"""The fallback faces of tools/assets/fonts.css carry the web fonts' metrics (issue 16: no
layout shift when a web font arrives). Their numbers were copied from bench/font_metrics.py;
this keeps them true:

- each override is the web font's own hhea metric divided by the face's size-adjust;
- a Latin face's size-adjust is the ratio of the advance widths of the French lessons' words
  (fontTools), and the Arabic face's is the ratio of the Arabic lessons' text as Chromium
  draws it (joined forms), each within a tolerance: lessons change, the ratio barely moves.
"""

from __future__ import annotations

import re
import shutil

import pytest

from bench import font_metrics
from tools.site.site_assets import ASSETS

# Percentage points. Rounding of the printed values for the overrides; for size-adjust, what
# editing the lessons moves (0.1 point since the values were measured), far below what a
# wrong font or a stale value gives (several points).
ROUNDING = 0.1
WIDTH_TOLERANCE = 1.0
# Each fallback face: (language of its web font, the local font file it names).
FACES = {
    "Tamkeen Latin Fallback": ("fr", font_metrics.LOCAL["fr"][0]),  # Liberation Sans
    "Tamkeen Latin Fallback DejaVu": ("fr", font_metrics.LOCAL["fr"][1]),
    "Tamkeen Arabic Fallback": ("ar", font_metrics.LOCAL["ar"][0]),  # DejaVu Sans
}


def faces() -> dict[str, dict[str, float]]:
    """family → {descriptor: percentage} of every fallback @font-face of fonts.css."""
    css = (ASSETS / "fonts.css").read_text(encoding="utf-8")
    out = {}
    for block in re.findall(r"@font-face\s*{([^}]*)}", css):
        family = re.search(r'font-family:\s*"([^"]+)"', block).group(1)
        values = dict(re.findall(r"([a-z-]+(?:adjust|override)):\s*([\d.]+)%", block))
        if values:
            out[family] = {name: float(v) for name, v in values.items()}
    return out


def test_every_fallback_face_is_checked():
    assert set(faces()) == set(FACES)


@pytest.mark.parametrize("family", list(FACES))
def test_overrides_are_the_web_font_metrics_over_size_adjust(family):
    lang, _ = FACES[family]
    face = faces()[family]
    _, ascent, descent, gap = font_metrics.metrics(font_metrics.WEB[lang], "a")
    adjust = face["size-adjust"] / 100
    for name, metric in (("ascent", ascent), ("descent", descent), ("line-gap", gap)):
        expected = 100 * metric / adjust
        assert abs(face[f"{name}-override"] - expected) <= ROUNDING, (family, name, expected)


@pytest.mark.parametrize("family", [f for f, (lang, _) in FACES.items() if lang == "fr"])
def test_latin_size_adjust_is_the_width_ratio_of_the_lessons(family):
    lang, local = FACES[family]
    assert local.is_file(), f"{local} missing: .ci/run installs fonts-liberation, fonts-dejavu-core"
    text = font_metrics.corpus(lang)
    ratio = (
        font_metrics.metrics(font_metrics.WEB[lang], text)[0] / font_metrics.metrics(local, text)[0]
    )
    assert abs(faces()[family]["size-adjust"] - 100 * ratio) <= WIDTH_TOLERANCE, 100 * ratio


# The Arabic lessons' text in the web font and in the local one, as Chromium shapes it.
PAGE = """<!doctype html><meta charset="utf-8"><style>
@font-face { font-family: Web; src: url(web.woff2); }
span { white-space: nowrap; font-size: 16px; }
</style><p dir="rtl"><span id="web" style="font-family: Web"></span></p>
<p dir="rtl"><span id="local" style="font-family: 'DejaVu Sans'"></span></p>"""
MEASURE = """async (text) => {
  for (const id of ["web", "local"]) document.getElementById(id).textContent = text;
  await document.fonts.load("16px Web", text);
  const width = (id) => document.getElementById(id).getBoundingClientRect().width;
  return [document.fonts.check("16px Web", text), width("web"), width("local")];
}"""


def test_arabic_size_adjust_is_the_width_ratio_as_chromium_draws_it(chromium, tmp_path):
    _, local = FACES["Tamkeen Arabic Fallback"]
    assert local.is_file(), f"{local} missing: .ci/run installs fonts-dejavu-core"
    shutil.copyfile(font_metrics.WEB["ar"].with_suffix(".woff2"), tmp_path / "web.woff2")
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    page = chromium.new_page()
    try:
        page.goto((tmp_path / "page.html").as_uri())
        loaded, web, drawn = page.evaluate(MEASURE, font_metrics.corpus("ar"))
    finally:
        page.close()
    assert loaded and web > 0 and drawn > 0
    ratio = 100 * web / drawn
    assert abs(faces()["Tamkeen Arabic Fallback"]["size-adjust"] - ratio) <= WIDTH_TOLERANCE, ratio
