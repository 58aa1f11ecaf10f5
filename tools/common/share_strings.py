"""Interface texts of sharing (issue 27): a lesson in one WhatsApp message (tools/site/digest.py),
the share buttons, "send this course" and the shared progress received by the installed app.
Merged into tools/common/ui_strings.py's STRINGS (`share.*` keys).

The message texts are plain text for WhatsApp: `*…*` is WhatsApp's bold, nothing else is
markup. French punctuation gets its narrow no-break spaces from tools/site/digest.py."""

from __future__ import annotations

SHARE: dict[str, dict[str, str]] = {
    "ar": {
        # The message (tools/site/digest.py)
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
        # "Send this course" (tools/publish/course_zip.py, offline.js)
        "share.course.send": "أرسل هذه الدورة",
        "share.course.size": "ملف مضغوط، {size}",
        "share.course.sending": "تحضير الملف…",
        "share.course.sent": (
            "أُرسل الملف. على الهاتف الآخر: افتحه في تطبيق «الملفات» («استخراج»)، ثم افتح "
            "index.html."
        ),
        "share.course.downloaded": (
            "نُزّل الملف. أرسله عبر بلوتوث أو واتساب؛ على الهاتف الآخر: «استخراج»، ثم افتح "
            "index.html."
        ),
        "share.course.failed": "تعذّر تحضير الملف: أعد المحاولة بعد الاتصال بالإنترنت.",
        # What the installed app received (share_target, tools/assets/sw_share.js, progress.js)
        "share.got.code": (
            "وصل رمز تقدّم (عدد الدروس: {n}{name}). راجعه ثم اضغط «استورد»: لا يُحفظ شيء قبل ذلك."
        ),
        "share.got.name": "، باسم {name}",
        "share.got.text": "وصل نص ليس رمز تقدّم: «{text}». لم يُحفظ شيء.",
        "share.got.file": "وصل الملف {file}، وليس ملف تقدّم. لم يُحفظ شيء.",
        "share.got.unknown": (
            "وصل رمز تقدّم لدورة ليست في هذا الموقع: لا درس فيه نعرفه. لم يُحفظ شيء."
        ),
        "share.got.big": "وصل الملف {file} ({size})، وهو أكبر من أن يكون ملف تقدّم. لم يُحفظ شيء.",
        "share.got.image": "وصلت صورة ({file})، وليس ملف تقدّم. لم يُحفظ شيء.",
        "share.got.many": "وصلت {n} ملفات دفعة واحدة: أرسل ملف تقدّم واحدًا. لم يُحفظ شيء.",
        "share.got.same": "وصل هذا التقدّم من قبل: كل ما فيه موجود على هذا الهاتف. لم يتغيّر شيء.",
        "share.got.none": "لم يصل شيء: أعد الإرسال من التطبيق الآخر.",
    },
    "fr": {
        "share.msg.duration": "Durée : {n} min",
        "share.msg.objectives": "Vous apprendrez à :",
        "share.msg.keypoints": "Points clés :",
        "share.msg.quiz": "Question :",
        "share.msg.hint": "La réponse dans le message suivant, ou dans la leçon :",
        "share.msg.link": "La leçon complète :",
        "share.msg.answer": "Réponse à la question : {title}",
        "share.msg.module": "{n} leçons, {minutes} min en tout :",
        "share.msg.module.one": "1 leçon, {minutes} min :",
        "share.msg.module.lesson": "{title} ({minutes} min)",
        "share.msg.course": "Cours : {title}",
        "share.button": "Partager la leçon",
        "share.answer": "Partager la réponse",
        "share.copied": "Message copié : collez-le dans WhatsApp.",
        "share.shared": "Message envoyé.",
        "share.failed": "Le message n’a pas pu être préparé. Réessayez une fois connecté.",
        "share.qr": "QR code de la leçon",
        "share.qr.label": "QR code : l’adresse de cette leçon",
        "share.qr.close": "Fermer",
        "share.module.title": "Partager ce module avec le groupe",
        "share.module.help": (
            "Un message par leçon, à coller dans le groupe WhatsApp de la séance, puis sa"
            " réponse dans un second message ; ou un seul message avec les leçons du module"
            " et leur durée."
        ),
        "share.module.all": "Un seul message : les leçons du module",
        "share.module.lesson": "Message",
        "share.module.answer": "Réponse",
        "share.course.send": "Envoyer ce cours",
        "share.course.size": "fichier zip, {size}",
        "share.course.sending": "Préparation du fichier…",
        "share.course.sent": (
            "Fichier envoyé. Sur l’autre téléphone : ouvrez-le dans « Fichiers » (« Extraire »), "
            "puis ouvrez index.html."
        ),
        "share.course.downloaded": (
            "Fichier téléchargé. Envoyez-le par Bluetooth ou WhatsApp ; sur l’autre téléphone : « "
            "Extraire », puis ouvrez index.html."
        ),
        "share.course.failed": "Le fichier n’a pas pu être préparé : réessayez une fois connecté.",
        "share.got.code": (
            "Code de progression reçu (leçons : {n}{name}). Vérifiez, puis appuyez sur « Importer"
            " » : rien n’est enregistré avant."
        ),
        "share.got.name": ", au nom de {name}",
        "share.got.text": (
            "Reçu un texte qui n’est pas un code de progression : « {text} ». Rien n’a été "
            "enregistré."
        ),
        "share.got.file": (
            "Reçu le fichier {file}, qui n’est pas un fichier de progression. Rien n’a été "
            "enregistré."
        ),
        "share.got.unknown": (
            "Reçu un code de progression d’un cours que ce site n’a pas : aucune de ses leçons "
            "n’est ici. Rien n’a été enregistré."
        ),
        "share.got.big": (
            "Reçu le fichier {file} ({size}), trop gros pour un fichier de progression. Rien n’a "
            "été enregistré."
        ),
        "share.got.image": (
            "Reçu une image ({file}), pas un fichier de progression. Rien n’a été enregistré."
        ),
        "share.got.many": (
            "Reçu {n} fichiers à la fois : envoyez un seul fichier de progression. Rien n’a été "
            "enregistré."
        ),
        "share.got.same": (
            "Cette progression a déjà été reçue : tout ce qu’elle contient est déjà sur ce "
            "téléphone. Rien n’a changé."
        ),
        "share.got.none": "Rien n’a été reçu : renvoyez-le depuis l’autre application.",
    },
}
