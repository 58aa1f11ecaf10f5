"""Byte-stable outputs: the same sources and SOURCE_DATE_EPOCH give the same PPTX and PDF
(zip entry times and PDF dates come from SOURCE_DATE_EPOCH, not the clock)."""

from __future__ import annotations

import io
import os
import re
import time
import zipfile


def epoch() -> int:
    try:
        return int(os.environ.get("SOURCE_DATE_EPOCH", "0"))
    except ValueError:
        return 0


def zip_bytes(data: bytes) -> bytes:
    """The same zip (a PPTX) with every entry dated SOURCE_DATE_EPOCH."""
    stamp = time.gmtime(max(epoch(), 315532800))[:6]  # zip dates start in 1980
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


_PDF_DATE = re.compile(rb"/(CreationDate|ModDate) \(D:\d{14}")


def pdf_bytes(data: bytes) -> bytes:
    """Chromium dates a PDF now: date it SOURCE_DATE_EPOCH (same length, offsets hold)."""
    stamp = time.strftime("%Y%m%d%H%M%S", time.gmtime(epoch())).encode()
    return _PDF_DATE.sub(lambda m: b"/" + m.group(1) + b" (D:" + stamp, data)
