"""A trainer page per module and language, from the front matter: a timing table that adds
up to the session, materials, the kit's downloads, every lesson's trainer notes; lesson and
module pages link to their decks in a trainer-only block."""

from __future__ import annotations

import re


def _minutes(html: str) -> list[int]:
    table = html[html.index("<table>") : html.index("</table>")]
    rows = re.findall(r"<tr>(.*?)</tr>", table, re.S)[1:]
    return [int(re.sub(r"<[^>]+>", "", re.findall(r"<td>(.*?)</td>", r, re.S)[-1])) for r in rows]


def test_trainer_pages(kit_site):
    _, site = kit_site
    for prefix, notes, downloads in (
        ("", ("خصص 5 دقائق.", "اعمل في مجموعات."), "للتنزيل"),
        ("fr/", ("Prévoir 5 minutes.", "Travail en groupes."), "À télécharger"),
    ):
        page = site / prefix / "courses/demo/01-basics/trainer/index.html"
        html = page.read_text(encoding="utf-8")
        *rows, total = _minutes(html)
        assert sum(rows) == total == 120, rows
        assert 15 in rows and 20 in rows  # the two lessons
        for note in notes:
            assert note in html, note
        assert downloads in html
        for href in ("../slides/", "../01-first/slides/", "demo-01-basics-", ".pdf"):
            assert href in html, href

        lesson = (site / prefix / "courses/demo/01-basics/01-first/index.html").read_text("utf-8")
        block = re.search(r'<div class="trainer tk-kit">.*?</div>', lesson, re.S)
        assert block and 'href="slides/"' in block.group(0)
        assert 'href="../trainer/"' in block.group(0)
        module = (site / prefix / "courses/demo/01-basics/index.html").read_text("utf-8")
        assert 'href="trainer/"' in module
