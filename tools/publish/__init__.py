"""`make site` and `make offline`: MkDocs run for our languages, the safe build, its summary, the
workshop bundle, the course zips and the dead-link crawl of a folder of files. Layers, bottom
up: common, model, site, slides, authoring, checks, publish (tests/test_layers.py)."""
