"""The built site: the Markdown MkDocs renders for each page (skeleton, generated lists), the
Markdown extensions, the steps over every built page, search, the installable offline site,
progress, certificates and sharing pages, and the checks on the built site. Layers, bottom up:
common, model, site, slides, authoring, checks, publish (tests/test_layers.py)."""
