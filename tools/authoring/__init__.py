"""Commands for authors: a new lesson in both languages, re-running notebooks, re-saving a file as
UTF-8. Layers, bottom up: common, model, site, slides, authoring, checks, publish
(tests/test_layers.py)."""
