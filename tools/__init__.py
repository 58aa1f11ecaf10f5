"""Tamkeen: the content model, checks and build steps behind the course site.

MkDocs hooks in `tools/hooks/` are thin adapters over the modules of this package, so the
features live in our code and not in theme internals.
"""
