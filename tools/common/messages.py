"""Every message of `check` (and of `make serve`'s banner), in English, Arabic and French:
the one table. Code names a message by its key; `make check lang=ar` prints Arabic.

An argument may itself be a message (`Msg`), rendered in the same language ("in output 2
of cell 3"). A test fails if a message lacks a language or uses an argument the others
do not.
"""

# Long module: one table of every message of `check`, each in English, Arabic and French (data,
# not code): a message's three languages stay side by side.

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

LANGS = ("en", "ar", "fr")
_lang = "en"


def set_language(lang: str) -> None:
    global _lang
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}: use one of {', '.join(LANGS)}")
    _lang = lang


def language() -> str:
    return _lang


@dataclass(frozen=True, order=True)
class Msg:
    key: str
    args: tuple[tuple[str, object], ...] = ()

    def text(self, lang: str | None = None) -> str:
        lang = lang or _lang
        values = {
            name: value.text(lang) if isinstance(value, Msg) else value for name, value in self.args
        }
        return MESSAGES[self.key][lang].format(**values)


def msg(key: str, /, **args: object) -> Msg:
    if key not in MESSAGES:
        raise KeyError(f"no message {key!r} in tools/common/messages.py")
    return Msg(
        key, tuple(sorted((k, v if isinstance(v, Msg) else str(v)) for k, v in args.items()))
    )


@dataclass(frozen=True, order=True)
class Error:
    """One finding at `path:line:col`; `warning` ones do not fail `check`."""

    path: Path
    line: int
    col: int
    message: Msg
    warning: bool = False
    # In a notebook's Markdown cell: (cell number, line in the cell); `line` and `col` are
    # then the place in the .ipynb file (for editors and CI annotations).
    cell: tuple[int, ...] = ()

    @property
    def key(self) -> str:
        return self.message.key

    @property
    def where(self) -> str:
        """`path:line:col`, or `path.ipynb:cell N:line N` in a notebook's Markdown cell."""
        if self.cell:
            return f"{rel(self.path)}:cell {self.cell[0]}:line {self.cell[1]}"
        return f"{rel(self.path)}:{self.line}:{self.col}"

    def text(self, lang: str | None = None) -> str:
        return self.message.text(lang)

    def __str__(self) -> str:
        prefix = MESSAGES["check.warning"][_lang] + " " if self.warning else ""
        return f"{self.where}: {prefix}{self.text()}"

    def annotation(self) -> str:
        kind = "warning" if self.warning else "error"
        return f"::{kind} file={rel(self.path)},line={self.line},col={self.col}::{self.text()}"


def error(path: Path, line: int, col: int, key: str, /, **args: object) -> Error:
    return Error(path, line, col, msg(key, **args))


def warning(path: Path, line: int, col: int, key: str, /, **args: object) -> Error:
    return Error(path, line, col, msg(key, **args), warning=True)


def rel(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _m(en: str, ar: str, fr: str) -> dict[str, str]:
    return {"en": en, "ar": ar, "fr": fr}


MESSAGES: dict[str, dict[str, str]] = {
    # --- check itself ---------------------------------------------------------------------
    "check.warning": _m("warning:", "تنبيه:", "avertissement :"),
    "check.none": _m("check: no errors", "الفحص: لا أخطاء", "vérification : aucune erreur"),
    "check.count": _m("{n} error(s)", "عدد الأخطاء: {n}", "{n} erreur(s)"),
    "check.warnings": _m("{n} warning(s)", "عدد التنبيهات: {n}", "{n} avertissement(s)"),
    "kind.page": _m("page", "صفحة", "page"),
    "kind.course": _m("course", "دورة", "cours"),
    "kind.module": _m("module", "وحدة", "module"),
    "kind.lesson": _m("lesson", "درس", "leçon"),
    # --- reading a file -------------------------------------------------------------------
    "encoding.not_utf8": _m(
        "not UTF-8 (byte offset {offset}): re-save the file as UTF-8 in your editor "
        "(Save as… › Encoding: UTF-8), or run `python -m tools fix-encoding {path}`",
        "الملف ليس بترميز UTF-8 (عند البايت {offset}): احفظه من جديد بترميز UTF-8 في محرّرك "
        "(حفظ باسم… › الترميز: UTF-8)، أو شغّل `python -m tools fix-encoding {path}`",
        "pas en UTF-8 (octet {offset}) : réenregistrez le fichier en UTF-8 dans votre éditeur "
        "(Enregistrer sous… › Encodage : UTF-8), ou lancez `python -m tools fix-encoding {path}`",
    ),
    "load.unreadable": _m(
        "this file could not be read, so it is not on the site: {problem}",
        "تعذّرت قراءة هذا الملف، فهو غير موجود في الموقع: {problem}",
        "ce fichier n'a pas pu être lu, il n'est donc pas sur le site : {problem}",
    ),
    # --- front matter (YAML) --------------------------------------------------------------
    "yaml.unclosed_front_matter": _m(
        "the front matter opened with --- on line 1 is never closed: add a line with --- "
        "after the last field",
        "المقدّمة (front matter) التي فُتحت بـ --- في السطر 1 لم تُغلق: أضف سطرًا فيه --- بعد آخر حقل",
        "l'en-tête ouvert par --- à la ligne 1 n'est jamais fermé : ajoutez une ligne --- "
        "après le dernier champ",
    ),
    "yaml.tab": _m(
        "a tab character in the front matter: YAML needs spaces; replace the tab with spaces",
        "حرف جدولة (Tab) في المقدّمة: YAML يحتاج إلى مسافات؛ استبدل الـTab بمسافات",
        "une tabulation dans l'en-tête : YAML veut des espaces ; remplacez-la par des espaces",
    ),
    "yaml.unclosed_bracket": _m(
        "the `{bracket}` opened on line {opened} is never closed: add `{closing}` at the end "
        "of the list",
        "القوس `{bracket}` المفتوح في السطر {opened} لم يُغلق: أضف `{closing}` في آخر القائمة",
        "le `{bracket}` ouvert à la ligne {opened} n'est jamais fermé : ajoutez `{closing}` "
        "à la fin de la liste",
    ),
    "yaml.unclosed_quote": _m(
        "the quote {quote} opened on line {opened} is never closed: add the closing {quote}",
        "علامة الاقتباس {quote} المفتوحة في السطر {opened} لم تُغلق: أضف {quote} في آخر النص",
        "le guillemet {quote} ouvert à la ligne {opened} n'est jamais fermé : ajoutez le "
        "{quote} de fin",
    ),
    "yaml.colon_in_value": _m(
        'the value of `{field}` contains « : », so it must be in quotes: {field}: "{value}"',
        'قيمة `{field}` تحتوي على « : »، لذا يجب وضعها بين علامتي اقتباس: {field}: "{value}"',
        "la valeur de `{field}` contient « : », elle doit donc être entre guillemets : "
        '{field}: "{value}"',
    ),
    "yaml.missing_colon": _m(
        "missing colon: write `name: value` (a colon and a space after the field name)",
        "نقطتان ناقصتان: اكتب `الحقل: القيمة` (نقطتان ومسافة بعد اسم الحقل)",
        "deux-points manquant : écrivez `champ: valeur` (deux-points et une espace après "
        "le nom du champ)",
    ),
    "yaml.indent": _m(
        "this line is indented differently from the lines around it: list items start "
        "with two spaces and `- `, fields start at the beginning of the line",
        "إزاحة هذا السطر تختلف عمّا حوله: عناصر القائمة تبدأ بمسافتين ثم `- `، والحقول تبدأ "
        "من أول السطر",
        "cette ligne n'est pas indentée comme les autres : les éléments de liste commencent "
        "par deux espaces et `- `, les champs en début de ligne",
    ),
    "yaml.not_mapping": _m(
        "the front matter must be `field: value` lines",
        "يجب أن تكون المقدّمة أسطرًا من نوع `الحقل: القيمة`",
        "l'en-tête doit être fait de lignes `champ: valeur`",
    ),
    "yaml.duplicate": _m(
        "`{field}` is written twice in the front matter (first on line {first}): keep one",
        "الحقل `{field}` مكتوب مرّتين في المقدّمة (أوّل مرة في السطر {first}): احتفظ بواحد",
        "`{field}` est écrit deux fois dans l'en-tête (d'abord ligne {first}) : gardez-en un",
    ),
    "yaml.other": _m(
        "the front matter is not valid YAML here ({problem}): check the quotes, colons and "
        "indentation of this line",
        "المقدّمة ليست YAML صالحًا هنا ({problem}): راجع علامات الاقتباس والنقطتين والإزاحة "
        "في هذا السطر",
        "l'en-tête n'est pas du YAML valide ici ({problem}) : vérifiez guillemets, "
        "deux-points et indentation de cette ligne",
    ),
    "fm.unknown_field": _m(
        "unknown front matter field `{name}` for a {kind}; allowed: {allowed}",
        "حقل غير معروف `{name}` في مقدّمة {kind}؛ الحقول المسموح بها: {allowed}",
        "champ d'en-tête inconnu `{name}` pour un(e) {kind} ; champs permis : {allowed}",
    ),
    "fm.missing_field": _m(
        "missing front matter field `{name}` ({help})",
        "الحقل `{name}` ناقص في المقدّمة ({help})",
        "champ d'en-tête manquant `{name}` ({help})",
    ),
    "help.title": _m(
        "the page title, in the page's language",
        "عنوان الصفحة، بلغة الصفحة",
        "le titre de la page, dans sa langue",
    ),
    "help.description": _m(
        "one sentence for search engines and link previews",
        "جملة واحدة لمحركات البحث ومعاينات الروابط",
        "une phrase pour les moteurs de recherche et les aperçus de liens",
    ),
    "help.order": _m(
        "position among its siblings (else the number in the name)",
        "الترتيب بين نظيراته (وإلا فالرقم في الاسم)",
        "position parmi ses voisins (sinon le numéro du nom)",
    ),
    "help.translation_of": _m(
        "set by `python -m tools translated`",
        "يكتبه الأمر `python -m tools translated`",
        "écrit par `python -m tools translated`",
    ),
    "help.session": _m(
        "workshop length in minutes for the trainer page (120)",
        "مدة الورشة بالدقائق لصفحة المؤطّر (120)",
        "durée de l'atelier en minutes pour la page animateur (120)",
    ),
    "help.materials": _m(
        "what the trainer prepares, on the trainer page; a lesson lists what its trainer"
        " notes ask for, and its module lists them all",
        "ما يحضّره المؤطّر، في صفحة المؤطّر؛ يذكر الدرس ما تطلبه ملاحظات المؤطّر، وتذكرها الوحدة كلها",
        "ce que l'animateur prépare, sur la page animateur ; une leçon donne ce que ses notes"
        " demandent, et son module les donne tous",
    ),
    "materials.from_notes": _m(
        "the trainer notes here ask for {thing}, but the lesson's `materials` has no item for"
        " it: add one (and the same to its module's `materials`)",
        "ملاحظات المؤطّر هنا تطلب {thing}، وليس لها بند في `materials` الدرس: أضفه (وأضفه كذلك"
        " إلى `materials` الوحدة)",
        "les notes de l'animateur demandent ici {thing}, mais les `materials` de la leçon n'ont"
        " pas d'élément pour cela : ajoutez-en un (et le même dans les `materials` du module)",
    ),
    "materials.not_in_module": _m(
        "`{item}` is in this lesson's `materials` but not in its module's ({module}): add it"
        " there, written the same way, so the trainer page lists it",
        "`{item}` مذكور في `materials` هذا الدرس وليس في `materials` وحدته ({module}): أضفه"
        " هناك بالكتابة نفسها لتظهر في صفحة المؤطّر",
        "`{item}` figure dans les `materials` de cette leçon mais pas dans ceux de son module"
        " ({module}) : ajoutez-le là, écrit de la même façon, pour que la page animateur le"
        " liste",
    ),
    "help.objectives": _m(
        "what the reader can do at the end, checkable",
        "ما يستطيع المتعلّم فعله في النهاية، قابلًا للتحقق",
        "ce que l'apprenant saura faire à la fin, vérifiable",
    ),
    "help.duration": _m(
        "minutes of reading and doing, 5 to 120",
        "دقائق القراءة والتطبيق، من 5 إلى 120",
        "minutes de lecture et de pratique, de 5 à 120",
    ),
    "help.level": _m(
        "one of: beginner, intermediate, advanced",
        "واحد من: beginner، intermediate، advanced",
        "l'un de : beginner, intermediate, advanced",
    ),
    "help.keypoints": _m(
        "the points to remember, shown at the end",
        "الأفكار التي يجب تذكّرها، تظهر في النهاية",
        "les points à retenir, affichés à la fin",
    ),
    "help.prerequisites": _m(
        "what to know or have done before",
        "ما يجب معرفته أو إنجازه قبل الدرس",
        "ce qu'il faut savoir ou avoir fait avant",
    ),
    "help.updated": _m(
        "date of the last real change, YYYY-MM-DD",
        "تاريخ آخر تعديل حقيقي، بالشكل YYYY-MM-DD",
        "date du dernier vrai changement, AAAA-MM-JJ",
    ),
    "type.str": _m(
        "`{name}` must be non-empty text",
        "يجب أن يكون `{name}` نصًّا غير فارغ",
        "`{name}` doit être un texte non vide",
    ),
    "type.int": _m(
        "`{name}` must be a whole number, like `{name}: 20` (no unit, no quotes)",
        "يجب أن يكون `{name}` عددًا صحيحًا، مثل `{name}: 20` (بلا وحدة ولا علامات اقتباس)",
        "`{name}` doit être un nombre entier, comme `{name}: 20` (sans unité ni guillemets)",
    ),
    "type.duration": _m(
        "`duration` must be between {low} and {high} minutes",
        "يجب أن تكون `duration` بين {low} و{high} دقيقة",
        "`duration` doit être entre {low} et {high} minutes",
    ),
    "type.date": _m(
        "`{name}` must be a date written YYYY-MM-DD, like 2026-11-29",
        "يجب أن يكون `{name}` تاريخًا بالشكل YYYY-MM-DD، مثل 2026-11-29",
        "`{name}` doit être une date AAAA-MM-JJ, comme 2026-11-29",
    ),
    "type.list": _m(
        "`{name}` must be a list of one or more texts (lines starting with `  - `)",
        "يجب أن يكون `{name}` قائمة من نص واحد أو أكثر (أسطر تبدأ بـ `  - `)",
        "`{name}` doit être une liste d'un ou plusieurs textes (lignes commençant par `  - `)",
    ),
    "type.level": _m(
        "`level` must be one of: {levels}",
        "يجب أن يكون `level` واحدًا من: {levels}",
        "`level` doit être l'un de : {levels}",
    ),
    "type.hash": _m(
        "`translation_of` must be the 12-character hash written by `python -m tools translated`",
        "يجب أن يكون `translation_of` البصمة ذات 12 حرفًا التي يكتبها `python -m tools translated`",
        "`translation_of` doit être l'empreinte de 12 caractères écrite par "
        "`python -m tools translated`",
    ),
    # --- names and pairs ------------------------------------------------------------------
    "pairs.missing": _m(
        "no {lang} version: create {create}",
        "لا توجد نسخة {lang}: أنشئ {create}",
        "pas de version {lang} : créez {create}",
    ),
    "pairs.no_suffix": _m(
        "no language suffix: name it x.ar.md and x.fr.md",
        "لا لاحقة لغة في الاسم: سمِّه x.ar.md و x.fr.md",
        "pas de suffixe de langue : nommez-le x.ar.md et x.fr.md",
    ),
    "name.bad": _m(
        "name `{name}` must use only lowercase a-z, 0-9 and - (for example `02-generative-ai`)",
        "الاسم `{name}` يجب أن يستعمل فقط a-z الصغيرة و0-9 و- (مثل `02-generative-ai`)",
        "le nom `{name}` ne doit utiliser que a-z minuscules, 0-9 et - "
        "(par exemple `02-generative-ai`)",
    ),
    "url.same": _m(
        "same URL /{url} as {others}; rename one of them",
        "نفس الرابط /{url} مثل {others}؛ غيّر اسم أحدهما",
        "même URL /{url} que {others} ; renommez l'un des deux",
    ),
    # --- headings -------------------------------------------------------------------------
    "heading.skip": _m(
        "heading skips a level: H{previous} then H{level}; use H{expected}",
        "العنوان يقفز مستوى: H{previous} ثم H{level}؛ استعمل H{expected}",
        "le titre saute un niveau : H{previous} puis H{level} ; utilisez H{expected}",
    ),
    "heading.repeat": _m(
        'repeated heading "{text}" (H{level}), first at line {first}',
        'عنوان مكرّر "{text}" (H{level})، أوّل مرة في السطر {first}',
        "titre répété « {text} » (H{level}), déjà ligne {first}",
    ),
    "heading.no_space": _m(
        "`{text}` is a heading on the site: write a space after the #, like `## Title`",
        "`{text}` يظهر عنوانًا في الموقع: اكتب مسافة بعد #، مثل `## العنوان`",
        "`{text}` devient un titre sur le site : mettez une espace après le #, comme `## Titre`",
    ),
    "render.differs": _m(
        "the site reads this part differently from the checker ({what}): "
        "check the indentation and blank lines around it",
        "الموقع يقرأ هذا الجزء بشكل مختلف عن الفاحص ({what}): راجع الإزاحة والأسطر الفارغة حوله",
        "le site lit ce passage autrement que la vérification ({what}) : vérifiez "
        "l'indentation et les lignes vides autour",
    ),
    # --- links and images -----------------------------------------------------------------
    "link.no_alt": _m(
        "image without alt text: describe it between the brackets, ![like this](...)",
        "صورة بلا نص بديل: صِفها بين القوسين المربعين، ![هكذا](...)",
        "image sans texte alternatif : décrivez-la entre les crochets, ![comme ceci](...)",
    ),
    "link.http": _m(
        "insecure link {url}: use https://",
        "رابط غير آمن {url}: استعمل https://",
        "lien non sécurisé {url} : utilisez https://",
    ),
    "link.image_missing": _m(
        "image not found: {path}",
        "الصورة غير موجودة: {path}",
        "image introuvable : {path}",
    ),
    "link.image_missing_suggest": _m(
        "image not found: {path}; did you mean `{suggest}`?",
        "الصورة غير موجودة: {path}؛ هل تقصد `{suggest}`؟",
        "image introuvable : {path} ; vouliez-vous dire `{suggest}` ?",
    ),
    "link.page_missing": _m(
        "link to a missing page: {path} (neither {localized} nor {path} exists)",
        "رابط إلى صفحة غير موجودة: {path} (لا يوجد {localized} ولا {path})",
        "lien vers une page absente : {path} (ni {localized} ni {path} n'existe)",
    ),
    "link.page_missing_suggest": _m(
        "link to a missing page: {path}; did you mean `{suggest}`?",
        "رابط إلى صفحة غير موجودة: {path}؛ هل تقصد `{suggest}`؟",
        "lien vers une page absente : {path} ; vouliez-vous dire `{suggest}` ?",
    ),
    "link.anchor_missing": _m(
        "anchor #{anchor} not found in {target}: no heading or {{#id}} makes that id",
        "المرساة #{anchor} غير موجودة في {target}: لا عنوان ولا {{#id}} يعطي هذا المعرّف",
        "ancre #{anchor} introuvable dans {target} : aucun titre ni {{#id}} ne donne cet id",
    ),
    "link.anchor_missing_suggest": _m(
        "anchor #{anchor} not found in {target}; did you mean `#{suggest}`?",
        "المرساة #{anchor} غير موجودة في {target}؛ هل تقصد `#{suggest}`؟",
        "ancre #{anchor} introuvable dans {target} ; vouliez-vous dire `#{suggest}` ?",
    ),
    "link.absolute": _m(
        "absolute link {url}: it breaks on the offline copy and on forks; link to the "
        "lesson file instead, like `{suggest}`",
        "رابط مطلق {url}: ينكسر في النسخة غير المتصلة وفي النسخ الأخرى؛ اربط بملف الدرس بدلًا "
        "منه، مثل `{suggest}`",
        "lien absolu {url} : il casse hors ligne et sur les copies du site ; liez plutôt le "
        "fichier de la leçon, comme `{suggest}`",
    ),
    "link.html": _m(
        "link to an .html file {url}: link to the Markdown file (`.md`) instead; the site "
        "makes the page address",
        "رابط إلى ملف .html ‏{url}: اربط بملف Markdown ‏(`.md`) بدلًا منه؛ الموقع يصنع عنوان الصفحة",
        "lien vers un fichier .html {url} : liez le fichier Markdown (`.md`) ; le site "
        "fabrique l'adresse de la page",
    ),
    "link.other_language": _m(
        "link from this {lang} page straight to {url}: write `{suggest}` and the site picks "
        "the reader's language",
        "رابط من صفحة {lang} مباشرة إلى {url}: اكتب `{suggest}` وسيختار الموقع لغة القارئ",
        "lien d'une page {lang} directement vers {url} : écrivez `{suggest}` et le site "
        "choisit la langue du lecteur",
    ),
    "lang.ar": _m("Arabic", "عربية", "arabe"),
    "lang.fr": _m("French", "فرنسية", "française"),
    # --- safety ---------------------------------------------------------------------------
    "safety.tag": _m(
        "raw <{tag}> is not allowed in Markdown",
        "الوسم <{tag}> غير مسموح به في Markdown",
        "la balise <{tag}> n'est pas permise dans le Markdown",
    ),
    "safety.handler": _m(
        "event handler attribute `{attr}=` is not allowed in Markdown",
        "خاصية الحدث `{attr}=` غير مسموح بها في Markdown",
        "l'attribut d'événement `{attr}=` n'est pas permis dans le Markdown",
    ),
    "safety.js_url": _m(
        "`javascript:` URL is not allowed",
        "رابط `javascript:` غير مسموح به",
        "une URL `javascript:` n'est pas permise",
    ),
    "safety.bidi": _m(
        "bidi control character U+{code} in code (Trojan Source); remove it",
        "حرف تحكّم في الاتجاه U+{code} داخل الشيفرة (Trojan Source)؛ احذفه",
        "caractère de contrôle bidi U+{code} dans du code (Trojan Source) ; supprimez-le",
    ),
    # --- blocks ---------------------------------------------------------------------------
    "block.unknown": _m(
        "unknown block type `{type}`; did you mean `{suggest}`? Allowed: {allowed}",
        "نوع كتلة غير معروف `{type}`؛ هل تقصد `{suggest}`؟ المسموح: {allowed}",
        "type de bloc inconnu `{type}` ; vouliez-vous dire `{suggest}` ? Permis : {allowed}",
    ),
    "block.unknown_nosuggest": _m(
        "unknown block type `{type}`; allowed: {allowed}",
        "نوع كتلة غير معروف `{type}`؛ المسموح: {allowed}",
        "type de bloc inconnu `{type}` ; permis : {allowed}",
    ),
    "block.title_quotes": _m(
        'a block title goes in quotes: `{marker} {type} "{title}"`',
        'عنوان الكتلة يوضع بين علامتي اقتباس: `{marker} {type} "{title}"`',
        'le titre d\'un bloc se met entre guillemets : `{marker} {type} "{title}"`',
    ),
    "block.not_a_block": _m(
        '`{text}` is shown as plain text on the site: write `!!! type` or `!!! type "Title"` '
        "at the start of the line",
        '`{text}` سيظهر نصًّا عاديًّا في الموقع: اكتب `!!! type` أو `!!! type "العنوان"` في أول السطر',
        "`{text}` s'affiche comme du texte sur le site : écrivez `!!! type` ou "
        '`!!! type "Titre"` en début de ligne',
    ),
    "block.trainer_title": _m(
        "trainer notes in a `{type}` block are shown to participants: use `!!! trainer`",
        "ملاحظات المؤطّر داخل كتلة `{type}` تظهر للمشاركين: استعمل `!!! trainer`",
        "des notes d'animateur dans un bloc `{type}` sont montrées aux participants : "
        "utilisez `!!! trainer`",
    ),
    "block.empty": _m(
        "the `{type}` block is empty: indent its text by 4 spaces under the `{marker}` line",
        "الكتلة `{type}` فارغة: أزِح نصّها بأربع مسافات تحت سطر `{marker}`",
        "le bloc `{type}` est vide : indentez son texte de 4 espaces sous la ligne `{marker}`",
    ),
    # --- quizzes --------------------------------------------------------------------------
    "quiz.no_question": _m(
        "quiz has no question: write it first",
        "الاختبار بلا سؤال: اكتبه أوّلًا",
        "le quiz n'a pas de question : écrivez-la d'abord",
    ),
    "quiz.no_options": _m(
        "quiz has no options: list them as `- [x] right` and `- [ ] wrong`",
        "الاختبار بلا خيارات: اكتبها هكذا `- [x] صحيح` و`- [ ] خطأ`",
        "le quiz n'a pas d'options : écrivez-les `- [x] juste` et `- [ ] faux`",
    ),
    "quiz.no_right": _m(
        "quiz has no right option: mark one with `- [x]`",
        "الاختبار بلا خيار صحيح: علّم واحدًا بـ `- [x]`",
        "le quiz n'a pas de bonne réponse : marquez-en une avec `- [x]`",
    ),
    "quiz.no_feedback": _m(
        "option has no feedback: add an indented line under it saying why it is right or wrong",
        "الخيار بلا تعليق: أضف تحته سطرًا مُزاحًا يشرح لماذا هو صحيح أو خطأ",
        "l'option n'a pas de retour : ajoutez dessous une ligne indentée qui dit pourquoi "
        "elle est juste ou fausse",
    ),
    "quiz.count": _m(
        "{have} quiz question(s) here, {want} in {name}; both languages need the same "
        "questions in the same order",
        "هنا {have} سؤال اختبار، وفي {name} ‏{want}؛ يلزم في اللغتين نفس الأسئلة بنفس الترتيب",
        "{have} question(s) de quiz ici, {want} dans {name} ; les deux langues doivent avoir "
        "les mêmes questions dans le même ordre",
    ),
    "quiz.options": _m(
        "{have} option(s) here, {want} in the same question at {where}; translate every "
        "option, in the same order",
        "هنا {have} خيار، وفي نفس السؤال في {where} ‏{want}؛ ترجم كل الخيارات بنفس الترتيب",
        "{have} option(s) ici, {want} dans la même question en {where} ; traduisez chaque "
        "option, dans le même ordre",
    ),
    "quiz.moved_right": _m(
        "option {n} is marked right here but wrong at {where}; the right answers must be "
        "the same in every language",
        "الخيار {n} معلَّم صحيحًا هنا لكنه خطأ في {where}؛ يجب أن تكون الإجابات الصحيحة نفسها "
        "في كل لغة",
        "l'option {n} est marquée juste ici mais fausse en {where} ; les bonnes réponses "
        "doivent être les mêmes dans chaque langue",
    ),
    "quiz.moved_wrong": _m(
        "option {n} is marked wrong here but right at {where}; the right answers must be "
        "the same in every language",
        "الخيار {n} معلَّم خطأً هنا لكنه صحيح في {where}؛ يجب أن تكون الإجابات الصحيحة نفسها "
        "في كل لغة",
        "l'option {n} est marquée fausse ici mais juste en {where} ; les bonnes réponses "
        "doivent être les mêmes dans chaque langue",
    ),
    # --- parity between languages ---------------------------------------------------------
    "structure.h2": _m(
        "{have} H2 section(s) here, {want} in {name}; both languages need the same structure",
        "هنا {have} قسم H2، وفي {name} ‏{want}؛ يلزم نفس البنية في اللغتين",
        "{have} section(s) H2 ici, {want} dans {name} ; les deux langues doivent avoir la "
        "même structure",
    ),
    "structure.exercises": _m(
        "{have} exercise block(s) (`!!! exercise`) here, {want} in {name}; both languages "
        "need the same structure",
        "هنا {have} كتلة تمرين (`!!! exercise`)، وفي {name} ‏{want}؛ يلزم نفس البنية في اللغتين",
        "{have} bloc(s) d'exercice (`!!! exercise`) ici, {want} dans {name} ; les deux "
        "langues doivent avoir la même structure",
    ),
    "structure.code_count": _m(
        "{have} code block(s) here, {want} in {name}; both languages need the same code blocks",
        "هنا {have} كتلة شيفرة، وفي {name} ‏{want}؛ يلزم نفس كتل الشيفرة في اللغتين",
        "{have} bloc(s) de code ici, {want} dans {name} ; les deux langues doivent avoir "
        "les mêmes blocs de code",
    ),
    "structure.code_differs": _m(
        "code block differs from the one at {where}; code stays the same in every language",
        "كتلة الشيفرة تختلف عن التي في {where}؛ الشيفرة تبقى نفسها في كل لغة",
        "le bloc de code diffère de celui en {where} ; le code reste le même dans chaque langue",
    ),
    "parity.field": _m(
        "`{field}` is {have} here but {want} in {name}; it must be the same in both languages",
        "قيمة `{field}` هنا {have} لكنها {want} في {name}؛ يجب أن تكون نفسها في اللغتين",
        "`{field}` vaut {have} ici mais {want} dans {name} ; il doit être le même dans les "
        "deux langues",
    ),
    "parity.image_missing": _m(
        "image {image} is in {name} but not here; both languages show the same images",
        "الصورة {image} موجودة في {name} وليست هنا؛ اللغتان تعرضان نفس الصور",
        "l'image {image} est dans {name} mais pas ici ; les deux langues montrent les mêmes images",
    ),
    "parity.image_extra": _m(
        "image {image} is here but not in {name}; both languages show the same images",
        "الصورة {image} موجودة هنا وليست في {name}؛ اللغتان تعرضان نفس الصور",
        "l'image {image} est ici mais pas dans {name} ; les deux langues montrent les mêmes images",
    ),
    "scaffold.placeholder": _m(
        "placeholder text left from `python -m tools new`: replace “{text}” with your own",
        "نص مؤقت متروك من `python -m tools new`: استبدل «{text}» بنصّك",
        "texte provisoire laissé par `python -m tools new` : remplacez « {text} » par le vôtre",
    ),
    "stale.translation": _m(
        "stale translation: {name} changed after it; update it, then run "
        "`python -m tools translated {path}`",
        "ترجمة قديمة: تغيّر {name} بعدها؛ حدّثها ثم شغّل `python -m tools translated {path}`",
        "traduction périmée : {name} a changé depuis ; mettez-la à jour puis lancez "
        "`python -m tools translated {path}`",
    ),
    # --- glossary, images -----------------------------------------------------------------
    "glossary.yaml": _m(
        "not valid YAML: {problem}",
        "ليس YAML صالحًا: {problem}",
        "YAML non valide : {problem}",
    ),
    "glossary.not_list": _m(
        "the glossary must be a list of `- id: …` entries",
        "يجب أن يكون المسرد قائمة من مداخل `- id: …`",
        "le glossaire doit être une liste d'entrées `- id: …`",
    ),
    "glossary.entry": _m(
        "each entry must have id, ar and fr",
        "يجب أن يحتوي كل مدخل على id وar وfr",
        "chaque entrée doit avoir id, ar et fr",
    ),
    "glossary.bad_id": _m(
        "`id` must be lowercase a-z, 0-9 and -",
        "يجب أن يتكوّن `id` من a-z الصغيرة و0-9 و-",
        "`id` doit être fait de a-z minuscules, 0-9 et -",
    ),
    "glossary.dup_id": _m(
        "id `{id}` already used on line {first}",
        "المعرّف `{id}` مستعمل سابقًا في السطر {first}",
        "l'id `{id}` est déjà utilisé ligne {first}",
    ),
    "glossary.missing": _m(
        "`{lang}.{field}` is missing for this term",
        "`{lang}.{field}` ناقص لهذا المصطلح",
        "`{lang}.{field}` manque pour ce terme",
    ),
    "image.too_big": _m(
        "image is {size} KB, over the {budget} KB budget for phones: run `make images` "
        "(`python -m tools images shrink {path}`), or save it smaller, at most {width} "
        "pixels wide",
        "حجم الصورة {size} ك.ب، أكبر من الحد {budget} ك.ب للهواتف: شغّل `make images` "
        "(`python -m tools images shrink {path}`)، أو احفظها أصغر، بعرض {width} بكسل على الأكثر",
        "l'image fait {size} Ko, au-delà du budget de {budget} Ko pour les téléphones : "
        "lancez `make images` (`python -m tools images shrink {path}`), ou enregistrez-la "
        "plus petite, {width} pixels de large au plus",
    ),
    # --- notebooks ------------------------------------------------------------------------
    "nb.not_utf8": _m(
        "not UTF-8; save the notebook again from Jupyter",
        "ليس بترميز UTF-8؛ احفظ الدفتر من جديد من Jupyter",
        "pas en UTF-8 ; réenregistrez le notebook depuis Jupyter",
    ),
    "nb.json": _m(
        "not valid JSON ({problem}): the file is damaged; open it in Jupyter or undo the last edit",
        "ليس JSON صالحًا ({problem}): الملف تالف؛ افتحه في Jupyter أو تراجع عن آخر تعديل",
        "JSON non valide ({problem}) : le fichier est abîmé ; ouvrez-le dans Jupyter ou "
        "annulez la dernière modification",
    ),
    "nb.not_object": _m(
        "not a notebook: the file must hold a JSON object",
        "ليس دفترًا: يجب أن يحتوي الملف على كائن JSON",
        "pas un notebook : le fichier doit contenir un objet JSON",
    ),
    "nb.too_old": _m(
        "notebook format {version} is too old (we need 4): open and re-save it in Jupyter",
        "صيغة الدفتر {version} قديمة جدًّا (نحتاج 4): افتحه واحفظه من جديد في Jupyter",
        "format de notebook {version} trop ancien (il faut 4) : ouvrez-le et réenregistrez-le "
        "dans Jupyter",
    ),
    "nb.upgrade": _m(
        "notebook format 4.{minor} is older than 4.5 (no cell ids): run "
        "`python -m tools notebook upgrade {path}`",
        "صيغة الدفتر 4.{minor} أقدم من 4.5 (بلا معرّفات خلايا): شغّل "
        "`python -m tools notebook upgrade {path}`",
        "format de notebook 4.{minor} antérieur à 4.5 (pas d'id de cellule) : lancez "
        "`python -m tools notebook upgrade {path}`",
    ),
    "nb.invalid": _m(
        "invalid notebook at {place}: {problem}",
        "دفتر غير صالح عند {place}: {problem}",
        "notebook non valide en {place} : {problem}",
    ),
    "nb.no_front_matter": _m(
        "no lesson front matter: add `tamkeen` to the notebook metadata (title, objectives, "
        "duration, level, keypoints, updated) or a first raw cell",
        "لا مقدّمة درس: أضف `tamkeen` إلى بيانات الدفتر (title وobjectives وduration وlevel "
        "وkeypoints وupdated) أو خلية raw أولى",
        "pas d'en-tête de leçon : ajoutez `tamkeen` aux métadonnées du notebook (title, "
        "objectives, duration, level, keypoints, updated) ou une première cellule raw",
    ),
    "nb.unknown_field": _m(
        "unknown lesson field `{name}`; allowed: {allowed}",
        "حقل درس غير معروف `{name}`؛ المسموح: {allowed}",
        "champ de leçon inconnu `{name}` ; permis : {allowed}",
    ),
    "nb.missing_field": _m(
        "missing lesson field `{name}` ({help})",
        "حقل الدرس `{name}` ناقص ({help})",
        "champ de leçon manquant `{name}` ({help})",
    ),
    "nb.output_big": _m(
        "{where} is {size} KB (budget {budget} KB): print less, or save a smaller image",
        "حجم {where} ‏{size} ك.ب (الحد {budget} ك.ب): اطبع أقل، أو احفظ صورة أصغر",
        "{where} fait {size} Ko (budget {budget} Ko) : affichez moins, ou une image plus petite",
    ),
    "nb.total_big": _m(
        "outputs total {size} KB (budget {budget} KB); the biggest is in cell {cell}",
        "مجموع المخرجات {size} ك.ب (الحد {budget} ك.ب)؛ أكبرها في الخلية {cell}",
        "les sorties font {size} Ko au total (budget {budget} Ko) ; la plus grosse est dans "
        "la cellule {cell}",
    ),
    "nb.local_path": _m(
        "a local path ({found}) in {where}: run `python -m tools notebook refresh` or remove it",
        "مسار محلي ({found}) في {where}: شغّل `python -m tools notebook refresh` أو احذفه",
        "un chemin local ({found}) dans {where} : lancez `python -m tools notebook refresh` "
        "ou supprimez-le",
    ),
    "nb.email": _m(
        "an e-mail address ({found}) in {where}: run `python -m tools notebook refresh` or "
        "remove it",
        "عنوان بريد إلكتروني ({found}) في {where}: شغّل `python -m tools notebook refresh` أو احذفه",
        "une adresse e-mail ({found}) dans {where} : lancez `python -m tools notebook refresh` "
        "ou supprimez-la",
    ),
    "nb.secret": _m(
        "looks like {what} in {where}: remove it, revoke it, and never put keys in a notebook",
        "يبدو أنه {what} في {where}: احذفه وألغِه، ولا تضع المفاتيح في دفتر أبدًا",
        "cela ressemble à {what} dans {where} : supprimez-le, révoquez-le, et ne mettez "
        "jamais de clé dans un notebook",
    ),
    "secret.openai": _m(
        "an OpenAI-style API key", "مفتاح API من نوع OpenAI", "une clé d'API de type OpenAI"
    ),
    "secret.aws": _m("an AWS access key", "مفتاح دخول AWS", "une clé d'accès AWS"),
    "secret.github": _m("a GitHub token", "رمز دخول GitHub", "un jeton GitHub"),
    "secret.google": _m("a Google API key", "مفتاح API من Google", "une clé d'API Google"),
    "secret.slack": _m("a Slack token", "رمز دخول Slack", "un jeton Slack"),
    "secret.hf": _m("a Hugging Face token", "رمز دخول Hugging Face", "un jeton Hugging Face"),
    "secret.private_key": _m("a private key", "مفتاح خاص", "une clé privée"),
    "secret.password": _m(
        "a password or token", "كلمة مرور أو رمز دخول", "un mot de passe ou un jeton"
    ),
    "where.metadata": _m(
        "the notebook metadata", "بيانات الدفتر الوصفية", "les métadonnées du notebook"
    ),
    "where.cell": _m("cell {cell}", "الخلية {cell}", "la cellule {cell}"),
    "where.cell_part": _m(
        "the {part} of cell {cell}",
        "جزء {part} من الخلية {cell}",
        "le champ {part} de la cellule {cell}",
    ),
    "where.output": _m(
        "output {output} of cell {cell}",
        "المخرج {output} من الخلية {cell}",
        "la sortie {output} de la cellule {cell}",
    ),
    "where.markdown_cell": _m(
        "markdown cell {cell}", "خلية markdown رقم {cell}", "la cellule markdown {cell}"
    ),
    "where.raw_cell": _m("raw cell {cell}", "خلية raw رقم {cell}", "la cellule raw {cell}"),
    "nb.tag": _m(
        "<{tag}> in {where} is not allowed (removed from the page)",
        "الوسم <{tag}> في {where} غير مسموح به (يُحذف من الصفحة)",
        "<{tag}> dans {where} n'est pas permis (retiré de la page)",
    ),
    "nb.handler": _m(
        "event handler `{attr}=` in {where} is not allowed (removed from the page)",
        "خاصية الحدث `{attr}=` في {where} غير مسموح بها (تُحذف من الصفحة)",
        "l'attribut d'événement `{attr}=` dans {where} n'est pas permis (retiré de la page)",
    ),
    "nb.js_url": _m(
        "`javascript:` URL in {where}",
        "رابط `javascript:` في {where}",
        "URL `javascript:` dans {where}",
    ),
    "nb.bidi": _m(
        "bidi control character U+{code} in code cell {cell} (Trojan Source); remove it",
        "حرف تحكّم في الاتجاه U+{code} في خلية الشيفرة {cell} (Trojan Source)؛ احذفه",
        "caractère de contrôle bidi U+{code} dans la cellule de code {cell} (Trojan Source) ; "
        "supprimez-le",
    ),
    "nb.js_output": _m(
        "JavaScript {where}: it is dropped from the page; clear it (the site runs no code "
        "from notebooks)",
        "JavaScript في {where}: يُحذف من الصفحة؛ امسحه (الموقع لا يشغّل شيفرة من الدفاتر)",
        "du JavaScript dans {where} : il est retiré de la page ; effacez-le (le site "
        "n'exécute aucun code des notebooks)",
    ),
    "nb.bad_name": _m(
        "notebook in the wrong place or with the wrong name: use "
        "notebooks/<course>/<module>/<lesson>.<lang>.ipynb (lang: {langs}; lowercase letters, "
        "digits and -)",
        "دفتر في مكان خاطئ أو باسم خاطئ: استعمل notebooks/<course>/<module>/<lesson>.<lang>.ipynb "
        "(lang: {langs}؛ حروف صغيرة وأرقام و-)",
        "notebook mal placé ou mal nommé : utilisez "
        "notebooks/<course>/<module>/<lesson>.<lang>.ipynb (lang : {langs} ; minuscules, "
        "chiffres et -)",
    ),
    "nb.both": _m(
        "this lesson is also a notebook ({notebook}): keep one of the two",
        "هذا الدرس موجود أيضًا كدفتر ({notebook}): احتفظ بواحد منهما",
        "cette leçon est aussi un notebook ({notebook}) : gardez l'un des deux",
    ),
    "nb.drift": _m(
        "cell {cell} (code cell {k}) differs from cell {other} of {name}; code stays the same "
        "in every language, only Markdown is translated",
        "الخلية {cell} (خلية الشيفرة {k}) تختلف عن الخلية {other} في {name}؛ الشيفرة تبقى "
        "نفسها في كل لغة، وتُترجم Markdown فقط",
        "la cellule {cell} (cellule de code {k}) diffère de la cellule {other} de {name} ; le "
        "code reste le même dans chaque langue, seul le Markdown se traduit",
    ),
    "nb.drift_count": _m(
        "{have} code cells here, {want} in {name}; both languages need the same code cells",
        "هنا {have} خلية شيفرة، وفي {name} ‏{want}؛ يلزم نفس خلايا الشيفرة في اللغتين",
        "{have} cellules de code ici, {want} dans {name} ; les deux langues doivent avoir "
        "les mêmes cellules de code",
    ),
    # --- facts register and house style (docs/facts.yml, docs/style.yml) ------------------
    "facts.register": _m(
        "facts: {problem}",
        "سجل الوقائع (docs/facts.yml): {problem}",
        "registre des faits (docs/facts.yml) : {problem}",
    ),
    "facts.unknown": _m(
        "unknown fact '{id}': add it to docs/facts.yml",
        "واقعة غير معروفة '{id}': أضفها إلى docs/facts.yml",
        "fait inconnu '{id}' : ajoutez-le à docs/facts.yml",
    ),
    "facts.form": _m(
        "fact '{id}': write [[fact:{id}]] or [[fact:{id}|figure]]",
        "الواقعة '{id}': اكتب [[fact:{id}]] أو [[fact:{id}|figure]]",
        "fait '{id}' : écrivez [[fact:{id}]] ou [[fact:{id}|figure]]",
    ),
    "facts.overdue": _m(
        "fact '{id}' was due for review on {date}: read its source again, then update "
        "checked and review_by",
        "كان يجب مراجعة الواقعة '{id}' في {date}: اقرأ مصدرها من جديد، ثم حدّث checked وreview_by",
        "le fait '{id}' devait être revu le {date} : relisez sa source, puis mettez à jour "
        "checked et review_by",
    ),
    "style.yaml": _m(
        "not valid YAML: {problem}",
        "ليس YAML صالحًا: {problem}",
        "YAML non valide : {problem}",
    ),
    "style.entry": _m(
        "{lang} entry {n}: {problem}",
        "المدخل {n} من {lang}: {problem}",
        "entrée {n} de {lang} : {problem}",
    ),
    "style.hit": _m(
        "style: «{found}»: {advice}",
        "الأسلوب: «{found}»: {advice}",
        "style : « {found} » : {advice}",
    ),
    "style.prefer": _m(
        "write «{prefer}»{why}", "اكتب «{prefer}»{why}", "écrivez « {prefer} »{why}"
    ),
    # --- content is inert (issue 13): metadata, generated pages, files, notebook files ----
    "plain.markup": _m(
        "`{field}` must be plain text, and it holds {what} (…{snippet}…): write the words "
        "only; the page shows them exactly as written",
        "يجب أن يكون `{field}` نصا عاديا، وفيه {what} (…{snippet}…): اكتب الكلمات فقط؛ "
        "تعرضها الصفحة كما كُتبت بالضبط",
        "`{field}` doit être du texte simple, et il contient {what} (…{snippet}…) : "
        "écrivez seulement les mots ; la page les montre exactement tels qu'ils sont écrits",
    ),
    "plain.what.tag": _m("an HTML tag", "وسم HTML", "une balise HTML"),
    "plain.what.reference": _m(
        "an HTML character reference", "مرجع حرف HTML", "une référence de caractère HTML"
    ),
    "plain.what.link": _m(
        "a Markdown link or footnote", "رابط أو حاشية Markdown", "un lien ou une note Markdown"
    ),
    "plain.what.code": _m("Markdown code (`)", "شيفرة Markdown (`)", "du code Markdown (`)"),
    "plain.what.attr_list": _m(
        "an attribute list ({: …})", "قائمة سمات ({: …})", "une liste d'attributs ({: …})"
    ),
    "plain.what.line_break": _m("a line break", "سطر جديد", "un retour à la ligne"),
    "plain.what.control": _m(
        "a control or bidi character", "حرف تحكّم أو اتجاه", "un caractère de contrôle ou bidi"
    ),
    "generated.committed": _m(
        "this committed file carries the header of a page generated from a notebook: remove "
        "that line (it is checked like any lesson), or delete the file and edit the notebook "
        "under notebooks/",
        "هذا الملف المحفوظ في git يحمل ترويسة صفحة مولّدة من دفتر: احذف ذلك السطر (يُفحص "
        "كأي درس)، أو احذف الملف وعدّل الدفتر في notebooks/",
        "ce fichier enregistré dans git porte l'en-tête d'une page générée depuis un carnet : "
        "supprimez cette ligne (il est vérifié comme toute leçon), ou supprimez le fichier et "
        "modifiez le carnet dans notebooks/",
    ),
    "generated.record_committed": _m(
        "the build's record of generated pages is committed: `git rm --cached` it (only the "
        "build writes it)",
        "سجلّ البناء للصفحات المولّدة محفوظ في git: أخرجه بـ `git rm --cached` (البناء وحده يكتبه)",
        "le registre des pages générées est enregistré dans git : retirez-le avec "
        "`git rm --cached` (seule la construction l'écrit)",
    ),
    "files.not_published": _m(
        "`{suffix}` files are not published: docs/ holds Markdown pages, PNG, JPEG, GIF, "
        "WebP or SVG images, and YAML data files at its top only",
        "ملفات `{suffix}` لا تُنشر: يحوي docs/ صفحات Markdown وصور PNG أو JPEG أو GIF أو "
        "WebP أو SVG، وملفات بيانات YAML في أعلاه فقط",
        "les fichiers `{suffix}` ne sont pas publiés : docs/ contient seulement des pages "
        "Markdown, des images PNG, JPEG, GIF, WebP ou SVG, et des fichiers de données YAML "
        "à sa racine",
    ),
    "files.svg_removed": _m(
        "{what}: the site leaves it out of SVGs",
        "{what}: يحذفه الموقع من صور SVG",
        "{what} : le site le retire des SVG",
    ),
    "files.svg_invalid": _m(
        "not a valid SVG image: the site leaves it out",
        "ليست صورة SVG صالحة: لا ينشرها الموقع",
        "pas une image SVG valide : le site ne la publie pas",
    ),
    "nb.attachment_invalid": _m(
        "attachment `{name}` of cell {cell}: its {mime} data is not a valid image (not "
        "base64, or not the type it claims): insert the image again",
        "المرفق `{name}` في الخلية {cell}: بيانات {mime} فيه ليست صورة صالحة (ليست base64، "
        "أو ليست النوع الذي تدّعيه): أدرج الصورة من جديد",
        "pièce jointe `{name}` de la cellule {cell} : ses données {mime} ne sont pas une image "
        "valide (pas du base64, ou pas du type annoncé) : insérez l'image à nouveau",
    ),
    "nb.attachment_type": _m(
        "attachment `{name}` of cell {cell} is {kinds}: only PNG, JPEG, GIF, WebP or SVG "
        "images are published from a notebook",
        "المرفق `{name}` في الخلية {cell} من نوع {kinds}: لا يُنشر من الدفتر إلا صور PNG أو "
        "JPEG أو GIF أو WebP أو SVG",
        "la pièce jointe `{name}` de la cellule {cell} est {kinds} : un carnet ne publie que "
        "des images PNG, JPEG, GIF, WebP ou SVG",
    ),
    "nb.output_image_invalid": _m(
        "output {output} of cell {cell}: the {mime} data is not a valid image (not base64, "
        "or not the type it claims): run the cell again or clear its output",
        "المُخرَج {output} في الخلية {cell}: بيانات {mime} ليست صورة صالحة (ليست base64، أو "
        "ليست النوع الذي تدّعيه): شغّل الخلية من جديد أو امسح مُخرَجها",
        "sortie {output} de la cellule {cell} : les données {mime} ne sont pas une image "
        "valide (pas du base64, ou pas du type annoncé) : relancez la cellule ou effacez sa "
        "sortie",
    ),
    # --- what the model cannot render as meant (tools/model/document.py,
    # tools/checks/rules/model.py) ---
    "model.quiz_one_option": _m(
        "this quiz has a single option: a question needs at least two (`- [x]` right, "
        "`- [ ]` wrong), else there is nothing to choose",
        "لهذا الاختبار خيار واحد فقط: يحتاج السؤال خيارين على الأقل (`- [x]` صحيح، `- [ ]` خطأ)، "
        "وإلا فلا شيء للاختيار",
        "ce quiz n'a qu'une option : une question en demande au moins deux (`- [x]` juste, "
        "`- [ ]` faux), sinon il n'y a rien à choisir",
    ),
    "model.fence_unclosed": _m(
        "the code block opened here with {fence} is never closed: the site shows it as text "
        "and the next {n} line(s) are lost to the checks; end it with {fence} on a line of "
        "its own",
        "كتلة الشيفرة المفتوحة هنا بـ {fence} لا تُغلق أبدًا: يعرضها الموقع نصًّا وتضيع {n} سطرًا "
        "بعدها عن الفحص؛ أغلقها بـ {fence} في سطر وحده",
        "le bloc de code ouvert ici par {fence} n'est jamais fermé : le site l'affiche comme du "
        "texte et les {n} ligne(s) suivantes échappent aux vérifications ; fermez-le par "
        "{fence} sur une ligne seule",
    ),
    "model.comment_unclosed": _m(
        "this HTML comment `<!--` is never closed with `-->`: the site shows it as text and "
        "the next {n} line(s) are lost to the checks",
        "تعليق HTML هذا `<!--` لا يُغلق أبدًا بـ `-->`: يعرضه الموقع نصًّا وتضيع {n} سطرًا بعده عن "
        "الفحص",
        "ce commentaire HTML `<!--` n'est jamais fermé par `-->` : le site l'affiche comme du "
        "texte et les {n} ligne(s) suivantes échappent aux vérifications",
    ),
    "model.html_unclosed": _m(
        "`<{tag}>` is never closed with `</{tag}>`: the site shows the rest of the page as raw "
        "text; close it",
        "الوسم `<{tag}>` لا يُغلق أبدًا بـ `</{tag}>`: يعرض الموقع بقية الصفحة نصًّا خامًا؛ أغلقه",
        "`<{tag}>` n'est jamais fermé par `</{tag}>` : le site affiche la suite de la page comme "
        "du texte brut ; fermez-le",
    ),
    "model.table_cells": _m(
        "this table row has {have} cells but the header has {want}: the site drops the cells "
        "past {want}",
        "في هذا الصف من الجدول {have} خانة، وفي رأس الجدول {want}: يحذف الموقع ما بعد "
        "الخانة {want}",
        "cette ligne du tableau a {have} cellules mais l'en-tête en a {want} : le site supprime "
        "les cellules au-delà de {want}",
    ),
    "model.table_no_separator": _m(
        "these lines look like a table but have no `|---|---|` line under the header: the site "
        "shows them as text",
        "هذه الأسطر تشبه جدولًا لكن ليس تحت رأسها سطر `|---|---|`: يعرضها الموقع نصًّا",
        "ces lignes ressemblent à un tableau mais n'ont pas de ligne `|---|---|` sous l'en-tête : "
        "le site les affiche comme du texte",
    ),
    "model.list_no_blank": _m(
        "this list follows a paragraph with no blank line: the site shows it as text in that "
        "paragraph; add an empty line before the list",
        "هذه القائمة تلي فقرة بلا سطر فارغ: يعرضها الموقع نصًّا داخل الفقرة؛ أضف سطرًا فارغًا قبل "
        "القائمة",
        "cette liste suit un paragraphe sans ligne vide : le site l'affiche comme du texte dans ce "
        "paragraphe ; ajoutez une ligne vide avant la liste",
    ),
    "model.block_indent": _m(
        "the `{marker} {type}` block is empty: the text under it is indented by {spaces} "
        "space(s) more, not 4, so the site shows it after the block; indent it by 4 spaces",
        "الكتلة `{marker} {type}` فارغة: النص تحتها مُزاح بـ {spaces} مسافة فقط، لا بأربع، فيعرضه "
        "الموقع بعد الكتلة؛ أزِحه بأربع مسافات",
        "le bloc `{marker} {type}` est vide : le texte dessous est indenté de {spaces} espace(s) "
        "de plus, pas de 4, et le site l'affiche après le bloc ; indentez-le de 4 espaces",
    ),
    "model.fact_unclosed": _m(
        "`[[fact:` is not closed: write [[fact:id]] or [[fact:id|figure]] (the site shows it as "
        "text)",
        "`[[fact:` غير مغلق: اكتب [[fact:id]] أو [[fact:id|figure]] (يعرضه الموقع نصًّا)",
        "`[[fact:` n'est pas fermé : écrivez [[fact:id]] ou [[fact:id|figure]] (le site "
        "l'affiche comme du texte)",
    ),
    "model.link_space": _m(
        "link address with a space: `{url}`; the checks cannot read it: rename the file "
        "without spaces, or write %20",
        "عنوان رابط فيه مسافة: `{url}`؛ لا يستطيع الفحص قراءته: أعد تسمية الملف بلا مسافات "
        "أو اكتب %20",
        "adresse de lien avec une espace : `{url}` ; les vérifications ne peuvent pas la lire : "
        "renommez le fichier sans espaces, ou écrivez %20",
    ),
    "model.ref_undefined": _m(
        "link `[…][{label}]` has no definition `[{label}]: address`: the site shows it as text",
        "الرابط `[…][{label}]` بلا تعريف `[{label}]: العنوان`: يعرضه الموقع نصًّا",
        "le lien `[…][{label}]` n'a pas de définition `[{label}]: adresse` : le site l'affiche "
        "comme du texte",
    ),
    "model.quiz_options_split": _m(
        "more options after the quiz's list of options (text or another list marker between "
        "them): the site shows these as the explanation, not as options; keep every option "
        "in one list of `- [x]` / `- [ ]` lines",
        "خيارات أخرى بعد قائمة خيارات الاختبار (بينهما نص أو علامة قائمة أخرى): يعرضها الموقع "
        "شرحًا لا خيارات؛ اجعل كل الخيارات في قائمة واحدة من أسطر `- [x]` / `- [ ]`",
        "d'autres options après la liste des options du quiz (du texte ou un autre signe de "
        "liste entre elles) : le site les affiche comme l'explication, pas comme des options ; "
        "gardez toutes les options dans une seule liste de lignes `- [x]` / `- [ ]`",
    ),
    "model.quiz_marker": _m(
        "a quiz is written `!!! quiz` (objective marks allowed): the site never shows a quiz's "
        "title nor folds it, so `{written}` is lost; put the words in the question",
        "يُكتب الاختبار `!!! quiz` (مع علامات الأهداف إن وُجدت): لا يعرض الموقع عنوان الاختبار "
        "ولا يطويه، فيضيع `{written}`؛ ضع الكلمات في السؤال",
        "un quiz s'écrit `!!! quiz` (repères d'objectifs permis) : le site n'affiche jamais le "
        "titre d'un quiz ni ne le replie, donc `{written}` est perdu ; mettez ces mots dans la "
        "question",
    ),
    "model.footnote_undefined": _m(
        "footnote `[^{label}]` has no definition `[^{label}]: text`: the site shows it as text",
        "الحاشية `[^{label}]` بلا تعريف `[^{label}]: النص`: يعرضها الموقع نصًّا",
        "la note `[^{label}]` n'a pas de définition `[^{label}]: texte` : le site l'affiche "
        "comme du texte",
    ),
    "model.slide_mark": _m(
        "`{mark}` is not read as a slide mark: write `<!-- slide -->` or `<!-- no-slide -->` "
        "exactly, alone on its line, outside any block or list, with a blank line before it",
        "`{mark}` لا تُقرأ علامةَ شريحة: اكتب `<!-- slide -->` أو `<!-- no-slide -->` كما هي، "
        "وحدها في سطرها، خارج أي كتلة أو قائمة، وقبلها سطر فارغ",
        "`{mark}` n'est pas lu comme une marque de diapositive : écrivez exactement "
        "`<!-- slide -->` ou `<!-- no-slide -->`, seul sur sa ligne, hors de tout bloc ou "
        "liste, après une ligne vide",
    ),
    "model.duplicate_id": _m(
        "heading id `#{id}` is already given at line {first}: the page has it twice and a "
        "link to it always lands on the first; choose another id",
        "المعرّف `#{id}` معطى لعنوان في السطر {first}: يتكرر في الصفحة وكل رابط إليه يصل إلى "
        "الأول؛ اختر معرّفًا آخر",
        "l'identifiant `#{id}` est déjà donné ligne {first} : la page l'a deux fois et un lien "
        "vers lui arrive toujours au premier ; choisissez-en un autre",
    ),
    "nb.duplicate_id": _m(
        "cell id `{id}` is used twice (first by cell {first}): Jupyter and the site mix the two "
        "cells up; give this cell a new id",
        "معرّف الخلية `{id}` مستعمل مرتين (أول مرة في الخلية {first}): يخلط Jupyter والموقع بين "
        "الخليتين؛ أعطِ هذه الخلية معرّفًا جديدًا",
        "l'identifiant de cellule `{id}` est utilisé deux fois (d'abord par la cellule {first}) : "
        "Jupyter et le site confondent les deux cellules ; donnez un nouvel identifiant à "
        "celle-ci",
    ),
    # --- docs/issuers.yml (tools/model/issuers.py, tools/checks/rules/issuers.py)
    # ------------------------
    "issuers.yaml": _m(
        "issuers.yml is not valid YAML: {problem}",
        "الملف issuers.yml ليس YAML صالحًا: {problem}",
        "issuers.yml n'est pas du YAML valide : {problem}",
    ),
    "issuers.top": _m(
        "issuers.yml must be a mapping with `issuers:`, `revoked_issuers:` and "
        "`revoked_credentials:`",
        "يجب أن يكون issuers.yml قاموسًا فيه `issuers:` و`revoked_issuers:` و`revoked_credentials:`",
        "issuers.yml doit être un dictionnaire avec `issuers:`, `revoked_issuers:` et "
        "`revoked_credentials:`",
    ),
    "issuers.unknown_key": _m(
        "unknown field `{key}`: use {known}",
        "حقل غير معروف `{key}`: استعمل {known}",
        "champ inconnu `{key}` : utilisez {known}",
    ),
    "issuers.duplicate_key": _m(
        "`{key}` is written twice here: keep one",
        "الحقل `{key}` مكتوب مرتين هنا: احتفظ بواحد",
        "`{key}` est écrit deux fois ici : gardez-en un",
    ),
    "issuers.not_list": _m(
        "`{key}` must be a list of `- …` entries",
        "يجب أن يكون `{key}` قائمة من مداخل `- …`",
        "`{key}` doit être une liste d'entrées `- …`",
    ),
    "issuers.entry": _m(
        "each entry must be a mapping (`- id: …`)",
        "يجب أن يكون كل مدخل قاموسًا (`- id: …`)",
        "chaque entrée doit être un dictionnaire (`- id: …`)",
    ),
    "issuers.missing": _m(
        "this trainer has no `{field}`",
        "ينقص هذا المؤطّر الحقل `{field}`",
        "il manque `{field}` à ce formateur",
    ),
    "issuers.bad_id": _m(
        "`id` must be lowercase a-z, 0-9 and -",
        "يجب أن يتكوّن `id` من a-z الصغيرة و0-9 و-",
        "`id` doit être fait de a-z minuscules, 0-9 et -",
    ),
    "issuers.duplicate_id": _m(
        "id `{id}` already used on line {first}",
        "المعرّف `{id}` مستعمل سابقًا في السطر {first}",
        "l'id `{id}` est déjà utilisé ligne {first}",
    ),
    "issuers.bad_name": _m(
        "`name` must be a text of 1 to {max} characters",
        "يجب أن يكون `name` نصًّا من 1 إلى {max} حرفًا",
        "`name` doit être un texte de 1 à {max} caractères",
    ),
    "issuers.unsafe_name": _m(
        "`name` holds a control character, a direction mark or < >: write the name as text",
        "يحتوي `name` على حرف تحكّم أو علامة اتجاه أو < >: اكتب الاسم نصًّا عاديًّا",
        "`name` contient un caractère de contrôle, une marque de direction ou < > : "
        "écrivez le nom en texte simple",
    ),
    "issuers.key.mapping": _m(
        "`key` must be the public key copied from the class view: "
        "{{kty: EC, crv: P-256, x: …, y: …}}",
        "يجب أن يكون `key` المفتاح العام المنسوخ من صفحة متابعة القسم: "
        "{{kty: EC, crv: P-256, x: …, y: …}}",
        "`key` doit être la clé publique copiée depuis la vue de la classe : "
        "{{kty: EC, crv: P-256, x: …, y: …}}",
    ),
    "issuers.key.private": _m(
        "`key` holds the PRIVATE part `d`: remove this key now, and make a new one on the "
        "trainer's device (this one is no longer secret)",
        "يحتوي `key` على الجزء الخاص `d`: احذف هذا المفتاح الآن، وأنشئ مفتاحًا جديدًا على جهاز "
        "المؤطّر (لم يعد هذا المفتاح سريًّا)",
        "`key` contient la partie PRIVÉE `d` : retirez cette clé tout de suite et créez-en "
        "une nouvelle sur l'appareil du formateur (celle-ci n'est plus secrète)",
    ),
    "issuers.key.curve": _m(
        "`key` must be an ES256 key: `kty: EC` and `crv: P-256`",
        "يجب أن يكون `key` مفتاح ES256: `kty: EC` و`crv: P-256`",
        "`key` doit être une clé ES256 : `kty: EC` et `crv: P-256`",
    ),
    "issuers.key.fields": _m(
        "`key` has unknown field(s) {fields}: copy the key as the class view shows it",
        "في `key` حقول غير معروفة {fields}: انسخ المفتاح كما تعرضه صفحة متابعة القسم",
        "`key` a des champs inconnus {fields} : copiez la clé telle que la vue de la classe "
        "l'affiche",
    ),
    "issuers.key.coord": _m(
        "`key.{coord}` must be 32 bytes in base64url (43 characters): copy it again",
        "يجب أن يكون `key.{coord}` بطول 32 بايت بترميز base64url (43 حرفًا): انسخه من جديد",
        "`key.{coord}` doit faire 32 octets en base64url (43 caractères) : recopiez-la",
    ),
    "issuers.key.point": _m(
        "`key` is not a point of the P-256 curve: a letter was changed, copy it again",
        "`key` ليس نقطة على المنحنى P-256: تغيّر حرف، انسخه من جديد",
        "`key` n'est pas un point de la courbe P-256 : une lettre a changé, recopiez-la",
    ),
    "issuers.same_key": _m(
        "this key is already the key of the trainer on line {first}: one key per trainer",
        "هذا المفتاح هو مفتاح المؤطّر في السطر {first}: مفتاح واحد لكل مؤطّر",
        "cette clé est déjà celle du formateur ligne {first} : une clé par formateur",
    ),
    "issuers.bad_courses": _m(
        "`courses` must be a list of course folders, for example [ai, marketing]",
        "يجب أن يكون `courses` قائمة بمجلدات الدورات، مثلًا [ai, marketing]",
        "`courses` doit être une liste de dossiers de cours, par exemple [ai, marketing]",
    ),
    "issuers.unknown_course": _m(
        "no course `{course}` on this site: use {known}",
        "لا توجد دورة `{course}` في هذا الموقع: استعمل {known}",
        "pas de cours `{course}` sur ce site : utilisez {known}",
    ),
    "issuers.bad_date": _m(
        "`{field}` must be a date written YYYY-MM-DD, for example 2026-09-01",
        "يجب أن يكون `{field}` تاريخًا بصيغة YYYY-MM-DD، مثلًا 2026-09-01",
        "`{field}` doit être une date écrite AAAA-MM-JJ, par exemple 2026-09-01",
    ),
    "issuers.until_before_from": _m(
        "`until` is before `from`",
        "`until` قبل `from`",
        "`until` est avant `from`",
    ),
    "issuers.revoked_unknown": _m(
        "no trainer `{id}` in `issuers:`: keep the revoked trainer's entry there, so their "
        "certificates are shown as revoked",
        "لا يوجد مؤطّر `{id}` في `issuers:`: أبقِ مدخل المؤطّر المسحوب هناك، لتظهر شهاداته مسحوبة",
        "pas de formateur `{id}` dans `issuers:` : gardez-y l'entrée du formateur révoqué, "
        "pour que ses certificats soient montrés révoqués",
    ),
    "issuers.bad_credential_id": _m(
        "a certificate `id` looks like urn:tamkeen:… (shown on the verify page)",
        "معرّف الشهادة `id` يبدو هكذا urn:tamkeen:… (يظهر في صفحة التحقق)",
        "l'`id` d'un certificat ressemble à urn:tamkeen:… (affiché sur la page de vérification)",
    ),
    "issuers.duplicate_credential": _m(
        "certificate `{id}` is already revoked above",
        "الشهادة `{id}` مسحوبة سابقًا أعلاه",
        "le certificat `{id}` est déjà révoqué plus haut",
    ),
    # --- a certificate's verdict (tools/model/credential.py, assets/js/credential.js) ------------
    "cert.ok": _m("verified", "شهادة صحيحة", "certificat vérifié"),
    "cert.unreadable": _m(
        "unreadable: this is not a whole certificate",
        "غير مقروءة: هذه ليست شهادة كاملة",
        "illisible : ce n'est pas un certificat complet",
    ),
    "cert.unreadable.too_large": _m(
        "it is far too long to be a certificate",
        "النص أطول بكثير من أن يكون شهادة",
        "c'est bien trop long pour être un certificat",
    ),
    "cert.unreadable.format": _m(
        "a certificate is three parts joined by dots; a part is missing or a character was added",
        "الشهادة ثلاثة أجزاء بينها نقاط؛ جزء ناقص أو حرف زائد",
        "un certificat, ce sont trois parties séparées par des points ; une partie manque "
        "ou un caractère a été ajouté",
    ),
    "cert.unreadable.base64": _m(
        "a part is cut or damaged",
        "جزء مقطوع أو تالف",
        "une partie est coupée ou abîmée",
    ),
    "cert.unreadable.json": _m(
        "its content is not readable data",
        "محتواها ليس بيانات مقروءة",
        "son contenu n'est pas des données lisibles",
    ),
    "cert.unreadable.not_object": _m(
        "its content is not what a certificate holds",
        "محتواها ليس ما تحمله الشهادة",
        "son contenu n'est pas ce que contient un certificat",
    ),
    "cert.unreadable.duplicate": _m(
        "a field is written twice: a certificate never is",
        "حقل مكتوب مرتين، والشهادة لا تكون كذلك أبدًا",
        "un champ est écrit deux fois : un certificat ne l'est jamais",
    ),
    "cert.foreign": _m(
        "not a Tamkeen certificate",
        "ليست شهادة من تمكين",
        "pas un certificat Tamkeen",
    ),
    "cert.foreign.another_site": _m(
        "this link leads to another site: only links to this site's verify page are read",
        "هذا الرابط يؤدي إلى موقع آخر: لا تُقرأ إلا روابط صفحة التحقق في هذا الموقع",
        "ce lien mène à un autre site : seuls les liens vers la page de vérification de ce "
        "site sont lus",
    ),
    "cert.foreign.not_ours": _m(
        "it is not a certificate of a course of this site",
        "ليست شهادة لدورة من دورات هذا الموقع",
        "ce n'est pas le certificat d'un cours de ce site",
    ),
    "cert.tampered": _m(
        "tampered: this certificate was changed after it was signed",
        "مزوّرة: تغيّرت هذه الشهادة بعد توقيعها",
        "falsifié : ce certificat a été modifié après sa signature",
    ),
    "cert.tampered.alg": _m(
        "it is not signed with a trainer's key",
        "ليست موقّعة بمفتاح مؤطّر",
        "il n'est pas signé avec la clé d'un formateur",
    ),
    "cert.tampered.signature": _m(
        "the signature does not match its content",
        "التوقيع لا يطابق محتواها",
        "la signature ne correspond pas à son contenu",
    ),
    "cert.tampered.claims": _m(
        "its signer and the trainer it names do not match",
        "الموقِّع لا يطابق المؤطّر المذكور فيها",
        "le signataire et le formateur nommé ne correspondent pas",
    ),
    "cert.unknown": _m(
        "unknown trainer",
        "مؤطّر غير معروف",
        "formateur inconnu",
    ),
    "cert.unknown.issuer": _m(
        "its key is not in this site's list of trainers who may sign certificates",
        "مفتاحها ليس في قائمة المؤطّرين الذين يحق لهم توقيع الشهادات في هذا الموقع",
        "sa clé n'est pas dans la liste des formateurs de ce site qui peuvent signer",
    ),
    "cert.revoked": _m("revoked", "مسحوبة", "révoqué"),
    "cert.revoked.issuer": _m(
        "the trainer's key was withdrawn on {date}: ask the trainer for a new certificate",
        "سُحب مفتاح المؤطّر في {date}: اطلب من المؤطّر شهادة جديدة",
        "la clé du formateur a été retirée le {date} : demandez-lui un nouveau certificat",
    ),
    "cert.revoked.credential": _m(
        "this certificate was withdrawn on {date}",
        "سُحبت هذه الشهادة في {date}",
        "ce certificat a été retiré le {date}",
    ),
    "cert.not_allowed": _m(
        "not allowed",
        "غير مرخَّص",
        "non autorisé",
    ),
    "cert.not_allowed.course": _m(
        "this trainer may not certify this course",
        "لا يحق لهذا المؤطّر أن يشهد على هذه الدورة",
        "ce formateur ne peut pas certifier ce cours",
    ),
    "cert.dates": _m(
        "not yet valid or expired",
        "لم تصبح صالحة بعد أو انتهت صلاحيتها",
        "pas encore valable ou expiré",
    ),
    "cert.dates.future": _m(
        "its date ({date}) is in the future",
        "تاريخها ({date}) في المستقبل",
        "sa date ({date}) est dans le futur",
    ),
    "cert.dates.before": _m(
        "it is dated {date}, before the trainer could sign certificates",
        "تاريخها {date}، قبل أن يحق للمؤطّر توقيع الشهادات",
        "il est daté du {date}, avant que le formateur puisse signer",
    ),
    "cert.dates.after": _m(
        "it is dated {date}, after the trainer's right to sign had ended",
        "تاريخها {date}، بعد انتهاء حق المؤطّر في التوقيع",
        "il est daté du {date}, après la fin du droit de signer du formateur",
    ),
    "cert.dates.expired": _m(
        "it expired on {date}",
        "انتهت صلاحيتها في {date}",
        "il a expiré le {date}",
    ),
    # --- lesson downloads (tools/site/downloads.py) --------------------------------------------
    "downloads.name": _m(
        "`{name}`: a download is named `name.ar.md` and `name.fr.md` (lowercase Latin "
        "letters, digits and `-`)",
        "`{name}`: يُسمّى الملف للتنزيل `name.ar.md` و`name.fr.md` (حروف لاتينية صغيرة وأرقام و`-`)",
        "`{name}` : un fichier à télécharger se nomme `nom.ar.md` et `nom.fr.md` (lettres "
        "latines minuscules, chiffres et `-`)",
    ),
    "downloads.place": _m(
        "put it in `{root}/<course>/<module>/<lesson>/`, the folder named like its lesson",
        "ضعه في `{root}/<course>/<module>/<lesson>/`، المجلد الذي يحمل اسم درسه",
        "placez-le dans `{root}/<course>/<module>/<lesson>/`, le dossier au nom de sa leçon",
    ),
    "downloads.no_lesson": _m(
        "no lesson for this download: {page} does not exist (rename the folder like the lesson)",
        "لا درس لهذا الملف: {page} غير موجود (سمِّ المجلد باسم الدرس)",
        "pas de leçon pour ce fichier : {page} n'existe pas (nommez le dossier comme la leçon)",
    ),
    "downloads.title": _m(
        "the first line is the document's title: `# Title`",
        "السطر الأول عنوان الوثيقة: `# العنوان`",
        "la première ligne est le titre du document : `# Titre`",
    ),
    # --- content checked like code (tools/checks/rules/{quiz_cues,objectives,legal_facts,cast}.py)
    # -
    "cues.longest": _m(
        "quiz cue: in course `{course}`, the right option is the longest in {k} of {n} "
        "single-answer questions ({share} %, over {limit} %): a learner who guesses picks the "
        "longest; the quizzes are listed one by one below",
        "تلميح في الاختبارات: في الدورة `{course}`، الخيار الصحيح هو الأطول في {k} من {n} "
        "سؤالًا بجواب واحد ({share}٪، أكثر من {limit}٪): من يخمّن يختار الأطول؛ الأسئلة "
        "مذكورة واحدًا واحدًا أدناه",
        "indice dans les quiz : dans le cours `{course}`, la bonne option est la plus longue "
        "dans {k} questions à réponse unique sur {n} ({share} %, plus de {limit} %) : qui "
        "devine choisit la plus longue ; les quiz sont listés un par un ci-dessous",
    ),
    "cues.much_shorter": _m(
        "quiz cue: the right option is {n} characters, under 60 % of the shortest wrong one "
        "({m}): it shows by its shape; give it its reason too, or shorten the wrong ones",
        "تلميح في الاختبار: الخيار الصحيح طوله {n} حرفًا، أقل من 60٪ من أقصر خيار خاطئ "
        "({m}): يُعرف بشكله؛ أعطه سببه هو أيضًا، أو اختصر الخيارات الخاطئة",
        "indice dans le quiz : la bonne option fait {n} caractères, moins de 60 % de la plus "
        "courte des fausses ({m}) : elle se voit à sa forme ; donnez-lui aussi sa raison, ou "
        "raccourcissez les fausses",
    ),
    "cues.longest_here": _m(
        "quiz cue: the right option is the longest of this question ({share} % of the "
        "course `{course}`): make a wrong option as precise, or the right one shorter",
        "تلميح في الاختبار: الخيار الصحيح هو الأطول في هذا السؤال ({share}٪ من أسئلة الدورة "
        "`{course}`): اجعل خيارًا خاطئًا بالدقة نفسها، أو اختصر الصحيح",
        "indice dans le quiz : la bonne option est la plus longue de cette question ({share} % "
        "du cours `{course}`) : rendez une option fausse aussi précise, ou la bonne plus courte",
    ),
    "cues.shortest": _m(
        "quiz cue: in course `{course}`, the right option is the shortest in {k} of {n} "
        "single-answer questions ({share} %, over {limit} %): a learner who guesses picks the "
        "shortest; the quizzes are listed one by one below",
        "تلميح في الاختبارات: في الدورة `{course}`، الخيار الصحيح هو الأقصر في {k} من {n} "
        "سؤالًا بجواب واحد ({share}٪، أكثر من {limit}٪): من يخمّن يختار الأقصر؛ الأسئلة "
        "مذكورة واحدًا واحدًا أدناه",
        "indice dans les quiz : dans le cours `{course}`, la bonne option est la plus courte "
        "dans {k} questions à réponse unique sur {n} ({share} %, plus de {limit} %) : qui "
        "devine choisit la plus courte ; les quiz sont listés un par un ci-dessous",
    ),
    "cues.shortest_here": _m(
        "quiz cue: the right option is the shortest of this question ({share} % of the "
        "course `{course}`): give it the detail a real answer needs, or shorten a wrong one",
        "تلميح في الاختبار: الخيار الصحيح هو الأقصر في هذا السؤال ({share}٪ من أسئلة الدورة "
        "`{course}`): أعطه التفصيل الذي يحتاجه جواب حقيقي، أو اختصر خيارًا خاطئًا",
        "indice dans le quiz : la bonne option est la plus courte de cette question ({share} % "
        "du cours `{course}`) : donnez-lui le détail qu'une vraie réponse demande, ou "
        "raccourcissez une option fausse",
    ),
    "cues.position": _m(
        "quiz cue: in course `{course}`, the right answer is option {position} in {k} of {n} "
        "single-answer questions ({share} %, more than half): move some right answers "
        "(in both languages)",
        "تلميح في الاختبارات: في الدورة `{course}`، الجواب الصحيح هو الخيار {position} في {k} "
        "من {n} سؤالًا بجواب واحد ({share}٪، أكثر من النصف): غيّر مكان بعض الأجوبة الصحيحة "
        "(في اللغتين)",
        "indice dans les quiz : dans le cours `{course}`, la bonne réponse est l'option "
        "{position} dans {k} questions à réponse unique sur {n} ({share} %, plus de la moitié) : "
        "déplacez quelques bonnes réponses (dans les deux langues)",
    ),
    "digest.too_long": _m(
        "lesson «{title}»: even its shortest WhatsApp message (title, duration, shortest quiz "
        "question, link) is {n} characters, over {limit}: the shared message is cut at a "
        "sentence (the link kept). Shorten that question and its options, or the title",
        "الدرس «{title}»: حتى أقصر رسالة واتساب له (العنوان، والمدة، وأقصر سؤال، والرابط) "
        "طولها {n} حرفًا، أكثر من {limit}: الرسالة المشارَكة تُقطع عند نهاية جملة ويبقى "
        "الرابط. اختصر ذلك السؤال وخياراته، أو العنوان",
        "leçon « {title} » : même son plus court message WhatsApp (titre, durée, question la "
        "plus courte, lien) fait {n} caractères, plus de {limit} : le message partagé est "
        "coupé à la fin d'une phrase (le lien gardé). Raccourcissez cette question et ses "
        "options, ou le titre",
    ),
    "objectives.unassessed": _m(
        "objective {n} is assessed by no quiz or exercise of this lesson: write `o{n}` after "
        "the block that assesses it (`!!! quiz o{n}`, `!!! exercise o{n}`), or add one",
        "الهدف {n} لا يقيسه أي اختبار أو تمرين في هذا الدرس: اكتب `o{n}` بعد الكتلة التي تقيسه "
        "(`!!! quiz o{n}` أو `!!! exercise o{n}`)، أو أضف واحدة",
        "l'objectif {n} n'est évalué par aucun quiz ni exercice de cette leçon : écrivez "
        "`o{n}` après le bloc qui l'évalue (`!!! quiz o{n}`, `!!! exercise o{n}`), "
        "ou ajoutez-en un",
    ),
    "objectives.unknown": _m(
        "`o{n}` names objective {n}, but this lesson has {count} objective(s) in its front matter",
        "`o{n}` يشير إلى الهدف {n}، لكن لهذا الدرس {count} هدف في رأسه (front matter)",
        "`o{n}` désigne l'objectif {n}, mais cette leçon a {count} objectif(s) dans son "
        "en-tête (front matter)",
    ),
    "objectives.parity": _m(
        "this {type} assesses objective(s) {have}, the same {type} at {where} assesses {want}: "
        "both languages mark the same objectives",
        "هذه الكتلة {type} تقيس الهدف (الأهداف) {have}، ونفس الكتلة في {where} تقيس {want}: "
        "علّم الأهداف نفسها في اللغتين",
        "ce bloc {type} évalue l'objectif (les objectifs) {have}, le même bloc en {where} "
        "évalue {want} : les deux langues marquent les mêmes objectifs",
    ),
    "objectives.none": _m("none", "لا شيء", "aucun"),
    "legal.prose": _m(
        "`{found}` next to «{word}» is written by hand: a law, a tax rate or a penalty comes "
        "from the register: write [[fact:id]] or [[fact:id|figure]] (docs/facts.yml; add "
        "the fact, with the official text, if it is missing)",
        "`{found}` بجانب «{word}» مكتوب باليد: القانون ونسبة الضريبة والعقوبة تأتي من السجل: "
        "اكتب [[fact:id]] أو [[fact:id|figure]] (docs/facts.yml؛ أضف الواقعة مع النص الرسمي "
        "إن لم تكن موجودة)",
        "`{found}` à côté de « {word} » est écrit à la main : une loi, un taux d'impôt ou une "
        "peine vient du registre : écrivez [[fact:id]] ou [[fact:id|figure]] (docs/facts.yml ; "
        "ajoutez le fait, avec le texte officiel, s'il manque)",
    ),
    "legal.secondary": _m(
        "fact '{id}' is about law or tax («{word}») but its source is secondary: cite the "
        "official text (bulletin officiel, the code, the administration's own page) with "
        "`kind: primary`; until then the page says «secondary source»",
        "الواقعة '{id}' تخص القانون أو الضريبة («{word}») لكن مصدرها ثانوي: استشهد بالنص الرسمي "
        "(الجريدة الرسمية، المدونة، صفحة الإدارة نفسها) مع `kind: primary`؛ وحتى ذلك الحين "
        "تقول الصفحة «مصدر ثانوي»",
        "le fait '{id}' porte sur la loi ou l'impôt (« {word} ») mais sa source est secondaire : "
        "citez le texte officiel (Bulletin officiel, le code, la page de l'administration "
        "elle-même) avec `kind: primary` ; d'ici là la page affiche « source secondaire »",
    ),
    "cast.other_business": _m(
        "{name} appears here with «{word}», the business of {other} ({business}); {name} is "
        "{own} (docs/cast.yml): check who is who",
        "يظهر {name} هنا مع «{word}»، وهو نشاط {other} ({business})؛ بينما {name}: {own} "
        "(docs/cast.yml): تحقّق من هوية كل شخصية",
        "{name} apparaît ici avec « {word} », l'activité de {other} ({business}) ; {name} : "
        "{own} (docs/cast.yml) : vérifiez qui est qui",
    ),
    "cast.yaml": _m(
        "not valid YAML: {problem}",
        "ليس YAML صالحًا: {problem}",
        "YAML non valide : {problem}",
    ),
    "cast.not_list": _m(
        "the cast is a list of characters (`- id: …`)",
        "قائمة الشخصيات لائحة من الشخصيات (`- id: …`)",
        "la distribution est une liste de personnages (`- id: …`)",
    ),
    "cast.field": _m(
        "character {n}: {field} is missing or not in the form `{form}`",
        "الشخصية {n}: الحقل {field} ناقص أو ليس على الشكل `{form}`",
        "personnage {n} : {field} manque ou n'a pas la forme `{form}`",
    ),
    "cast.unknown_field": _m(
        "character {n}: unknown field `{field}`; allowed: {allowed}",
        "الشخصية {n}: حقل غير معروف `{field}`؛ المسموح: {allowed}",
        "personnage {n} : champ inconnu `{field}` ; permis : {allowed}",
    ),
    "cast.course": _m(
        "character {n}: course `{course}` is not a folder of docs/courses/ ({courses})",
        "الشخصية {n}: الدورة `{course}` ليست مجلدًا في docs/courses/ ({courses})",
        "personnage {n} : le cours `{course}` n'est pas un dossier de docs/courses/ ({courses})",
    ),
    "cast.duplicate": _m(
        "character id `{id}` is used twice (first at line {first})",
        "معرّف الشخصية `{id}` مستعمل مرتين (أول مرة في السطر {first})",
        "l'identifiant de personnage `{id}` est utilisé deux fois (d'abord ligne {first})",
    ),
    # --- make serve -----------------------------------------------------------------------
    "serve.banner": _m(
        "This page has {n} problem(s) to fix (shown only in `make serve`):",
        "في هذه الصفحة {n} مشكلة يجب إصلاحها (تظهر فقط في `make serve`):",
        "Cette page a {n} problème(s) à corriger (affiché seulement dans `make serve`) :",
    ),
}


def default_language() -> str:
    """`TAMKEEN_LANG` (set by `make check lang=…`), else English. Never `LANG`, the locale
    that other tools read."""
    lang = os.environ.get("TAMKEEN_LANG", "").strip()
    return lang if lang in LANGS else "en"
