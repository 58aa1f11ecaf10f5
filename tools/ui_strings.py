"""Interface strings that Tamkeen adds to the theme, in each language (one place)."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "ar": {
        "notfound.title": "الصفحة غير موجودة",
        "notfound.body": "لم نجد هذه الصفحة. ربما تغيّر عنوانها أو كُتب بشكل خاطئ.",
        "notfound.home": "العودة إلى الصفحة الرئيسية",
        "fallback.notice": "هذه الصفحة غير مترجمة بعد إلى العربية، فنعرضها لك بلغتها الأصلية.",
        "lesson.objectives": "ستتعلم في هذا الدرس أن",
        "lesson.keypoints": "النقاط الأساسية",
        "lesson.prerequisites": "قبل أن تبدأ",
        "lesson.duration": "{n} دقيقة",
        "lesson.level.beginner": "مستوى مبتدئ",
        "lesson.level.intermediate": "مستوى متوسط",
        "lesson.level.advanced": "مستوى متقدم",
        "lesson.previous": "الدرس السابق",
        "lesson.next": "الدرس التالي",
        "lesson.updated": "آخر تحديث: {date}",
        "index.lessons": "الدروس",
        "index.modules": "الوحدات",
        "index.courses": "الدورات",
        "index.total": "المدة الإجمالية: {n} دقيقة",
        "index.count": "{n} دروس",
        "index.soon": "الدروس قيد الكتابة.",
        "stale.notice": (
            "حُدِّثت النسخة {other} من هذا الدرس في {date}؛ قد تكون هذه الترجمة متأخرة عنها."
        ),
        "lang.ar": "العربية",
        "lang.fr": "الفرنسية",
        "status.page": "الصفحة",
        "status.lang.ar": "العربية",
        "status.lang.fr": "الفرنسية",
        "status.present": "✓ موجودة",
        "status.missing": "✗ ناقصة",
        "status.stale": "⚠ قد تكون متأخرة",
        "status.empty": "لا توجد دروس بعد.",
        "glossary.in.ar": "بالعربية",
        "glossary.in.fr": "بالفرنسية",
        "admonition.exercise": "تمرين",
        "admonition.solution": "الحل",
        "admonition.trainer": "ملاحظة للمؤطّر",
        "notebook.download": "تحميل الدفتر (ipynb، {kb} ك.ب)",
        "notebook.download_zip": "الدفتر مع ملفات البيانات (zip، {kb} ك.ب)",
        "notebook.colab": "فتح في Colab",
        "notebook.notice": (
            "يتطلب Colab حسابًا على Google ويستهلك بيانات الهاتف؛ "
            "يمكنك قراءة الدرس كاملًا هنا دون تشغيل أي شيء."
        ),
        "notebook.output_image": "صورة ناتجة عن الخلية السابقة",
        "notebook.js_dropped": "حُذف هنا ناتج JavaScript: هذا الموقع لا يشغّل أي شيفرة من الدفاتر.",
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
        "lesson.objectives": "Dans cette leçon, vous apprendrez à",
        "lesson.keypoints": "Points clés",
        "lesson.prerequisites": "Avant de commencer",
        "lesson.duration": "{n} min",
        "lesson.level.beginner": "niveau débutant",
        "lesson.level.intermediate": "niveau intermédiaire",
        "lesson.level.advanced": "niveau avancé",
        "lesson.previous": "Leçon précédente",
        "lesson.next": "Leçon suivante",
        "lesson.updated": "Mise à jour : {date}",
        "index.lessons": "Leçons",
        "index.modules": "Modules",
        "index.courses": "Cours",
        "index.total": "Durée totale : {n} min",
        "index.count": "{n} leçons",
        "index.soon": "Leçons en cours de rédaction.",
        "stale.notice": (
            "La version {other} de cette leçon a été mise à jour le {date} ; "
            "cette traduction peut être en retard."
        ),
        "lang.ar": "arabe",
        "lang.fr": "française",
        "status.page": "Page",
        "status.lang.ar": "Arabe",
        "status.lang.fr": "Français",
        "status.present": "✓ présente",
        "status.missing": "✗ manquante",
        "status.stale": "⚠ peut-être en retard",
        "status.empty": "Pas encore de leçons.",
        "glossary.in.ar": "En arabe",
        "glossary.in.fr": "En français",
        "admonition.exercise": "Exercice",
        "admonition.solution": "Solution",
        "admonition.trainer": "Note pour l'animateur",
        "notebook.download": "Télécharger le notebook (ipynb, {kb} Ko)",
        "notebook.download_zip": "Le notebook et ses données (zip, {kb} Ko)",
        "notebook.colab": "Ouvrir dans Colab",
        "notebook.notice": (
            "Colab demande un compte Google et consomme des données mobiles ; "
            "vous pouvez lire toute la leçon ici sans rien exécuter."
        ),
        "notebook.output_image": "Image produite par la cellule précédente",
        "notebook.js_dropped": (
            "Une sortie JavaScript a été retirée ici : ce site n'exécute aucun code des notebooks."
        ),
    },
}

LANGUAGE_NAMES = {"ar": "العربية", "fr": "Français"}


def strings(lang: str) -> dict[str, str]:
    return STRINGS[lang]
