"""Arabic that copies out of a handout PDF in the order it was written.

What we found (Chromium's PDF backend is Skia; read with poppler's `pdftotext`):

- Tajawal maps its contextual forms to the Arabic presentation-form code points (U+FExx)
  in its `cmap`, so Skia's `ToUnicode` gives every shaped glyph a presentation form, and
  Skia wraps the glyph in an `/ActualText` span with the logical letter. One letter per
  glyph: extractors read these right.
- A shaped cluster of two or more letters is where it breaks. The lam-alef ligature is one
  glyph for two letters (ل + ا); a letter with a mark (shadda, tanween) is one cluster of
  two glyphs. Skia writes the cluster's letters in logical order in one `/ActualText`
  span. Glyphs are drawn in visual order (left to right), and an extractor rebuilds
  right-to-left text by reversing each line: poppler lays the span's letters left to
  right inside the span's box, then reverses the line with them, so «لا» comes out «ال»
  and «لّ» as «ّل». The span's box runs from its first glyph (the mark, drawn first and
  offset into its base) to the end of its last, so a gap opens and a space is read inside
  the word («تعّل م»). Removing the presentation forms from the font changes nothing: Skia
  then writes the ligature as a two-letter `ToUnicode` entry, reversed the same way.

The fix, on the PDF Chromium wrote (the glyphs and what they show are not touched):

- a right-to-left cluster's `/ActualText` is stored in visual order, the order of the
  glyphs it covers (the marked-content sequence Skia itself tags `/ReversedChars`), so the
  line's reversal gives the letters as written;
- in a cluster of several glyphs, the base glyph is drawn first and carries the cluster's
  text, and its marks follow in a span of their own with no text: the text's box is then
  exactly the base glyph's, and no space is read inside the word.

Punctuation between Arabic words (« ، » « : ») may still be read beside the neighbouring
word rather than after it: that is poppler's line layout, not the PDF's text.
"""

from __future__ import annotations

import io
import re
import unicodedata

_SPAN = re.compile(rb"^/Span<</ActualText <FEFF((?:[0-9A-F]{4})*)> >> BDC$")
_GLYPH = re.compile(rb"^(-?[\d.]+) (-?[\d.]+) Td <([0-9A-F]+)> Tj$")
_STATE = re.compile(rb"^(?:/\S+ [\d.]+ Tf|[-\d. ]+ Tm)$")  # font and text matrix
_FONT = re.compile(rb"^/(\S+) [\d.]+ Tf$")


def _rtl(text: str) -> bool:
    """Right-to-left letters only (Arabic script and marks)."""
    kinds = {unicodedata.bidirectional(ch) for ch in text}
    return bool(kinds & {"AL", "R"}) and "L" not in kinds


def _letter(text: str) -> bool:
    return any(unicodedata.category(ch).startswith("L") for ch in text)


def _hex(text: str) -> bytes:
    return text.encode("utf-16-be").hex().upper().encode()


def to_unicode(font) -> dict[bytes, str]:
    """A font's ToUnicode map, glyph code (hex) → text."""
    stream = font.get("/ToUnicode")
    out: dict[bytes, str] = {}
    if stream is None:
        return out
    data = stream.get_object().get_data()
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        for code, uni in re.findall(rb"<([0-9A-F]+)>\s*<([0-9A-F]*)>", block):
            out[code] = bytes.fromhex(uni.decode()).decode("utf-16-be", "replace")
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for low, high, uni in re.findall(rb"<([0-9A-F]+)>\s*<([0-9A-F]+)>\s*<([0-9A-F]+)>", block):
            start = int(uni, 16)
            for i, code in enumerate(range(int(low, 16), int(high, 16) + 1)):
                out[b"%0*X" % (len(low), code)] = chr(start + i)
    return out


def _cluster(text: str, glyphs: list[tuple[float, float, bytes]], cmap: dict[bytes, str]):
    """The lines that draw one right-to-left cluster: its base glyph with the text in
    visual order, then its marks with none; the text position left where it was."""
    x = y = 0.0
    spots = []
    for dx, dy, code in glyphs:
        x, y = x + dx, y + dy
        spots.append((x, y, code))
    # The base: a glyph that maps to a letter, else the one on the baseline (marks sit
    # above or below it; a composed mark such as shadda with fatha maps to nothing).
    base = min(
        range(len(spots)),
        key=lambda i: (not _letter(cmap.get(spots[i][2], "")), abs(spots[i][1]), i),
    )
    order = [base] + [i for i in range(len(spots)) if i != base]
    lines = [b"/Span<</ActualText <FEFF" + _hex(text[::-1]) + b"> >> BDC"]
    cx = cy = 0.0
    for n, i in enumerate(order):
        if n == 1:
            lines += [b"EMC", b"/Span<</ActualText <FEFF> >> BDC"]
        gx, gy, code = spots[i]
        lines.append(b"%.5f %.5f Td <%s> Tj" % (gx - cx, gy - cy, code))
        cx, cy = gx, gy
    lines.append(b"EMC")
    if (cx, cy) != (x, y):
        lines.append(b"%.5f %.5f Td" % (x - cx, y - cy))  # Td counts from the line start
    return lines


def rewrite(content: bytes, cmaps: dict[bytes, dict[bytes, str]]) -> tuple[bytes, int]:
    """A page's content stream with its right-to-left clusters rewritten (and how many)."""
    lines = content.split(b"\n")
    out: list[bytes] = []
    font = b""
    done = i = 0
    while i < len(lines):
        line = lines[i]
        if m := _FONT.match(line):
            font = m.group(1)
        span = _SPAN.match(line)
        if span:
            text = bytes.fromhex(span.group(1).decode()).decode("utf-16-be", "replace")
            j, state, glyphs = i + 1, [], []
            while j < len(lines) and _STATE.match(lines[j]) and not glyphs:
                if m := _FONT.match(lines[j]):
                    font = m.group(1)
                state.append(lines[j])
                j += 1
            while j < len(lines) and (m := _GLYPH.match(lines[j])):
                glyphs.append((float(m.group(1)), float(m.group(2)), m.group(3)))
                j += 1
            if len(text) > 1 and _rtl(text) and glyphs and j < len(lines) and lines[j] == b"EMC":
                out += state + _cluster(text, glyphs, cmaps.get(font, {}))
                done += 1
                i = j + 1
                continue
        out.append(line)
        i += 1
    return b"\n".join(out), done


def fix(pdf: bytes) -> bytes:
    """The PDF with every right-to-left cluster's text in the order extractors expect."""
    # pypdf loads only when a handout PDF is written
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    changed = 0
    for page in writer.pages:
        fonts = page["/Resources"].get("/Font") or {}
        cmaps = {name[1:].encode(): to_unicode(ref.get_object()) for name, ref in fonts.items()}
        contents = page["/Contents"].get_object()
        streams = [c.get_object() for c in contents] if isinstance(contents, list) else [contents]
        for stream in streams:
            data, n = rewrite(stream.get_data(), cmaps)
            if n:
                stream.set_data(data)
                changed += n
    if not changed:
        return pdf
    writer.add_metadata({"/Producer": "Chromium (Skia/PDF), Arabic text order by Tamkeen"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
