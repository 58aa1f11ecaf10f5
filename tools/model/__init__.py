"""The content model: sources read once (pages, lessons, notebooks), each with its one parsed
document; quizzes, the front matter schema, the facts register, the glossary, translation state,
the certificate issuers and credentials. Layers, bottom up: common, model, site, slides,
authoring, checks, publish (tests/test_layers.py)."""
