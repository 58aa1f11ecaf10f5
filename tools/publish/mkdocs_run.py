"""`python -m tools.publish.mkdocs_run build|serve …`: MkDocs, with static-i18n accepting the
three-letter language codes of ISO 639-3 (`zgh`, Tamazight) besides the two-letter ones.

static-i18n checks each language's `locale` in mkdocs.yml against ISO 639-1 (two letters,
an optional script and region) while MkDocs reads the configuration, before any hook of
ours is loaded; many languages (Tamazight among them) have no two-letter code. Used by
`make site` (tools/publish/build.py) and `make serve`; a site in two-letter languages builds the
same with plain `mkdocs`.
"""

from __future__ import annotations

import re
import sys

import mkdocs_static_i18n.config as i18n_config
from mkdocs.__main__ import cli

# static-i18n's own pattern, with 2–3 letters where it has 2.
i18n_config.RE_LOCALE = re.compile(
    r"(^[a-z]{2,3}(-[A-Za-z]{4})?(-[A-Z]{2})?$)|(^[a-z]{2,3}_[A-Z]{2}$)"
)

if __name__ == "__main__":
    sys.exit(cli())
