"""A lesson's templates to download (tools/site/downloads.py): written once per language as
Markdown, built into a Word file a phone can edit (right-to-left in Arabic, properties in the
schema's order, the same bytes every time, raw HTML kept as text). `make check` names a
template without its twin, its title or its lesson. The build: tests/test_build_downloads.py."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from tools.checks.check import run
from tools.site import downloads

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
KEY = "demo/01-basics/01-first"
TEMPLATE = {
    "ar": "# فاتورة تجريبية\n\n**الاسم:** ________\n\n| البيان | المبلغ |\n|---|---|\n"
    "| تدقيق | 300 درهم |\n\n- [ ] سطر للتحقق\n- عنصر\n    - عنصر فرعي\n\n"
    "كود خام: <script>alert(1)</script> & نهاية\n",
    "fr": "# Facture d’essai\n\n**Nom :** ________\n\n| Désignation | Montant |\n|---|---|\n"
    "| Audit | 300 DH |\n\n- [ ] ligne à cocher\n- élément\n    - sous-élément\n\n"
    "Code brut : <script>alert(1)</script> & fin\n",
}


def _document(data: bytes) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        assert names[0] == "[Content_Types].xml"
        assert {"word/document.xml", "word/styles.xml", "_rels/.rels"} <= set(names)
        for name in names:  # every part is well-formed XML
            etree.fromstring(archive.read(name))
        return etree.fromstring(archive.read("word/document.xml"))


def _text(p) -> str:
    return "".join(t.text or "" for t in p.iter(f"{W}t"))


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_word_file_has_the_template(lang):
    doc = _document(downloads.docx(TEMPLATE[lang], lang))
    body = doc.find(f"{W}body")
    paragraphs = [p for p in body if p.tag == f"{W}p"]
    title = paragraphs[0]
    assert title.find(f"{W}pPr/{W}pStyle").get(f"{W}val") == "Heading1"
    assert _text(title) == TEMPLATE[lang].splitlines()[0][2:]
    # Bold label, then the blank to fill in.
    label = paragraphs[1].find(f"{W}r")
    assert label.find(f"{W}rPr/{W}b") is not None
    assert "________" in _text(paragraphs[1])
    # The table keeps its header and its cells.
    table = body.find(f"{W}tbl")
    rows = table.findall(f"{W}tr")
    assert len(rows) == 2 and len(rows[0].findall(f"{W}tc")) == 2
    assert rows[0].find(f"{W}trPr/{W}tblHeader") is not None
    assert "300" in _text(rows[1])
    texts = [_text(p) for p in paragraphs]
    # A `- [ ]` item becomes a box to tick; a nested item is indented further.
    box = next(p for p in paragraphs if _text(p).startswith("☐ "))
    nested = next(p for p in paragraphs if "فرعي" in _text(p) or "sous-" in _text(p))
    indent = lambda p: int(p.find(f"{W}pPr/{W}ind").get(f"{W}left"))  # noqa: E731
    assert indent(nested) > indent(box)
    # Raw HTML of the source stays text: no element, the characters shown as written.
    assert any("<script>alert(1)</script> &" in t for t in texts)


def test_arabic_is_right_to_left_and_french_is_not():
    ar = _document(downloads.docx(TEMPLATE["ar"], "ar"))
    fr = _document(downloads.docx(TEMPLATE["fr"], "fr"))
    for p in ar.iter(f"{W}p"):
        assert p.find(f"{W}pPr/{W}bidi") is not None
    assert ar.find(f".//{W}tblPr/{W}bidiVisual") is not None
    assert all(r.find(f"{W}rPr/{W}rtl") is not None for r in ar.iter(f"{W}r") if _text(r))
    assert fr.find(f".//{W}bidi") is None and fr.find(f".//{W}rtl") is None


def test_schema_order_of_properties():
    """Word refuses a file whose properties are out of the schema's order."""
    doc = _document(downloads.docx(TEMPLATE["ar"], "ar"))
    for ppr in doc.iter(f"{W}pPr"):
        tags = [c.tag.removeprefix(W) for c in ppr]
        known = [t for t in ("pStyle", "pBdr", "bidi", "spacing", "ind") if t in tags]
        assert [t for t in tags if t in known] == known, tags
    for tblpr in doc.iter(f"{W}tblPr"):
        tags = [c.tag.removeprefix(W) for c in tblpr]
        assert tags.index("bidiVisual") < tags.index("tblW"), tags


def test_same_bytes_for_the_same_text():
    assert downloads.docx(TEMPLATE["fr"], "fr") == downloads.docx(TEMPLATE["fr"], "fr")
    assert downloads.docx(TEMPLATE["fr"], "fr") != downloads.docx(TEMPLATE["fr"] + "x", "fr")


def _project(tmp: Path) -> Path:
    from tests.conftest import copy_fixture

    project = copy_fixture("course", tmp)
    folder = project / downloads.DIR / KEY
    folder.mkdir(parents=True)
    for lang, text in TEMPLATE.items():
        (folder / f"01-invoice.{lang}.md").write_text(text, encoding="utf-8")
    return project


def _messages(docs: Path) -> list[str]:
    return [str(e) for e in run(docs) if "downloads" in str(e.path)]


def test_check_accepts_a_complete_pair(tmp_path):
    project = _project(tmp_path)
    assert _messages(project / "docs") == []


def test_check_names_each_mistake(tmp_path):
    project = _project(tmp_path)
    folder = project / downloads.DIR / KEY
    (folder / "01-invoice.fr.md").unlink()  # no twin
    (folder / "02-offer.ar.md").write_text("عرض بلا عنوان\n", encoding="utf-8")  # no title
    (folder / "02-offer.fr.md").write_text("# Offre\n", encoding="utf-8")
    (folder / "Notes.fr.md").write_text("# Notes\n", encoding="utf-8")  # capital letter
    other = project / downloads.DIR / "demo/01-basics/09-missing"
    other.mkdir()
    for lang in ("ar", "fr"):
        (other / f"01-x.{lang}.md").write_text("# X\n", encoding="utf-8")  # no such lesson
    found = "\n".join(_messages(project / "docs"))
    assert "01-invoice.ar.md:1:1" in found and "01-invoice.fr.md" in found  # create it
    assert "02-offer.ar.md:1:1" in found and "# Title" in found
    assert "Notes.fr.md:1:1" in found and "lowercase" in found
    assert "09-missing/01-x.ar.md:1:1" in found and "09-missing.ar.md" in found
    assert "02-offer.fr.md" not in found.replace("02-offer.ar.md", "")
