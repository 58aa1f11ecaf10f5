"""MkDocs hooks: thin adapters that call the `tools` package."""

from __future__ import annotations

import logging
import sys
from copy import deepcopy
from pathlib import Path
from urllib.parse import urlsplit

from jinja2 import ChoiceLoader, DictLoader
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, InclusionLevel
from mkdocs.utils import get_relative_url

from tools.checks import serve
from tools.common import build_cache, languages, sanitize, sanitize_svg
from tools.common.paths import DEFAULT_LANGUAGE
from tools.common.ui_strings import THEME, strings
from tools.model import content, facts, glossary, notebooks
from tools.publish import course_zip, page_cache, trainer_pages
from tools.site import (
    cert_pages,
    classview,
    css_purge,
    downloads,
    fallback,
    html_page,
    landmarks,
    navigation,
    notfound,
    offline,
    page_pass,
    search_index,
    site_assets,
    skeleton,
    template_cache,
)
from tools.slides import kit as trainer_kit

log = logging.getLogger("mkdocs.plugins.tamkeen")
# 404 output of each language build, written once every language is built.
_rendered_404: dict[str, str] = {}


def _lang(config) -> str:
    # static-i18n sets theme.language to the locale being built.
    return config.theme["language"]


def _building(config) -> str:
    """The language this build is for, already in `on_config` (static-i18n sets the theme's
    language in its own `on_config`, after ours, for each language's build)."""
    i18n = config.plugins.get("i18n")
    return getattr(i18n, "current_language", None) or _lang(config)


def _i18n_still_building(config) -> bool:
    # static-i18n builds the other languages from inside the first build's post_build and
    # sets `building` while those nested builds run.
    i18n = config.plugins.get("i18n")
    return bool(i18n and getattr(i18n, "building", False))


def _reset_language_switcher(config) -> None:
    """Point the 404's language switcher at each language's home page.

    static-i18n retargets the switcher per page by setting the *attribute*
    `config.extra.alternate`, but resets only the *item* `config.extra["alternate"]` when
    the next language's build starts. Jinja reads the attribute first, so without this the
    second language's 404 (rendered before its pages) links to the last page of the first
    language's build.
    """
    i18n = config.plugins.get("i18n")
    alternate = getattr(i18n, "extra_alternate", None)
    if alternate:
        config.extra.alternate = deepcopy(alternate)


# The content tree of the build in progress (read once per language build).
_site: content.Site | None = None
_terms: list[glossary.Term] = []


def on_startup(command, dirty, **kwargs):
    serve.start(command, dirty)


@event_priority(50)  # before static-i18n (-100) reads the nav and its translations
def on_config(config, **kwargs):
    global _site, _terms
    i18n = config.plugins.get("i18n")
    if i18n is not None:  # the site's languages, before its sources are read
        languages.LANGUAGES.use(languages.from_plugin(i18n))
    if not _i18n_still_building(config):
        page_pass.start(Path(config.site_dir))  # a new build of every language
        notebooks.sync_config(config)  # before the tree is read: notebook lessons in the nav
        page_cache.start(config)  # `make site` only: pages kept by the last build
    _site = content.load(Path(config.docs_dir))
    if not _i18n_still_building(config):
        for item in _site.errors:  # none dropped silently, in `build` and `serve` alike
            print(f"{item} ", file=sys.stderr)
        if serve.serving():
            serve.run(Path(config.docs_dir))
            serve.plan(_site, Path(config.docs_dir), serve.error_changes())
    _terms = glossary.load(Path(config.docs_dir))
    facts.use(lang=_lang(config), register=Path(config.docs_dir) / facts.DATA_FILE)
    site_assets.register(config)
    # Python-Markdown's heading links are titled "Permanent link" in English: ours, per language.
    toc = config.mdx_configs.setdefault("toc", {})
    toc["permalink_title"] = strings(_building(config))["toc.permalink"]
    cert_pages.use(config.site_url)  # a printed certificate's QR code leads there
    nav, translations = navigation.expand(config.nav or [], _site)
    config.nav = nav
    if i18n is not None:
        for language in i18n.config.languages:
            extra = translations.get(language.locale) or {}
            language.nav_translations = {**(language.nav_translations or {}), **extra}
    return config


@event_priority(-150)  # after static-i18n (-100) has picked this language's files
def on_files(files, config, **kwargs):
    """Only pages and images from docs/ (tools/common/sanitize.py `publishable`); a trainer page
    per module (tools/slides/plan.py), generated, never in git."""
    docs_dir = Path(config.docs_dir)
    for file in list(files):
        src = file.abs_src_path
        if file.inclusion.is_excluded() or not src or docs_dir not in Path(src).parents:
            continue  # left out by MkDocs (dotfiles, exclude_docs), or not from docs/
        if not sanitize.publishable(src, docs_dir):
            log.warning("%s: not published (only pages and images are)", file.src_uri)
            files.remove(file)
    if _site is None:
        return files
    _show_fallback(files, config)
    project = Path(config.config_file_path).parent
    # The class view (tools/site/classview.py) is a trainer page too.
    pages, class_view = trainer_pages.markdown(_site, _lang(config), project)
    for src_uri, markdown in pages:
        files.append(
            File.generated(config, src_uri, content=markdown, inclusion=InclusionLevel.NOT_IN_NAV)
        )
    for src_uri, data in downloads.files(_site, _lang(config)):  # tools/site/downloads.py
        files.append(File.generated(config, src_uri, content=data))
    files.append(
        File.generated(
            config,
            classview.src_uri(_lang(config)),
            content=class_view,
            inclusion=InclusionLevel.NOT_IN_NAV,
        )
    )
    serve.mark(files, docs_dir)  # `make serve`: what a dirty rebuild must redo
    return files


def _show_fallback(files, config) -> None:
    """A page missing in a language whose fallback is not the default one (Tamazight →
    French, tools/common/languages.py) shows the fallback's text: static-i18n filled the gap with
    the default language's file; the same page (URL, nav entry) reads the other file."""
    lang = _lang(config)
    want = languages.fallback(lang, DEFAULT_LANGUAGE)
    if want is None or want == DEFAULT_LANGUAGE:
        return  # static-i18n's own fallback
    for file in files.documentation_pages():
        if getattr(file, "locale", lang) in (lang, want) or not file.abs_src_path:
            continue
        path = Path(file.abs_src_path)
        split = content.split_language(path)
        other = path.with_name(f"{split[0]}.{want}{path.suffix}") if split else None
        if other is not None and other.is_file():
            file.abs_src_path = str(other)  # MkDocs reads the page from there
            file.locale = want  # the text's language (on_page_content: fallback.wrap)


def _kept(page, config) -> page_cache.Kept | None:
    """The page as the last build wrote it, if nothing it depends on changed."""
    if page.file.abs_dest_path is None:
        return None
    root = page_pass.site_dir() or Path(config.site_dir)
    return page_cache.get(Path(page.file.abs_dest_path), root)


def on_page_markdown(markdown, page, config, **kwargs):
    page.meta = sanitize.theme_meta(page.meta)  # the theme prints these as they are
    kept = _kept(page, config)
    if kept is not None:  # nothing to render: its text is kept (tools/publish/page_cache.py)
        if kept.title is not None:
            page.meta["title"] = kept.title  # as other pages' nav names it
        page.meta["template"] = page_cache.TEMPLATE
        return ""
    src = _find_source(page.file.abs_src_path)
    # `[[fact:…]]` renders in the language of the text (a fallback page keeps its own).
    facts.use(lang=src.lang if src else _lang(config))
    if src is None:
        if _unreadable(page.file.abs_src_path):
            return serve.unreadable_page(page.file.abs_src_path)  # never the raw text
        return markdown
    # The page is generated from our own reading of the file (tools/model/content.py,
    # tools/model/document.py), the one `check` validates, never from MkDocs' copy of it.
    return skeleton.site_page(src, _site, _terms)


@event_priority(-150)  # after static-i18n (-100), which knows only the pages on disk
def on_page_context(context, page, config, nav, **kwargs):
    generated = page.file.abs_src_path is None
    if generated and page.file.src_uri.split("/")[-1] in ("trainer.md", classview.SRC):
        i18n = config.plugins.get("i18n")
        alternate = deepcopy(getattr(i18n, "extra_alternate", None) or [])
        config.extra.alternate = trainer_kit.alternates(page.file.src_uri, alternate)
    return context


def _unreadable(abs_src_path: str | None) -> bool:
    """A source that content.load could not read (broken front matter, not UTF-8)."""
    if _site is None or abs_src_path is None:
        return False
    return any(e.path == Path(abs_src_path) for e in _site.errors)


def _find_source(abs_src_path: str) -> content.Source | None:
    if _site is None or abs_src_path is None:  # generated pages have no source file
        return None
    return _site.source_at(Path(abs_src_path))


def on_env(env, config, files, **kwargs):
    template_cache.use(env)  # compiled templates kept between builds
    if page_cache.active():  # the template of a kept page: nothing
        env.loader = ChoiceLoader([DictLoader({page_cache.TEMPLATE: ""}), env.loader])
    # Called by our copy of the theme's nav item (overrides/partials/nav-item.html).
    navigation.reset_rendered()
    env.globals["tk_nav_item"] = navigation.rendered_item
    env.globals["tk_nav_label"] = landmarks.nav_label
    # The theme's strings we replace (overrides/partials/language.html); a language the
    # theme has no table for takes its fallback's, with its own code and direction.
    lang = _lang(config)
    theme_lang = theme_language(lang, env)
    own = {} if theme_lang == lang else {"language": lang, "direction": languages.direction(lang)}
    env.globals["tk_theme"] = {**own, **THEME.get(lang, {})}
    env.globals["tk_theme_language"] = theme_lang
    return env


def theme_language(lang: str, env) -> str:
    """`lang`, or the first of its fallbacks that Material has strings for."""
    chain = languages.chain(lang, DEFAULT_LANGUAGE)
    names = set(env.list_templates(filter_func=lambda n: n.startswith("partials/languages/")))
    return next((code for code in chain if f"partials/languages/{code}.html" in names), "en")


def on_template_context(context, template_name, config, **kwargs):
    if template_name == "404.html":
        _reset_language_switcher(config)
        context["tk_404"] = notfound.context(_lang(config), config.site_url or "/")
    return context


def on_page_content(html, page, config, **kwargs):
    if page.meta.get("template") == page_cache.TEMPLATE:
        return html  # a kept page: done already
    text_lang = getattr(page.file, "locale", _lang(config))
    src = _find_source(page.file.abs_src_path)
    node = _site.node_of(src) if src and _site else None
    if node is not None and node.kind == "lesson":
        prefix = "" if _lang(config) == DEFAULT_LANGUAGE else f"{_lang(config)}/"
        html = glossary.link_terms(html, _terms, text_lang, page.url, prefix)
    if node is not None and node.kind in ("lesson", "module"):
        html += trainer_kit.page_links(node, _lang(config))
    html = serve.banner(page.file.abs_src_path, text_lang) + html  # only under `serve`
    sanitize.page_titles(page)
    # Last: whatever the page's source held, only the allowlist reaches the theme.
    html, removed = sanitize.clean_report(fallback.wrap(html, _lang(config), text_lang))
    for what in removed:  # a warning: `--strict` (make site) stops there
        log.warning("%s (from %s): %s", page.file.dest_uri, page.file.src_uri, what)
    return html


def _head_root(relative: str) -> str | None:
    # Under `serve` no manifest is written: its link would be a request for nothing.
    return None if serve.serving() else relative


def _is_course_index(page, config) -> bool:
    """A course's page (its save-for-offline button waits for the course's size)."""
    if _site is None or serve.serving() or page.file.abs_src_path is None:
        return False
    src = _find_source(page.file.abs_src_path)
    return src is not None and any(src in course.sources.values() for course in _site.courses)


def on_post_page(output, page, config, **kwargs):
    # The theme's inline scripts at this page's depth (MkDocs' own `base_url`).
    base = get_relative_url(".", page.url)
    path = Path(page.file.abs_dest_path)
    root = page_pass.site_dir() or Path(config.site_dir)
    if page.meta.get("template") == page_cache.TEMPLATE:
        kept = page_cache.get(path, root)
        if kept is not None:  # what the pass read of it, then its text
            return page_pass.replay(
                path, kept.output, kept.held, page_cache.facts_at(kept, root), kept.document
            )
    hold = _is_course_index(page, config)
    out = page_pass.run(
        output,
        path,
        _lang(config),
        head_root=_head_root(offline.rel_root(root, path) if root in path.parents else ""),
        script_hashes=html_page.theme_scripts(config, base),
        hold=hold,
    )
    if page_cache.active():
        held = page_pass.held[path].html() if hold else None
        facts, document = page_pass.facts.get(path), page_pass.documents.get(path)
        kept = page_cache.Kept(out, held, facts, document, page.meta.get("title"))
        page_cache.put(path, root, kept)
    return out


def on_post_template(output_content, template_name, config, **kwargs):
    if template_name == "404.html":
        absolute = urlsplit(config.site_url or "/").path
        root = page_pass.site_dir() or Path(config.site_dir)
        lang = _lang(config)
        output_content = page_pass.run(
            output_content,
            root / offline.prefix(lang) / "404.html",
            lang,
            # 404 pages are served at any depth: Material links them with absolute URLs.
            head_root=_head_root(absolute.rstrip("/") + "/"),
            searchable=False,
            script_hashes=html_page.theme_scripts(config, absolute),
        )
        _rendered_404[lang] = output_content
    return output_content


@event_priority(-200)  # after static-i18n (-100) has built every language
def on_post_build(config, **kwargs) -> None:
    if _i18n_still_building(config):
        return
    site_dir = Path(config.site_dir)
    sanitize_svg.svg_files(site_dir)  # an SVG opened on its own would run its script here
    notfound.write_pages(site_dir, _rendered_404)
    _rendered_404.clear()
    site_assets.copy(site_dir, tuple(languages.LANGUAGES))
    i18n = config.plugins.get("i18n")
    built = [la.locale for la in i18n.config.languages if la.build] if i18n else []
    courses = [course.key for course in _site.courses] if _site else []
    project = Path(config.config_file_path).parent
    if _site is not None:  # the lessons' WhatsApp messages (tools/site/share.py)
        langs = built or [_lang(config)]
        trainer_pages.write_share_data(site_dir, _site, langs, config.site_url, project)
    if serve.serving():  # the preview: only what a page needs (tools/checks/serve.py)
        log.info(serve.SKIPPED_NOTE)
        return
    # Before anything hashes or copies it: the theme's CSS without unused rules.
    # the steps' caches (tools/common/build_cache.py)
    held = [page.text for page in page_pass.held.values()]
    css_purge.purge(site_dir, held, build_cache.Step(project, "css-purge"))
    offline.process_site(
        site_dir,
        built or [_lang(config)],
        courses,
        config.site_url,
        page_pass.facts,
        page_pass.held,
        page_pass.written,
    )
    # "send this course" (issue 27): each course's zip, beside its "save" button
    course_zip.write_all(
        site_dir,
        built or [_lang(config)],
        courses,
        config.site_url,
        build_cache.Step(project, "course-zip"),
        page_pass.records,
        page_pass.links,
    )
    search_index.build(site_dir, page_pass.documents, build_cache.Step(project, "search"))
    trainer_kit.build(config, site_dir, _site, built or [_lang(config)])
    # Last: its version is a hash of every file.
    offline.write_service_worker(site_dir, page_pass.facts)
