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
        "kit.plan.practice": "تطبيق حر وأسئلة",
        "kit.plan.closing": "خلاصة وتقييم الحصة",
        "kit.plan.total": "المجموع",
        "kit.plan.over": "الدروس تتجاوز مدة الحصة بـ {n} دقيقة: اختر ما تختصره.",
        "kit.materials": "ما يجب تحضيره",
        "kit.material.projector": "جهاز عرض أو شاشة، والشرائح على مفتاح USB (تعمل دون إنترنت)",
        "kit.material.usb": "هاتف أو حاسوب لكل مجموعة من مشاركَين",
        "kit.material.handouts": "نسخة مطبوعة من المطبوع لكل مشارك",
        "kit.downloads": "للتنزيل",
        "kit.trainer_notes": "ملاحظات المؤطّر لكل الدروس",
        "kit.no_notes": "لا ملاحظات لهذا الدرس.",
        "kit.quiz": "سؤال",
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
        "facts.inline.source": "المصدر:",
        "facts.inline.checked": "، تحقّقنا منه في {date}",
        "facts.inline.secondary": "، مصدر ثانوي",
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
        "listen": "استمع",
        "listen.play": "تشغيل",
        "listen.pause": "إيقاف مؤقت",
        "listen.previous": "الفقرة السابقة",
        "listen.next": "الفقرة التالية",
        "listen.speed": "السرعة",
        "listen.close": "إغلاق",
        "listen.reading": "جارٍ القراءة",
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
        "kit.title": "Kit de l'animateur",
        "kit.page": "Page de l'animateur",
        "kit.page.title": "Page de l'animateur : {module}",
        "kit.slides": "Diaporama de la leçon",
        "kit.slides.module": "Diaporama du module entier",
        "kit.slides.lesson": "Diaporama de la leçon : {title}",
        "kit.pptx": "Diaporama PowerPoint modifiable (PPTX)",
        "kit.pdf": "Support à imprimer pour les participants (PDF, A4)",
        "kit.pdf.missing": "Support PDF non construit sur cette machine (il faut Chromium)",
        "kit.notes": "Mes notes",
        "kit.plan": "Déroulé de la séance",
        "kit.plan.start": "Début",
        "kit.plan.activity": "Activité",
        "kit.plan.minutes": "Minutes",
        "kit.plan.welcome": "Accueil et objectifs de la séance",
        "kit.plan.lesson": "Leçon : {title}",
        "kit.plan.break": "Pause",
        "kit.plan.practice": "Pratique libre et questions",
        "kit.plan.closing": "Synthèse et bilan de la séance",
        "kit.plan.total": "Total",
        "kit.plan.over": "Les leçons dépassent la séance de {n} min : choisissez quoi raccourcir.",
        "kit.materials": "À préparer",
        "kit.material.projector": "Projecteur ou écran, diaporama sur clé USB (sans internet)",
        "kit.material.usb": "Un téléphone ou un ordinateur pour deux participants",
        "kit.material.handouts": "Le support imprimé, un par participant",
        "kit.downloads": "À télécharger",
        "kit.trainer_notes": "Notes pour l'animateur de toutes les leçons",
        "kit.no_notes": "Pas de note pour cette leçon.",
        "kit.quiz": "Question",
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
        "facts.empty": "Aucun fait enregistré pour l’instant.",
        "facts.source": "Source :",
        "facts.checked": "Vérifié le :",
        "facts.review_by": "À revoir avant le :",
        "facts.used_in": "Utilisé dans :",
        "facts.unused": "aucune leçon pour l’instant",
        "facts.id": "Identifiant :",
        "facts.kind.primary": "le texte lui-même",
        "facts.kind.secondary": "source secondaire",
        "facts.inline.source": "source :",
        "facts.inline.checked": ", vérifié le {date}",
        "facts.inline.secondary": ", source secondaire",
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
        "quiz.check": "Vérifier",
        "quiz.retry": "Réessayer",
        "quiz.right": "Bonne réponse ! Lisez l'explication ci-dessous.",
        "quiz.wrong": "Pas tout à fait. Lisez le retour sous votre choix, puis réessayez.",
        "quiz.choose": "Choisissez d'abord une réponse.",
        "quiz.single": "Une seule réponse.",
        "quiz.multiple": "Cochez toutes les bonnes réponses.",
        "quiz.mark.right": "(bonne réponse)",
        "quiz.mark.wrong": "(mauvaise réponse)",
        "progress.done": "J'ai terminé cette leçon",
        "progress.nostore": (
            "Votre progression ne peut pas être enregistrée sur cet appareil "
            "(stockage désactivé ou plein). La page fonctionne, mais rien ne sera gardé."
        ),
        "progress.count": "Leçons terminées : {n} sur {m}",
        "progress.continue": "Reprendre là où vous en étiez :",
        "progress.start": "Commencer ici :",
        "progress.all": "Vous avez terminé toutes les leçons. Bravo !",
        "summary.name": "Votre nom",
        "summary.self": (
            "Ce récapitulatif est déclaratif : le participant l'a rempli lui-même sur son "
            "appareil, personne ne l'a vérifié."
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
            "choisissez-le sur l'autre appareil."
        ),
        "summary.export": "Créer le code de progression",
        "summary.code": "Code de progression",
        "summary.download": "Télécharger le fichier",
        "summary.import": "Importer",
        "summary.paste": "Collez le code de progression ici",
        "summary.file": "ou choisissez le fichier de progression",
        "summary.imported": "Progression importée.",
        "summary.bad": (
            "Ce code n'est pas valide : vérifiez qu'il est copié en entier. Rien n'a changé."
        ),
        "summary.erase.title": "Effacer mes données de ce téléphone",
        "summary.erase.help": (
            "Efface votre progression, votre nom, vos réponses et les leçons enregistrées "
            "hors ligne, sur cet appareil seulement."
        ),
        "summary.erase": "Effacer mes données de ce téléphone",
        "summary.erase.confirm": (
            "Vous êtes sûr ? C'est définitif. Passez d'abord votre progression sur un autre "
            "appareil si vous voulez la garder."
        ),
        "summary.erase.yes": "Oui, tout effacer",
        "summary.erase.no": "Annuler",
        "summary.erased": (
            "C'est effacé : plus de progression, de nom, de leçons enregistrées ni de service "
            "hors ligne de ce site sur cet appareil."
        ),
        "offline.save": "Enregistrer ce cours pour le lire hors ligne",
        "offline.size": "environ {size}",
        "offline.kb": "{n} Ko",
        "offline.mb": "{n} Mo",
        "offline.saving": "Enregistrement… {n} sur {m}",
        "offline.saved": "Cours enregistré : ses leçons s'ouvrent sans internet sur cet appareil.",
        "offline.failed": "Le cours n'a pas pu être enregistré : vérifiez la connexion, réessayez.",
        "listen": "Écouter",
        "listen.play": "Lire",
        "listen.pause": "Pause",
        "listen.previous": "Paragraphe précédent",
        "listen.next": "Paragraphe suivant",
        "listen.speed": "Vitesse",
        "listen.close": "Fermer",
        "listen.reading": "Lecture en cours",
        "listen.paused": "Lecture en pause",
        "listen.done": "Fin de la leçon",
        "listen.novoice": "Cet appareil n'a pas de voix française pour la lecture.",
        "listen.howto": (
            "Sur Android : Paramètres › Accessibilité › Synthèse vocale, "
            "puis installez une voix française."
        ),
        "app.name": "Tamkeen — cours gratuits",
        "app.short_name": "Tamkeen",
        # issue 14c: notebooks that fetch their data, the offline page, the zips
        "notebook.fetching": (
            "Les fichiers de données ne sont pas à côté du notebook : téléchargement depuis "
            "le site Tamkeen…"
        ),
        "notebook.fetched": "Fichiers de données téléchargés. Vous pouvez continuer.",
        "notebook.fetch_failed": (
            "Les fichiers de données ne sont pas à côté de ce notebook et n'ont pas pu être "
            "téléchargés depuis le site Tamkeen ({url}). Connectez-vous à internet puis "
            "relancez cette cellule, ou téléchargez le zip de la leçon (le notebook et ses "
            "données) et ouvrez le notebook depuis le dossier décompressé."
        ),
        "offline.page.title": "Cette page n'est pas enregistrée sur cet appareil",
        "offline.page.body": (
            "Vous êtes hors ligne et cette page n'a pas été enregistrée pour la lecture hors "
            "ligne. Connectez-vous à internet pour l'ouvrir, ou ouvrez un cours enregistré."
        ),
        "offline.page.saved": "Cours enregistrés sur cet appareil :",
        "offline.page.none": (
            "Aucun cours n'est encore enregistré sur cet appareil. Une fois connecté, ouvrez "
            "la page d'un cours et appuyez sur « Enregistrer ce cours pour le lire hors ligne »."
        ),
        "offline.page.home": "Accueil",
        "bundle.other.title": "La version arabe n'est pas dans ce fichier",
        "bundle.other.body": (
            "Ce fichier ({fr}) ne contient que les leçons en français. Les leçons en arabe "
            "sont dans le fichier {ar}, et les deux langues dans {both} : demandez-le à votre "
            "formateur."
        ),
    },
}

LANGUAGE_NAMES = {"ar": "العربية", "fr": "Français"}


def strings(lang: str) -> dict[str, str]:
    return STRINGS[lang]
