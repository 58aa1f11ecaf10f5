"""Listen costs little: the file a reader downloads on pressing "listen" (listen.<lang>.js)
plus what the loader adds to tamkeen.js stay within 2 KB gzip-compressed, as served
(minified, UI filled in). Its interface text comes from tools/common/ui_strings.py, in the file's
language only."""

from __future__ import annotations

import gzip
import re

import pytest

from tools.common.ui_strings import STRINGS, strings
from tools.site.site_assets import ASSETS, PER_LANGUAGE, fill_strings, minify_js, served

BUDGET = 2 * 1024
# The loader in tamkeen.js sits between these comments, and runs on every page.
LOADER = re.compile(r"  /\* listen: .*?/\* :listen \*/\n", re.DOTALL)


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=9))


def loader_bytes() -> int:
    source = (ASSETS / "tamkeen.js").read_text(encoding="utf-8")
    assert len(LOADER.findall(source)) == 1
    without = LOADER.sub("", source).replace(" initListen();", "")
    assert "initListen" not in without
    return gz(served("tamkeen.js")) - gz(minify_js([fill_strings(without)])[0].encode("utf-8"))


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_listen_within_two_kilobytes(lang):
    listen, loader = gz(served("listen.js", lang)), loader_bytes()
    assert 0 < loader < 400, loader
    assert listen + loader <= BUDGET, {"listen": listen, "loader": loader}


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_interface_text_comes_from_ui_strings(lang):
    text = served("listen.js", lang).decode("utf-8")
    ours = {k: v for k, v in strings(lang).items() if k.startswith("listen.")}
    assert ours and all(value in text for value in ours.values())
    other = strings("fr" if lang == "ar" else "ar")
    assert other["listen.novoice"] not in text
    # The loader's label, in both languages (tamkeen.js serves every page).
    loader = served("tamkeen.js").decode("utf-8")
    assert all(STRINGS[code]["listen"] in loader for code in STRINGS)
    assert PER_LANGUAGE["listen.js"].format(lang=lang) == f"assets/js/listen.{lang}.js"


def test_every_listen_key_in_both_languages():
    keys = {code: {k for k in STRINGS[code] if k.startswith("listen")} for code in STRINGS}
    assert keys["ar"] == keys["fr"] and len(keys["ar"]) >= 12


def test_an_unknown_key_stops_the_build():
    with pytest.raises(KeyError, match="listen.nothing"):
        fill_strings("var T = /*ui:listen.nothing.*/{};")
    assert fill_strings("var T = /*ui:listen*/{};") == (
        'var T = {"ar": {"listen": "استمع"}, "fr": {"listen": "Écouter"}};'
    )


def test_no_other_host_in_listen():
    text = (ASSETS / "listen.js").read_text(encoding="utf-8")
    assert "http://" not in text and "https://" not in text
