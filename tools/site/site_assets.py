"""Tamkeen's own CSS and JS (`tools/assets/`) and the self-hosted fonts, added to every
site built with our hook: files are copied into the built site, and their URLs are added
to `extra_css` / `extra_javascript` so Material links them on every page.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

from tools.common import blocks
from tools.site import fonts
from tools.common.languages import TABLE, language
from tools.common.paths import DEFAULT_LANGUAGE, LANGUAGES, NODE_MODULES, ROOT
from tools.common.ui_strings import strings
from tools.model.credential import TITLE_LANGUAGES

ASSETS = Path(__file__).resolve().parent.parent / "assets"
# source file in tools/assets -> URL in the site
CSS = {"fonts.css": "assets/css/fonts.css", "tamkeen.css": "assets/css/tamkeen.css"}
JS = {"tamkeen.js": "assets/js/tamkeen.js"}
# offline.js: not on every page, only where tools/site/offline.py links it; progress.js: loaded
# by tamkeen.js on the progress page only.
OTHER = {
    "favicon.svg": "assets/images/favicon.svg",
    "offline.js": "assets/js/offline.js",
    "progress.js": "assets/js/progress.js",
    "classview.js": "assets/js/classview.js",  # the class view page only, after progress.js
    # certificates (tools/site/cert_pages.py): loaded by progress.js or classview.js, on the
    # verify, progress and class view pages only
    "credential.js": "assets/js/credential.js",
    "credential.css": "assets/css/credential.css",
}
# From npm (pinned in package.json): the QR code encoder, loaded by progress.js on the
# progress page only, when the reader makes a progress code.
NPM = {
    "assets/js/qrcode.js": (
        "qrcode-generator/dist/qrcode.js",
        "/*! qrcode-generator 2.0.4, MIT License, Copyright (c) 2009 Kazuhiko Arase */\n",
    ),
}
# One copy per language, its UI table holding that language only: loaded by tamkeen.js, from
# beside itself, when a reader presses "listen".
PER_LANGUAGE = {
    "listen.js": "assets/js/listen.{lang}.js",
    "share.js": "assets/js/share.{lang}.js",  # sharing (tools/site/share.py), on the first press
}


def register(config) -> None:
    """Add our stylesheets and script to the MkDocs config (idempotent)."""
    for url in CSS.values():
        if url not in config.extra_css:
            config.extra_css.append(url)
    for url in JS.values():
        if all(str(getattr(s, "path", s)) != url for s in config.extra_javascript):
            config.extra_javascript.append(url)


_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_CSS_SPACE = re.compile(r"\s*([{};,>])\s*")


def minify_css(text: str) -> str:
    """Comments and layout whitespace out: the comments stay in the source for authors,
    not in every reader's download."""
    text = _CSS_COMMENT.sub("", text)
    text = _CSS_SPACE.sub(r"\1", text)
    return re.sub(r"\s+", " ", text).strip() + "\n"


_UI = re.compile(r"/\*ui:([\w.]+)\*/\{\}")
# Each language's folder in the site (`{"ar": "", "fr": "fr/"}`), for links made in JS.
FOLDERS = "/*languages:folders*/{}"
# What our JS needs of each language it may meet (tools/common/languages.py, every row: a
# certificate names its course in languages the site may not have): direction, decimal mark,
# list separator. A per-language copy (listen.<lang>.js) gets its language's preferred voices. And the languages a certificate is written in (tools/model/credential.py).
LANGUAGE_DATA = "/*languages:data*/{}"
CREDENTIAL_LANGUAGES = "/*languages:credential*/[]"
VOICES = "/*languages:voices*/[]"


def language_data() -> dict[str, dict[str, str]]:
    return {
        code: {
            "dir": row.direction,
            "decimal": row.decimal_mark,
            "list": row.list_separator,
        }
        for code, row in TABLE.items()
    }


def fill_strings(js: str, lang: str | None = None) -> str:
    """`/*ui:listen.*/{}` in our JS becomes the keys of tools/common/ui_strings.py that start with
    `listen.` (`/*ui:listen*/{}`: that key alone): `{"ar": {key: text, …}, "fr": {…}}`, or
    `{key: text, …}` in `lang` alone. Interface text stays in one place, and the unfilled
    source still parses."""

    def table(m: re.Match[str]) -> str:
        name = m.group(1)
        found = {
            code: {
                k: v
                for k, v in strings(code).items()
                if k == name or (name.endswith(".") and k.startswith(name))
            }
            for code in _with_table(name)
        }
        if not all(found.values()):
            raise KeyError(f"tools/common/ui_strings.py has no key {name!r}")
        return json.dumps(found[lang] if lang else found, ensure_ascii=False)

    folders = {code: "" if code == DEFAULT_LANGUAGE else f"{code}/" for code in LANGUAGES}
    return (
        _UI.sub(table, js)
        .replace(FOLDERS, json.dumps(folders, ensure_ascii=False))
        .replace(LANGUAGE_DATA, json.dumps(language_data(), ensure_ascii=False))
        .replace(CREDENTIAL_LANGUAGES, json.dumps(list(TITLE_LANGUAGES)))
        .replace(VOICES, json.dumps(_voices(lang)))
    )


def _voices(lang: str | None) -> list[str] | dict[str, list[str]]:
    """The voices "listen" prefers, best first, lower case: `lang`'s, or each language's."""
    if lang is None:
        return {code: [tag.lower() for tag in row.voice_tags] for code, row in TABLE.items()}
    return [tag.lower() for tag in language(lang).voice_tags]


def _with_table(name: str) -> list[str]:
    """The site's languages that get a `/*ui:name*/` table: "listen" only where the phones
    have a voice (tools/common/languages.py), so that tamkeen.js shows no listen button there."""
    if name.startswith("listen"):
        return [code for code in LANGUAGES if language(code).voice]
    return list(LANGUAGES)


def per_language(name: str, codes: tuple[str, ...]) -> tuple[str, ...]:
    """The languages that get their own copy of `name` (PER_LANGUAGE)."""
    return tuple(code for code in codes if code in _with_table(name.removesuffix(".js")))


TERSER = NODE_MODULES / "terser"
# Minified copies by content hash: an unchanged file costs nothing on the next build.
MINIFIED = ROOT / ".cache" / "js"
# One node process for every file a build minifies (node starts in about 0.3 s).
_BATCH = """
const { minify } = require(process.argv[1]);
let input = "";
process.stdin.on("data", (d) => (input += d)).on("end", async () => {
  const out = [];
  for (const code of JSON.parse(input)) out.push((await minify(code)).code);
  process.stdout.write(JSON.stringify(out));
});
"""


class MinifyError(RuntimeError):
    pass


def minify_js(texts: list[str]) -> list[str]:
    """terser (npm, installed by `make`): comments out, local names shortened. The source
    keeps its names and comments; the reader's phone gets a third less to download."""
    version = json.loads((TERSER / "package.json").read_text(encoding="utf-8"))["version"]
    cached = [
        MINIFIED / (hashlib.sha256(f"{version}\n{text}".encode()).hexdigest()[:24] + ".js")
        for text in texts
    ]
    now = time.time()
    for path in cached:  # in use: prune_minified() keeps it
        with contextlib.suppress(FileNotFoundError):
            os.utime(path, (now, now))
    todo = [i for i, path in enumerate(cached) if not path.is_file()]
    if todo:
        node = shutil.which("node")
        if not node:
            raise MinifyError("node not found: install Node.js (npm comes with it)")
        result = subprocess.run(
            [node, "-e", _BATCH, str(TERSER)],
            input=json.dumps([texts[i] for i in todo]),
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
        )
        if result.returncode != 0:
            raise MinifyError(f"terser failed: {result.stderr.strip()}")
        MINIFIED.mkdir(parents=True, exist_ok=True)
        for i, code in zip(todo, json.loads(result.stdout), strict=True):
            partial = cached[i].with_suffix(f".{os.getpid()}.tmp")  # never read half a file
            partial.write_text(code, encoding="utf-8")
            partial.replace(cached[i])
    return [path.read_text(encoding="utf-8") for path in cached]


# Entries no build used for this long are removed. By age, not "not used by this build":
# builds of other sites (the test fixtures, a subset of the languages) share the folder.
UNUSED_FOR = 30 * 24 * 3600


def prune_minified() -> None:
    """Remove minified copies that no build has used for UNUSED_FOR seconds."""
    now = time.time()
    for path in MINIFIED.glob("*.js") if MINIFIED.is_dir() else ():
        with contextlib.suppress(FileNotFoundError):  # another build removed it first
            if now - path.stat().st_mtime > UNUSED_FOR:
                path.unlink()


_BLOCKS_CSS = "/*blocks:css*/"
_BLOCKS_JS = re.compile(r'/\*blocks:(\w+)\*/""')


def fill_blocks(text: str) -> str:
    """What our CSS and JS say about block types, from the block registry (tools/common/blocks.py):
    `/*blocks:css*/` in a stylesheet becomes its rules, `/*blocks:<name>*/""` in a script the
    string `blocks.js_value(name)` (the unfilled source still parses)."""
    text = text.replace(_BLOCKS_CSS, blocks.css())
    return _BLOCKS_JS.sub(lambda m: json.dumps(blocks.js_value(m.group(1))), text)


def _source(name: str, lang: str | None) -> str:
    text = fill_blocks((ASSETS / name).read_text(encoding="utf-8"))
    if name.endswith(".css"):
        return minify_css(text)
    return fill_strings(text, lang) if name.endswith(".js") else text


def served(name: str, lang: str | None = None) -> bytes:
    """The bytes of an asset as the site serves it (`lang`: a per-language copy). CSS and JS
    lose comments and layout whitespace; JS also gets short local names."""
    if name.endswith(".js"):
        return minify_js([_source(name, lang)])[0].encode("utf-8")
    if name.endswith(".css"):
        return _source(name, lang).encode("utf-8")
    return (ASSETS / name).read_bytes()


def copy(site_dir: Path, languages: tuple[str, ...] | None = None) -> None:
    files = {url: (name, None) for name, url in {**CSS, **JS, **OTHER}.items()}
    for name, url in PER_LANGUAGE.items():
        codes = per_language(name, tuple(LANGUAGES) if languages is None else languages)
        files.update({url.format(lang=lang): (name, lang) for lang in codes})
    scripts = [url for url, (name, _) in files.items() if name.endswith(".js")]
    sources = [_source(*files[url]) for url in scripts]
    for url, (path, header) in NPM.items():
        scripts.append(url)
        sources.append(header + (NODE_MODULES / path).read_text(encoding="utf-8"))
    minified = dict(zip(scripts, minify_js(sources), strict=True))
    prune_minified()
    for url in NPM:
        target = site_dir / url
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(minified[url], encoding="utf-8")
    for url, (name, lang) in files.items():
        target = site_dir / url
        target.parent.mkdir(parents=True, exist_ok=True)
        if url in minified:
            target.write_text(minified[url], encoding="utf-8")
        else:
            target.write_bytes(served(name, lang))
    fonts.copy_fonts(site_dir)
