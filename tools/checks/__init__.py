"""`make check` and `make serve`'s checks: every rule over the sources (rules/), each finding at
its file and line. Layers, bottom up: common, model, site, slides, authoring, checks, publish
(tests/test_layers.py)."""
