"""Tamkeen: the content model, checks and build steps behind the course site.

MkDocs hooks in `tools/hooks/` are thin adapters over the modules of this package, so the
features live in our code and not in theme internals.

Layers, bottom up, each a package; a module imports nothing above its own
(tests/test_layers.py):

- `common`: what every layer uses (languages, blocks, messages, sanitisers)
- `model`: the content model: sources, their documents, facts, glossary
- `site`: the built site: pages, Markdown extensions, steps over built pages
- `slides`: the trainer kit: decks, PPTX, handouts, trainer pages
- `authoring`: commands for authors (new lesson, notebooks, encoding)
- `checks`: `make check` and its rules, `make serve`'s checks
- `publish`: `make site` and `make offline`: build, bundles, zips
- on top: `hooks/` (MkDocs hooks) and `cli.py`
"""
