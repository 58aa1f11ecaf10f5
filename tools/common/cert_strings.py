"""Interface texts of the certificates (issue 26): the verify page, the certificates on the
progress page, "issue a certificate" and the signing key in the class view, the printed
certificate. Merged into tools/common/ui_strings.py's STRINGS (`cert.*` keys); the verdicts
themselves are in tools/common/messages.py (`cert.*`), shared with the command line."""

from __future__ import annotations

CERT: dict[str, dict[str, str]] = {
    "ar": {
        "cert.verify.paste": "ألصق الشهادة أو رابطها",
        "cert.verify.button": "تحقّق",
        "cert.verify.file": "افتح ملف شهادة",
        "cert.verify.scan": "امسح رمز QR بالكاميرا",
        "cert.stop": "أوقف الكاميرا",
        "cert.nocamera": "لم تُفتح الكاميرا: ألصق الرابط أو افتح الملف.",
        "cert.keep": "احتفظ بهذه الشهادة في هذا الهاتف",
        "cert.kept": "حُفظت الشهادة مع تقدّمك في هذا الهاتف (صفحة «ملخص تقدّمك»).",
        "cert.notkept": "لم تُحفظ: لا تُحفظ إلا شهادة صحيحة، وقد يكون التخزين معطّلًا.",
        "cert.print": "اطبع الشهادة",
        "cert.open": "اعرضها أو شاركها",
        "cert.name": "الاسم",
        "cert.course": "الدورة",
        "cert.lessons": "الدروس ({n} من {m})",
        "cert.lesson.unknown": "درس {id} (لم يعد في الموقع)",
        "cert.hours": "المدة بالساعات",
        "cert.date": "التاريخ",
        "cert.issuer": "وقّعها المؤطّر",
        "cert.id": "رقم الشهادة",
        "cert.qr": "رمز QR: رابط التحقق من هذه الشهادة",
        "cert.sheet": "الشهادة",
        "cert.mine.title": "شهاداتي",
        "cert.mine.none": "لا توجد شهادة في هذا الهاتف بعد. يمنحك المؤطّر شهادتك في الورشة.",
        "cert.mine.verify": "تحقّق من شهادة أو أضفها",
        "cert.verified": "شهادة صحيحة: وقّعها {issuer}، في {date}",
        "cert.noname": "مشارك {n}",
        "cert.issue.title": "منح شهادة",
        "cert.issue.intro": (
            "اختر مشاركًا أضفت رمز تقدّمه أعلاه، ثم الدورة: ترى الدروس التي أنهاها. اسأله كيف"
            " يُكتب اسمه، ثم وقّع بمفتاحك. يمسح المشارك رمز QR بكاميرا هاتفه، أو ترسل له"
            " الرابط أو الملف. لا يُرسل شيء إلى أي خادم."
        ),
        "cert.issue.empty": "أضف أولًا رموز تقدّم المشاركين أعلاه.",
        "cert.issue.who": "المشارك",
        "cert.issue.course": "الدورة",
        "cert.issue.name": "الاسم كما سيُطبع",
        "cert.issue.name.help": (
            "يكفي الاسم الشخصي. لا رقم بطاقة ولا هاتف ولا بريد إلكتروني: الشهادة لا تحمل غير"
            " الاسم والدورة والتاريخ."
        ),
        "cert.issue.sign": "وقّع الشهادة",
        "cert.issue.count": "{n} من {m} دروس منتهية",
        "cert.issue.nokey": "ليس في هذا الجهاز مفتاح توقيع: أنشئه أو استرجعه أسفله.",
        "cert.issue.nolesson": "لم ينهِ هذا المشارك أي درس من هذه الدورة.",
        "cert.issue.noname": "اكتب الاسم كما سيُطبع.",
        "cert.issue.done": (
            "وُقّعت الشهادة. يمسح المشارك رمز QR بكاميرا هاتفه، أو ترسل له الرابط أو الملف."
        ),
        "cert.issue.warn": "وُقّعت، لكن هذا الموقع لن يقبلها بعد: {why}",
        "cert.issue.link": "افتح الرابط",
        "cert.issue.file": "نزّل الملف",
        "cert.issue.linklabel": "الرابط (الشهادة بعد العلامة #، لا تُرسل إلى أي خادم)",
        "cert.issue.qr": "رمز QR للشهادة: يمسحه المشارك بكاميرا هاتفه",
        "cert.key.title": "مفتاح التوقيع الخاص بك",
        "cert.key.intro": (
            "لتوقيع الشهادات تحتاج إلى مفتاح يُنشأ في هذا الهاتف أو الحاسوب ولا يغادره أبدًا."
            " يصبح المؤطّر موقِّعًا حين يُضاف مفتاحه العام واسمه إلى الملف docs/issuers.yml في"
            " مستودع تمكين (طلب دمج يراجعه المسؤولون)، ثم يُبنى الموقع من جديد."
            " إن ضاع المفتاح أو سُرق، يُسحب بطلب دمج أيضًا."
        ),
        "cert.key.minors": (
            "بعض المشاركين قاصرون: اطلب الاسم الشخصي فقط إن شاؤوا، ولا تكتب أي معلومة أخرى"
            " عنهم. الشهادة تحمل الاسم والدورة والتاريخ فقط، ومن يملكها يقرّر لمن يُريها."
        ),
        "cert.key.name": "اسمك كما سيُطبع في الشهادات",
        "cert.key.pass": "كلمة سر للنسخة الاحتياطية (10 أحرف على الأقل)",
        "cert.key.pass2": "أعد كتابة كلمة السر",
        "cert.key.create": "أنشئ مفتاحي",
        "cert.key.restore.title": "استرجع مفتاحًا من نسخة احتياطية",
        "cert.key.file": "ملف النسخة الاحتياطية",
        "cert.key.restore.pass": "كلمة سر النسخة",
        "cert.key.restore": "استرجع المفتاح",
        "cert.key.who": "المفتاح ",
        "cert.key.listed": "هذا الموقع يعرفك باسم {name}، للدورات: {courses}{until}.",
        "cert.key.until": " (إلى {date})",
        "cert.key.unlisted": (
            "مفتاحك ليس بعد في قائمة هذا الموقع: أرسل المدخل أسفله في طلب دمج. إلى أن يُبنى"
            " الموقع به، تظهر الشهادات التي توقّعها «مؤطّر غير معروف»."
        ),
        "cert.key.entry": "مدخلك في docs/issuers.yml (المفتاح العام: ليس سرًّا)",
        "cert.key.backup": "نزّل النسخة الاحتياطية (مشفّرة)",
        "cert.key.backup.help": (
            "احفظ هذا الملف وكلمة السر في مكانين مختلفين: بهما تسترجع المفتاح إن ضاع الهاتف."
        ),
        "cert.key.remove": "احذف المفتاح من هذا الجهاز",
        "cert.key.remove.confirm": "حذف المفتاح؟ لن تستطيع التوقيع إلا باسترجاع النسخة الاحتياطية.",
        "cert.key.yes": "نعم، احذفه",
        "cert.key.no": "لا",
        "cert.key.noname": "اكتب اسمك كما سيُطبع.",
        "cert.key.short": "كلمة السر قصيرة: 10 أحرف على الأقل.",
        "cert.key.differ": "كلمتا السر مختلفتان.",
        "cert.key.making": "لحظة…",
        "cert.key.made": "أُنشئ المفتاح. نزّل النسخة الاحتياطية الآن واحفظها.",
        "cert.key.failed": "تعذّر ذلك في هذا المتصفح (يلزم متصفح حديث، وصفحة https أو ملف).",
        "cert.key.badfile": "ليس ملف نسخة احتياطية لمفتاح تمكين.",
        "cert.key.badpass": "كلمة السر خاطئة، أو تغيّر الملف.",
        "cert.key.restored": "استُرجع المفتاح.",
        "cert.key.removed": "حُذف المفتاح من هذا الجهاز.",
        "sheet.title": "شهادة إتمام",
        "sheet.by": "يُشهد أنّ",
        "sheet.done": "أتمّ دروس الدورة",
        "sheet.facts": "الدروس: {n} من {m} · المدة: {h} س",
        "sheet.on": "بتاريخ {date}",
        "sheet.issuer": "وقّعها المؤطّر",
        "sheet.verify": "للتحقق من هذه الشهادة: امسح رمز QR، أو افتح",
    },
    "fr": {
        "cert.verify.paste": "Collez le certificat ou son lien",
        "cert.verify.button": "Vérifier",
        "cert.verify.file": "Ouvrir un fichier de certificat",
        "cert.verify.scan": "Scanner le QR code avec la caméra",
        "cert.stop": "Arrêter la caméra",
        "cert.nocamera": "La caméra ne s’est pas ouverte : collez le lien ou ouvrez le fichier.",
        "cert.keep": "Garder ce certificat sur ce téléphone",
        "cert.kept": (
            "Certificat gardé avec votre progression sur ce téléphone (page « Votre"
            " récapitulatif »)."
        ),
        "cert.notkept": (
            "Pas gardé : seul un certificat vérifié est gardé, et le stockage est peut-être"
            " désactivé."
        ),
        "cert.print": "Imprimer le certificat",
        "cert.open": "L’afficher ou le partager",
        "cert.name": "Nom",
        "cert.course": "Cours",
        "cert.lessons": "Leçons ({n} sur {m})",
        "cert.lesson.unknown": "leçon {id} (plus sur le site)",
        "cert.hours": "Durée en heures",
        "cert.date": "Date",
        "cert.issuer": "Signé par le formateur",
        "cert.id": "Numéro du certificat",
        "cert.qr": "QR code : le lien pour vérifier ce certificat",
        "cert.sheet": "Le certificat",
        "cert.mine.title": "Mes certificats",
        "cert.mine.none": (
            "Pas encore de certificat sur ce téléphone. Le formateur vous le donne à l’atelier."
        ),
        "cert.mine.verify": "Vérifier ou ajouter un certificat",
        "cert.verified": "vérifié : signé par {issuer}, le {date}",
        "cert.noname": "Participant {n}",
        "cert.issue.title": "Délivrer un certificat",
        "cert.issue.intro": (
            "Choisissez un participant dont vous avez ajouté le code ci-dessus, puis le cours :"
            " vous voyez les leçons terminées. Demandez-lui comment écrire son nom, puis signez"
            " avec votre clé. Le participant scanne le QR code avec la caméra de son téléphone,"
            " ou vous lui envoyez le lien ou le fichier. Rien n’est envoyé à un serveur."
        ),
        "cert.issue.empty": "Ajoutez d’abord les codes de progression des participants ci-dessus.",
        "cert.issue.who": "Participant",
        "cert.issue.course": "Cours",
        "cert.issue.name": "Le nom tel qu’il sera imprimé",
        "cert.issue.name.help": (
            "Le prénom suffit. Ni numéro de carte, ni téléphone, ni e-mail : le certificat ne"
            " contient que le nom, le cours et la date."
        ),
        "cert.issue.sign": "Signer le certificat",
        "cert.issue.count": "{n} leçon(s) terminée(s) sur {m}",
        "cert.issue.nokey": (
            "Pas de clé de signature sur cet appareil : créez-la ou restaurez-la plus bas."
        ),
        "cert.issue.nolesson": "Ce participant n’a terminé aucune leçon de ce cours.",
        "cert.issue.noname": "Écrivez le nom tel qu’il sera imprimé.",
        "cert.issue.done": (
            "Certificat signé. Le participant scanne le QR code avec la caméra de son téléphone,"
            " ou vous lui envoyez le lien ou le fichier."
        ),
        "cert.issue.warn": "Signé, mais ce site ne l’acceptera pas encore : {why}",
        "cert.issue.link": "Ouvrir le lien",
        "cert.issue.file": "Télécharger le fichier",
        "cert.issue.linklabel": "Le lien (le certificat est après #, jamais envoyé à un serveur)",
        "cert.issue.qr": "QR code du certificat : le participant le scanne avec son téléphone",
        "cert.key.title": "Votre clé de signature",
        "cert.key.intro": (
            "Pour signer des certificats, il vous faut une clé, créée sur ce téléphone ou cet"
            " ordinateur, qui ne le quitte jamais. Un formateur devient signataire quand sa clé"
            " publique et son nom sont ajoutés au fichier docs/issuers.yml du dépôt Tamkeen (une"
            " demande de fusion relue par les responsables), puis que le site est reconstruit."
            " Une clé perdue ou volée est retirée de la même façon."
        ),
        "cert.key.minors": (
            "Certains participants sont mineurs : le prénom seul suffit s’ils le veulent, et"
            " n’écrivez rien d’autre sur eux. Le certificat ne porte que le nom, le cours et la"
            " date, et c’est son titulaire qui décide à qui le montrer."
        ),
        "cert.key.name": "Votre nom tel qu’il sera imprimé sur les certificats",
        "cert.key.pass": "Mot de passe de la sauvegarde (10 caractères au moins)",
        "cert.key.pass2": "Répétez le mot de passe",
        "cert.key.create": "Créer ma clé",
        "cert.key.restore.title": "Restaurer une clé depuis une sauvegarde",
        "cert.key.file": "Fichier de sauvegarde",
        "cert.key.restore.pass": "Mot de passe de la sauvegarde",
        "cert.key.restore": "Restaurer la clé",
        "cert.key.who": "Clé ",
        "cert.key.listed": ("Ce site vous connaît comme {name}, pour : {courses}{until}."),
        "cert.key.until": " (jusqu’au {date})",
        "cert.key.unlisted": (
            "Votre clé n’est pas encore sur la liste de ce site : envoyez l’entrée ci-dessous par"
            " une demande de fusion. Tant que le site n’est pas reconstruit avec elle, vos"
            " certificats s’affichent « formateur inconnu »."
        ),
        "cert.key.entry": "Votre entrée pour docs/issuers.yml (la clé publique : pas un secret)",
        "cert.key.backup": "Télécharger la sauvegarde (chiffrée)",
        "cert.key.backup.help": (
            "Gardez ce fichier et le mot de passe à deux endroits différents : avec eux, vous"
            " retrouvez la clé si le téléphone est perdu."
        ),
        "cert.key.remove": "Supprimer la clé de cet appareil",
        "cert.key.remove.confirm": (
            "Supprimer la clé ? Vous ne pourrez plus signer qu’en restaurant la sauvegarde."
        ),
        "cert.key.yes": "Oui, supprimer",
        "cert.key.no": "Non",
        "cert.key.noname": "Écrivez votre nom tel qu’il sera imprimé.",
        "cert.key.short": "Mot de passe trop court : 10 caractères au moins.",
        "cert.key.differ": "Les deux mots de passe sont différents.",
        "cert.key.making": "Un instant…",
        "cert.key.made": "Clé créée. Téléchargez la sauvegarde maintenant et gardez-la.",
        "cert.key.failed": (
            "Impossible dans ce navigateur (il faut un navigateur récent, et une page https ou"
            " un fichier)."
        ),
        "cert.key.badfile": "Ce n’est pas un fichier de sauvegarde de clé Tamkeen.",
        "cert.key.badpass": "Mauvais mot de passe, ou le fichier a changé.",
        "cert.key.restored": "Clé restaurée.",
        "cert.key.removed": "Clé supprimée de cet appareil.",
        "sheet.title": "Certificat de réussite",
        "sheet.by": "Nous certifions que",
        "sheet.done": "a terminé les leçons du cours",
        "sheet.facts": "Leçons : {n} sur {m} · Durée : {h} h",
        "sheet.on": "Le {date}",
        "sheet.issuer": "signé par le formateur",
        "sheet.verify": "Pour vérifier ce certificat : scannez le QR code, ou ouvrez",
    },
}
