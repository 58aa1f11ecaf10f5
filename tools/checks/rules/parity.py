"""Parity beyond structure: a lesson and its translation have the same `duration` and
`level` and show the same images; scaffold placeholder text left in a lesson is an error.
(Quiz questions and options: tools/checks/rules/quiz.py; sections and code: structure.py.)"""

from __future__ import annotations

import re
from posixpath import normpath
from urllib.parse import unquote

from tools.authoring.scaffold import PLACEHOLDERS
from tools.checks.rules.context import Context
from tools.common.messages import Error, error, rel
from tools.common.paths import LANGUAGES
from tools.model import schema
from tools.model.content import Source, translation_pairs

PARITY_FIELDS = ("duration", "level")


# `chart-ar.svg` and `chart-fr.svg` are one image drawn in each language.
def _localised() -> re.Pattern[str]:
    # the site's (tools/common/languages.py)
    codes = "|".join(re.escape(code) for code in LANGUAGES)
    return re.compile(rf"([-_.])({codes})(\.\w+)$")


def _images(ctx: Context, src: Source) -> dict[str, int]:
    """Local images of a source (normalised path from the docs folder) -> first line."""
    out: dict[str, int] = {}
    localised = _localised()
    base = src.rel.parent.as_posix()
    for link in ctx.doc(src).links:
        if link.image and link.url and "://" not in link.url and not link.url.startswith("data:"):
            path = normpath(f"{base}/{unquote(link.url.partition('#')[0])}")
            out.setdefault(localised.sub(r"\1*\3", path), link.line)
    return out


def check(ctx: Context) -> list[Error]:
    errors = []
    for original, tr in translation_pairs(ctx.sources, kind="lesson"):
        name = rel(original.path)
        for field in PARITY_FIELDS:
            want, have = original.meta.get(field), tr.meta.get(field)
            valid = all(
                value is not None and not schema.type_error(schema.LESSON[field], value)
                for value in (want, have)
            )
            if valid and want != have:
                line = tr.meta_lines.get(field, 1)
                errors.append(
                    error(
                        tr.path,
                        line,
                        1,
                        "parity.field",
                        field=field,
                        have=have,
                        want=want,
                        name=name,
                    )
                )
        want_images, have_images = _images(ctx, original), _images(ctx, tr)
        for image in sorted(set(want_images) - set(have_images)):
            errors.append(
                error(tr.path, tr.body_line, 1, "parity.image_missing", image=image, name=name)
            )
        for image in sorted(set(have_images) - set(want_images)):
            line = have_images[image]
            errors.append(error(tr.path, line, 1, "parity.image_extra", image=image, name=name))
    for src in ctx.sources:
        errors += _placeholders(ctx, src)
    return errors


def _placeholders(ctx: Context, src: Source) -> list[Error]:
    """Text the scaffold wrote for the author to replace (`python -m tools new`), in the
    front matter or the body."""
    doc = ctx.doc(src)
    places = [(src.meta_lines.get(str(k), 1), str(v)) for k, v in src.meta.items()]
    places += list(enumerate(doc.lines, doc.first_line))
    errors = []
    for number, text in places:
        folded = text.casefold()
        for placeholder in PLACEHOLDERS:
            col = folded.find(placeholder)
            if col >= 0:
                written = text[col : col + len(placeholder)]
                errors.append(
                    error(src.path, number, col + 1, "scaffold.placeholder", text=written)
                )
                break
    return errors
