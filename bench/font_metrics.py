"""Metric overrides for the fallback faces of tools/assets/fonts.css (no layout shift).

    .venv/bin/python -m bench.font_metrics

Prints, for each web font and local fallback, `size-adjust` (ratio of the advance widths of
a sample sentence) and the `ascent/descent/line-gap-override` values (the web font's hhea
metrics divided by size-adjust) to copy into fonts.css. Reads the `.woff` files of the npm
packages (fontTools reads WOFF2 only with brotli) and the machine's own fonts.

Arabic is shaped: its joined forms are narrower than the isolated glyphs measured here
(DejaVu Sans draws the Arabic lessons 2.5 % wider than Tajawal in Chromium, not 8 %), so
the Arabic `size-adjust` of fonts.css is the ratio measured in Chromium.
"""

from __future__ import annotations

import re
from pathlib import Path

from fontTools.ttLib import TTFont

from tools.common.paths import NODE_MODULES

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = {
    "fr": "Les participants apprennent à utiliser l'intelligence artificielle de façon "
    "responsable, et à vendre leurs services en ligne. Qu'est-ce qu'un modèle de langage ?",
    "ar": "يتعلم المشاركون استعمال الذكاء الاصطناعي بشكل مسؤول، وبيع خدماتهم عبر الإنترنت. "
    "ما هو النموذج اللغوي؟",
}
WEB = {
    "fr": NODE_MODULES / "@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff",
    "ar": NODE_MODULES / "@fontsource/tajawal/files/tajawal-arabic-400-normal.woff",
}
LOCAL = {
    "fr": [
        Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
        Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    ],
    "ar": [Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")],
}


def corpus(lang: str) -> str:
    """Every word of the lessons in one language (`docs/**/*.<lang>.md`): the widths are
    compared on the text the site really shows, not on one sentence."""
    text = " ".join(
        p.read_text(encoding="utf-8") for p in sorted(ROOT.glob(f"docs/**/*.{lang}.md"))
    )
    script = r"[\u0600-\u06FF]+" if lang == "ar" else r"[A-Za-zÀ-ÿ'’]+"
    return " ".join(re.findall(script, text)) or SAMPLES[lang]


def metrics(path: Path, sample: str) -> tuple[float, float, float, float]:
    """(width of the sample, ascent, descent, line gap), all in ems."""
    font = TTFont(path)
    upm = font["head"].unitsPerEm
    cmap, hmtx, hhea = font.getBestCmap(), font["hmtx"], font["hhea"]
    width = sum(hmtx[cmap[ord(c)]][0] for c in sample if ord(c) in cmap)
    return width / upm, hhea.ascent / upm, -hhea.descent / upm, hhea.lineGap / upm


def main() -> None:
    for lang, web in WEB.items():
        text = corpus(lang)
        width, ascent, descent, gap = metrics(web, text)
        for local in LOCAL[lang]:
            if not local.is_file():
                print(f"{lang}: {local} not on this machine")
                continue
            adjust = width / metrics(local, text)[0]
            print(
                f"{lang} {web.name} on {local.name}: size-adjust: {adjust:.1%}; "
                f"ascent-override: {ascent / adjust:.1%}; descent-override: "
                f"{descent / adjust:.1%}; line-gap-override: {gap / adjust:.1%};"
            )


if __name__ == "__main__":
    main()
