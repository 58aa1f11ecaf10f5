"""What every layer uses: where things are, the languages and the block registry (data), YAML,
git's tracked files, Chromium, the messages of `check` and the interface strings, the
sanitisers, small Markdown fragments, Python-Markdown as the site configures it, the record of
generated pages. Layers, bottom up: common, model, site, slides, authoring, checks, publish
(tests/test_layers.py)."""
