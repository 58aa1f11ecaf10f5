"""Sharing costs a reader who never shares at most 1 KB on a lesson's first visit (issue 27),
gzip-compressed as served: the share button's loader in tamkeen.js, the share target's
handler in sw.js (minified) and the manifest's share_target. The messages, share.<lang>.js
and the QR encoder come on the first press only (tests/test_browser_share_lesson.py checks
that none is fetched before). Its interface text comes from tools/common/ui_strings.py, in the
file's language only."""

from __future__ import annotations

import gzip
import json
import re

import pytest

from tools.common.ui_strings import strings
from tools.site import offline
from tools.site.site_assets import ASSETS, fill_strings, minify_js, served

BUDGET = 1024
# The loader in tamkeen.js sits between these comments, and runs on every page.
LOADER = re.compile(r"  /\* share: .*?/\* :share \*/\n", re.DOTALL)


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=9))


def loader_bytes() -> int:
    source = (ASSETS / "tamkeen.js").read_text(encoding="utf-8")
    assert len(LOADER.findall(source)) == 1
    without = LOADER.sub("", source).replace(" initShare();", "")
    assert "initShare" not in without and "tkShare" not in without
    return gz(served("tamkeen.js")) - gz(minify_js([fill_strings(without)])[0].encode("utf-8"))


def worker_bytes() -> int:
    base = (ASSETS / offline.SW_NAME).read_text(encoding="utf-8")
    return gz((base + offline.share_worker()).encode("utf-8")) - gz(base.encode("utf-8"))


def manifest_bytes(lang: str) -> int:
    def size(data: dict) -> int:
        return gz((json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))

    with_target = offline.manifest(lang)
    without = {k: v for k, v in with_target.items() if k != "share_target"}
    return size(with_target) - size(without)


def figures(lang: str) -> dict[str, int]:
    return {"loader": loader_bytes(), "worker": worker_bytes(), "manifest": manifest_bytes(lang)}


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_first_visit_costs_at_most_one_kilobyte(lang):
    parts = figures(lang)
    print(lang, parts, "total", sum(parts.values()))
    assert all(n > 0 for n in parts.values()), parts  # each part measured, none left out
    assert parts["loader"] <= 512, parts  # the share button itself
    assert sum(parts.values()) <= BUDGET, parts


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_share_script_holds_its_language_only(lang):
    text = served("share.js", lang).decode("utf-8")
    ours = {k: v for k, v in strings(lang).items() if k.startswith("share.")}
    shown = ("share.copied", "share.shared", "share.failed", "share.answer", "share.qr.close")
    assert all(ours[k] in text for k in shown)
    other = strings("fr" if lang == "ar" else "ar")
    assert other["share.copied"] not in text
    for name in ("share.js", "sw_share.js"):
        source = (ASSETS / name).read_text(encoding="utf-8")
        assert "http://" not in source.replace("http://www.w3.org/2000/svg", "")
        assert "https://" not in source


def test_every_share_key_in_both_languages():
    keys = {code: {k for k in strings(code) if k.startswith("share.")} for code in ("ar", "fr")}
    assert keys["ar"] == keys["fr"] and len(keys["ar"]) >= 40
