"""The mistakes of tests/test_check_mistakes.py (one lesson pair each)."""

from __future__ import annotations

from tests.support.mistakes import ABSENT, BASE, Mistake

CODE = "```python\nprint('salut')\n```"

MISTAKES = [
    Mistake(
        "01-typo-trainer",
        "`!!! trainers` (a typo)",
        {"fr": ("!!! trainer", "!!! trainers")},
        [
            (
                "fr",
                32,
                1,
                "unknown block type `trainers`; did you mean `trainer`? Allowed: exercise, solution, trainer, quiz, note, tip, info, warning, example, question",
            ),
        ],
    ),
    Mistake(
        "02-note-for-trainers",
        "trainer notes in `!!! note`",
        {"fr": ("!!! trainer", '!!! note "Notes pour l\'animateur"')},
        [
            (
                "fr",
                32,
                1,
                "trainer notes in a `note` block are shown to participants: use `!!! trainer`",
            ),
        ],
    ),
    Mistake(
        "03-unknown-type",
        "`!!! danger` (not in the list)",
        {"fr": "!!! danger\n\n    Attention."},
        [
            (
                "fr",
                36,
                1,
                "unknown block type `danger`; did you mean `warning`? Allowed: exercise, solution, trainer, quiz, note, tip, info, warning, example, question",
            ),
        ],
    ),
    Mistake(
        "04-title-no-quotes",
        "a block title without quotes",
        {"fr": "!!! note Attention ici\n\n    Texte."},
        [
            ("fr", 36, 1, 'a block title goes in quotes: `!!! note "Attention ici"`'),
        ],
    ),
    Mistake(
        "05-indented-marker",
        "`!!!` not at the start of the line",
        {"fr": " !!! note\n    Texte."},
        [
            (
                "fr",
                36,
                2,
                '`!!! note` is shown as plain text on the site: write `!!! type` or `!!! type "Title"` at the start of the line',
            ),
        ],
    ),
    Mistake(
        "06-yaml-bracket",
        "unclosed bracket in the front matter",
        {"fr": ("objectives:\n  - Un objectif", "objectives: [Un objectif")},
        [
            (
                "fr",
                3,
                13,
                "the `[` opened on line 3 is never closed: add `]` at the end of the list",
            ),
        ],
    ),
    Mistake(
        "07-yaml-colon",
        "a title with « : » not in quotes",
        {"fr": ("title: Leçon", "title: Premier exemple : un CV honnête")},
        [
            (
                "fr",
                2,
                24,
                'the value of `title` contains « : », so it must be in quotes: title: "Premier exemple : un CV honnête"',
            ),
        ],
    ),
    Mistake(
        "08-yaml-tab",
        "a tab in the front matter",
        {"fr": ("  - Un point", "\t- Un point")},
        [
            (
                "fr",
                8,
                1,
                "a tab character in the front matter: YAML needs spaces; replace the tab with spaces",
            ),
        ],
    ),
    Mistake(
        "09-yaml-colon-missing",
        "a missing colon",
        {"fr": ("level: beginner", "level beginner")},
        [
            (
                "fr",
                6,
                1,
                "missing colon: write `name: value` (a colon and a space after the field name)",
            ),
        ],
    ),
    Mistake(
        "10-yaml-quote",
        "an unclosed quote",
        {"fr": ("title: Leçon", 'title: "Leçon')},
        [
            ("fr", 2, 8, 'the quote " opened on line 2 is never closed: add the closing "'),
        ],
    ),
    Mistake(
        "11-duration-text",
        "`duration: 10 minutes`",
        {"fr": ("duration: 10", "duration: 10 minutes")},
        [
            (
                "fr",
                5,
                1,
                "`duration` must be a whole number, like `duration: 20` (no unit, no quotes)",
            ),
        ],
    ),
    Mistake(
        "12-level-french",
        "`level: débutant`",
        {"fr": ("level: beginner", "level: débutant")},
        [
            ("fr", 6, 1, "`level` must be one of: beginner, intermediate, advanced"),
        ],
    ),
    Mistake(
        "13-date-format",
        "a date written 29/11/2026",
        {"fr": ("updated: 2026-11-29", "updated: 29/11/2026")},
        [
            ("fr", 9, 1, "`updated` must be a date written YYYY-MM-DD, like 2026-11-29"),
        ],
    ),
    Mistake(
        "14-unknown-field",
        "a field name in French",
        {"fr": ("duration: 10", "duration: 10\ndurée: 10")},
        [
            (
                "fr",
                6,
                1,
                "unknown front matter field `durée` for a lesson; allowed: title, description, order, objectives, duration, level, keypoints, prerequisites, materials, updated, translation_of",
            ),
        ],
    ),
    Mistake(
        "15-duration-parity",
        "different durations",
        {"fr": ("duration: 10", "duration: 15")},
        [
            (
                "fr",
                5,
                1,
                "`duration` is 15 here but 10 in {m}/15-duration-parity.ar.md; it must be the same in both languages",
            ),
        ],
    ),
    Mistake(
        "16-level-parity",
        "different levels",
        {"fr": ("level: beginner", "level: intermediate")},
        [
            (
                "fr",
                6,
                1,
                "`level` is intermediate here but beginner in {m}/16-level-parity.ar.md; it must be the same in both languages",
            ),
        ],
    ),
    Mistake(
        "17-no-feedback",
        "an option without feedback",
        {"fr": ("        Faux.\n", "")},
        [
            (
                "fr",
                29,
                1,
                "option has no feedback: add an indented line under it saying why it is right or wrong",
            ),
        ],
    ),
    Mistake(
        "18-moved-answer",
        "the right answer moved in the translation",
        {
            "fr": (
                "- [x] Oui\n        Juste.\n    - [ ] Non",
                "- [ ] Oui\n        Juste.\n    - [x] Non",
            )
        },
        [
            (
                "fr",
                27,
                1,
                "option 1 is marked wrong here but right at {m}/18-moved-answer.ar.md:27; the right answers must be the same in every language",
            ),
            (
                "fr",
                29,
                1,
                "option 2 is marked right here but wrong at {m}/18-moved-answer.ar.md:29; the right answers must be the same in every language",
            ),
        ],
    ),
    Mistake(
        "19-missing-option",
        "an option not translated",
        {"fr": ("    - [ ] Non\n        Faux.\n", "")},
        [
            (
                "fr",
                24,
                1,
                "1 option(s) here, 2 in the same question at {m}/19-missing-option.ar.md:24; translate every option, in the same order",
            ),
        ],
    ),
    Mistake(
        "20-skipped-level",
        "a heading that skips a level",
        {"fr": "#### Détail\n\nTexte."},
        [
            ("fr", 36, 1, "heading skips a level: H2 then H4; use H3"),
        ],
    ),
    Mistake(
        "21-hashtag",
        "`#Oujda` at the start of a line",
        {"fr": "#Oujda est une ville."},
        [
            (
                "fr",
                36,
                1,
                "`#Oujda est une ville.` is a heading on the site: write a space after the #, like `## Title`",
            ),
        ],
    ),
    Mistake(
        "22-anchor-typo",
        "a link to a misspelt anchor",
        {"fr": "Voir [la section](#sectoin)."},
        [
            (
                "fr",
                36,
                6,
                "anchor #sectoin not found in {m}/22-anchor-typo.fr.md; did you mean `#section`?",
            ),
        ],
    ),
    Mistake(
        "23-absolute-link",
        "an absolute link to the site",
        {"fr": "Voir [la base](/tamkeen/fr/courses/c/m/00-base/)."},
        [
            (
                "fr",
                36,
                6,
                "absolute link /tamkeen/fr/courses/c/m/00-base/: it breaks on the offline copy and on forks; link to the lesson file instead, like `00-base.md`",
            ),
        ],
    ),
    Mistake(
        "24-html-link",
        "a link to an .html file",
        {"fr": "Voir [la base](00-base.html)."},
        [
            (
                "fr",
                36,
                6,
                "link to an .html file 00-base.html: link to the Markdown file (`.md`) instead; the site makes the page address",
            ),
        ],
    ),
    Mistake(
        "25-other-language",
        "a link from Arabic straight to a .fr.md",
        {"ar": "انظر [الدرس](00-base.fr.md)."},
        [
            (
                "ar",
                36,
                6,
                "link from this Arabic page straight to 00-base.fr.md: write `00-base.md` and the site picks the reader's language",
            ),
        ],
    ),
    Mistake(
        "26-page-typo",
        "a link to a misspelt page",
        {"fr": "Voir [la base](00-bsae.md)."},
        [
            ("fr", 36, 6, "link to a missing page: 00-bsae.md; did you mean `00-base.md`?"),
        ],
    ),
    Mistake(
        "27-http",
        "an http:// link",
        {"fr": "Voir [le site](http://example.org/)."},
        [
            ("fr", 36, 6, "insecure link http://example.org/: use https://"),
        ],
    ),
    Mistake(
        "28-placeholder",
        "scaffold text left in",
        {"fr": ("Du texte.", "Écrivez ici…")},
        [
            (
                "fr",
                14,
                1,
                "placeholder text left from `python -m tools new`: replace “Écrivez ici” with your own",
            ),
        ],
    ),
    Mistake(
        "29-code-differs",
        "code changed in the translation",
        {"ar": CODE, "fr": CODE.replace("salut", "hello")},
        [
            (
                "fr",
                36,
                1,
                "code block differs from the one at {m}/29-code-differs.ar.md:36; code stays the same in every language",
            ),
        ],
    ),
    Mistake(
        "30-script",
        "raw <script>",
        {"fr": "<script>alert(1)</script>"},
        [
            ("fr", 36, 1, "raw <script> is not allowed in Markdown"),
        ],
    ),
    Mistake(
        "31-latin1",
        "a file saved as Latin-1",
        {"fr": BASE["fr"].encode("latin-1")},
        [
            (
                "fr",
                2,
                10,
                "not UTF-8 (byte offset 13): re-save the file as UTF-8 in your editor (Save as… › Encoding: UTF-8), or run `python -m tools fix-encoding {m}/31-latin1.fr.md`",
            ),
        ],
    ),
    Mistake(
        "32-no-translation",
        "a lesson without its translation",
        {"fr": ABSENT},
        [
            ("ar", 1, 1, "no fr version: create {m}/32-no-translation.fr.md"),
        ],
    ),
    Mistake(
        "33-unclosed-front-matter",
        "front matter never closed",
        {"fr": ("---\n\n## Section", "\n## Section")},
        [
            (
                "fr",
                1,
                1,
                "the front matter opened with --- on line 1 is never closed: add a line with --- after the last field",
            ),
        ],
    ),
    Mistake(
        "34-empty-exercise",
        "an exercise with its text not indented",
        {
            "fr": (
                "!!! exercise\n\n    Faites-le.\n\n    ??? solution\n\n        La solution.",
                "!!! exercise\n\nFaites-le.",
            )
        },
        [
            (
                "fr",
                16,
                1,
                "the `exercise` block is empty: indent its text by 4 spaces under the `!!!` line",
            ),
        ],
    ),
    Mistake(
        "35-image-parity",
        "an image only in one language",
        {"fr": "![Un point](point.png)"},
        [
            (
                "fr",
                36,
                1,
                "image courses/c/m/point.png is here but not in {m}/35-image-parity.ar.md; both languages show the same images",
            ),
        ],
        {"point.png": b"\x89PNG\r\n\x1a\n"},
    ),
]

# Not mistakes: what the checker must leave alone.
FINE = [
    Mistake(
        "90-block-in-code",
        "`!!! exercise` and `!!! quiz` inside a code fence",
        {
            "ar": "```markdown\n!!! exercise\n\n    x\n\n!!! quiz\n    y\n```",
            "fr": "```markdown\n!!! exercise\n\n    x\n\n!!! quiz\n    y\n```",
        },
        [],
    ),
    Mistake(
        "91-crlf-bom",
        "a lesson saved on Windows (CRLF, BOM)",
        {"fr": b"\xef\xbb\xbf" + BASE["fr"].replace("\n", "\r\n").encode("utf-8")},
        [],
    ),
    Mistake(
        "92-quoted-colon",
        "a title with « : » in quotes",
        {"fr": ("title: Leçon", 'title: "Premier exemple : un CV"')},
        [],
    ),
]
