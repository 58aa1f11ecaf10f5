"""A download's Markdown template as an editable Word file (`.docx`), for tools/site/downloads.py.

Written from the HTML Python-Markdown makes of the source, with the standard library: no
new dependency, and no byte of the source is copied into the file except as escaped text
(raw HTML in a template is shown as text, never run). The same text gives the same bytes.
"""

from __future__ import annotations

import io
import re
import zipfile
from xml.sax.saxutils import escape

from lxml import html as lxml_html

from tools.common.languages import language
from tools.common.paths import direction
from tools.common.site_markdown import new_markdown

TITLE = re.compile(r"^#\s+(\S.*?)\s*#*\s*$")  # a template's first line: `# Title`
_DATE = (1980, 1, 1, 0, 0, 0)  # reproducible zips (docx is a zip)

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/docProps/core.xml" '
    'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
    'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    "</Relationships>"
)
_DOC_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/styles" Target="styles.xml"/>'
    "</Relationships>"
)
# Heading sizes in half-points; body text 11 pt, readable on a phone at page width.
_HEADINGS = {1: 36, 2: 28, 3: 24, 4: 22}


def _styles(lang: str) -> str:
    bidi = "<w:bidi/>" if direction(lang) == "rtl" else ""
    rtl = "<w:rtl/>" if direction(lang) == "rtl" else ""
    locale = language(lang).locale
    headings = "".join(
        f'<w:style w:type="paragraph" w:styleId="Heading{n}"><w:name w:val="heading {n}"/>'
        f'<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
        f'<w:pPr><w:keepNext/>{bidi}<w:spacing w:before="240" w:after="120"/>'
        f'<w:outlineLvl w:val="{n - 1}"/></w:pPr>'
        f'<w:rPr><w:b/><w:bCs/><w:color w:val="00695C"/><w:sz w:val="{size}"/>'
        f'<w:szCs w:val="{size}"/>{rtl}</w:rPr></w:style>'
        for n, size in _HEADINGS.items()
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<w:styles {_W}>"
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>'
        f'<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="{locale}" w:bidi="ar-MA"/>'
        "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
        '<w:spacing w:after="120" w:line="276" w:lineRule="auto"/>'
        "</w:pPr></w:pPrDefault></w:docDefaults>"
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        f"<w:qFormat/><w:pPr>{bidi}</w:pPr><w:rPr>{rtl}</w:rPr></w:style>"
        f"{headings}"
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal">'
        '<w:name w:val="Normal Table"/><w:tblPr><w:tblCellMar>'
        '<w:top w:w="60" w:type="dxa"/><w:left w:w="100" w:type="dxa"/>'
        '<w:bottom w:w="60" w:type="dxa"/><w:right w:w="100" w:type="dxa"/>'
        "</w:tblCellMar></w:tblPr></w:style>"
        "</w:styles>"
    )


def _core(title: str, lang: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:title>{escape(title)}</dc:title><dc:language>{lang}</dc:language>"
        "<dc:creator>Tamkeen</dc:creator></cp:coreProperties>"
    )


class _Writer:
    """Walks the HTML of one template and writes WordprocessingML."""

    def __init__(self, lang: str) -> None:
        self.rtl = direction(lang) == "rtl"
        self.out: list[str] = []

    def run(self, text: str, bold=False, italic=False, mono=False) -> str:
        text = re.sub(r"[ \t]*\n\s*", " ", text)  # a line break in Markdown is a space
        if not text:
            return ""
        # The order of the properties is the schema's (Word refuses another).
        props = '<w:rFonts w:ascii="Courier New" w:hAnsi="Courier New"/>' if mono else ""
        props += ("<w:b/><w:bCs/>" if bold else "") + ("<w:i/><w:iCs/>" if italic else "")
        if self.rtl:
            props += "<w:rtl/>"
        rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
        return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'

    def runs(self, el, bold=False, italic=False, mono=False, skip_lists=False) -> str:
        """The runs of an element's inline content (text, bold, italic, code, links)."""
        parts = [self.run(el.text or "", bold, italic, mono)]
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else ""
            if skip_lists and tag in ("ul", "ol"):
                pass
            elif tag == "br":
                parts.append("<w:r><w:br/></w:r>")
            elif tag in ("strong", "b", "em", "i", "code", "a", "span"):
                href = child.get("href", "") if tag == "a" else ""
                parts.append(
                    self.runs(
                        child,
                        bold or tag in ("strong", "b"),
                        italic or tag in ("em", "i"),
                        mono or tag == "code",
                    )
                )
                label = child.text_content().strip()
                if href.startswith("https://") and href != label:
                    parts.append(self.run(f" ({href})", bold, italic, mono))
            elif tag:
                parts.append(self.runs(child, bold, italic, mono))
            parts.append(self.run(child.tail or "", bold, italic, mono))
        return "".join(parts)

    def paragraph(self, content: str, style: str = "", indent: int = 0, border=False) -> None:
        # In the schema's order: style, border, direction, indentation.
        props = f'<w:pStyle w:val="{style}"/>' if style else ""
        if border:
            props += '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="999999"/>'
            props += "</w:pBdr>"
        if self.rtl:
            props += "<w:bidi/>"
        if indent:
            # In a right-to-left (`bidi`) paragraph Word reads `left` as the reading side.
            props += f'<w:ind w:left="{indent}" w:hanging="280"/>'
        self.out.append(f"<w:p><w:pPr>{props}</w:pPr>{content}</w:p>")

    def block(self, el, depth: int = 0) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if re.fullmatch(r"h[1-6]", tag):
            self.paragraph(self.runs(el), f"Heading{min(int(tag[1]), 4)}")
        elif tag == "p":
            self.paragraph(self.runs(el))
        elif tag in ("ul", "ol"):
            for n, item in enumerate(el.findall("li"), start=1):
                self.item(item, f"{n}." if tag == "ol" else "•", depth)
        elif tag == "table":
            self.table(el)
        elif tag == "hr":
            self.paragraph("", border=True)
        elif tag == "blockquote":
            for child in el:
                self.paragraph(self.runs(child, italic=True), indent=400 * (depth + 1))
        elif tag == "pre":
            for line in el.text_content().rstrip("\n").split("\n"):
                self.paragraph(self.run(line, mono=True))
        elif tag:
            for child in el:
                self.block(child, depth)

    def item(self, li, marker: str, depth: int) -> None:
        paras = [c for c in li if isinstance(c.tag, str) and c.tag == "p"]
        head = paras[0] if paras else li
        content = self.runs(head, skip_lists=head is li)
        # A `- [ ] …` item is a box to tick (Markdown leaves the brackets as text).
        content, n = re.subn(r'(<w:t xml:space="preserve">)\[ \] ', r"\1☐ ", content, count=1)
        if n:
            marker = ""
        content, n = re.subn(r'(<w:t xml:space="preserve">)\[[xX]\] ', r"\1☑ ", content, count=1)
        if n:
            marker = ""
        prefix = self.run(f"{marker} ") if marker else ""
        self.paragraph(prefix + content, indent=360 * (depth + 1))
        for child in li:
            tag = child.tag if isinstance(child.tag, str) else ""
            if child is head:
                continue
            if tag == "p":
                self.paragraph(self.runs(child), indent=360 * (depth + 1))
            elif tag in ("ul", "ol"):
                self.block(child, depth + 1)

    def table(self, el) -> None:
        rows = el.findall(".//tr")
        cols = max((len(r.findall("th")) + len(r.findall("td")) for r in rows), default=1)
        width = 5000 // max(cols, 1)  # fiftieths of a percent: the page's width, shared
        border = "".join(
            f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="999999"/>'
            for side in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        props = "<w:bidiVisual/>" if self.rtl else ""  # first: the schema's order
        props += (
            f'<w:tblW w:w="5000" w:type="pct"/><w:tblBorders>{border}</w:tblBorders>'
            '<w:tblLayout w:type="fixed"/>'
        )
        grid = "".join(f'<w:gridCol w:w="{9000 // cols}"/>' for _ in range(cols))
        body = []
        for row in rows:
            cells = [c for c in row if isinstance(c.tag, str) and c.tag in ("th", "td")]
            cells += [None] * (cols - len(cells))
            xml = []
            for cell in cells:
                head = cell is not None and cell.tag == "th"
                runs = self.runs(cell, bold=head) if cell is not None else ""
                ppr = "<w:pPr>" + ("<w:bidi/>" if self.rtl else "")
                ppr += '<w:spacing w:after="0"/></w:pPr>'
                shade = '<w:shd w:val="clear" w:color="auto" w:fill="E0F2F1"/>' if head else ""
                xml.append(
                    f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="pct"/>{shade}</w:tcPr>'
                    f"<w:p>{ppr}{runs}</w:p></w:tc>"
                )
            header = "<w:trPr><w:tblHeader/></w:trPr>" if row.find("th") is not None else ""
            body.append(f"<w:tr>{header}{''.join(xml)}</w:tr>")
        self.out.append(
            f"<w:tbl><w:tblPr>{props}</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{''.join(body)}</w:tbl>"
        )
        self.paragraph("")  # Word needs a paragraph between two tables; it reads better too


def to_html(text: str) -> str:
    """The template's HTML, with any raw HTML of the source kept as text."""
    safe = text.replace("&", "&amp;").replace("<", "&lt;")
    # A template for Word, not a lesson: tables and lists only (tools/common/site_markdown.py).
    return new_markdown(["tables", "sane_lists"], {}).convert(safe)


def document_xml(text: str, lang: str) -> str:
    writer = _Writer(lang)
    tree = lxml_html.fragment_fromstring(to_html(text), create_parent="div")
    for child in tree:
        writer.block(child)
    rtl = "<w:bidi/>" if direction(lang) == "rtl" else ""
    section = (
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" '
        f'w:footer="567" w:gutter="0"/>{rtl}</w:sectPr>'
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<w:document {_W}><w:body>{''.join(writer.out)}{section}</w:body></w:document>"
    )


def docx(text: str, lang: str) -> bytes:
    """A Word file of the Markdown `text`, the same bytes for the same text."""
    title = next((m.group(1) for m in map(TITLE.match, text.splitlines()) if m), "")
    parts = [
        ("[Content_Types].xml", _CONTENT_TYPES),
        ("_rels/.rels", _RELS),
        ("docProps/core.xml", _core(title, lang)),
        ("word/_rels/document.xml.rels", _DOC_RELS),
        ("word/document.xml", document_xml(text, lang)),
        ("word/styles.xml", _styles(lang)),
    ]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data.encode("utf-8"))
    return buffer.getvalue()
