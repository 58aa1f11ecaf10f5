"""The class view (tools/site/classview.py, assets/js/classview.js): progress codes made on the
Arabic and the French site, pasted into the trainer's page, give one table of who finished
which lesson with quiz scores, in the page's language; a hostile code is refused and
changes nothing; the table exports as CSV; nothing is requested once the page is open. The
summary page draws the code as a QR code, and the QR code decodes back to the same code."""

from __future__ import annotations

import csv
import io
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ARTIFACTS, screenshot
from tests.support.course_site import LESSON, answer, course_build, course_site_server  # noqa: F401
from tests.support.hostile import progress_code as code

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parent.parent
FIRST, SECOND, THIRD = (
    "demo/01-basics/01-first",
    "demo/01-basics/02-second",
    "demo/02-more/01-third",
)


def exported(chromium, server, lang: str, name: str, quizzes: list[list[int]]) -> str:
    """The code the summary page of `lang` exports after answering the first lesson's
    quizzes; the QR code it draws is decoded (jsQR) and must give the same code."""
    prefix = "" if lang == "ar" else "fr/"
    context = chromium.new_context()
    try:
        pg = context.new_page()
        pg.goto(server.base + prefix + LESSON)
        for i, options in enumerate(quizzes):
            answer(pg, i, options)
        pg.goto(server.base + prefix + "progress/")
        pg.fill("#tk-name", name)
        pg.locator("[data-tk-export]").click()
        qr = pg.locator(".tk-qr svg")
        qr.wait_for()
        text = pg.locator("#tk-code-out").input_value()
        assert text.startswith("TK2-"), text  # compressed: it fits a QR code
        assert qr.get_attribute("aria-label")
        png = ARTIFACTS / f"class-qr-{lang}.png"
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        qr.screenshot(path=str(png))
        assert qr_decode(png) == text
        return text
    finally:
        context.close()


def qr_decode(png: Path) -> str:
    """jsQR (npm, dev dependency) reads the screenshot of the QR code."""
    from PIL import Image

    img = Image.open(png).convert("RGBA")
    raw = png.with_suffix(".rgba")
    raw.write_bytes(img.tobytes())
    script = (
        "const jsQR = require('jsqr'); const fs = require('fs');"
        "const [w, h, f] = process.argv.slice(1);"
        "const r = jsQR(new Uint8ClampedArray(fs.readFileSync(f)), +w, +h);"
        "process.stdout.write(r ? r.data : '');"
    )
    out = subprocess.run(
        ["node", "-e", script, str(img.width), str(img.height), str(raw)],
        capture_output=True, text=True, cwd=ROOT, check=True,
    )  # fmt: skip
    raw.unlink()
    return out.stdout


def table(pg) -> list[list[str]]:
    """The table as read: a column's header is its name (read out with its number, shown
    in the legend under the table)."""
    return pg.eval_on_selector_all(
        ".tk-class__table tr",
        """rows => rows.map((tr) => [...tr.children].map(
             (c) => (c.querySelector('.tk-sr') || c).textContent.trim()))""",
    )


def columns(pg) -> tuple[list[str], list[str]]:
    """(the column headers as shown: numbers, the legend's names)."""
    shown = pg.locator(".tk-class__table thead th").all_inner_texts()
    return [s.split("\n")[0].strip() for s in shown], pg.locator(
        ".tk-class__legend li"
    ).all_inner_texts()


def paste(pg, codes: list[str]) -> str:
    pg.evaluate("document.querySelector('.tk-class__status').textContent = ''")
    pg.fill("#tk-class-in", "\n".join(codes))
    pg.locator("[data-tk-class-add]").click()
    status = pg.locator(".tk-class__status")
    pg.wait_for_function("() => document.querySelector('.tk-class__status').textContent !== ''")
    return status.inner_text()


def test_class_view(chromium, course_site_server, tmp_path):  # noqa: F811
    server = course_site_server
    # Salma on the Arabic site: both questions right, so the lesson is done.
    salma = exported(chromium, server, "ar", "سلمى", [[1], [0, 2]])
    # Yanis on the French site: the first question wrong, the lesson not done.
    yanis = exported(chromium, server, "fr", "Yanis", [[0], [0, 2]])
    # Amine, made here: two lessons done, one of another module; no quiz answered.
    amine = code(
        {"v": 1, "n": "Amine", "p": {SECOND: {"d": "2026-11-20"}, THIRD: {"d": "2026-11-21"}}},
        compressed=True,
    )
    hostile = [
        code(
            {
                "v": 1,
                "n": "X",
                "p": {FIRST: {"d": "2026-11-20", "x": "<img src=x onerror=alert(1)>"}},
            }
        ),
        code({"v": 1, "n": "X", "p": {"__proto__": {"d": "2026-11-20"}}, "e": 1}),
        code({"v": 1, "n": "X" * 500, "p": {}}),
        code(b"[" * 300000 + b"]" * 300000, compressed=True),  # inflates past the cap
        amine[:-1] + ("0" if amine[-1] != "0" else "1"),  # checksum does not match
        "TK1-<script>alert(1)</script>-0",
    ]

    context = chromium.new_context(accept_downloads=True)
    pg = context.new_page()
    dialogs: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    requests: list[str] = []
    pg.on("request", lambda r: requests.append(r.url))
    for prefix, lang in (("fr/", "fr"), ("", "ar")):
        pg.goto(server.base + prefix + "class/")
        pg.locator(".tk-class").wait_for()
        pg.wait_for_load_state("networkidle")
        requests.clear()

        said = paste(pg, [salma, yanis, amine])
        assert ("3" in said) and pg.locator(".tk-class__status.tk-bad").count() == 0, said
        rows = table(pg)
        if lang == "fr":
            assert rows[0] == ["Nom", "Module 01-basics", "Module 02-more"], rows
        else:
            assert rows[0] == ["الاسم", "الوحدة 01-basics", "الوحدة 02-more"], rows
        assert columns(pg) == (rows[0][:1] + ["1", "2"], rows[0][1:])
        assert rows[1:] == [
            ["سلمى", "1/2", "0/1"],
            ["Yanis", "0/2", "0/1"],
            ["Amine", "1/2", "1/1"],
        ]

        pg.select_option("#tk-class-module", index=1)  # module 01-basics, lesson by lesson
        rows = table(pg)
        titles = (
            ["Première leçon", "Deuxième leçon"]
            if lang == "fr"
            else ["الدرس الأول", "الدرس الثاني"]
        )
        assert rows[0][1:] == titles, rows
        assert columns(pg) == (rows[0][:1] + ["1", "2"], titles)
        assert rows[1:] == [["سلمى", "✓ 2/2", "—"], ["Yanis", "— 1/2", "—"], ["Amine", "—", "✓"]]
        screenshot(pg, f"class-view-{lang}")

        # Hostile codes: refused, counted, nothing added, nothing run.
        said = paste(pg, hostile)
        assert str(len(hostile)) in said and pg.locator(".tk-class__status.tk-bad").count() == 1
        assert len(table(pg)) == 4
        assert pg.locator(".tk-class img").count() == 0
        said = paste(pg, [yanis])  # the same participant twice: once in the table
        assert len(table(pg)) == 4, said

        # CSV: one row per participant and lesson with progress, in the page's language.
        with pg.expect_download() as info:
            pg.locator("[data-tk-class-csv]").click()
        path = tmp_path / f"class-{lang}.csv"
        info.value.save_as(path)
        lines = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
        assert lines[0][0] == ("Nom" if lang == "fr" else "الاسم")
        assert [r[0] for r in lines[1:]] == ["سلمى", "Yanis", "Amine", "Amine"]
        salma_row = lines[1]
        assert salma_row[3] == FIRST and salma_row[5:] == ["2", "2"], salma_row
        assert lines[2][4] == "" and lines[2][5] == "1"  # Yanis: not done, 1 right

        # Nothing was requested while the codes were read and the CSV made (the CSV is a
        # blob: URL of the page itself).
        assert [r for r in requests if not r.startswith("blob:")] == [], requests

        # Reloaded in the same tab, the table is read again from the kept codes.
        pg.reload()
        pg.locator(".tk-class__table tr").nth(3).wait_for()
        assert len(table(pg)) == 4
        host = server.base.split("/")[2]
        assert all(r.startswith("blob:") or r.split("/")[2] == host for r in requests), requests
        pg.locator("[data-tk-class-clear]").click()
        assert not pg.locator(".tk-class__result").is_visible()
    assert dialogs == []
    context.close()
