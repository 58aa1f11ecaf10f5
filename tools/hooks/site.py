"""MkDocs hooks: thin adapters that call the `tools` package."""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority

from tools import fallback, fonts, html_page, notfound, search_index

# 404 output of each language build, written once every language is built.
_rendered_404: dict[str, str] = {}


def _lang(config) -> str:
    # static-i18n sets theme.language to the locale being built.
    return config.theme["language"]


def _i18n_still_building(config) -> bool:
    # static-i18n builds the other languages from inside the first build's post_build and
    # sets `building` while those nested builds run.
    i18n = config.plugins.get("i18n")
    return bool(i18n and getattr(i18n, "building", False))


def on_template_context(context, template_name, config, **kwargs):
    if template_name == "404.html":
        context["tk_404"] = notfound.context(_lang(config), config.site_url or "/")
    return context


def on_page_content(html, page, config, **kwargs):
    text_lang = getattr(page.file, "locale", _lang(config))
    return fallback.wrap(html, _lang(config), text_lang)


def on_post_page(output, page, config, **kwargs):
    return html_page.process(output, _lang(config))


def on_post_template(output_content, template_name, config, **kwargs):
    if template_name == "404.html":
        output_content = html_page.process(output_content, _lang(config), searchable=False)
        _rendered_404[_lang(config)] = output_content
    return output_content


@event_priority(-200)  # after static-i18n (-100) has built every language
def on_post_build(config, **kwargs) -> None:
    if _i18n_still_building(config):
        return
    site_dir = Path(config.site_dir)
    notfound.write_pages(site_dir, _rendered_404)
    _rendered_404.clear()
    fonts.copy_fonts(site_dir)
    search_index.build(site_dir)
