"""The trainer's handout of a module (quiz answers, exercise solutions, the session plan and
the practice block, trainer notes) in both languages, and Arabic that copies out of both
handouts in the order it was written: `pdftotext` gives the words as the lesson has them,
lam-alef and shadda included (tools/slides/pdf_text.py)."""

from __future__ import annotations

import re
import subprocess

from tests.support.kit import build
from tools.slides import pdf_text

TRAINER = "courses/demo/01-basics/trainer/demo-01-basics-{lang}-trainer.pdf"
HANDOUT = "courses/demo/01-basics/trainer/demo-01-basics-{lang}.pdf"


def _text(path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout


def _words(text: str) -> str:
    """Words only, one space apart: pdftotext's bidi marks and the place it gives
    punctuation between right-to-left words are its line layout, not the PDF's text."""
    text = re.sub("[\u200e\u200f\u202a-\u202e]", "", text)
    return " ".join(re.sub(r"[.:،؛؟?!«»()\"✓]", " ", text).split())


# As written in the fixture lessons: lam-alef (لا، الأ), shadda (تعلّم، يتوقّع), hamza.
ARABIC = [
    "ماذا يفعل النموذج اللغوي",
    "يتوقّع الكلمة التالية",
    "أي هذه المعلومات لا يجب أن تكتبها في محادثة مع الذكاء الاصطناعي",
    "الدرس الأول",
    "الدرس الثاني",
]
ARABIC_TRAINER = [
    "تعلّم النموذج أي الكلمات تأتي عادة بعد غيرها",  # the explanation
    "لا النموذج لا يحفظ قائمة أجوبة",
    "لا تشارك كلمة السر أبدا",
    "احم معلوماتك الشخصية دائما",
    "جملة",
    "خطة الحصة",
    "فقرة التطبيق",
]


def test_trainer_handouts(tmp_path):
    _, site = build(tmp_path)
    fr = _text(site / "fr" / TRAINER.format(lang="fr"))
    for expected in (
        "Écrivez une phrase.",  # the exercise
        "Une phrase.",  # and its solution
        "Déroulé",
        "Prévoir 5 minutes.",  # trainer notes
        "Travail en groupes.",
        "Exact : vérifiez toujours ses réponses.",  # the feedback of the right option
        "À préparer",
    ):
        assert expected in fr, expected
    assert re.search(r"B ✓", fr), "the right option is marked with its letter"
    assert "Mes notes" not in fr  # the participants' note space is theirs

    ar_trainer = _words(_text(site / TRAINER.format(lang="ar")))
    ar_handout = _words(_text(site / HANDOUT.format(lang="ar")))
    for phrase in ARABIC:
        assert phrase in ar_handout, phrase
        assert phrase in ar_trainer, phrase
    for phrase in ARABIC_TRAINER:
        assert phrase in ar_trainer, phrase
    assert "لا النموذج لا يحفظ" not in ar_handout  # feedback is for the trainer


def test_rewrite_puts_a_cluster_in_visual_order():
    """Skia's span for a lam-alef cluster holds «لا» in logical order; the pass stores it in
    the order of the glyph (visual), which poppler's line reversal turns back into «لا»,
    and a mark follows its base in a span with no text."""
    la = "لا".encode("utf-16-be").hex().upper().encode()
    shadda = "لّ".encode("utf-16-be").hex().upper().encode()
    content = b"\n".join(
        [
            b"BT",
            b"/F1 12 Tf",
            b"/Span<</ActualText <FEFF" + la + b"> >> BDC",
            b"10 0 Td <0042> Tj",
            b"EMC",
            b"/Span<</ActualText <FEFF" + shadda + b"> >> BDC",
            b"5 4 Td <0051> Tj",
            b"-5 -4 Td <0043> Tj",
            b"EMC",
            b"ET",
        ]
    )
    cmaps = {b"F1": {b"0042": "\ufefb", b"0043": "\u0644", b"0051": ""}}
    out, n = pdf_text.rewrite(content, cmaps)
    assert n == 2
    lines = out.split(b"\n")
    al = "ال".encode("utf-16-be").hex().upper().encode()
    assert b"/Span<</ActualText <FEFF" + al + b"> >> BDC" in lines
    # The shadda cluster: the base (0043, a letter, on the baseline) first with the text
    # reversed, then the mark alone, at the same places as before.
    reversed_ = "ّل".encode("utf-16-be").hex().upper().encode()
    start = lines.index(b"/Span<</ActualText <FEFF" + reversed_ + b"> >> BDC")
    assert lines[start + 1] == b"0.00000 0.00000 Td <0043> Tj"
    assert lines[start + 2 : start + 4] == [b"EMC", b"/Span<</ActualText <FEFF> >> BDC"]
    assert lines[start + 4] == b"5.00000 4.00000 Td <0051> Tj"
    assert lines[start + 6] == b"-5.00000 -4.00000 Td"  # back where the cluster ended
    # Latin or single letters are left alone.
    latin = b"/Span<</ActualText <FEFF00410042> >> BDC\n1 0 Td <01> Tj\nEMC"
    assert pdf_text.rewrite(latin, {})[1] == 0
