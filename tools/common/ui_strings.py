"""Interface strings that Tamkeen adds to the theme, in each language (one place)."""

# Long module: one table of the interface strings in each language (data, not code): a string's
# translations stay side by side.

from __future__ import annotations

import functools

from tools.common.cert_strings import CERT
from tools.common.languages import fallback
from tools.common.paths import DEFAULT_LANGUAGE
from tools.common.share_strings import SHARE
from tools.common.zgh_strings import NAMES as ZGH_NAMES
from tools.common.zgh_strings import ZGH

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
        "kit.title": "عدّة المؤطّر",
        "kit.page": "صفحة المؤطّر",
        "kit.page.title": "صفحة المؤطّر: {module}",
        "kit.slides": "شرائح الدرس",
        "kit.slides.module": "شرائح الوحدة كاملة",
        "kit.slides.lesson": "شرائح الدرس: {title}",
        "kit.pptx": "الشرائح بصيغة PowerPoint قابلة للتعديل (PPTX)",
        "kit.pdf": "المطبوع للمشاركين (PDF، A4)",
        "kit.pdf.missing": "المطبوع PDF لم يُبنَ على هذا الجهاز (يحتاج Chromium)",
        "kit.notes": "ملاحظاتي",
        "kit.plan": "خطة الحصة",
        "kit.plan.start": "البداية",
        "kit.plan.activity": "النشاط",
        "kit.plan.minutes": "الدقائق",
        "kit.plan.welcome": "الترحيب وأهداف الحصة",
        "kit.plan.lesson": "الدرس: {title}",
        "kit.plan.break": "استراحة",
        "kit.plan.closing": "خلاصة وتقييم الحصة",
        "kit.plan.total": "المجموع",
        "kit.plan.over": "الدروس تتجاوز مدة الحصة بـ {n} دقيقة: اختر ما تختصره.",
        "kit.materials": "ما يجب تحضيره",
        "kit.downloads": "للتنزيل",
        "kit.trainer_notes": "ملاحظات المؤطّر لكل الدروس",
        "kit.no_notes": "لا ملاحظات لهذا الدرس.",
        "kit.quiz": "سؤال",
        # Slides (tools/slides): quiz letters, continued slides, the speaker view, keys.
        "slides.answer": "الجواب: {letters}",
        "slides.part": "{title} ({n}/{total})",
        "slides.speaker.title": "عرض المؤطّر",
        "slides.speaker.loading": "جارٍ تحميل عرض المؤطّر…",
        "slides.speaker.cross_origin": "لا يمكن فتح عرض المؤطّر إلا من نفس الموقع.",
        "slides.speaker.no_connection": (
            "تعذّر الاتصال بالنافذة الرئيسية. أغلق عرض المؤطّر وافتحه من جديد."
        ),
        "slides.speaker.upcoming": "الشريحة التالية",
        "slides.speaker.time": "الوقت",
        "slides.speaker.reset": "انقر لإعادة العدّاد",
        "slides.speaker.pacing": "الوقت المتبقي لهذه الشريحة",
        "slides.speaker.notes": "ملاحظات",
        "slides.speaker.layout": "التخطيط",
        "slides.speaker.layout.default": "عادي",
        "slides.speaker.layout.wide": "عريض",
        "slides.speaker.layout.tall": "طويل",
        "slides.speaker.layout.notes-only": "الملاحظات فقط",
        "slides.speaker.popup": (
            "لم تُفتح نافذة عرض المؤطّر: اسمح بالنوافذ المنبثقة ثم اضغط S من جديد."
        ),
        "slides.keys": (
            "المفاتيح: التالي ← أو Page Down أو المسافة، السابق → أو Page Up؛ S: عرض "
            "المؤطّر (الملاحظات والوقت)؛ B: شاشة سوداء؛ F: ملء الشاشة. جهاز التحكم عن بعد "
            "(clicker) يرسل Page Down/Page Up فيعمل كما هو."
        ),
        "slides.phone": "الشرائح صغيرة على هاتف عمودي: أدِر هاتفك أفقيًا لتكبيرها،",
        "slides.phone.pdf": "أو اقرأ مطبوع الوحدة (PDF)",
        "slides.phone.nopdf": "أو اقرأ الدرس نفسه على الموقع.",
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
        "facts.empty": "لا توجد معطيات مسجّلة بعد.",
        "facts.source": "المصدر:",
        "facts.checked": "تحقّقنا منه في:",
        "facts.review_by": "يُراجَع قبل:",
        "facts.used_in": "يُستعمل في:",
        "facts.unused": "لا يستعمله أي درس بعد",
        "facts.id": "المعرّف:",
        "facts.kind.primary": "النص نفسه",
        "facts.kind.secondary": "مصدر ثانوي",
        "facts.read_in": "قرأناه في نسخة منه، لا في موقع الناشر الرسمي:",
        "facts.inline.source": "المصدر:",
        "facts.inline.checked": "، تحقّقنا منه في {date}",
        "facts.inline.secondary": "، مصدر ثانوي",
        "glossary.in.ar": "بالعربية",
        "glossary.in.fr": "بالفرنسية",
        "admonition.exercise": "تمرين",
        "admonition.solution": "الحل",
        "admonition.trainer": "ملاحظة للمؤطّر",
        "admonition.note": "ملاحظة",
        "admonition.tip": "نصيحة",
        "admonition.info": "معلومة",
        "admonition.warning": "تنبيه",
        "admonition.example": "مثال",
        "admonition.question": "سؤال",
        "toc.permalink": "رابط هذا القسم",
        "notebook.download": "تحميل الدفتر ({kind}، {kb} ك.ب)",
        "notebook.download_zip": "الدفتر مع ملفات البيانات ({kind}، {kb} ك.ب)",
        "notebook.colab": "فتح في Colab",
        "notebook.notice": (
            "يتطلب Colab حسابًا على Google ويستهلك بيانات الهاتف؛ "
            "يمكنك قراءة الدرس كاملًا هنا دون تشغيل أي شيء."
        ),
        "notebook.output_image": "صورة ناتجة عن الخلية السابقة",
        # A notebook page's code cell, folded (tools/templates/tamkeen.md.j2).
        "notebook.show_code": "عرض الشيفرة",
        "notebook.js_dropped": "حُذف هنا ناتج JavaScript: هذا الموقع لا يشغّل أي شيفرة من الدفاتر.",
        "quiz.check": "تحقّق",
        "quiz.retry": "أعد المحاولة",
        "quiz.right": "إجابة صحيحة! اقرأ الشرح أسفله.",
        "quiz.wrong": "ليس تماما. اقرأ الملاحظة تحت اختيارك، ثم أعد المحاولة.",
        "quiz.choose": "اختر إجابة أولا.",
        "quiz.single": "اختر إجابة واحدة.",
        "quiz.multiple": "اختر كل الإجابات الصحيحة.",
        "quiz.mark.right": "(إجابة صحيحة)",
        "quiz.mark.wrong": "(إجابة خاطئة)",
        "progress.done": "أنهيت هذا الدرس",
        "progress.nostore": (
            "لا يمكن حفظ تقدّمك على هذا الجهاز (التخزين معطّل أو ممتلئ). "
            "الصفحة تعمل، لكن لن يُحفظ شيء."
        ),
        "progress.count": "الدروس المنجزة: {n} من {m}",
        "progress.continue": "تابع من حيث توقفت:",
        "progress.start": "ابدأ من هنا:",
        "progress.all": "أنهيت كل الدروس. أحسنت!",
        "summary.name": "اسمك",
        "summary.self": "هذا الملخص تصريح ذاتي: سجّله المشارك بنفسه على جهازه، ولم يتحقق منه أحد.",
        "summary.module": "الوحدة",
        "summary.lessons": "الدروس المنجزة",
        "summary.date": "تاريخ الإنهاء",
        "summary.score": "الأسئلة الصحيحة",
        "summary.course_done": "أُنهيت الدورة في {date}",
        "summary.print": "اطبع الملخص",
        "summary.move": "انقل تقدّمك إلى جهاز آخر",
        "summary.move.help": "أنشئ رمزا وانسخه، أو نزّل الملف، ثم ألصقه أو اختره في الجهاز الآخر.",
        "summary.export": "أنشئ رمز التقدّم",
        "summary.code": "رمز التقدّم",
        "summary.download": "نزّل الملف",
        "summary.import": "استورد",
        "summary.paste": "ألصق رمز التقدّم هنا",
        "summary.file": "أو اختر ملف التقدّم",
        "summary.imported": "تم استيراد تقدّمك.",
        "summary.bad": "هذا الرمز غير صالح: تأكد أنك نسخته كاملا. لم يتغيّر شيء.",
        "summary.erase.title": "امسح بياناتي من هذا الهاتف",
        "summary.erase.help": (
            "يمسح تقدّمك واسمك وإجاباتك، والدروس المحفوظة للقراءة دون إنترنت، من هذا الجهاز فقط."
        ),
        "summary.erase": "امسح بياناتي من هذا الهاتف",
        "summary.erase.confirm": (
            "هل أنت متأكد؟ لا يمكن التراجع. انقل تقدّمك أولا إن أردت الاحتفاظ به."
        ),
        "summary.erase.yes": "نعم، امسح كل شيء",
        "summary.erase.no": "إلغاء",
        "summary.erased": (
            "تم المسح: لم يبق على هذا الجهاز تقدّم ولا اسم ولا دروس محفوظة "
            "ولا عامل خدمة لهذا الموقع."
        ),
        "offline.save": "احفظ هذه الدورة لتصفّحها دون إنترنت",
        "offline.size": "حوالي {size}",
        "offline.kb": "{n} كيلوبايت",
        "offline.mb": "{n} ميغابايت",
        "offline.saving": "جارٍ الحفظ… {n} من {m}",
        "offline.saved": "حُفظت الدورة: دروسها تُفتح الآن دون إنترنت على هذا الجهاز.",
        "offline.failed": "تعذّر حفظ الدورة. تحقّق من الاتصال ثم أعد المحاولة.",
        "search.offline": (
            "البحث يحتاج إلى الإنترنت، وهذا الجهاز غير متصل الآن. ما زال يعمل دون إنترنت: "
            "الدورات التي حفظتها، وتقدّمك، وأسئلة التحقق."
        ),
        "search.offline.saved": "الدورات المحفوظة على هذا الجهاز",
        # The search dialog and the trainer view (tools/assets/tamkeen.js).
        "search.open": "بحث",
        "search.label": "ابحث في الدروس",
        "search.placeholder": "اكتب كلمة، مثلا: ذكاء",
        "search.loading": "جار تحميل البحث…",
        "search.none": "لا توجد نتائج",
        "search.count.one": "نتيجة واحدة",
        "search.count": "{n} نتائج",
        "search.close": "إغلاق",
        "search.failed": "البحث غير متاح الآن.",
        "search.more": "المزيد من النتائج",
        "search.code": "الشيفرة",
        "search.glossary": "ابحث عن الكلمة في صفحة المصطلحات",
        "trainer.on": "إظهار ملاحظات المؤطّر",
        "trainer.off": "إخفاء ملاحظات المؤطّر",
        "listen": "استمع",
        "listen.play": "تشغيل",
        "listen.pause": "إيقاف مؤقت",
        "listen.previous": "الفقرة السابقة",
        "listen.next": "الفقرة التالية",
        "listen.speed": "السرعة",
        "listen.close": "إغلاق",
        "listen.reading": "جارٍ القراءة",
        "listen.waiting": "جارٍ تجهيز الصوت…",
        "listen.paused": "القراءة متوقفة",
        "listen.done": "انتهى الدرس",
        "listen.novoice": "لا يوجد على هذا الجهاز صوت عربي للقراءة.",
        "listen.howto": (
            "على أندرويد: الإعدادات ← إمكانية الوصول ← تحويل النص إلى كلام، ثم ثبّت صوتا عربيا."
        ),
        "app.name": "تمكين — دروس مجانية",
        "app.short_name": "تمكين",
        # issue 14c: notebooks that fetch their data, the offline page, the zips
        "notebook.fetching": "ملفات البيانات غير موجودة بجانب الدفتر: جارٍ تحميلها من موقع تمكين…",
        "notebook.fetched": "حُمّلت ملفات البيانات. يمكنك متابعة الدفتر.",
        "notebook.fetch_failed": (
            "ملفات البيانات غير موجودة بجانب هذا الدفتر، وتعذّر تحميلها من موقع تمكين ({url}). "
            "اتصل بالإنترنت ثم أعد تشغيل هذه الخلية، أو حمّل ملف zip الدرس "
            "(الدفتر مع ملفات البيانات) وافتح الدفتر من المجلد الذي فُكّ فيه."
        ),
        "offline.page.title": "هذه الصفحة غير محفوظة على هذا الجهاز",
        "offline.page.body": (
            "أنت الآن دون اتصال بالإنترنت، ولم تُحفظ هذه الصفحة للقراءة دون إنترنت. "
            "اتصل بالإنترنت لفتحها، أو افتح إحدى الدورات المحفوظة."
        ),
        "offline.page.saved": "الدورات المحفوظة على هذا الجهاز:",
        "offline.page.none": (
            "لا توجد دورة محفوظة على هذا الجهاز بعد. عندما تتصل بالإنترنت، افتح صفحة دورة "
            "واضغط «احفظ هذه الدورة لتصفّحها دون إنترنت»."
        ),
        "offline.page.home": "الصفحة الرئيسية",
        "bundle.other.title": "النسخة الفرنسية ليست في هذا الملف",
        "bundle.other.body": (
            "هذا الملف ({ar}) يحمل الدروس بالعربية فقط. الدروس بالفرنسية في الملف {fr}، "
            "واللغتان معا في الملف {both}: اطلبه من المؤطّر."
        ),
    },
    "fr": {
        "notfound.title": "Page introuvable",
        "notfound.body": (
            "Cette page n’existe pas. Son adresse a peut-être changé ou contient une faute."
        ),
        "notfound.home": "Retour à l’accueil",
        "fallback.notice": (
            "Cette page n’est pas encore traduite en français : "
            "nous l’affichons dans sa langue d’origine."
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
        "lesson.updated": "Mise à jour : {date}",
        "kit.title": "Kit de l’animateur",
        "kit.page": "Page de l’animateur",
        "kit.page.title": "Page de l’animateur : {module}",
        "kit.slides": "Diaporama de la leçon",
        "kit.slides.module": "Diaporama du module entier",
        "kit.slides.lesson": "Diaporama de la leçon : {title}",
        "kit.pptx": "Diaporama PowerPoint modifiable (PPTX)",
        "kit.pdf": "Support à imprimer pour les participants (PDF, A4)",
        "kit.pdf.missing": "Support PDF non construit sur cette machine (il faut Chromium)",
        "kit.notes": "Mes notes",
        "kit.plan": "Déroulé de la séance",
        "kit.plan.start": "Début",
        "kit.plan.activity": "Activité",
        "kit.plan.minutes": "Minutes",
        "kit.plan.welcome": "Accueil et objectifs de la séance",
        "kit.plan.lesson": "Leçon : {title}",
        "kit.plan.break": "Pause",
        "kit.plan.closing": "Synthèse et bilan de la séance",
        "kit.plan.total": "Total",
        "kit.plan.over": "Les leçons dépassent la séance de {n} min : choisissez quoi raccourcir.",
        "kit.materials": "À préparer",
        "kit.downloads": "À télécharger",
        "kit.trainer_notes": "Notes pour l’animateur de toutes les leçons",
        "kit.no_notes": "Pas de note pour cette leçon.",
        "kit.quiz": "Question",
        # Slides (tools/slides): quiz letters, continued slides, the speaker view, keys.
        "slides.answer": "Réponse : {letters}",
        "slides.part": "{title} ({n}/{total})",
        "slides.speaker.title": "Vue de l’animateur",
        "slides.speaker.loading": "Chargement de la vue de l’animateur…",
        "slides.speaker.cross_origin": "La vue de l’animateur ne s’ouvre que depuis le même site.",
        "slides.speaker.no_connection": (
            "Pas de connexion avec la fenêtre principale. Fermez la vue de l’animateur et "
            "rouvrez-la."
        ),
        "slides.speaker.upcoming": "Diapositive suivante",
        "slides.speaker.time": "Temps",
        "slides.speaker.reset": "Cliquer pour remettre à zéro",
        "slides.speaker.pacing": "Temps restant pour cette diapositive",
        "slides.speaker.notes": "Notes",
        "slides.speaker.layout": "Disposition",
        "slides.speaker.layout.default": "Normale",
        "slides.speaker.layout.wide": "Large",
        "slides.speaker.layout.tall": "Haute",
        "slides.speaker.layout.notes-only": "Notes seules",
        "slides.speaker.popup": (
            "La vue de l’animateur ne s’est pas ouverte : autorisez les fenêtres "
            "surgissantes, puis appuyez de nouveau sur S."
        ),
        "slides.keys": (
            "Touches : suivante → ou Page suivante (Page Down) ou Espace, précédente ← "
            "ou Page précédente (Page Up) ; S : vue de l’animateur (notes et "
            "temps) ; B : écran noir ; F : plein écran. Une "
            "télécommande de présentation envoie Page Down/Page Up et fonctionne telle "
            "quelle."
        ),
        "slides.phone": (
            "Sur un téléphone tenu droit, les diapositives sont petites : tournez-le pour "
            "les agrandir,"
        ),
        "slides.phone.pdf": "ou lisez le support du module (PDF)",
        "slides.phone.nopdf": "ou lisez la leçon elle-même sur le site.",
        "index.lessons": "Leçons",
        "index.modules": "Modules",
        "index.courses": "Cours",
        "index.total": "Durée totale : {n} min",
        "index.count": "{n} leçons",
        "index.soon": "Leçons en cours de rédaction.",
        "stale.notice": (
            "La version {other} de cette leçon a été mise à jour le {date} ; "
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
        "facts.empty": "Aucun fait enregistré pour l’instant.",
        "facts.source": "Source :",
        "facts.checked": "Vérifié le :",
        "facts.review_by": "À revoir avant le :",
        "facts.used_in": "Utilisé dans :",
        "facts.unused": "aucune leçon pour l’instant",
        "facts.id": "Identifiant :",
        "facts.kind.primary": "le texte lui-même",
        "facts.kind.secondary": "source secondaire",
        "facts.read_in": "Lu dans une copie, pas sur le site de l’éditeur officiel :",
        "facts.inline.source": "source :",
        "facts.inline.checked": ", vérifié le {date}",
        "facts.inline.secondary": ", source secondaire",
        "glossary.in.ar": "En arabe",
        "glossary.in.fr": "En français",
        "admonition.exercise": "Exercice",
        "admonition.solution": "Solution",
        "admonition.trainer": "Note pour l’animateur",
        "admonition.note": "Note",
        "admonition.tip": "Astuce",
        "admonition.info": "Info",
        "admonition.warning": "Attention",
        "admonition.example": "Exemple",
        "admonition.question": "Question",
        "toc.permalink": "Lien vers cette section",
        "notebook.download": "Télécharger le notebook ({kind}, {kb} Ko)",
        "notebook.download_zip": "Le notebook et ses données ({kind}, {kb} Ko)",
        "notebook.colab": "Ouvrir dans Colab",
        "notebook.notice": (
            "Colab demande un compte Google et consomme des données mobiles ; "
            "vous pouvez lire toute la leçon ici sans rien exécuter."
        ),
        "notebook.output_image": "Image produite par la cellule précédente",
        "notebook.show_code": "Voir le code",
        "notebook.js_dropped": (
            "Une sortie JavaScript a été retirée ici : ce site n’exécute aucun code des notebooks."
        ),
        "quiz.check": "Vérifier",
        "quiz.retry": "Réessayer",
        "quiz.right": "Bonne réponse ! Lisez l’explication ci-dessous.",
        "quiz.wrong": "Pas tout à fait. Lisez le retour sous votre choix, puis réessayez.",
        "quiz.choose": "Choisissez d’abord une réponse.",
        "quiz.single": "Une seule réponse.",
        "quiz.multiple": "Cochez toutes les bonnes réponses.",
        "quiz.mark.right": "(bonne réponse)",
        "quiz.mark.wrong": "(mauvaise réponse)",
        "progress.done": "J’ai terminé cette leçon",
        "progress.nostore": (
            "Votre progression ne peut pas être enregistrée sur cet appareil "
            "(stockage désactivé ou plein). La page fonctionne, mais rien ne sera gardé."
        ),
        "progress.count": "Leçons terminées : {n} sur {m}",
        "progress.continue": "Reprendre là où vous en étiez :",
        "progress.start": "Commencer ici :",
        "progress.all": "Vous avez terminé toutes les leçons. Bravo !",
        "summary.name": "Votre nom",
        "summary.self": (
            "Ce récapitulatif est déclaratif : le participant l’a rempli lui-même sur son "
            "appareil, personne ne l’a vérifié."
        ),
        "summary.module": "Module",
        "summary.lessons": "Leçons terminées",
        "summary.date": "Terminé le",
        "summary.score": "Questions réussies",
        "summary.course_done": "Cours terminé le {date}",
        "summary.print": "Imprimer le récapitulatif",
        "summary.move": "Passer à un autre appareil",
        "summary.move.help": (
            "Créez un code et copiez-le, ou téléchargez le fichier, puis collez-le ou "
            "choisissez-le sur l’autre appareil."
        ),
        "summary.export": "Créer le code de progression",
        "summary.code": "Code de progression",
        "summary.download": "Télécharger le fichier",
        "summary.import": "Importer",
        "summary.paste": "Collez le code de progression ici",
        "summary.file": "ou choisissez le fichier de progression",
        "summary.imported": "Progression importée.",
        "summary.bad": (
            "Ce code n’est pas valide : vérifiez qu’il est copié en entier. Rien n’a changé."
        ),
        "summary.erase.title": "Effacer mes données de ce téléphone",
        "summary.erase.help": (
            "Efface votre progression, votre nom, vos réponses et les leçons enregistrées "
            "hors ligne, sur cet appareil seulement."
        ),
        "summary.erase": "Effacer mes données de ce téléphone",
        "summary.erase.confirm": (
            "Vous êtes sûr ? C’est définitif. Passez d’abord votre progression sur un autre "
            "appareil si vous voulez la garder."
        ),
        "summary.erase.yes": "Oui, tout effacer",
        "summary.erase.no": "Annuler",
        "summary.erased": (
            "C’est effacé : plus de progression, de nom, de leçons enregistrées ni de service "
            "hors ligne de ce site sur cet appareil."
        ),
        "offline.save": "Enregistrer ce cours pour le lire hors ligne",
        "offline.size": "environ {size}",
        "offline.kb": "{n} Ko",
        "offline.mb": "{n} Mo",
        "offline.saving": "Enregistrement… {n} sur {m}",
        "offline.saved": "Cours enregistré : ses leçons s’ouvrent sans internet sur cet appareil.",
        "offline.failed": "Le cours n’a pas pu être enregistré : vérifiez la connexion, réessayez.",
        "search.offline": (
            "La recherche a besoin d’internet, et cet appareil est hors ligne. Sans internet, "
            "ceci marche toujours : les cours que vous avez enregistrés, votre progression et "
            "les quiz."
        ),
        "search.offline.saved": "Les cours enregistrés sur cet appareil",
        # The search dialog and the trainer view (tools/assets/tamkeen.js).
        "search.open": "Rechercher",
        "search.label": "Rechercher dans les leçons",
        "search.placeholder": "Tapez un mot, par exemple : prompt",
        "search.loading": "Chargement de la recherche…",
        "search.none": "Aucun résultat",
        "search.count.one": "1 résultat",
        "search.count": "{n} résultats",
        "search.close": "Fermer",
        "search.failed": "La recherche n’est pas disponible pour le moment.",
        "search.more": "Plus de résultats",
        "search.code": "Code",
        "search.glossary": "Cherchez le mot dans le glossaire",
        "trainer.on": "Afficher les notes pour l’animateur",
        "trainer.off": "Masquer les notes pour l’animateur",
        "listen": "Écouter",
        "listen.play": "Lire",
        "listen.pause": "Pause",
        "listen.previous": "Paragraphe précédent",
        "listen.next": "Paragraphe suivant",
        "listen.speed": "Vitesse",
        "listen.close": "Fermer",
        "listen.reading": "Lecture en cours",
        "listen.waiting": "Préparation de la voix…",
        "listen.paused": "Lecture en pause",
        "listen.done": "Fin de la leçon",
        "listen.novoice": "Cet appareil n’a pas de voix française pour la lecture.",
        "listen.howto": (
            "Sur Android : Paramètres › Accessibilité › Synthèse vocale, "
            "puis installez une voix française."
        ),
        "app.name": "Tamkeen — cours gratuits",
        "app.short_name": "Tamkeen",
        # issue 14c: notebooks that fetch their data, the offline page, the zips
        "notebook.fetching": (
            "Les fichiers de données ne sont pas à côté du notebook : téléchargement depuis "
            "le site Tamkeen…"
        ),
        "notebook.fetched": "Fichiers de données téléchargés. Vous pouvez continuer.",
        "notebook.fetch_failed": (
            "Les fichiers de données ne sont pas à côté de ce notebook et n’ont pas pu être "
            "téléchargés depuis le site Tamkeen ({url}). Connectez-vous à internet puis "
            "relancez cette cellule, ou téléchargez le zip de la leçon (le notebook et ses "
            "données) et ouvrez le notebook depuis le dossier décompressé."
        ),
        "offline.page.title": "Cette page n’est pas enregistrée sur cet appareil",
        "offline.page.body": (
            "Vous êtes hors ligne et cette page n’a pas été enregistrée pour la lecture hors "
            "ligne. Connectez-vous à internet pour l’ouvrir, ou ouvrez un cours enregistré."
        ),
        "offline.page.saved": "Cours enregistrés sur cet appareil :",
        "offline.page.none": (
            "Aucun cours n’est encore enregistré sur cet appareil. Une fois connecté, ouvrez "
            "la page d’un cours et appuyez sur « Enregistrer ce cours pour le lire hors ligne »."
        ),
        "offline.page.home": "Accueil",
        "bundle.other.title": "La version arabe n’est pas dans ce fichier",
        "bundle.other.body": (
            "Ce fichier ({fr}) ne contient que les leçons en français. Les leçons en arabe "
            "sont dans le fichier {ar}, et les deux langues dans {both} : demandez-le à votre "
            "formateur."
        ),
    },
}

# The trainer kit (issue 14): answer key, checklist, practice block, safeguarding, the class
# view and the offline page. Markdown where a value is a list (the trainer page renders it).
_KIT: dict[str, dict[str, str]] = {
    "ar": {
        "kit.letters": "أ ب ج د هـ و ز ح ط ي",
        "kit.pdf.trainer": "مطبوع المؤطّر: أجوبة الأسئلة، حلول التمارين، خطة الحصة (PDF، A4)",
        "kit.prerequisites": "المتطلبات القبلية",
        "kit.materials.for": "للدرس: {lessons}",
        "kit.materials.all": "لكل الحصة",
        "kit.checklist": "قبل الورشة",
        "kit.checklist.items": (
            "- **في اليوم السابق:** نزّل ملف الموقع دون إنترنت (`tamkeen-ar.zip` أو `tamkeen.zip`"
            " للّغتين) على الحاسوب وعلى مفتاح USB، وافتح `index.html` للتأكد. افتح شرائح الوحدة"
            " دون إنترنت، واطبع مطبوع المشاركين (نسخة لكل مشارك) ومطبوع المؤطّر، وحضّر ما في"
            " قائمة «ما يجب تحضيره».\n"
            "- **القاعة:** مقابس كهربائية ومِمدّد، كراسٍ تسمح بالعمل في مجموعات من ثلاثة، سبورة"
            " وأقلام، ضوء لا يحجب الشاشة.\n"
            "- **جهاز العرض:** جرّبه قبل الحصة بالحاسوب نفسه (كابل HDMI ومحوّل إن لزم). إن تعطّل،"
            " اشتغل بالمطبوعات والسبورة: كل تمرين يُنجز على الورق.\n"
            "- **الموقع على الهواتف:** الأضمن نقطة الاتصال (السطر التالي): لا شيء يُنسخ إلى"
            " الهواتف. إن أراد مشارك نسخة يحتفظ بها، انقل إليه الملف المضغوط (كابل أو بلوتوث)،"
            " ليفكّه في تطبيق «الملفات» («استخراج»)، ثم يفتح `index.html` في مجلد `tamkeen-ar`"
            " بمتصفحه. جرّب ذلك قبل الحصة على هاتف أندرويد: افتح درسا ثم الدرس الموالي؛ إن لم"
            " تُفتح الروابط، فاعتمد نقطة الاتصال. على آيفون، نقطة الاتصال وحدها.\n"
            "- **نقطة الاتصال (hotspot):** شغّل نقطة اتصال هاتفك، ولو مع إيقاف بيانات الهاتف، واكتب"
            " اسمها وكلمة مرورها على السبورة. يتصل بها الحاسوب والمشاركون. على الحاسوب، في مجلد"
            " الموقع بعد الاستخراج، شغّل `python3 -m http.server 8000` (على ويندوز:"
            " `py -m http.server 8000`، مع تثبيت Python مسبقا)، ثم يفتح المشاركون"
            " `http://192.168.43.10:8000/`، بعد وضع عنوان الحاسوب مكان `192.168.43.10` (يظهر"
            " بالأمر `ipconfig` على ويندوز أو `ip addr` على لينكس)، ويكتبه المؤطّر على السبورة. لا"
            " يصرف الموقع شيئا من بيانات الهاتف."
        ),
        "kit.answers": "مفتاح الأجوبة",
        "kit.answers.question": "السؤال {n}",
        "kit.answers.quiz": "أسئلة التحقق",
        "kit.answers.solutions": "حلول التمارين",
        "kit.answers.none": "لا أسئلة ولا تمارين في هذا الدرس.",
        "kit.plan.practice": "تطبيق: أسئلة بالتصويت وتمارين إضافية (انظر أسفله)",
        "kit.practice": "فقرة التطبيق ({n} دقيقة)",
        "kit.practice.vote": (
            "**أسئلة بالتصويت ({n} دقيقة):** اعرض أسئلة التحقق من شرائح الوحدة، واحدا بعد الآخر."
            " يتشاور كل فريق دقيقة ثم يرفع حرف جوابه (أ، ب، ج…) على ورقة، ثم اعرض الجواب واقرأ"
            " الشرح. الأسئلة: {questions}."
        ),
        "kit.practice.extend": (
            "**تمارين إضافية ({n} دقيقة):** في مجموعات جديدة، يعيد كل فريق تمرينا من تمارين"
            " الحصة بحالة من حياته أو من حيّه، ثم يقرأ فريقان عملهما ويصحّحه الآخرون بحلّ الدرس:"
        ),
        "kit.practice.exercise": "«{title}» (الدرس: {lesson})",
        "kit.practice.none": "راجع النقاط الأساسية لكل درس مع المشاركين، وأجب عن أسئلتهم.",
        "kit.safeguarding": "الحماية والسلامة",
        "kit.safeguarding.items": (
            "- **القاصرون (16 و17 سنة):** اتبع قاعدة الجمعية المنظِّمة في موافقة الآباء. لا تبقَ"
            " وحدك مع قاصر في قاعة مغلقة، ولا تراسله على حسابك الخاص: تواصل عبر قنوات الجمعية.\n"
            "- **الصور:** لا تصوّر أحدا دون موافقته، ولا قاصرا دون موافقة أحد والديه. لا تنشر وجه"
            " قاصر، ولا صورة شاشة فيها أسماء أو أرقام.\n"
            "- **المعطيات الشخصية:** لا تطلب إلا الاسم الشخصي؛ لا رقم بطاقة التعريف ولا كلمة"
            " مرور ولا عنوان. رموز التقدّم تبقى في هاتفك (عرض القسم لا يرسل شيئا)؛ احذف جدول"
            " القسم بعد الحصة. [[fact:law-09-08]]\n"
            "- **إذا أخبرك مشارك بإساءة أو تحرّش أو تزييف عميق يستهدفه:** استمع إليه على انفراد"
            " وبهدوء، دون حكم، ولا تعده بكتمان السر. لا تطلب رؤية المحتوى ولا تنقله، ولو للتبليغ."
            " دوّن ما قاله بكلماته (التاريخ، المنصة، الرابط)، وأخبر مسؤول الجمعية في اليوم نفسه،"
            " ووالدَيه إن كان قاصرا (إلا إذا جاء الخطر من الأسرة: يقرر المسؤول مع الجهات المختصة)."
            " ساعده على التبليغ في المنصة نفسها وعلى تقديم شكاية إلى الشرطة أو النيابة العامة."
            " [[fact:penal-447]]\n"
            "- **خطر فوري:** اتصل بالشرطة (19) أو الدرك الملكي (177)."
        ),
        "kit.class": "عرض القسم",
        "kit.class.link": "عرض القسم: جمع رموز تقدّم المشاركين في جدول",
        "class.intro": (
            "ألصق هنا رموز تقدّم المشاركين (من صفحة «ملخص تقدّمك»)، أو امسح رمز QR بالكاميرا: يظهر"
            " جدول بمن أنهى كل درس ونقاطه في أسئلة التحقق. تُقرأ الرموز في هذا الهاتف ولا يُرسل"
            " شيء؛ ويُمحى الجدول بإغلاق هذه النافذة. تختلط رموز الموقع العربي والفرنسي في جدول واحد."
        ),
        "class.paste": "رموز التقدّم (رمز في كل سطر)",
        "class.add": "أضف إلى الجدول",
        "class.scan": "امسح رمز QR بالكاميرا",
        "class.stop": "أوقف الكاميرا",
        "class.pick": "الوحدة",
        "class.all": "كل الوحدات",
        "class.csv": "صدّر الجدول (CSV)",
        "class.clear": "امسح الجدول",
        "class.noname": "مشارك {n}",
        "class.added": "أضيف: {n}.",
        "class.dup": "مكرر: {n}.",
        "class.bad": "رموز غير صالحة: {n} (منقوصة أو ليست من تمكين).",
        "class.kept": "في الجدول {n} مشارك (في هذه النافذة فقط).",
        "class.nocamera": "لم تُفتح الكاميرا: ألصق الرموز نصا.",
        "class.name": "الاسم",
        "class.module": "الوحدة",
        "class.lesson": "الدرس",
        "class.key": "المعرّف",
        "class.done": "أنهى في",
        "class.right": "أجوبة صحيحة",
        "class.questions": "الأسئلة",
        "summary.qr": "رمز التقدّم في صورة QR: يمسحه المؤطّر بهاتفه في «عرض القسم»",
    },
    "fr": {
        "kit.letters": "A B C D E F G H I J",
        "kit.pdf.trainer": (
            "Support de l’animateur : réponses du quiz, solutions, déroulé (PDF, A4)"
        ),
        "kit.prerequisites": "Prérequis",
        "kit.materials.for": "pour la leçon : {lessons}",
        "kit.materials.all": "pour toute la séance",
        "kit.checklist": "Avant l’atelier",
        "kit.checklist.items": (
            "- **La veille :** téléchargez le site hors ligne (`tamkeen-fr.zip`, ou `tamkeen.zip`"
            " pour les deux langues) sur l’ordinateur et sur une clé USB, et ouvrez `index.html`"
            " pour vérifier. Ouvrez le diaporama du module sans internet, imprimez le support des"
            " participants (un par personne) et celui de l’animateur, et préparez la liste « À"
            " préparer ».\n"
            "- **La salle :** des prises et une rallonge, des chaises pour travailler par trois,"
            " un tableau et des marqueurs, une lumière qui ne noie pas l’écran.\n"
            "- **Le projecteur :** essayez-le avant la séance avec l’ordinateur de la séance"
            " (câble HDMI, adaptateur si besoin). S’il tombe en panne, continuez avec les"
            " supports imprimés et le tableau : chaque exercice se fait sur papier.\n"
            "- **Le site sur les téléphones :** le plus sûr est le partage de connexion (ligne"
            " suivante) : rien à copier sur les téléphones. Si un participant veut garder une"
            " copie, envoyez-lui le zip (câble ou Bluetooth) ; il l’extrait dans l’application"
            " « Fichiers » (« Extraire »), puis ouvre `index.html` du dossier `tamkeen-fr` avec son"
            " navigateur. Essayez avant la séance sur un téléphone Android : ouvrez une leçon"
            " puis la suivante ; si les liens ne s’ouvrent pas, restez au partage de connexion."
            " Sur iPhone, seulement le partage de connexion.\n"
            "- **Le partage de connexion (hotspot) :** activez le point d’accès de votre"
            " téléphone, même avec les données mobiles coupées, et écrivez son nom et son mot de"
            " passe au tableau. L’ordinateur et les participants s’y connectent. Sur"
            " l’ordinateur, dans le dossier du site décompressé, lancez"
            " `python3 -m http.server 8000` (sous Windows : `py -m http.server 8000`, Python"
            " installé d’avance) ; les participants ouvrent"
            " `http://192.168.43.10:8000/`, où `192.168.43.10` est remplacé par l’adresse de"
            " l’ordinateur (`ipconfig` sous Windows, `ip addr` sous Linux), écrite au tableau."
            " Le site ne consomme aucune donnée mobile."
        ),
        "kit.answers": "Corrigé",
        "kit.answers.question": "Question {n}",
        "kit.answers.quiz": "Quiz",
        "kit.answers.solutions": "Solutions des exercices",
        "kit.answers.none": "Ni quiz ni exercice dans cette leçon.",
        "kit.plan.practice": "Pratique : quiz par équipes et exercices d’approfondissement",
        "kit.practice": "Le bloc de pratique ({n} minutes)",
        "kit.practice.vote": (
            "**Quiz par équipes ({n} minutes) :** projetez les questions du quiz depuis le"
            " diaporama du module, une à une. Chaque équipe se concerte une minute, puis lève la"
            " lettre de sa réponse (A, B, C…) sur une feuille ; montrez la réponse et lisez"
            " l’explication. Les questions : {questions}."
        ),
        "kit.practice.extend": (
            "**Exercices d’approfondissement ({n} minutes) :** en nouveaux groupes, chaque équipe"
            " refait un exercice de la séance avec un cas de sa vie ou de son quartier, puis deux"
            " équipes lisent leur travail et les autres le corrigent avec la solution de la"
            " leçon :"
        ),
        "kit.practice.exercise": "« {title} » (leçon : {lesson})",
        "kit.practice.none": (
            "Revoyez avec les participants les points clés de chaque leçon et répondez à leurs"
            " questions."
        ),
        "kit.safeguarding": "Protection des participants",
        "kit.safeguarding.items": (
            "- **Les mineurs (16 et 17 ans) :** suivez la règle de l’association organisatrice"
            " pour l’accord des parents. Ne restez jamais seul avec un mineur dans une salle"
            " fermée, et ne lui écrivez pas depuis votre compte personnel : passez par les"
            " canaux de l’association.\n"
            "- **Les photos :** ne photographiez personne sans son accord, ni un mineur sans"
            " l’accord d’un parent. Ne publiez pas le visage d’un mineur, ni une capture d’écran"
            " où figurent des noms ou des numéros.\n"
            "- **Les données personnelles :** ne demandez que le prénom ; ni numéro de CIN, ni mot"
            " de passe, ni adresse. Les codes de progression restent sur votre téléphone (la vue"
            " de la classe n’envoie rien) ; effacez le tableau de la classe après la séance."
            " [[fact:law-09-08]]\n"
            "- **Si un participant signale un abus, un harcèlement ou un hypertrucage (deepfake)"
            " qui le vise :** écoutez-le à l’écart, calmement, sans juger, et ne lui promettez"
            " pas le secret. Ne demandez pas à voir le contenu et ne le transférez pas, même pour"
            " le signaler. Notez ce qu’il dit avec ses mots (date, plateforme, lien), prévenez le"
            " responsable de l’association le jour même, et ses parents s’il est mineur (sauf si"
            " le danger vient de la famille : le responsable décide avec les services"
            " compétents). Aidez-le à signaler le contenu sur la plateforme et à porter plainte"
            " auprès de la police ou du parquet. [[fact:penal-447]]\n"
            "- **Danger immédiat :** appelez la police (19) ou la gendarmerie royale (177)."
        ),
        "kit.class": "Vue de la classe",
        "kit.class.link": "Vue de la classe : rassembler les codes de progression dans un tableau",
        "class.intro": (
            "Collez ici les codes de progression des participants (page « Votre récapitulatif »),"
            " ou scannez leur QR code avec la caméra : un tableau montre qui a terminé quelle leçon"
            " et ses points aux quiz. Les codes sont lus sur ce téléphone et rien n’est envoyé ;"
            " le tableau s’efface quand cet onglet se ferme. Les codes du site arabe et du site"
            " français se mêlent dans un même tableau."
        ),
        "class.paste": "Codes de progression (un par ligne)",
        "class.add": "Ajouter au tableau",
        "class.scan": "Scanner un QR code avec la caméra",
        "class.stop": "Arrêter la caméra",
        "class.pick": "Module",
        "class.all": "Tous les modules",
        "class.csv": "Exporter le tableau (CSV)",
        "class.clear": "Vider le tableau",
        "class.noname": "Participant {n}",
        "class.added": "Ajoutés : {n}.",
        "class.dup": "Déjà là : {n}.",
        "class.bad": "Codes refusés : {n} (incomplets ou pas de Tamkeen).",
        "class.kept": "{n} participant(s) dans le tableau (dans cet onglet seulement).",
        "class.nocamera": "La caméra ne s’est pas ouverte : collez les codes en texte.",
        "class.name": "Nom",
        "class.module": "Module",
        "class.lesson": "Leçon",
        "class.key": "Identifiant",
        "class.done": "Terminée le",
        "class.right": "Bonnes réponses",
        "class.questions": "Questions",
        "summary.qr": (
            "Le code en QR code : l’animateur le scanne avec son téléphone dans la « vue de la"
            " classe »"
        ),
    },
}
for _lang, _extra in _KIT.items():
    STRINGS[_lang].update(_extra)
for _lang, _extra in CERT.items():  # the certificates (tools/common/cert_strings.py)
    STRINGS[_lang].update(_extra)

# A lesson's documents to download (tools/site/downloads.py).
_DOWNLOADS: dict[str, dict[str, str]] = {
    "ar": {
        "downloads.title": "نماذج للتنزيل",
        "downloads.intro": (
            "كل نموذج يُفتح ويُعدَّل على الهاتف (Word أو Google Docs أو WPS)؛ والنسخة النصية"
            " تُنسخ في واتساب أو في ملاحظاتك."
        ),
        "downloads.docx": "ملف Word\u200f ({kb} ك.ب)",  # RLM: the brackets stay Arabic
        "downloads.txt": "نص للنسخ ({kb} ك.ب)",
        "downloads.kit": "نموذج للمشاركين: {title} (Word\u200f)",
    },
    "fr": {
        "downloads.title": "Modèles à télécharger",
        "downloads.intro": (
            "Chaque modèle s’ouvre et se modifie sur un téléphone (Word, Google Docs ou WPS) ;"
            " la version texte se copie dans WhatsApp ou dans vos notes."
        ),
        "downloads.docx": "Word (docx, {kb} Ko)",
        "downloads.txt": "texte (txt, {kb} Ko)",
        "downloads.kit": "Modèle pour les participants : {title} (Word)",
    },
}
for _lang, _extra in _DOWNLOADS.items():
    STRINGS[_lang].update(_extra)

for _lang, _extra in SHARE.items():  # sharing (tools/common/share_strings.py)
    STRINGS[_lang].update(_extra)

LANGUAGE_NAMES = {"ar": "العربية", "fr": "Français"}

# The theme's own strings (Material's `partials/languages/<lang>.html`) that we replace on
# our pages: overrides/partials/language.html looks here first. Material's Arabic spells
# the imperatives with a hamza («إختر», «إبحث»); they take a plain alif (همزة وصل).
THEME: dict[str, dict[str, str]] = {
    "ar": {
        "select.language": "اختر اللغة",
        "select.version": "اختر الإصدار",
        "search": "ابحث",
    },
    "fr": {},
}

for _lang, _extra in ZGH_NAMES.items():  # Tamazight's name (tools/common/zgh_strings.py)
    STRINGS[_lang].update(_extra)
# Languages being translated: what they have, over their fallback's (tools/common/languages.py).
PARTIAL: dict[str, dict[str, str]] = {"zgh": ZGH}


def strings(lang: str) -> dict[str, str]:
    if lang in STRINGS:
        return STRINGS[lang]
    return _partial(lang)


@functools.cache
def _partial(lang: str) -> dict[str, str]:
    return {**strings(fallback(lang, DEFAULT_LANGUAGE) or lang), **PARTIAL.get(lang, {})}
