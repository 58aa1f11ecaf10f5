"""Interface texts of sharing (issue 27): a lesson in one WhatsApp message (tools/digest.py),
the share buttons, "send this course" and the shared progress received by the installed app.
Merged into tools/ui_strings.py's STRINGS (`share.*` keys).

The message texts are plain text for WhatsApp: `*…*` is WhatsApp's bold, nothing else is
markup. French punctuation gets its narrow no-break spaces from tools/digest.py."""

from __future__ import annotations

SHARE: dict[str, dict[str, str]] = {
    "ar": {
        # The message (tools/digest.py)
        "share.msg.duration": "المدة: {n} دقيقة",
        "share.msg.objectives": "ستتعلم أن:",
        "share.msg.keypoints": "النقاط الأساسية:",
        "share.msg.quiz": "سؤال:",
        "share.msg.hint": "الجواب في الرسالة التالية، أو في الدرس:",
        "share.msg.link": "الدرس كاملًا:",
        "share.msg.answer": "جواب السؤال: {title}",
        "share.msg.module": "عدد الدروس: {n}، المدة: {minutes} دقيقة",
        "share.msg.module.one": "درس واحد، المدة: {minutes} دقيقة",
        "share.msg.module.lesson": "{title} ({minutes} دقيقة)",
        "share.msg.course": "الدورة: {title}",
        # The buttons (tools/assets/share.js)
        "share.button": "شارك الدرس",
        "share.answer": "شارك الجواب",
        "share.copied": "نُسخت الرسالة: ألصقها في واتساب.",
        "share.shared": "أُرسلت الرسالة.",
        "share.failed": "تعذّر تحضير الرسالة. أعد المحاولة بعد الاتصال بالإنترنت.",
        "share.qr": "رمز QR للدرس",
        "share.qr.label": "رمز QR: رابط هذا الدرس",
        "share.qr.close": "إغلاق",
        # The module's trainer page
        "share.module.title": "شارك هذه الوحدة مع المجموعة",
        "share.module.help": (
            "رسالة لكل درس تُلصق في مجموعة واتساب الخاصة بالحصة، ثم جوابها في رسالة ثانية؛"
            " أو رسالة واحدة بدروس الوحدة ومددها."
        ),
        "share.module.all": "رسالة واحدة: دروس الوحدة",
        "share.module.lesson": "الرسالة",
        "share.module.answer": "الجواب",
    },
    "fr": {
        "share.msg.duration": "Durée : {n} min",
        "share.msg.objectives": "Vous apprendrez à :",
        "share.msg.keypoints": "Points clés :",
        "share.msg.quiz": "Question :",
        "share.msg.hint": "La réponse dans le message suivant, ou dans la leçon :",
        "share.msg.link": "La leçon complète :",
        "share.msg.answer": "Réponse à la question : {title}",
        "share.msg.module": "{n} leçons, {minutes} min en tout :",
        "share.msg.module.one": "1 leçon, {minutes} min :",
        "share.msg.module.lesson": "{title} ({minutes} min)",
        "share.msg.course": "Cours : {title}",
        "share.button": "Partager la leçon",
        "share.answer": "Partager la réponse",
        "share.copied": "Message copié : collez-le dans WhatsApp.",
        "share.shared": "Message envoyé.",
        "share.failed": "Le message n’a pas pu être préparé. Réessayez une fois connecté.",
        "share.qr": "QR code de la leçon",
        "share.qr.label": "QR code : l’adresse de cette leçon",
        "share.qr.close": "Fermer",
        "share.module.title": "Partager ce module avec le groupe",
        "share.module.help": (
            "Un message par leçon, à coller dans le groupe WhatsApp de la séance, puis sa"
            " réponse dans un second message ; ou un seul message avec les leçons du module"
            " et leur durée."
        ),
        "share.module.all": "Un seul message : les leçons du module",
        "share.module.lesson": "Message",
        "share.module.answer": "Réponse",
    },
}
