"""A lesson in one WhatsApp message (tools/site/digest.py): two real lessons in each language, as
the share sheet gets them (the message, then the answer as a second message), compared
with the snapshots a person read and approved (tests/snapshots/digest/, pasted in the
closing note of issue 27). Every real lesson's message also holds to the rules: at most
1,000 characters as the browser counts them, its link last and whole, no Markdown mark
that WhatsApp shows as a symbol, the language's punctuation.

A lesson's objectives, key points or first quiz changed: the snapshot fails. Read the new
message, then rewrite the snapshots with `python -m tests.test_digest_snapshots` and have
a person approve the diff."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tools.model import content
from tools.site import digest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SNAPSHOTS = Path(__file__).resolve().parent / "snapshots" / "digest"
SITE_URL = "https://tamkeen-oriental.github.io/tamkeen/"  # mkdocs.yml's default
LESSONS = [
    "ai/01-what-is-ai/01-ai-around-you",
    "marketing/01-foundations/01-moroccan-digital-market",
]
SEPARATOR = "\n\n---- second message ----\n\n"


def made(key: str, lang: str) -> digest.Digest:
    site = content.load(DOCS)
    node = next(n for c in site.courses for n in c.lessons if n.key == key)
    return digest.lesson_digest(node.source(lang), key, SITE_URL, DOCS / "facts.yml")


def snapshot_path(key: str, lang: str) -> Path:
    return SNAPSHOTS / f"{key.replace('/', '--')}.{lang}.txt"


def shown(d: digest.Digest) -> str:
    return d.text + SEPARATOR + d.answer + "\n"


@pytest.mark.parametrize("lang", ["ar", "fr"])
@pytest.mark.parametrize("key", LESSONS)
def test_digest_matches_the_approved_snapshot(key, lang):
    path = snapshot_path(key, lang)
    assert path.is_file(), f"no snapshot {path.name}: run python -m tests.test_digest_snapshots"
    assert shown(made(key, lang)) == path.read_text(encoding="utf-8")


def every_lesson():
    site = content.load(DOCS)
    return [(n, lang) for c in site.courses for n in c.lessons for lang in ("ar", "fr")]


# Every lesson of the real course (grows with it): `make test`, not `make test-fast`.
@pytest.mark.content
def test_every_real_message_holds_to_the_rules():
    checked = 0
    for node, lang in every_lesson():
        src = node.source(lang)
        d = digest.lesson_digest(src, node.key, SITE_URL, DOCS / "facts.yml")
        where = f"{node.key} ({lang})"
        link = f"{SITE_URL}{'' if lang == 'ar' else 'fr/'}courses/{node.key}/"
        for text in (d.text, d.answer):
            assert 0 < digest.units(text) <= digest.LIMIT, where
            assert text.endswith("\n" + link), where
            assert not re.search(r"\*\*|`|\]\(|^#|\[\[fact", text, re.MULTILINE), where
        assert d.text.startswith(f"*{digest.punctuate(d.title, lang)}*\n"), where
        assert d.quiz > 0, where  # every real lesson has a quiz: one is asked
        # Parts are left out whole, never cut in the middle: no real message is cut.
        assert not d.cut and digest.ELLIPSIS not in d.text, where
        if lang == "fr":
            # A narrow no-break space before : ; ? ! (never a plain space or none).
            assert not re.search(r"[^\u202f\s][;:?!](?=\s)", d.text.replace(link, "")), where
            assert not re.search(r" [;:?!]", d.text), where
        else:
            assert not re.search(r"[\u0600-\u06ff] ?\?", d.text), where  # ؟ after Arabic
        checked += 1
    assert checked >= 40


if __name__ == "__main__":  # rewrite the snapshots (then read them, and have them approved)
    SNAPSHOTS.mkdir(parents=True, exist_ok=True)
    for key in LESSONS:
        for lang in ("ar", "fr"):
            snapshot_path(key, lang).write_text(shown(made(key, lang)), encoding="utf-8")
            print(snapshot_path(key, lang).relative_to(ROOT))
