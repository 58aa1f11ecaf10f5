"""The trainer kit of every lesson and module, built into the site after all languages:
reveal.js decks (`<lesson>/slides/`, `<module>/slides/`), an editable PPTX and an A4 PDF
handout per module (in `<module>/trainer/`), and the module's trainer page.

Everything is cached by content hash (`.cache/trainer-kit/` beside mkdocs.yml): a deck,
PPTX or PDF is rebuilt only when one of its sources (or this generator) changes. The
counts of the last build are in `.cache/trainer-kit/report.json`.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import posixpath
import shutil
import time
from pathlib import Path

from tools.common import blocks
from tools.common.paths import DEFAULT_LANGUAGE, LANGUAGES, NODE_MODULES
from tools.common.ui_strings import strings
from tools.model import facts
from tools.model.content import Node, Site, Source
from tools.site import downloads
from tools.slides import deck, handout, pdf_text, plan, stable
from tools.slides.model import Slide, lesson_slides, module_slides
from tools.slides.render import Renderer, image_size

HERE = Path(__file__).resolve().parent
CACHE = Path(".cache") / "trainer-kit"
CLASS_VIEW = "class/"  # the class view page of each language (tools/site/classview.py)


def prefix(lang: str) -> str:
    return "" if lang == DEFAULT_LANGUAGE else f"{lang}/"


def page_dir(node: Node, lang: str) -> str:
    """Site folder of a lesson's or module's page, e.g. `fr/courses/ai/01-x/02-y`."""
    url_path = next(iter(node.sources.values())).url_path
    path = url_path.parent if url_path.name == "index.md" else url_path.with_suffix("")
    return prefix(lang) + path.as_posix()


def file_stem(module: Node, lang: str) -> str:
    return f"{module.key.replace('/', '-')}-{lang}"


def modules(site: Site) -> list[Node]:
    return [m for course in site.courses for m in course.children if m.kind == "module"]


def _source_digest(src: Source) -> bytes:
    """SHA-256 of a lesson's or module's source and its images, as they are now."""
    h = hashlib.sha256(src.path.read_bytes())
    for url in (link.url for link in src.doc.links if link.image):
        path = src.path.parent / url
        if path.is_file():
            h.update(path.read_bytes())
    return h.digest()


# Each source's digest, read once a build: a module's decks, PPTX and PDFs name the same
# sources (a lesson's is in five keys). Emptied by `build`.
_digests: dict[Path, bytes] = {}


def key(kind: str, lang: str, nodes: list[Node], code: str) -> str:
    h = hashlib.sha256(f"{kind}\0{lang}\0{code}".encode())
    for node in nodes:
        src = node.source(lang)
        if src is None:
            continue
        if src.path not in _digests:
            _digests[src.path] = _source_digest(src)
        h.update(_digests[src.path])
    return h.hexdigest()[:24]


def _src_dir(slide: Slide, fallback: Node, lang: str) -> str:
    node = slide.lesson or fallback
    return next(iter(node.sources.values())).url_path.parent.as_posix()


def _module_plan(module: Node, lang: str) -> tuple[list[Slide], list[str]]:
    """A module's slides and the folder of each one's source."""
    slides = module_slides(module, lang)
    return slides, [_src_dir(sl, module, lang) for sl in slides]


def _image_sizes(docs_dir: Path):
    """`(src_dir, url) -> (width, height)` of a slide's picture in the docs folder."""

    def size(src_dir: str, url: str):
        return image_size(docs_dir / posixpath.normpath(posixpath.join(src_dir, url)))

    return size


def links(module: Node, lang: str, pdf: bool) -> list[tuple[str, str]]:
    """The kit's files, as (label, URL relative to the trainer page)."""
    s = strings(lang)
    stem = file_stem(module, lang)
    out = [(s["kit.slides.module"], "../slides/")]
    for lesson in module.lessons:
        name = page_dir(lesson, lang).rsplit("/", 1)[-1]
        out.append((s["kit.slides.lesson"].format(title=lesson.title(lang)), f"../{name}/slides/"))
    out.append((s["kit.pptx"], f"{stem}.pptx"))
    out.append((s["kit.pdf"] if pdf else s["kit.pdf.missing"], f"{stem}.pdf" if pdf else ""))
    if pdf:
        out.append((s["kit.pdf.trainer"], f"{stem}-trainer.pdf"))
    # The participants' templates of its lessons (tools/site/downloads.py).
    out += downloads.kit_links(module, lang, page_dir(module, lang) + "/trainer")
    depth = page_dir(module, lang).removeprefix(prefix(lang)).count("/") + 2  # + trainer/
    out.append((s["kit.class.link"], "../" * depth + CLASS_VIEW))
    return out


def trainer_page(module: Node, lang: str) -> tuple[str, str]:
    """(src_uri, Markdown) of a module's trainer page in the build of `lang`."""
    pdf = handout.chromium() is not None
    src_uri = page_dir(module, lang) + "/trainer.md"
    return src_uri, plan.page_markdown(module, lang, links(module, lang, pdf))


def alternates(src_uri: str, alternate: list[dict]) -> list[dict]:
    """static-i18n's language switcher entries, pointed at this generated page (a trainer
    page, the class view) in each language (it only knows the pages on disk)."""
    path = src_uri.removesuffix(".md") + "/"
    for lang in LANGUAGES:
        path = path.removeprefix(prefix(lang)) if prefix(lang) else path
    for item in alternate:
        item["link"] = prefix(item.get("lang", DEFAULT_LANGUAGE)) + path
    return alternate


def page_links(node: Node, lang: str) -> str:
    """The trainer-view block at the end of a lesson or module page."""
    s = strings(lang)
    if node.kind == "lesson":
        items = [("slides/", s["kit.slides"]), ("../trainer/", s["kit.page"])]
    else:
        items = [("slides/", s["kit.slides.module"]), ("trainer/", s["kit.page"])]
    anchors = " · ".join(f'<a href="{url}">{label}</a>' for url, label in items)
    # Not an admonition (the lesson's trainer notes stay its only ones), but hidden from
    # participants, searched by trainers only, like them (tools/common/blocks.py).
    hidden = blocks.trainer_only_class()
    return f'<div class="{hidden} tk-kit"><p><strong>{s["kit.title"]}</strong>: {anchors}</p></div>'


# The cache folder's files: an entry is named `<key><suffix>`. A build's work in progress
# (`.tmp`, the handout page `.handout.html` Chromium prints) and its report are not entries.
DECK, PPTX, PDF = ".html", ".pptx", ".pdf"
HANDOUT = ".handout.html"
REPORT = "report.json"


def entries(folder: Path) -> list[Path]:
    """The finished entries of a kit cache folder (what a later build may reuse)."""
    if not folder.is_dir():
        return []
    return [
        p
        for p in folder.iterdir()
        if p.is_file() and p.suffix in (DECK, PPTX, PDF) and not p.name.endswith(HANDOUT)
    ]


class _Cache:
    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        self.built: dict[str, int] = {}
        self.reused: dict[str, int] = {}
        self.used: set[str] = {REPORT}

    def get(self, kind: str, k: str, suffix: str, make) -> Path:
        path = self.root / f"{k}{suffix}"
        self.used.add(path.name)
        if path.is_file():
            self.reused[kind] = self.reused.get(kind, 0) + 1
            return path
        data = make()
        if data is not None:
            tmp = path.with_suffix(".tmp")
            tmp.write_bytes(data)
            tmp.replace(path)
        self.built[kind] = self.built.get(kind, 0) + 1
        return path

    def prune(self) -> int:
        """Remove every entry this build did not use (an older commit's, a deleted
        lesson's): the cache holds one build, and never grows without end."""
        removed = 0
        for path in self.root.iterdir():
            if path.is_file() and path.name not in self.used:
                path.unlink(missing_ok=True)
                removed += 1
        return removed


def _place(cached: Path, target: Path) -> None:
    """The cached file at `target`: a hard link where the filesystem allows (thousands of
    decks, PPTX and PDFs in a large course), else a copy. A link is safe because nothing
    writes these files in place: a cache entry is written once, to a temporary name
    renamed over it (`_Cache.get`; a new PDF is finished before it is placed), and the
    build writes into a new, empty site folder (tools/publish/build.py; MkDocs empties
    its own); a target already there is unlinked first, never written through. The link
    is tried first: its folder made, or the old file unlinked, only when it fails (a
    `mkdir` and an `unlink` for each of thousands of files cost more than the links)."""
    for _attempt in range(3):
        try:
            os.link(cached, target)
            return
        except FileNotFoundError:  # its folder is new
            target.parent.mkdir(parents=True, exist_ok=True)
        except FileExistsError:
            target.unlink()
        except OSError:  # another filesystem, or one without hard links
            break
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)
    shutil.copyfile(cached, target)


def build(config, site_dir: Path, site: Site, languages: list[str]) -> dict:
    start = time.monotonic()
    _digests.clear()  # the sources as they are now
    renderer = Renderer.from_mkdocs(config)
    cache = _Cache(Path(config.config_file_path).parent / CACHE)
    # Slides insert facts from the register: a changed fact rebuilds the decks.
    register = Path(config.docs_dir) / facts.DATA_FILE
    code = stable.inputs_key(config, NODE_MODULES) + (
        hashlib.sha256(register.read_bytes()).hexdigest() if register.is_file() else ""
    )
    facts.use(register=register)
    deck.copy_assets(site_dir)
    sizes = _image_sizes(Path(config.docs_dir))
    pdf_jobs: list[tuple[Path, Path, Path]] = []
    can_print = handout.chromium() is not None
    for lang in [la for la in LANGUAGES if la in languages]:
        facts.use(lang=lang)
        for module in modules(site):
            mdir = page_dir(module, lang)
            # The participants' handout, for a phone the slides are too small on.
            pdf = f"{file_stem(module, lang)}.pdf" if can_print else None
            for lesson in module.lessons:
                src = lesson.source(lang)
                if src is None:
                    continue
                ldir = page_dir(lesson, lang) + "/slides"

                def make_lesson(src=src, lesson=lesson, ldir=ldir, lang=lang, pdf=pdf):
                    slides = lesson_slides(src, lesson)
                    dirs = [_src_dir(sl, lesson, lang) for sl in slides]
                    return deck.deck_html(
                        slides, src.title, lang, renderer, ldir, dirs, sizes,
                        handout=pdf and "../../trainer/" + pdf,
                    ).encode()  # fmt: skip

                # Where the deck lives and which handout it names are in its HTML: in the key,
                # or a lesson with the same text in another module (or site) gets its deck.
                k = key("lesson-deck", lang, [lesson], f"{code}\0{ldir}\0{pdf}")
                _place(cache.get("decks", k, DECK, make_lesson), site_dir / ldir / "index.html")

            nodes = [module, *module.lessons]
            # Made only for a deck or PPTX made again: a warm build takes them from the cache.
            plan_module = functools.cache(functools.partial(_module_plan, module, lang))

            def make_module(plan_module=plan_module, mdir=mdir, lang=lang, pdf=pdf):
                slides, dirs = plan_module()
                d = mdir + "/slides"
                return deck.deck_html(
                    slides, slides[0].title, lang, renderer, d, dirs, sizes,
                    handout=pdf and "../trainer/" + pdf,
                ).encode()  # fmt: skip

            k = key("module-deck", lang, nodes, f"{code}\0{mdir}\0{pdf}")
            out = site_dir / mdir / "slides" / "index.html"
            _place(cache.get("decks", k, DECK, make_module), out)

            def make_pptx(plan_module=plan_module, lang=lang):
                # Imported when a deck is made: python-pptx is slow to load, a warm build
                # takes every PPTX from the cache.
                from tools.slides import pptx_deck

                slides, dirs = plan_module()
                docs = Path(config.docs_dir)
                return pptx_deck.build(slides, lang, renderer, docs, dirs)

            k = key("pptx", lang, nodes, code)
            stem = file_stem(module, lang)
            _place(
                cache.get("pptx", k, PPTX, make_pptx),
                site_dir / mdir / "trainer" / f"{stem}.pptx",
            )

            # The participants' handout and the trainer's.
            for trainer, suffix in ((False, ""), (True, "-trainer")) if can_print else ():
                k = key("pdf" + suffix, lang, nodes, code)
                target = site_dir / mdir / "trainer" / f"{stem}{suffix}.pdf"
                cached = cache.root / f"{k}{PDF}"
                cache.used.add(cached.name)
                if cached.is_file():
                    cache.reused["pdf"] = cache.reused.get("pdf", 0) + 1
                    _place(cached, target)
                    continue
                html_file = cache.root / f"{k}{HANDOUT}"
                html_file.write_text(
                    handout.handout_html(module, lang, renderer, handout.FONTS_URL, trainer),
                    encoding="utf-8",
                )
                pdf_jobs.append((html_file, cached, target))
                cache.built["pdf"] = cache.built.get("pdf", 0) + 1
    if pdf_jobs:
        handout.print_pdfs([(h, c) for h, c, _ in pdf_jobs], site_dir)
        for html_file, cached, target in pdf_jobs:
            html_file.unlink(missing_ok=True)
            # Dated first (Chromium's own date strings), then Arabic text in logical order
            # for extractors (pdf_text.py): pypdf rewrites the file, and the dates with it.
            cached.write_bytes(pdf_text.fix(stable.pdf_bytes(cached.read_bytes())))
            _place(cached, target)
    pruned = cache.prune()
    report = {
        "built": cache.built,
        "pruned": pruned,
        "reused": cache.reused,
        "pdf": "built" if can_print else "skipped: Chromium not found",
        # Parts left out, said by `make site` (tools/publish/build_summary.py).
        "skipped": [] if can_print else ["PDF handouts (Chromium not found)"],
        "seconds": round(time.monotonic() - start, 2),
    }
    (cache.root / REPORT).write_text(json.dumps(report, indent=1), encoding="utf-8")
    rebuilt = sum(cache.built.values())
    print(f"trainer kit: {rebuilt} file(s) rebuilt, {sum(cache.reused.values())} reused")
    if not can_print:
        print(
            "trainer kit: Chromium not found, PDF handouts not built "
            "(apt-get install chromium, then make site)"
        )
    return report
