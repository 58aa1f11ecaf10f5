"""The search step writes Pagefind's input once per page (folders made once) and, when the
same pages were indexed before, puts the kept index into the site as hard links: the same
bytes as a fresh index, nothing written through a link into the cache."""

from __future__ import annotations

from tools.common import build_cache
from tools.site import search_index

PAGE = (
    '<!doctype html><html lang="fr"><head><title>{t}</title></head><body>'
    '<article class="md-content__inner" data-pagefind-body><h1>{t}</h1><p>{x}</p>'
    "</article></body></html>"
)


def _site(root):
    pages = {
        "index.html": ("Accueil", "Bienvenue"),
        "courses/ai/index.html": ("Cours", "Intelligence artificielle"),
        "courses/ai/01-m/01-l/index.html": ("Leçon", "Une consigne claire et datée"),
        "courses/ai/01-m/trainer/index.html": ("Formateur", "Notes du formateur"),
    }
    for rel, (title, text) in pages.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(PAGE.format(t=title, x=text), encoding="utf-8")


def _files(folder):
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_kept_index_is_linked_and_equal(tmp_path):
    site = tmp_path / "site"
    _site(site)
    cache = build_cache.Step(tmp_path, "search")
    search_index.build(site, None, cache)
    fresh = {out: _files(site / out) for out in ("pagefind", "pagefind-trainer")}
    assert any(name.endswith(".pf_fragment") for name in fresh["pagefind"])
    assert any(name.endswith(".pf_fragment") for name in fresh["pagefind-trainer"])
    search_index.build(site, None, cache)  # the same pages: from the cache
    for out, files in fresh.items():
        assert _files(site / out) == files
    entries = [p for p in cache.root.iterdir() if not p.name.startswith(".")]
    assert len(entries) == 2  # the participants' index and the trainers'
    for out in fresh:  # each file a link to its kept copy (the site's old index deleted)
        linked = [p for p in (site / out).rglob("*") if p.is_file() and p.stat().st_nlink > 1]
        assert len(linked) == len(fresh[out])


def test_pages_in_nested_folders_are_all_indexed(tmp_path):
    site = tmp_path / "site"
    _site(site)
    search_index.build(site, None, None)
    fragments = list((site / "pagefind" / "fragment").iterdir())
    assert len(fragments) == 3  # the participants' pages, the trainer page apart
