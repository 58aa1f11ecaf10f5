"""Interface strings that Tamkeen adds to the theme, in each language (one place)."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "ar": {
        "notfound.title": "الصفحة غير موجودة",
        "notfound.body": "لم نجد هذه الصفحة. ربما تغيّر عنوانها أو كُتب بشكل خاطئ.",
        "notfound.home": "العودة إلى الصفحة الرئيسية",
        "fallback.notice": "هذه الصفحة غير مترجمة بعد إلى العربية، فنعرضها لك بلغتها الأصلية.",
    },
    "fr": {
        "notfound.title": "Page introuvable",
        "notfound.body": (
            "Cette page n'existe pas. Son adresse a peut-être changé ou contient une faute."
        ),
        "notfound.home": "Retour à l'accueil",
        "fallback.notice": (
            "Cette page n'est pas encore traduite en français : "
            "nous l'affichons dans sa langue d'origine."
        ),
    },
}

LANGUAGE_NAMES = {"ar": "العربية", "fr": "Français"}


def strings(lang: str) -> dict[str, str]:
    return STRINGS[lang]
