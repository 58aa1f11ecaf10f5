"""The A4 handout of a module: a PDF of one to four pages whose text has the lesson titles,
objectives, key points and exercises, but no solutions. Page 1 is rendered to PNG."""

from __future__ import annotations

import re
import subprocess

from tests.conftest import ARTIFACTS


def _pdftotext(path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_module_handouts(kit_site):
    _, site = kit_site
    fr = site / "fr/courses/demo/01-basics/trainer/demo-01-basics-fr.pdf"
    ar = site / "courses/demo/01-basics/trainer/demo-01-basics-ar.pdf"
    for pdf in (fr, ar):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
        pages = int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))
        assert 1 <= pages <= 4, pages
        assert re.search(r"^Page size:.*\(A4\)", info.stdout, re.M), info.stdout

    text = _pdftotext(fr)
    for expected in ("Première leçon", "Deuxième leçon", "expliquer l'idée", "l'idée compte"):
        assert expected in text, expected
    assert "Écrivez une phrase." in text
    assert "Une phrase." not in text  # the solution stays out
    assert "Mes notes" in text

    # pdftotext wraps RTL runs in bidi controls; the lam-alef of "الأ" comes out as written
    # (tools/slides/pdf_text.py).
    text = re.sub("[\u202a-\u202e]", "", _pdftotext(ar))
    for title in ("الدرس الأول", "الدرس الثاني"):
        assert title in text, title

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "60",
            "-f",
            "1",
            "-l",
            "1",
            str(ar),
            str(ARTIFACTS / "handout-ar"),
        ],
        check=True,
    )
